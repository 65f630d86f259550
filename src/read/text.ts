/**
 * Text normalisation and label matching shared by every layout reader. Real sheets write labels in
 * any case, with or without a colon, with extra or no-break spaces, and sometimes misspelt by a letter
 * or two: the reader accepts all of that and remembers near-misses so that validation can warn.
 */

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

/** Optimal string alignment distance (Levenshtein with adjacent transpositions), capped at `max + 1`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2: number[] = new Array(n + 1).fill(0);
  let prev: number[] = Array.from({ length: n + 1 }, (_, j) => j);
  let cur: number[] = new Array(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n];
}

/** How many edits a label of this length may be away from the canonical one and still count. */
export function allowedEdits(length: number): number {
  if (length <= 4) return 0;
  if (length <= 7) return 1;
  return 2;
}

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

interface Prepared<K extends string> {
  /** Normalised spelling → its kind; the first kind listing a spelling wins. */
  exact: Map<string, { kind: K; canonical: string }>;
  spellings: { kind: K; canonical: string; target: string; max: number }[];
  /** Length of the longest normalised spelling. */
  longest: number;
}

const preparedCache = new WeakMap<object, Prepared<string>>();

/** The normalised spellings of a vocabulary, computed once per vocabulary object. */
function prepare<K extends string>(vocabulary: LabelVocabulary<K>): Prepared<K> {
  const cached = preparedCache.get(vocabulary) as Prepared<K> | undefined;
  if (cached) return cached;
  const exact = new Map<string, { kind: K; canonical: string }>();
  const spellings: Prepared<K>["spellings"] = [];
  for (const kind of Object.keys(vocabulary.entries) as K[]) {
    const list = vocabulary.entries[kind];
    for (const spelling of list) {
      const target = labelKey(spelling);
      if (!exact.has(target)) exact.set(target, { kind, canonical: list[0] });
      spellings.push({ kind, canonical: list[0], target, max: allowedEdits(target.length) });
    }
  }
  const out = { exact, spellings, longest: Math.max(0, ...spellings.map((x) => x.target.length)) };
  preparedCache.set(vocabulary, out as unknown as Prepared<string>);
  return out;
}

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
  const text = cleanText(raw);
  if (!text || text.length > 200) return null;
  const prepared = prepare(vocabulary);
  // A text much longer than every spelling cannot be one (the margin covers stray punctuation).
  const candidates: { head: string; rest: string }[] =
    text.length <= prepared.longest + 20 ? [{ head: text, rest: "" }] : [];
  if (options.allowRest !== false) {
    const colon = text.indexOf(":");
    if (colon > 0 && colon < 60)
      candidates.push({ head: text.slice(0, colon), rest: cleanText(text.slice(colon + 1)) });
  }
  const fuzzy = options.fuzzy !== false;
  let best: { match: LabelMatch<K>; distance: number } | null = null;
  for (const { head, rest } of candidates) {
    const key = labelKey(head);
    if (!key) continue;
    const exact = prepared.exact.get(key);
    if (exact) return { kind: exact.kind, canonical: exact.canonical, nearMiss: false, rest };
    if (!fuzzy) continue;
    for (const { kind, canonical, target, max } of prepared.spellings) {
      if (max === 0 || Math.abs(key.length - target.length) > max) continue;
      const d = editDistance(key, target, max);
      if (d <= max && (!best || d < best.distance)) {
        best = { match: { kind, canonical, nearMiss: true, rest }, distance: d };
      }
    }
  }
  return best ? best.match : null;
}

/**
 * The most common value, compared by `key` (e.g. labelKey, so that case and spacing do not split a
 * count), as first written; nulls are skipped and ties go to the first seen.
 */
export function mostCommon<T>(values: readonly (T | null)[], key: (v: T) => unknown = (v) => v): T | null {
  const counts = new Map<unknown, { value: T; n: number }>();
  let best: { value: T; n: number } | null = null;
  for (const v of values) {
    if (v === null) continue;
    const k = key(v);
    const entry = counts.get(k) ?? { value: v, n: 0 };
    entry.n++;
    counts.set(k, entry);
    if (!best || entry.n > best.n) best = entry;
  }
  return best ? best.value : null;
}

/** The first year (1900–2099) written in a text, standing on its own. */
export function yearIn(text: string): number | null {
  const m = /(?:^|[^\d])((?:19|20)\d\d)(?!\d)/.exec(text);
  return m ? Number(m[1]) : null;
}
