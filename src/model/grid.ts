/**
 * A snapshot of a workbook as plain data: what both Excel (Office.js) and .xlsx files (exceljs)
 * are turned into before anything else looks at them. JSON-serialisable.
 */

/** A cell's value as the host stores it. Formula errors are kept as `{ error: "#DIV/0!" }`. */
export type CellValue = string | number | boolean | null | { error: string };

export interface Cell {
  /** The stored value (for a formula, its last computed result). */
  value: CellValue;
  /** The text Excel displays (number format applied): 0.23 with format "0 %" is "23 %". */
  text: string;
  /** Number format code, when not "General". */
  numberFormat?: string;
  /** True when the cell holds a formula. */
  formula?: boolean;
}

/** A merged area, 0-based inclusive row/column indexes into `Grid.cells`. */
export interface MergeArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * One sheet as a rectangular grid starting at A1. `cells[r][c]` is row r+1, column c+1;
 * a missing or `null` entry is an empty cell. Rows may be shorter than `columnCount`.
 */
export interface Grid {
  sheet: string;
  cells: (Cell | null)[][];
  rowCount: number;
  columnCount: number;
  merges: MergeArea[];
  /** Sheet visibility; hidden sheets are read too but may be reported differently. */
  hidden?: boolean;
  /**
   * True when the host could not list all of the sheet's merged areas (Excel refuses above 512 in a
   * range): `merges` then lacks some, and a merged label reads at its first cell.
   */
  mergesIncomplete?: boolean;
}

export interface WorkbookSnapshot {
  /** File name or Excel's workbook name, when known. */
  name: string | null;
  sheets: Grid[];
  /**
   * Settings of the workbook read with the snapshot, when the host was asked for them and can read
   * them in the same round trip (Excel: in the snapshot's first sync), by key: the value, or null when
   * never set. A key not here is read on its own (HostPort.getSetting).
   */
  settings?: Readonly<Record<string, string | null>>;
}
