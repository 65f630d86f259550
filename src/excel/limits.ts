/**
 * Sizes that keep Office.js batches under Excel's payload limits (5 MB per request and per
 * response on Excel on the web), with a margin.
 */

/** Budget in bytes for the JSON of one batch of writes. */
export const WRITE_BUDGET = 4 * 1024 * 1024;

/** Cells per range read (values, text, number formats), so that one range stays small. */
export const CELLS_PER_CHUNK = 10_000;

/** Cells read per context.sync() when a snapshot must be split; a refused read is split again. */
export const CELLS_PER_WAVE = 40_000;

/** Fixed cost in bytes of one queued operation, beside its arguments. */
export const OP_BYTES = 120;

/** Office.js column widths are in points; sheet specs give characters (pixels = chars × 7 + 5). */
export function pointsFromChars(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}
