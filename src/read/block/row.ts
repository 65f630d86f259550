/** A filled row as the block reader sees it: its cells, the first that counts, what kind of text. */
import { matchLabel } from "../../text";
import type { SheetView } from "../sheet";
import { BLOCK_LABELS, NUMBERED_MEASURE } from "../vocabulary";

/** Labels may start in any of these first columns (0-based A..C). */
export const LABEL_COLUMNS = 3;

export interface Row {
  /** 0-based row index. */
  r: number;
  /** 0-based indexes of the filled cells, left to right. */
  cols: readonly number[];
  /** The first cell that counts (a "1." in front of a label does not) and its text. */
  c0: number;
  t0: string;
  /** The filled cells right of `c0` (shared by every lone row when there are none: read only). */
  rest: readonly number[];
  /** True when `t0` is a numbered measure: "Mittari 2. …". */
  numbered: boolean;
  /** True when the row is one cell in the label columns. */
  lone: boolean;
}

/** No cells: the `rest` of every row of one cell. */
const NONE: readonly number[] = Object.freeze([]);

/** The row at r, or null when it is empty. */
export function rowAt(view: SheetView, r: number): Row | null {
  const cols = view.filled(r);
  if (cols.length === 0) return null;
  let c0 = cols[0];
  let t0 = view.text(r, c0);
  let rest = cols.length > 1 ? cols.slice(1) : NONE;
  // "1." numbering in front of a label: skip the number.
  if (rest.length > 0 && /^\d{1,2}[.)]?$/.test(t0) && rest[0] < LABEL_COLUMNS + 1) {
    const t1 = view.text(r, rest[0]);
    if (t1.length <= 60 && matchLabel(t1, BLOCK_LABELS, { fuzzy: false })) {
      c0 = rest[0];
      t0 = t1;
      rest = rest.slice(1);
    }
  }
  return {
    r,
    cols,
    c0,
    t0,
    rest,
    // t0 is clean (no space in front): a numbered measure starts with an m.
    numbered: (t0.charCodeAt(0) | 0x20) === 0x6d && NUMBERED_MEASURE.test(t0),
    lone: cols.length === 1 && c0 < LABEL_COLUMNS,
  };
}

/** The row's cells as one line of text. */
export function lineOf(view: SheetView, row: Row): string {
  return row.cols.map((c) => view.text(row.r, c)).join(" ");
}
