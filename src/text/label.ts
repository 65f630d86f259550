/**
 * Matching a cell against a vocabulary of labels. Real sheets write labels in any case, with or
 * without a colon, with extra or no-break spaces, and sometimes misspelt by a letter or two: a match
 * accepts all of that and says when it was only a near-miss, so that validation can warn.
 */
import { cleanKeyLength, cleanText, labelKey, visibleExceeds } from "./clean";
import { allowedEdits, editDistance } from "./distance";

export interface LabelMatch<K extends string> {
  kind: K;
  /** The canonical spelling of the matched label. */
  canonical: string;
  /** True when the text was not an exact (normalised) spelling but a near-miss. */
  nearMiss: boolean;
  /** The text after the label in the same cell ("TAVOITE: Kasvava Pori" → "Kasvava Pori"), or "". */
  rest: string;
}

export interface LabelVocabulary<K extends string> {
  /** For each kind: canonical label first, then accepted aliases. */
  entries: Record<K, readonly string[]>;
}

interface Spelling<K extends string> {
  kind: K;
  canonical: string;
  target: string;
  max: number;
  /** The target's letters as bits (charMask): a cheap bound before the edit distance. */
  mask: number;
}

interface Prepared<K extends string> {
  /** Normalised spelling → its kind; the first kind listing a spelling wins. */
  exact: Map<string, { kind: K; canonical: string }>;
  spellings: Spelling<K>[];
  /** Length of the longest normalised spelling. */
  longest: number;
  /** nearest() of keys met before. */
  near: Map<string, { kind: K; canonical: string; distance: number } | null>;
}

const preparedCache = new WeakMap<LabelVocabulary<string>, Prepared<string>>();

/** How many keys' nearest spellings a vocabulary remembers before it starts afresh. */
const NEAR_LIMIT = 10_000;

/**
 * The letters of a text as 32 bits (code unit mod 32). An edit brings at most one letter into a text,
 * so a text within d edits of another has at most d bits the other lacks (sharing a bit only lowers
 * the count): a bound that never turns away a real match.
 */
function charMask(s: string): number {
  let m = 0;
  for (let i = 0; i < s.length; i++) m |= 1 << (s.charCodeAt(i) & 31);
  return m;
}

function bitCount(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** The normalised spellings of a vocabulary, computed once per vocabulary object. */
function prepare<K extends string>(vocabulary: LabelVocabulary<K>): Prepared<K> {
  const cached = preparedCache.get(vocabulary) as Prepared<K> | undefined;
  if (cached) return cached;
  const exact = new Map<string, { kind: K; canonical: string }>();
  const spellings: Spelling<K>[] = [];
  for (const kind of Object.keys(vocabulary.entries) as K[]) {
    const list = vocabulary.entries[kind];
    for (const spelling of list) {
      const target = labelKey(spelling);
      if (!exact.has(target)) exact.set(target, { kind, canonical: list[0] });
      spellings.push({
        kind,
        canonical: list[0],
        target,
        max: allowedEdits(target.length),
        mask: charMask(target),
      });
    }
  }
  const longest = Math.max(0, ...spellings.map((x) => x.target.length));
  const out: Prepared<K> = { exact, spellings, longest, near: new Map() };
  preparedCache.set(vocabulary, out);
  return out;
}

/** The largest number of edits any spelling allows. */
const MAX_EDITS = allowedEdits(Number.MAX_SAFE_INTEGER);

/**
 * Matches a whole cell (or the start of a cell, before a colon) against a vocabulary.
 * Exact matches (after normalisation) win; otherwise the closest label within `allowedEdits`.
 * `allowRest` lets "TAVOITE: text" match with the text returned in `rest`.
 */
export function matchLabel<K extends string>(
  raw: string,
  vocabulary: LabelVocabulary<K>,
  options: { allowRest?: boolean; fuzzy?: boolean } = {},
): LabelMatch<K> | null {
  if (visibleExceeds(raw, 200)) return null;
  const text = cleanText(raw);
  if (!text || text.length > 200) return null;
  const prepared = prepare(vocabulary);
  // A text much longer than every spelling cannot be one (the margin covers stray punctuation).
  const whole = text.length <= prepared.longest + 20;
  const colon = options.allowRest !== false ? text.indexOf(":") : -1;
  const split = colon > 0 && colon < 60;
  const fuzzy = options.fuzzy !== false;
  // A key longer than this matches nothing: longer than every spelling, and too long for a near-miss.
  const longestKey = prepared.longest + (fuzzy ? MAX_EDITS : 0);
  let best: { kind: K; canonical: string; head: number; distance: number } | null = null;
  for (let c = whole ? 0 : 1; c <= (split ? 1 : 0); c++) {
    const end = c === 0 ? text.length : colon;
    if (cleanKeyLength(text, end) > longestKey) continue;
    const key = labelKey(c === 0 ? text : text.slice(0, colon));
    if (!key) continue;
    const exact = prepared.exact.get(key);
    if (exact)
      return { kind: exact.kind, canonical: exact.canonical, nearMiss: false, rest: restOf(text, colon, c) };
    if (!fuzzy || key.length > longestKey) continue;
    const near = nearest(key, prepared);
    if (near && (!best || near.distance < best.distance)) best = { ...near, head: c };
  }
  return best
    ? { kind: best.kind, canonical: best.canonical, nearMiss: true, rest: restOf(text, colon, best.head) }
    : null;
}

/** The text after the colon when the head before it matched (head 1), else "": worked out only for a match. */
function restOf(text: string, colon: number, head: number): string {
  return head === 1 ? cleanText(text.slice(colon + 1)) : "";
}

/**
 * The spelling nearest to a key that is none of them exactly: the first at the smallest distance
 * within its allowedEdits, or null. Remembered by key: the same near-misses and ordinary short words
 * ("Kasvava Pori") come back on every block.
 */
function nearest<K extends string>(
  key: string,
  prepared: Prepared<K>,
): { kind: K; canonical: string; distance: number } | null {
  const known = prepared.near.get(key);
  if (known !== undefined) return known;
  let best: { kind: K; canonical: string; distance: number } | null = null;
  const mask = charMask(key);
  for (const sp of prepared.spellings) {
    const { target, max } = sp;
    if (max === 0 || Math.abs(key.length - target.length) > max) continue;
    if (bitCount(mask & ~sp.mask) > max || bitCount(sp.mask & ~mask) > max) continue;
    const d = editDistance(key, target, max);
    if (d <= max && (!best || d < best.distance))
      best = { kind: sp.kind, canonical: sp.canonical, distance: d };
  }
  if (prepared.near.size >= NEAR_LIMIT) prepared.near.clear();
  prepared.near.set(key, best);
  return best;
}
