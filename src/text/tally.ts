/** Choosing among repeated values: the one written most often. */

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
