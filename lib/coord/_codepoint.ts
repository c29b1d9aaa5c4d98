/**
 * Private string ordering by Unicode code points (polars' byte order for
 * UTF-8), which JS's default `<` (UTF-16 code units) does not give for
 * characters outside the Basic Multilingual Plane.
 *
 * @module
 */

/** Compare two strings by code points: negative, zero or positive. */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const ca = a.codePointAt(i)!, cb = b.codePointAt(i)!;
    if (ca !== cb) return ca - cb;
    if (ca > 0xffff) i++;
  }
  return a.length - b.length;
}
