/**
 * Emoji in PNG figures. With Noto Emoji loaded beside DejaVu Sans, resvg 2.6
 * draws an emoji DejaVu lacks from Noto Emoji by itself, but it cannot shape
 * emoji *sequences* from a fallback font: a flag (two regional indicators)
 * or a skin-toned or joined emoji comes out as boxes. Before rasterising,
 * such sequences inside `<text>` are reduced to what resvg can draw: flags
 * as their two letters (🇻🇪 as "VE"), joined and modified emoji as their
 * parts (👍🏽 as 👍, 👨‍👩‍👧 as 👨👩👧). The saved SVG files keep the original text
 * (browsers draw sequences themselves).
 *
 * @module
 */

/**
 * Sequence characters resvg cannot shape from a fallback font: zero-width
 * joiner, variation selectors, combining keycap, skin-tone modifiers.
 */
const MODIFIERS = /[\u200d\ufe0e\ufe0f\u20e3\u{1f3fb}-\u{1f3ff}]/gu;

/** Regional indicator symbols A–Z (two of them make a flag). */
const REGIONAL = /[\u{1f1e6}-\u{1f1ff}]/gu;

/**
 * Text with emoji sequences reduced to what resvg draws: modifiers and
 * joiners removed, regional indicators as capital letters.
 *
 * @example
 * ```ts
 * import { drawableEmoji } from "./_emoji_text.ts";
 * import { equal } from "node:assert/strict";
 * equal(drawableEmoji("¡Viva! 🇻🇪👍🏽"), "¡Viva! VE👍");
 * equal(drawableEmoji("👨‍👩‍👧 1️⃣"), "👨👩👧 1");
 * equal(drawableEmoji("plain"), "plain");
 * ```
 */
export function drawableEmoji(text: string): string {
  return text.replace(MODIFIERS, "").replace(
    REGIONAL,
    (ch) => String.fromCharCode(65 + ch.codePointAt(0)! - 0x1f1e6),
  );
}

/**
 * An SVG document with {@linkcode drawableEmoji} applied to the text nodes
 * of every `<text>` element (attributes and other elements untouched).
 *
 * @param svg An SVG document.
 * @returns The SVG to rasterise.
 *
 * @example
 * ```ts
 * import { withDrawableEmoji } from "./_emoji_text.ts";
 * import { equal } from "node:assert/strict";
 * equal(
 *   withDrawableEmoji('<svg><title>🇻🇪</title><text aria-label="🇻🇪">🇻🇪<tspan>👍🏽</tspan></text></svg>'),
 *   '<svg><title>🇻🇪</title><text aria-label="🇻🇪">VE<tspan>👍</tspan></text></svg>',
 * );
 * ```
 */
export function withDrawableEmoji(svg: string): string {
  return svg.replace(
    /(<text\b[^>]*>)([\s\S]*?)(<\/text>)/g,
    (_, open: string, inner: string, close: string) =>
      open +
      inner.replace(/(^|>)([^<]+)/g, (_m, gt, text) =>
        gt + drawableEmoji(text)) +
      close,
  );
}
