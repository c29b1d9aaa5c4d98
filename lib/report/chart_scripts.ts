/**
 * The browser scripts the report inlines to draw its charts.
 *
 * @module
 */
import { fileURLToPath } from "node:url";

/** An npm package whose browser build the report inlines. */
export interface InlinedPackage {
  name: string;
  version: string;
  /** Its licence, as its package.json states it (SPDX). */
  license: string;
}

/** What {@link chartScripts} returns. */
export interface ChartScripts {
  /** The packages inlined, in load order. */
  packages: InlinedPackage[];
  /** Script texts in load order, each ready to sit between `<script>` and `</script>`. */
  scripts: string[];
}

/** Browser (UMD) builds, in load order: each needs the ones before it. */
const BUILDS = [
  { name: "vega", file: "build/vega.min.js" },
  { name: "vega-lite", file: "build/vega-lite.min.js" },
  { name: "vega-embed", file: "build/vega-embed.min.js" },
];

const NODE_MODULES = new URL("../../node_modules/", import.meta.url);

/** `text` as it can sit inside `<script>…</script>`, or an error. */
function inlineable(text: string, where: string): string {
  const bad = /<\/script|<!--/i.exec(text);
  if (bad) {
    throw new Error(
      `Inline ${where} in the report: it contains ${
        JSON.stringify(bad[0])
      }, which would end or confuse the <script> element; ` +
        "use a different build of the package",
    );
  }
  return text;
}

async function readPackageFile(
  name: string,
  file: string,
): Promise<{ text: string; version: string; license: string }> {
  const dir = new URL(`${name}/`, NODE_MODULES);
  let pkg: { version: string; license: string };
  let text: string;
  try {
    pkg = JSON.parse(await Deno.readTextFile(new URL("package.json", dir)));
    text = await Deno.readTextFile(new URL(file, dir));
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) {
      throw new Error(
        `Read the browser build of ${name}: missing ${
          fileURLToPath(new URL(file, dir))
        }; run ./lab setup (deno install) to install the npm packages`,
      );
    }
    throw e;
  }
  return { text, version: pkg.version, license: pkg.license };
}

/**
 * The scripts that draw the report's charts, in order: the browser builds
 * of vega, vega-lite and vega-embed from `node_modules/` (versions as pinned
 * in deno.json and locked in deno.lock), each without its trailing
 * `//# sourceMappingURL` comment (a browser's developer tools would try to
 * fetch the map) and preceded by a comment naming the package, version and
 * licence; then `_charts.js`, which embeds every chart of the page (see that
 * file). All are fixed text, so the same packages give the same bytes.
 *
 * @returns The packages and the four scripts.
 * @throws {Error} When a package is not installed (run `./lab setup`), or a
 *   build contains `</script` or `<!--`.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const { packages, scripts } = await chartScripts();
 * assert.deepEqual(packages.map((p) => `${p.name}@${p.version}`), ["vega@6.4.0", "vega-lite@6.5.0", "vega-embed@7.3.0"]);
 * assert.equal(scripts.length, 4);
 * ```
 */
export async function chartScripts(): Promise<ChartScripts> {
  const packages: InlinedPackage[] = [];
  const scripts: string[] = [];
  for (const { name, file } of BUILDS) {
    const { text, version, license } = await readPackageFile(name, file);
    const body = text.replace(/\n\/\/# sourceMappingURL=\S*\s*$/, "\n")
      .trimEnd();
    packages.push({ name, version, license });
    scripts.push(inlineable(
      `/*! ${name} ${version} (${license}), ${file} */\n${body}\n`,
      `${name}/${file}`,
    ));
  }
  const own = await Deno.readTextFile(new URL("./_charts.js", import.meta.url));
  scripts.push(inlineable(own, "lib/report/_charts.js"));
  return { packages, scripts };
}
