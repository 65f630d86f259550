/**
 * Matching a cell against a vocabulary of labels. Real sheets write labels in any case, with or
 * without a colon, with extra or no-break spaces, and sometimes misspelt by a letter or two: a match
 * accepts all of that and says when it was only a near-miss, so that validation can warn.
 */
import { cleanText, labelKey } from "./clean";
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

interface Prepared<K extends string> {
  /** Normalised spelling → its kind; the first kind listing a spelling wins. */
  exact: Map<string, { kind: K; canonical: string }>;
  spellings: { kind: K; canonical: string; target: string; max: number }[];
  /** Length of the longest normalised spelling. */
  longest: number;
}

const preparedCache = new WeakMap<LabelVocabulary<string>, Prepared<string>>();

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
  preparedCache.set(vocabulary, out);
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
