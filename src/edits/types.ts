/**
 * Edits are data: what the add-in or the command line wants changed in a workbook. Planners make
 * them (pure functions); the Office.js applier (src/excel) and the exceljs applier (src/xlsx) carry
 * them out and decide nothing.
 *
 * Values written are always literal: a string starting with "=", "+", "-" or "@" is written as
 * text, never as a formula.
 */
import type { CapturedCell } from "../model/own";

import type { CellValue } from "../model/grid";

/** Colours are "#RRGGBB". `null` means "no fill" / "automatic font colour". */
export interface CellStyle {
  fill?: string | null;
  fontColor?: string | null;
  bold?: boolean;
  italic?: boolean;
  wrap?: boolean;
  numberFormat?: string;
  /** Font size in points (Excel's default is 11). */
  fontSize?: number;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "center" | "bottom";
  /** A thin border on all four sides, in this colour. */
  border?: string;
  /**
   * false: the cell takes typing when its sheet is protected (an answer cell). Cells are locked by
   * default, as in Excel.
   */
  locked?: boolean;
  /**
   * One of Excel's built-in cell styles, applied before the other properties of this style: "Input"
   * (the answer cells of a template: fill #FFCC99, font #3F3F76, thin border #7F7F7F), "Note".
   */
  builtin?: BuiltinStyle;
}

/** Excel's built-in cell styles Toteuma uses, by their English names (as Office.js `range.style` takes them). */
export type BuiltinStyle = "Input" | "Note";

/** A rectangle of cells, 1-based inclusive (A1 = row 1, col 1). */
export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Where a hyperlink goes: a cell of this workbook, or an address (file path or https URL). */
export type LinkTarget = { sheet: string; cell: string } | { url: string };

/** A cell placed anywhere on a sheet, outside the sheet's table part (1-based row and column). */
export interface PlacedCell {
  row: number;
  col: number;
  value: string | number | boolean | null;
  style?: CellStyle;
  link?: LinkTarget;
}

/**
 * A drop-down list on cells (Excel's data validation "List"), e.g. the city's four status labels.
 * Values are written as a literal list, never as a formula; typing anything else is refused with
 * `error` (Finnish first, English beside it) when given.
 */
export interface ListValidation {
  box: Box;
  values: string[];
  prompt?: { title: string; text: string };
  error?: { title: string; text: string };
}

/**
 * A native Excel chart on the sheet. "bar-stacked": horizontal stacked bars, one bar per category,
 * one series per value column (e.g. departments × the four statuses).
 */
export interface ChartSpec {
  kind: "bar-stacked";
  /** The chart's name in the workbook (letters, digits, spaces). */
  name: string;
  title: string;
  /** The cells the chart covers (top-left and bottom-right corners). */
  anchor: Box;
  /** One column (or row) of category labels on this sheet, e.g. the departments. */
  categories: Box;
  /** Each series: its name, the cell that holds the name (header cell), its values on this sheet, its colour. */
  series: { name: string; nameCell: { row: number; col: number }; values: Box; color: string }[];
}

/** Print settings that make a sheet printable as people print reports. */
export interface PrintSpec {
  paper: "A4";
  orientation: "portrait" | "landscape";
  /** Fit all columns on one page width (any number of pages tall). */
  fitToWidth: boolean;
  /** Rows repeated at the top of every printed page, 1-based inclusive. */
  titleRows?: { from: number; to: number };
}

export interface CellEdit {
  row: number;
  col: number;
  /** Undefined leaves the value as it is; null clears it. */
  value?: string | number | null;
  style?: CellStyle;
}

export interface ColumnSpec {
  header: string;
  /** Width in characters. */
  width?: number;
  wrap?: boolean;
  numberFormat?: string;
}

/**
 * A whole sheet Toteuma writes (summary, findings "Tarkistus", selvitys template). Two parts, either
 * or both:
 * - the **table part** at the top left: optional title rows, a blank row, a header row from `columns`
 *   (at `headerRowOf(spec)`, src/edits/layout.ts) and `rows` under it; `styles` address its data rows
 *   0-based. `columns: []` means no table part (title rows may still be written).
 * - **free-form parts** in absolute 1-based positions (`cells`, `merges`, `validations`, `charts`,
 *   `tables`…): whatever the table part cannot say. Planners keep the two from overlapping.
 * Both appliers (src/excel for Office.js, src/xlsx for files) carry out every field; neither decides
 * anything. Values are literal (text is never a formula).
 */
export interface SheetSpec {
  name: string;
  /** Optional title rows above the table (plain text, bold first line). */
  title?: string[];
  columns: ColumnSpec[];
  rows: (string | number | null)[][];
  /** Per-cell styles within the data rows: row/col are 0-based indexes into `rows` / `columns`. */
  styles?: { row: number; col: number; style: CellStyle }[];
  /** Per-cell links within the data rows: row/col are 0-based indexes into `rows` / `columns`. */
  links?: { row: number; col: number; target: LinkTarget }[];
  /** Make the header + rows an Excel table with this name (letters, digits, underscore). */
  table?: { name: string; style?: string };
  freezeHeader?: boolean;

  // ---- free-form parts (absolute, 1-based) ----
  cells?: PlacedCell[];
  /** Column widths in characters, for columns the table part does not size. */
  columnWidths?: { col: number; width: number }[];
  /** Row heights in points. */
  rowHeights?: { row: number; height: number }[];
  merges?: Box[];
  /** Further Excel tables over free-form cells: the box's first row is the header row. */
  tables?: { name: string; box: Box; style?: string }[];
  validations?: ListValidation[];
  charts?: ChartSpec[];
  /** Rows (and columns) kept in view when scrolling; overrides `freezeHeader`. */
  freeze?: { rows: number; columns?: number };
  /**
   * Protect the sheet without a password (a person can lift it from Excel's ribbon): only cells whose
   * style says `locked: false` take typing; selecting, formatting columns and rows stay allowed.
   */
  protect?: boolean;
  print?: PrintSpec;
}

export type Edit =
  /** Set values and/or styles of cells in an existing sheet. */
  | { kind: "cells"; sheet: string; cells: CellEdit[] }
  /**
   * Before any other edit of the batch, read the current value, fill and font colour of these cells
   * and store them with the workbook under `key` (merged with what is already stored: a cell already
   * stored keeps its first captured state, so running twice never loses the original).
   */
  | { kind: "capture"; key: string; sheet: string; cells: { row: number; col: number }[] }
  /** Put back every cell stored under `key` exactly as captured, then forget them. */
  | { kind: "restore"; key: string; sheet: string; cells: CapturedCell[] }
  /** Create the sheet, or replace its contents when it exists (cells, tables). */
  | { kind: "sheet"; spec: SheetSpec; activate?: boolean }
  | { kind: "deleteSheet"; sheet: string }
  /**
   * A precondition, not a change: these cells still hold what the snapshot the plan was made from
   * read. The Office.js applier checks them in the same read that captures the cells, before any
   * write, and changes nothing when one differs (someone typed meanwhile). A formula cell is only
   * checked to be a formula still (its result may recalculate).
   */
  | { kind: "expect"; sheet: string; cells: ExpectedCell[] };

/** A cell as the snapshot read it: its value (null when empty), and whether it held a formula. */
export interface ExpectedCell {
  row: number;
  col: number;
  value: CellValue;
  formula?: boolean;
}

// Toteuma's own sheet of captured states is a fact of the workbook that readers need too (they skip
// it), so it is defined below every layer, in src/model/own.ts; the planners and appliers use it here.
export { STATE_COLUMNS, STATE_SHEET, type CapturedCell, type ExactState } from "../model/own";
