/**
 * Edits are data: what the add-in or the command line wants changed in a workbook. Planners make
 * them (pure functions); the Office.js applier (src/excel) and the exceljs applier (src/xlsx) carry
 * them out and decide nothing.
 *
 * Values written are always literal: a string starting with "=", "+", "-" or "@" is written as
 * text, never as a formula.
 */

/** Colours are "#RRGGBB". `null` means "no fill" / "automatic font colour". */
export interface CellStyle {
  fill?: string | null;
  fontColor?: string | null;
  bold?: boolean;
  italic?: boolean;
  wrap?: boolean;
  numberFormat?: string;
}

export interface CellEdit {
  row: number;
  col: number;
  /** Undefined leaves the value as it is; null clears it. */
  value?: string | number | null;
  style?: CellStyle;
}

/** The state of a cell as captured before Toteuma changed it, so that it can be restored exactly. */
export interface CapturedCell {
  row: number;
  col: number;
  /** The value (formulas as their formula text starting with "="), null when empty. */
  value: string | number | boolean | null;
  /** True when `value` is a formula to be written back as a formula. */
  formula?: boolean;
  fill: string | null;
  fontColor: string | null;
  /**
   * Optional, host-specific exact state, kept by the applier that captured it so that its own restore
   * is exact where "#RRGGBB" cannot say it (theme colours, the rest of the font, rich text, dates,
   * a formula's cached result). The exceljs applier writes and reads it; other hosts ignore it.
   */
  exact?: ExactState;
}

/** See `CapturedCell.exact`: plain JSON, in the shapes exceljs uses for fills, fonts and values. */
export interface ExactState {
  /** The cell's whole fill; null when it had none. */
  fill?: unknown;
  /** The cell's whole font; null when it had none. */
  font?: unknown;
  /** The value when it is not a plain string/number/boolean/formula: rich text, a hyperlink, a date. */
  value?: unknown;
  /** A formula's cached result. */
  result?: unknown;
}

export interface ColumnSpec {
  header: string;
  /** Width in characters. */
  width?: number;
  wrap?: boolean;
  numberFormat?: string;
}

/** A whole sheet Toteuma writes (summary, findings "Tarkistus", selvitys template). */
export interface SheetSpec {
  name: string;
  /** Optional title rows above the table (plain text, bold first line). */
  title?: string[];
  columns: ColumnSpec[];
  rows: (string | number | null)[][];
  /** Per-cell styles within the data rows: row/col are 0-based indexes into `rows` / `columns`. */
  styles?: { row: number; col: number; style: CellStyle }[];
  /** Make the header + rows an Excel table with this name (letters, digits, underscore). */
  table?: { name: string; style?: string };
  freezeHeader?: boolean;
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
  | { kind: "deleteSheet"; sheet: string };

/**
 * Name of the very hidden sheet where Toteuma keeps captured cell states with the workbook,
 * readable both by Excel and by the command line.
 */
export const STATE_SHEET = "Toteuma_tila";

/**
 * Layout of STATE_SHEET, one captured cell per row, from row 1, no header:
 * A = key (e.g. "status-colours"), B = sheet name, C = row, D = column, E = JSON of CapturedCell.
 * Both appliers write it; `src/edits/state.ts` reads it back from a snapshot's Grid.
 */
export const STATE_COLUMNS = ["key", "sheet", "row", "col", "captured"] as const;
