/**
 * A typed wrapper around the npm package `sanitize-html` (which ships no
 * type definitions), with the report's strict defaults.
 *
 * @module
 */
import sanitizeHtmlPackage from "sanitize-html";

/** The options of `sanitize-html` the report uses. */
export interface SanitizeOptions {
  /** Tags kept; every other tag is dropped (its text kept, except for `script`, `style`, `textarea`, `option`, `noscript`, whose content goes too). */
  allowedTags: string[];
  /** Attributes kept, per tag; every other attribute is dropped. */
  allowedAttributes: Record<string, string[]>;
  /** URL schemes allowed in `href`/`src` (relative URLs are always allowed). */
  allowedSchemes?: string[];
  /** Whether `//host/…` URLs are kept. */
  allowProtocolRelative?: boolean;
  /** Renamings or attribute rewrites, applied before the filter. */
  transformTags?: Record<
    string,
    | string
    | ((
      tagName: string,
      attribs: Record<string, string>,
    ) => { tagName: string; attribs: Record<string, string> })
  >;
}

const sanitize = sanitizeHtmlPackage as unknown as (
  html: string,
  options: Record<string, unknown>,
) => string;

/**
 * Filters HTML with `sanitize-html` (2.x): disallowed tags are discarded
 * (`disallowedTagsMode: "discard"`), no schemes are allowed unless listed
 * (default: none), and no vulnerable tags (`style`, `script`) are ever
 * allowed through.
 *
 * @param html Untrusted HTML.
 * @param options What to keep.
 * @returns The filtered HTML.
 */
export function sanitizeHtml(html: string, options: SanitizeOptions): string {
  return sanitize(html, {
    allowedSchemes: [],
    allowProtocolRelative: false,
    ...options,
    allowedSchemesByTag: {},
    allowedSchemesAppliedToAttributes: ["href", "src", "cite"],
    disallowedTagsMode: "discard",
    allowVulnerableTags: false,
  });
}
