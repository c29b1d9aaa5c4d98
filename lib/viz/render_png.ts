/**
 * SVG → PNG with resvg and only the bundled fonts (DejaVu Sans, Noto Emoji).
 *
 * @module
 */
import { Resvg } from "@resvg/resvg-js";
import { dejavuFontFiles, emojiFontPath } from "./_fonts.ts";
import { withDrawableEmoji } from "./_emoji_text.ts";
import { FONT_FAMILY } from "./theme.ts";

/** Options of {@link renderPng}. */
export interface RenderPngOptions {
  /** Pixel density: output width = SVG width × scale. Default 2. */
  scale?: number;
}

/**
 * Rasterise an SVG to PNG bytes with resvg.
 *
 * System fonts are never loaded: text is drawn with DejaVu Sans and DejaVu
 * Sans Bold from the npm package `dejavu-fonts-ttf@2.37.3`, and emoji
 * DejaVu lacks with the monochrome Noto Emoji from
 * `@expo-google-fonts/noto-emoji@0.4.7` (resvg falls back to it glyph by
 * glyph; emoji sequences are first reduced to their parts, see
 * `withDrawableEmoji`), so the same SVG gives the same PNG bytes with the same resvg build
 * on any machine (resvg 2.6.2 prebuilt binaries; a different CPU
 * architecture's binary may differ in anti-aliasing). Characters neither
 * font has (e.g. CJK) are not drawn.
 *
 * @param svg An SVG document, e.g. from {@link renderSvg}.
 * @param options `scale` (default 2).
 * @returns PNG file bytes.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const png = renderPng('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"/>');
 * assert.deepEqual([...png.subarray(1, 4)], [80, 78, 71]); // "PNG"
 * ```
 */
export function renderPng(
  svg: string,
  { scale = 2 }: RenderPngOptions = {},
): Uint8Array {
  if (!(scale > 0) || !Number.isFinite(scale)) {
    throw new RangeError(
      `Render PNG: scale must be a positive number: ${scale}`,
    );
  }
  const resvg = new Resvg(withDrawableEmoji(svg), {
    fitTo: { mode: "zoom", value: scale },
    font: {
      loadSystemFonts: false,
      fontFiles: [...dejavuFontFiles(), emojiFontPath()],
      defaultFontFamily: FONT_FAMILY,
    },
  });
  const png = resvg.render().asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
