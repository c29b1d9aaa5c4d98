/**
 * Locating the DejaVu Sans TTF files shipped by the npm package
 * `dejavu-fonts-ttf@2.37.3`, and measuring text with their advance widths.
 *
 * @module
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import opentype from "opentype.js";

/** The two font files every figure uses. */
export type DejaVuFile = "DejaVuSans.ttf" | "DejaVuSans-Bold.ttf";

const PACKAGE = "dejavu-fonts-ttf";
const VERSION = "2.37.3";

/**
 * Absolute path of a DejaVu TTF file.
 *
 * Tries, in order: the import map (`"dejavu-fonts-ttf/"` prefix entry resolved
 * with `import.meta.resolve`, which gives a `file:` URL under `node_modules/`
 * when `nodeModulesDir` is `auto`), then `node_modules/dejavu-fonts-ttf/ttf/` and
 * `node_modules/.deno/dejavu-fonts-ttf@2.37.3/node_modules/dejavu-fonts-ttf/ttf/`
 * in this module's folder and every folder above it.
 */
export function dejavuFontPath(file: DejaVuFile): string {
  const tried: string[] = [];
  try {
    const url = import.meta.resolve(`${PACKAGE}/ttf/${file}`);
    if (url.startsWith("file:")) tried.push(fileURLToPath(url));
  } catch {
    // Not in the import map: fall through to the node_modules search.
  }
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    tried.push(join(dir, "node_modules", PACKAGE, "ttf", file));
    tried.push(
      join(
        dir,
        "node_modules",
        ".deno",
        `${PACKAGE}@${VERSION}`,
        "node_modules",
        PACKAGE,
        "ttf",
        file,
      ),
    );
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  const found = tried.find((p) => existsSync(p));
  if (found === undefined) {
    throw new Error(
      `Locate font ${file}: not found at any of: ${tried.join(", ")}; ` +
        "run `deno install` in the repository root so node_modules/dejavu-fonts-ttf exists",
    );
  }
  return found;
}

/** Paths of DejaVuSans.ttf and DejaVuSans-Bold.ttf, in that order. */
export function dejavuFontFiles(): string[] {
  return [
    dejavuFontPath("DejaVuSans.ttf"),
    dejavuFontPath("DejaVuSans-Bold.ttf"),
  ];
}

interface Glyph {
  advanceWidth?: number;
}
interface Font {
  unitsPerEm: number;
  charToGlyph(ch: string): Glyph;
}

/** Advance-width measurer for one font file, with a per-character cache. */
class Measurer {
  readonly #font: Font;
  readonly #cache = new Map<string, number>();
  constructor(path: string) {
    const bytes = Deno.readFileSync(path);
    this.#font = opentype.parse(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    ) as Font;
  }
  /** Sum of glyph advance widths of `text` at `size` px (no kerning). */
  width(text: string, size: number): number {
    let units = 0;
    for (const ch of text) {
      let w = this.#cache.get(ch);
      if (w === undefined) {
        w = this.#font.charToGlyph(ch).advanceWidth ?? 0;
        this.#cache.set(ch, w);
      }
      units += w;
    }
    return (units * size) / this.#font.unitsPerEm;
  }
}

let regular: Measurer | undefined;
let bold: Measurer | undefined;

/**
 * Width in px of `text` set in DejaVu Sans (bold when `isBold`) at `size` px:
 * the sum of the glyphs' advance widths, without kerning (DejaVu's kerning is
 * small and negative, so this errs by at most a few percent on the wide side).
 */
export function dejavuTextWidth(
  text: string,
  size: number,
  isBold: boolean,
): number {
  if (isBold) {
    bold ??= new Measurer(dejavuFontPath("DejaVuSans-Bold.ttf"));
    return bold.width(text, size);
  }
  regular ??= new Measurer(dejavuFontPath("DejaVuSans.ttf"));
  return regular.width(text, size);
}
