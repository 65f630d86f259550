/**
 * Sizes that keep Office.js batches under Excel's payload limits (5 MB per request and per
 * response on Excel on the web), and what a batch costs as Office.js serialises it.
 *
 * Office.js sends a batch as one RichApi request: every object the batch uses goes as an object
 * path ({"Id","ObjectPathType","Name","ParentObjectPathId","ArgumentInfo"}) with an "Instantiate"
 * action, every property write, method call and load as an action, and each path's id once more in
 * the "L" list of the last action that uses it. `wire` below counts those bytes the way the runtime
 * writes them; test/officejs checks it against the real runtime (excel-web-16.00.debug.js): a cell
 * written with a value, a fill and a font colour costs about 900 bytes there, not the 550 its JSON
 * suggests. Every batch is also halved and sent again when Excel refuses it as too big, so the
 * budgets keep a margin, not a guarantee.
 */

/** Excel on the web's limit for one request and for one response. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

/**
 * Budget in bytes for the request of one batch of writes. Office.js posts the request's JSON as a
 * string inside its message, which escapes every quote: the message is about 16 % bigger than the
 * body (measured), so 3.5 MB of body stays under 5 MB whichever of the two Excel counts.
 */
export const WRITE_BUDGET = 3.5 * 1024 * 1024;

/** Budgets in bytes for the request and the estimated response of one read. */
export const READ_REQUEST_BUDGET = 3.5 * 1024 * 1024;
export const RESPONSE_BUDGET = 3.5 * 1024 * 1024;

/** Cells per range read (values, text, number formats), so that one range stays small. */
export const CELLS_PER_CHUNK = 10_000;

/** Cells read per context.sync() when a snapshot must be split; a refused read is split again. */
export const CELLS_PER_WAVE = 40_000;

/**
 * Rows per merged-areas query: Excel's getMergedAreasOrNullObject fails above 512 merged areas in
 * one range, and city reports merge a cell or two on most rows. A band that fails anyway is halved.
 */
export const MERGE_BAND_ROWS = 128;

/** State rows (one captured cell each) read per range. */
export const STATE_ROWS_PER_READ = 5_000;

/** How often, and how far apart, putting cells back is tried again while a person edits a cell. */
export const EDIT_MODE_RETRIES = 4;
export const EDIT_MODE_PAUSE_MS = 750;

/**
 * Fixed cost in bytes of one queued operation beside its arguments: an object reached by a method
 * (path, instantiation, "L") and one action on it, as `wire` counts them.
 */
export const OP_BYTES = 250;

/** Digits of an object or action id; ids grow through an Excel.run, so count them wide. */
const ID = 7;
/** One "Instantiate" action ({"Id","ActionType":1,"Name":"","ObjectPathId"},) and the path's id in "L". */
const INSTANTIATE = 49 + 2 * ID + (ID + 1) + 7;

const json = (x: unknown): number => utf8Length(JSON.stringify(x) ?? "null");

/** UTF-8 bytes of a string (what Excel counts), without allocating its encoding. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Request bytes of the parts of a batch, as Office.js serialises them. */
export const wire = {
  /** A new object reached by a method, e.g. GetRangeByIndexes(3, 4, 1, 1). */
  method: (name: string, args: unknown[]): number => 92 + name.length + json(args) + 3 * ID + INSTANTIATE,
  /** A new object reached by a property, e.g. Format, Fill, Font. */
  property: (name: string): number => 62 + name.length + 3 * ID + INSTANTIATE,
  /** A property write, e.g. Values = [["'Toteutunut"]]. */
  set: (name: string, value: unknown): number => 81 + name.length + json(value) + 2 * ID,
  /** A method call, e.g. Clear("All"), GetCellProperties({…}). */
  call: (name: string, args: unknown[]): number => 79 + name.length + json(args) + 2 * ID,
  /** A load, e.g. Select ["values", "text"]. */
  load: (select: string[]): number => 73 + json(select) + 2 * ID,
  /** The paths every batch re-sends (the workbook, its worksheets, a sheet or two). */
  batch: 2_000,
};

/** Office.js column widths are in points; sheet specs give characters (pixels = chars × 7 + 5). */
export function pointsFromChars(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}
