/**
 * Locating the fonts every figure uses, all from npm packages (never system
 * fonts): DejaVu Sans from `dejavu-fonts-ttf@2.37.3` for text, and Noto Emoji
 * (monochrome, SIL Open Font License 1.1) from
 * `@expo-google-fonts/noto-emoji@0.4.7` for the emoji DejaVu lacks; and
 * measuring text with their advance widths.
 *
 * @module
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import opentype from "opentype.js";

/** The two text font files every figure uses. */
export type DejaVuFile = "DejaVuSans.ttf" | "DejaVuSans-Bold.ttf";

/** An npm package holding a font file, and the file inside it. */
interface FontSource {
  /** Import-map prefix that points at the package folder (`"dejavu-fonts-ttf/"`). */
  prefix: string;
  /** The package name and version, as `node_modules/.deno/` names its folder. */
  package: string;
  version: string;
  /** Path of the file inside the package. */
  file: string;
}

/**
 * Absolute path of a font file shipped by an npm package.
 *
 * Tries, in order: the import map (the package's prefix entry resolved with
 * `import.meta.resolve`, which gives a `file:` URL under `node_modules/` when
 * `nodeModulesDir` is `auto`), then `node_modules/<package>/<file>` and
 * `node_modules/.deno/<package>@<version>/node_modules/<package>/<file>` in
 * this module's folder and every folder above it.
 */
function fontPath(source: FontSource): string {
  const tried: string[] = [];
  try {
    const url = import.meta.resolve(`${source.prefix}${source.file}`);
    if (url.startsWith("file:")) tried.push(fileURLToPath(url));
  } catch {
    // Not in the import map: fall through to the node_modules search.
  }
  const folder = `${source.package.replace("/", "+")}@${source.version}`;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const modules = join(dir, "node_modules");
    tried.push(join(modules, source.package, source.file));
    tried.push(
      join(
        modules,
        ".deno",
        folder,
        "node_modules",
        source.package,
        source.file,
      ),
    );
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  const found = tried.find((p) => existsSync(p));
  if (found === undefined) {
    throw new Error(
      `Locate font ${source.file}: not found at any of: ${tried.join(", ")}. ` +
        `Run \`./lab setup\` (or \`deno install\` in the repository root) so ` +
        `node_modules/ holds ${source.package}@${source.version}.`,
    );
  }
  return found;
}

/** Absolute path of a DejaVu TTF file (see {@linkcode fontPath}). */
export function dejavuFontPath(file: DejaVuFile): string {
  return fontPath({
    prefix: "dejavu-fonts-ttf/",
    package: "dejavu-fonts-ttf",
    version: "2.37.3",
    file: `ttf/${file}`,
  });
}

/** Absolute path of Noto Emoji Regular, the emoji fallback font. */
export function emojiFontPath(): string {
  return fontPath({
    prefix: "noto-emoji/",
    package: "@expo-google-fonts/noto-emoji",
    version: "0.4.7",
    file: "400Regular/NotoEmoji_400Regular.ttf",
  });
}

/** Paths of DejaVuSans.ttf and DejaVuSans-Bold.ttf, in that order. */
export function dejavuFontFiles(): string[] {
  return [
    dejavuFontPath("DejaVuSans.ttf"),
    dejavuFontPath("DejaVuSans-Bold.ttf"),
  ];
}

interface Glyph {
  index: number;
  advanceWidth?: number;
}
interface Font {
  unitsPerEm: number;
  charToGlyph(ch: string): Glyph;
}

function parseFont(path: string): Font {
  const bytes = Deno.readFileSync(path);
  return opentype.parse(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  ) as Font;
}

let emoji: Font | undefined;

/**
 * Advance-width measurer for one font file, with a per-character cache. A
 * character the font lacks (glyph 0) is measured in the emoji font, as the
 * renderer draws it.
 */
class Measurer {
  readonly #font: Font;
  readonly #cache = new Map<string, number>();
  constructor(path: string) {
    this.#font = parseFont(path);
  }
  /** Width of one character in em. */
  #em(ch: string): number {
    const glyph = this.#font.charToGlyph(ch);
    if (glyph.index !== 0) {
      return (glyph.advanceWidth ?? 0) / this.#font.unitsPerEm;
    }
    emoji ??= parseFont(emojiFontPath());
    const fallback = emoji.charToGlyph(ch);
    const font = fallback.index !== 0 ? emoji : this.#font;
    const used = fallback.index !== 0 ? fallback : glyph;
    return (used.advanceWidth ?? 0) / font.unitsPerEm;
  }
  /** Sum of glyph advance widths of `text` at `size` px (no kerning). */
  width(text: string, size: number): number {
    let em = 0;
    for (const ch of text) {
      let w = this.#cache.get(ch);
      if (w === undefined) {
        w = this.#em(ch);
        this.#cache.set(ch, w);
      }
      em += w;
    }
    return em * size;
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
