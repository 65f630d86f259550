/**
 * Matching a cell against a vocabulary of labels. Real sheets write labels in any case, with or
 * without a colon, with extra or no-break spaces, and sometimes misspelt by a letter or two: a match
 * accepts all of that and says when it was only a near-miss, so that validation can warn.
 */
import { cleanText, labelKey, visibleExceeds } from "./clean";
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
  /** Answers for short texts met before, one map per options (allowRest × 2 + fuzzy): labels repeat on every block of a sheet. */
  memo: Map<string, LabelMatch<K> | null>[];
}

const preparedCache = new WeakMap<LabelVocabulary<string>, Prepared<string>>();

/** Texts up to this length have their answer remembered; longer ones are prose, rarely met twice. */
const MEMO_LENGTH = 80;
const MEMO_LIMIT = 10_000;

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
  const out: Prepared<K> = { exact, spellings, longest, memo: [new Map(), new Map(), new Map(), new Map()] };
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
  const prepared = prepare(vocabulary);
  const allowRest = options.allowRest !== false;
  const fuzzy = options.fuzzy !== false;
  if (raw.length > MEMO_LENGTH) return matchText(raw, prepared, allowRest, fuzzy);
  const memo = prepared.memo[(allowRest ? 2 : 0) + (fuzzy ? 1 : 0)];
  let hit = memo.get(raw);
  if (hit === undefined) {
    hit = matchText(raw, prepared, allowRest, fuzzy);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(raw, hit);
  }
  // A copy: callers may keep what they are given.
  return hit ? { ...hit } : null;
}

function matchText<K extends string>(
  raw: string,
  prepared: Prepared<K>,
  allowRest: boolean,
  fuzzy: boolean,
): LabelMatch<K> | null {
  if (visibleExceeds(raw, 200)) return null;
  const text = cleanText(raw);
  if (!text || text.length > 200) return null;
  // A text much longer than every spelling cannot be one (the margin covers stray punctuation).
  const whole = text.length <= prepared.longest + 20;
  const colon = allowRest ? text.indexOf(":") : -1;
  const split = colon > 0 && colon < 60;
  // The text after the colon, worked out only for a match.
  const restOf = (head: number): string => (head === 1 ? cleanText(text.slice(colon + 1)) : "");
  let best: { kind: K; canonical: string; head: number; distance: number } | null = null;
  for (let c = whole ? 0 : 1; c <= (split ? 1 : 0); c++) {
    const key = labelKey(c === 0 ? text : text.slice(0, colon));
    if (!key) continue;
    const exact = prepared.exact.get(key);
    if (exact) return { kind: exact.kind, canonical: exact.canonical, nearMiss: false, rest: restOf(c) };
    if (!fuzzy || key.length > prepared.longest + MAX_EDITS) continue;
    const mask = charMask(key);
    for (const sp of prepared.spellings) {
      const { target, max } = sp;
      if (max === 0 || Math.abs(key.length - target.length) > max) continue;
      if (bitCount(mask & ~sp.mask) > max || bitCount(sp.mask & ~mask) > max) continue;
      const d = editDistance(key, target, max);
      if (d <= max && (!best || d < best.distance))
        best = { kind: sp.kind, canonical: sp.canonical, head: c, distance: d };
    }
  }
  return best
    ? { kind: best.kind, canonical: best.canonical, nearMiss: true, rest: restOf(best.head) }
    : null;
}
