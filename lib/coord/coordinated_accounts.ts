/**
 * From surviving edges to coordinated accounts.
 *
 * @module
 */
import pl from "nodejs-polars";

/**
 * The accounts of the k-core of a graph of surviving edges: the largest set
 * of accounts in which every account has at least `minPartners` partners
 * inside the set (found by repeatedly removing accounts with fewer).
 *
 * Why: a false-discovery rate over edges is not one over accounts. Keeping
 * the edges with q ≤ 0.05 lets about 5% of them be chance, and a chance
 * edge of an otherwise unlinked account flags that account. Asking each
 * flagged account for at least two significant partners (the default)
 * removes such lone edges while keeping any group of three or more whose
 * members are linked to each other. With `minPartners` = 1 the result is
 * every account in an edge.
 *
 * The peel is written here (Seidman 1983; Batagelj & Zaveršnik 2003 give
 * the all-cores algorithm): `graphology-cores` exists but is a 0.0.1
 * release that needs `graphology-operators` as a peer, for a dozen lines.
 *
 * @param edges Edges with string columns `u` and `v` (e.g. the surviving
 *   edges of `nullModel`); duplicate and self pairs count once / not at all.
 * @param minPartners k, at least 1. Default 2.
 * @returns The accounts of the k-core, sorted in code-point order.
 * @throws {RangeError} When `minPartners` is not a whole number ≥ 1.
 *
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { deepEqual } from "node:assert/strict";
 * import { coordinatedAccounts } from "./coordinated_accounts.ts";
 * // A triangle a–b–c and a lone edge d–e hanging off c.
 * const edges = pl.DataFrame({ u: ["a", "a", "b", "c"], v: ["b", "c", "c", "d"] });
 * deepEqual(coordinatedAccounts(edges), ["a", "b", "c"]);
 * deepEqual(coordinatedAccounts(edges, 1), ["a", "b", "c", "d"]);
 * ```
 */
export function coordinatedAccounts(
  edges: pl.DataFrame,
  minPartners = 2,
): string[] {
  if (!Number.isInteger(minPartners) || minPartners < 1) {
    throw new RangeError(
      `Finding coordinated accounts: minPartners must be a whole number ≥ 1: ${minPartners}`,
    );
  }
  const us = edges.getColumn("u").toArray() as string[];
  const vs = edges.getColumn("v").toArray() as string[];
  const partners = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    let set = partners.get(a);
    if (!set) partners.set(a, set = new Set());
    set.add(b);
  };
  for (let i = 0; i < us.length; i++) {
    if (us[i] === vs[i]) continue;
    link(us[i], vs[i]);
    link(vs[i], us[i]);
  }
  const queue = [...partners.keys()].filter((a) =>
    partners.get(a)!.size < minPartners
  );
  while (queue.length > 0) {
    const a = queue.pop()!;
    const set = partners.get(a);
    if (!set) continue;
    partners.delete(a);
    for (const b of set) {
      const other = partners.get(b);
      if (!other) continue;
      other.delete(a);
      if (other.size === minPartners - 1) queue.push(b);
    }
  }
  return [...partners.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
