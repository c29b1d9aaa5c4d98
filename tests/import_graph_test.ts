/**
 * The layering of `lib/`: no folder imports, directly or through others, a
 * folder that imports it back. Test files are left out (a test may use a
 * fixture helper of a neighbouring folder); type-only imports count.
 */
import { deepEqual } from "node:assert/strict";
import { dirname, join, normalize, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const LIB = join(ROOT, "lib");
const SPECIFIER = /(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g;

/** Every non-test TypeScript file under `dir`, as absolute paths. */
function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of Deno.readDirSync(dir)) {
    const path = join(dir, entry.name);
    if (entry.isDirectory && entry.name !== "testdata") {
      out.push(...sourceFiles(path));
    } else if (
      entry.isFile && /\.(ts|js)$/.test(entry.name) &&
      !/_test\.ts$/.test(entry.name)
    ) out.push(path);
  }
  return out;
}

/** The `lib` folder a path belongs to (`profile` for lib/profile/x.ts). */
function folderOf(path: string): string | null {
  const rel = relative(LIB, path);
  return rel.startsWith("..") ? null : rel.split("/")[0];
}

/** Folder-level import graph of lib: folder → folders it imports. */
export function libImportGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(LIB)) {
    const from = folderOf(file)!;
    if (!graph.has(from)) graph.set(from, new Set());
    const text = Deno.readTextFileSync(file);
    for (const match of text.matchAll(SPECIFIER)) {
      const to = folderOf(normalize(join(dirname(file), match[1])));
      if (to !== null && to !== from) graph.get(from)!.add(to);
    }
  }
  return graph;
}

/** Strongly connected components with more than one folder (Tarjan). */
function cycles(graph: Map<string, Set<string>>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) out.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return out;
}

Deno.test("lib folders import each other without a cycle", () => {
  const graph = libImportGraph();
  const found = cycles(graph).map((c) =>
    c.map((f) => `${f} → ${[...graph.get(f)!].filter((t) => c.includes(t))}`)
  );
  deepEqual(found, [], `import cycles between lib folders: ${found}`);
});

Deno.test("lib/stats imports no analysis folder", () => {
  deepEqual([...libImportGraph().get("stats") ?? []], []);
});
