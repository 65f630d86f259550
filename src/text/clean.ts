/** Whitespace and comparison keys: how text is made comparable the way a person reads it. */

/** Collapse every kind of whitespace (incl. no-break and thin spaces) to one space and trim. */
export function cleanText(s: string): string {
  return s.replace(/[\s\u00a0\u2007\u202f\u200b\ufeff]+/g, " ").trim();
}

/** Normalised key for comparing labels: lower case, no punctuation at the ends, single spaces. */
export function labelKey(s: string): string {
  return cleanText(s)
    .toLocaleLowerCase("fi-FI")
    .replace(/^[\s*•\-–—.:;,()[\]]+|[\s*•\-–—.:;,()[\]]+$/g, "")
    .replace(/\s+/g, " ");
}
