/** Whitespace and comparison keys: how text is made comparable the way a person reads it. */

/** True for the characters cleanText collapses: \s (ASCII and Unicode spaces, line breaks) and zero-width ones. */
function isSpace(c: number): boolean {
  if (c === 32) return true;
  if (c < 128) return c >= 9 && c <= 13;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * What makes a text not clean inside it: two spaces in a row, or any space but " " (the characters
 * of \s and the zero-width space, written out as one class). One class and one pair scan a long text
 * faster than the five alternatives with anchors that also tested both ends at every position (those
 * are two isSpace tests now).
 */
const NOT_CLEAN_INSIDE = /[\t-\r\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;

/** True when `s` is already clean: no space at either end, no run of spaces, no space but " ". */
function isClean(s: string): boolean {
  const n = s.length;
  if (n === 0) return true;
  if (isSpace(s.charCodeAt(0)) || isSpace(s.charCodeAt(n - 1))) return false;
  return !NOT_CLEAN_INSIDE.test(s);
}

/** The first character of `s` that is not whitespace (as cleanText sees it), as a code unit; NaN when none. */
export function firstVisible(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isSpace(c)) return c;
  }
  return NaN;
}

/**
 * True when `s` holds more than `n` characters that are not whitespace, so that cleanText(s) is longer
 * than `n`: a test that stops after n + 1 of them rather than cleaning a long text to measure it.
 */
export function visibleExceeds(s: string, n: number): boolean {
  if (s.length <= n) return false;
  let seen = 0;
  for (let i = 0; i < s.length; i++) if (!isSpace(s.charCodeAt(i)) && ++seen > n) return true;
  return false;
}

/**
 * The whitespace cleanText replaces with one space: a run of two or more, or one that is not " ". A
 * lone " " is left as it is (replacing it with itself, as matching every run did, made a piece of the
 * new text per word of a long text).
 */
const UNCLEAN_SPACE =
  /[\s\u00a0\u2007\u202f\u200b\ufeff]{2,}|[\t-\r\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/g;

/** Collapse every kind of whitespace (incl. no-break and thin spaces) to one space and trim. */
export function cleanText(s: string): string {
  // Most cells are clean already: one scan, no new string.
  if (isClean(s)) return s;
  return s.replace(UNCLEAN_SPACE, " ").trim();
}

/** The characters labelKey trims from both ends of a clean text (whose only whitespace is " "). */
const KEY_TRIMMED = new Set([..." *•-–—.:;,()[]"].map((ch) => ch.charCodeAt(0)));

/**
 * How long labelKey(s.slice(0, end)) is at least, for a clean `s` (and so clean prefix but for a space
 * at its end): its length without what labelKey trims from the ends, since lower case never makes a
 * text shorter. Tells most prose from a label without building its key.
 */
export function cleanKeyLength(s: string, end = s.length): number {
  let i = 0;
  let j = end;
  while (i < j && KEY_TRIMMED.has(s.charCodeAt(i))) i++;
  while (j > i && KEY_TRIMMED.has(s.charCodeAt(j - 1))) j--;
  return j - i;
}

/** labelKey of short texts met before: labels repeat on every block of a sheet. */
const keys = new Map<string, string>();
const KEYS_LIMIT = 20_000;

/** Normalised key for comparing labels: lower case, no punctuation at the ends, single spaces. */
export function labelKey(s: string): string {
  const short = s.length <= 120;
  if (short) {
    const known = keys.get(s);
    if (known !== undefined) return known;
  }
  // Lower case as Finnish has it: Finnish has no case mapping of its own, so toLowerCase (without
  // the slower locale-aware path) gives the same text.
  // cleanText leaves single " " between words and lower case adds no whitespace, so the key needs
  // no more collapsing of spaces after its ends are trimmed.
  const key = cleanText(s)
    .toLowerCase()
    .replace(/^[\s*•\-–—.:;,()[\]]+|[\s*•\-–—.:;,()[\]]+$/g, "");
  if (short) {
    if (keys.size >= KEYS_LIMIT) keys.clear();
    keys.set(s, key);
  }
  return key;
}
