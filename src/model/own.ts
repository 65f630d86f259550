/**
 * Toteuma's own marks in a workbook, recognised from a snapshot: the very hidden sheet where it keeps
 * the cell states it captured before colouring (STATE_SHEET, read back by `readState`), the cells it
 * filled itself (`writtenByToteuma`), the findings sheet it writes (`isFindingsSheet`) and its summary
 * sheets Yhteenveto, Mittarit and Poikkeamat (`summarySheetKind`). Readers skip them, planners
 * restore from them or replace them, both appliers write them: so they live here, below every layer.
 * Pure.
 */
import type { Cell, Grid, WorkbookSnapshot } from "./grid";
import { STATUS_LABEL, STATUSES } from "./status";
import type { Language } from "./text";

/**
 * Name of the very hidden sheet where Toteuma keeps captured cell states with the workbook,
 * readable both by Excel and by the command line.
 */
export const STATE_SHEET = "Toteuma_tila";

/**
 * Layout of STATE_SHEET, one captured cell per row, from row 1, no header:
 * A = key (e.g. "status-colours"), B = sheet name, C = row, D = column, E = JSON of CapturedCell.
 * Both appliers write it; `readState` below reads it back from a snapshot's Grid.
 */
export const STATE_COLUMNS = ["key", "sheet", "row", "col", "captured"] as const;

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
  /** The .xlsx writer's own: the cell's XML element and what its style and shared-string indexes meant. */
  xml?: unknown;
}

/** Toteuma's findings sheet is called so; where a person's own sheet has the name, "Tarkistus 2" (3, …). */
export const FINDINGS_SHEET = "Tarkistus";

/**
 * True when the grid is a findings sheet Toteuma wrote: a row near the top with its "Viesti" and
 * "Message" headers side by side. A person's own sheet that happens to be called "Tarkistus" is not.
 */
export function isFindingsSheet(grid: Grid): boolean {
  for (const row of grid.cells.slice(0, 6)) {
    const texts = (row ?? []).map((c) => (c && typeof c.value === "string" ? c.value.trim() : ""));
    const i = texts.indexOf("Viesti");
    if (i >= 0 && texts[i + 1] === "Message") return true;
  }
  return false;
}

// ---- The summary sheets (planned in src/edits/summary.ts) ----

export const SUMMARY_SHEET = "Yhteenveto";
export const MEASURES_SHEET = "Mittarit";
export const EXCEPTIONS_SHEET = "Poikkeamat";

export type SummarySheetKind = "summary" | "measures" | "exceptions";

export const SUMMARY_SHEET_NAME: Record<SummarySheetKind, string> = {
  summary: SUMMARY_SHEET,
  measures: MEASURES_SHEET,
  exceptions: EXCEPTIONS_SHEET,
};

/** The headers by which the summary sheets are known, as the planner writes them in each language. */
export const SUMMARY_HEADERS = {
  fi: {
    share: "Toteutunut %",
    errors: "Virheitä",
    warnings: "Varoituksia",
    file: "Tiedosto",
    sheet: "Välilehti",
    cell: "Solu",
    status: "Tila",
    reason: "Perustelu",
    baseline: "Lähtötaso",
  },
  en: {
    share: "Achieved %",
    errors: "Errors",
    warnings: "Warnings",
    file: "File",
    sheet: "Sheet",
    cell: "Cell",
    status: "Status",
    reason: "Reason",
    baseline: "Baseline",
  },
} as const satisfies Record<Language, Record<string, string>>;

const texts = (row: Grid["cells"][number] | undefined): string[] =>
  (row ?? []).map((c) => (c && typeof c.value === "string" ? c.value.trim() : ""));

/** True when `run` stands in `row` from some column on, cell after cell. */
function hasRun(row: readonly string[], run: readonly string[]): boolean {
  for (let i = 0; i + run.length <= row.length; i++) if (run.every((s, k) => row[i + k] === s)) return true;
  return false;
}

/**
 * The department table's header from the four statuses on ("Toteutunut", "Osittain toteutunut",
 * "Ei toteutunut", "Ei arvioitavissa", "Toteutunut %", "Virheitä", "Varoituksia"): no city report has it.
 */
export function summaryHeaderRun(lang: Language): string[] {
  const h = SUMMARY_HEADERS[lang];
  return [...STATUSES.map((s) => STATUS_LABEL[s][lang]), h.share, h.errors, h.warnings];
}

/**
 * Which of Toteuma's summary sheets the grid is, or null for any other sheet: by the headers Toteuma
 * writes near the top (Finnish or English), never by the sheet's name, so a person's own sheet called
 * "Yhteenveto" is read like any other and never overwritten. Yhteenveto has the department table's
 * status header; Mittarit and Poikkeamat a header row with file, sheet and cell side by side and a
 * status and a reason column (Mittarit also a baseline column). Mittarit is a flat table of
 * departments, focus areas and goals: read as a report, it would be counted twice on the next run.
 */
export function summarySheetKind(grid: Grid): SummarySheetKind | null {
  for (const line of grid.cells.slice(0, 12)) {
    const row = texts(line);
    if (row.every((t) => t === "")) continue;
    for (const lang of ["fi", "en"] as const) {
      const h = SUMMARY_HEADERS[lang];
      if (hasRun(row, summaryHeaderRun(lang))) return "summary";
      if (hasRun(row, [h.file, h.sheet, h.cell]) && row.includes(h.status) && row.includes(h.reason))
        return row.includes(h.baseline) ? "measures" : "exceptions";
    }
  }
  return null;
}

/** True when the grid is one of the summary sheets Toteuma wrote. */
export function isSummarySheet(grid: Grid): boolean {
  return summarySheetKind(grid) !== null;
}

// ---- The merged workbook's contents sheet (planned in src/edits/merge.ts) ----

/** The contents sheet's name in a merged workbook ("Yhdistä työkirjat"; a person's own keeps theirs). */
export const CONTENTS_SHEET = "Sisällys";

/**
 * The contents sheet's table header, Finnish with English beside it (one header in both languages):
 * the merged sheet, its department, period, source file and sheet, its measure count.
 */
export const CONTENTS_HEADERS = [
  "Välilehti (Sheet)",
  "Toimiala (Department)",
  "Kausi (Period)",
  "Lähdetiedosto (Source file)",
  "Lähteen välilehti (Source sheet)",
  "Mittareita (Measures)",
] as const;

/**
 * True when the grid is the contents sheet Toteuma wrote into a merged workbook: its table header
 * (the sheet, department, period and source file columns side by side) near the top. By content, never
 * by the name: a person's own sheet called "Sisällys" is read like any other. Read as a report, the
 * contents sheet would be a department made up of its text.
 */
export function isContentsSheet(grid: Grid): boolean {
  const run = CONTENTS_HEADERS.slice(0, 4);
  return grid.cells.slice(0, 12).some((line) => hasRun(texts(line), run));
}

/** True when the sheet is one Toteuma writes for itself (its state) rather than a city report. */
export function isOwnSheet(name: string): boolean {
  return name.toLocaleLowerCase("fi-FI") === STATE_SHEET.toLocaleLowerCase("fi-FI");
}

export interface CapturedSheet {
  /** The sheet name as stored. */
  sheet: string;
  cells: CapturedCell[];
}

/** The stored states, by key, then by sheet (sheets in first-seen order). */
export type CapturedState = Map<string, CapturedSheet[]>;

function cellValue(c: Cell | null | undefined): string | number | null {
  if (!c) return null;
  const v = c.value;
  if (typeof v === "string" || typeof v === "number") return v;
  return null;
}

function isColor(x: unknown): x is string | null {
  return x === null || (typeof x === "string" && /^#[0-9A-Fa-f]{6}$/.test(x));
}

/** A stored JSON as a CapturedCell, or null when it is not one (a hand-edited or broken row). */
function parseCaptured(json: string, row: number, col: number): CapturedCell | null {
  let o: unknown;
  try {
    o = JSON.parse(json);
  } catch {
    return null;
  }
  if (!o || typeof o !== "object") return null;
  const r = o as Record<string, unknown>;
  const v = r.value;
  if (!(v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean")) return null;
  const fill = r.fill ?? null;
  const fontColor = r.fontColor ?? null;
  if (!isColor(fill) || !isColor(fontColor)) return null;
  const out: CapturedCell = { row, col, value: v, fill, fontColor };
  if (r.formula === true) out.formula = true;
  if (r.exact && typeof r.exact === "object") out.exact = r.exact as CapturedCell["exact"];
  return out;
}

/** Parses STATE_SHEET of the snapshot; empty when the workbook has none. */
export function readState(snapshot: WorkbookSnapshot): CapturedState {
  const out: CapturedState = new Map();
  const grid = snapshot.sheets.find((g) => g.sheet.toLowerCase() === STATE_SHEET.toLowerCase());
  if (!grid) return out;
  const index = new Map<string, CapturedSheet>();
  const cellsSeen = new Set<string>();
  for (const line of grid.cells) {
    if (!line) continue;
    const key = cellValue(line[0]);
    const sheet = cellValue(line[1]);
    const row = Number(cellValue(line[2]));
    const col = Number(cellValue(line[3]));
    const json = cellValue(line[4]);
    if (typeof key !== "string" || key === "" || sheet === null || typeof json !== "string") continue;
    if (!Number.isInteger(row) || !Number.isInteger(col) || row < 1 || col < 1) continue;
    const captured = parseCaptured(json, row, col);
    if (!captured) continue;
    const name = String(sheet);
    const k = JSON.stringify([key, name.toLowerCase()]);
    let entry = index.get(k);
    if (!entry) {
      entry = { sheet: name, cells: [] };
      index.set(k, entry);
      const list = out.get(key) ?? [];
      list.push(entry);
      out.set(key, list);
    }
    // A cell keeps its first captured state.
    const seenKey = `${k}\u0000${row},${col}`;
    if (!cellsSeen.has(seenKey)) {
      cellsSeen.add(seenKey);
      entry.cells.push(captured);
    }
  }
  return out;
}

/** The captured cells of one key on one sheet (sheet names compared as Excel does, ignoring case). */
export function capturedOn(state: CapturedState, key: string, sheet: string): CapturedCell[] {
  const lower = sheet.toLowerCase();
  return (state.get(key) ?? []).filter((s) => s.sheet.toLowerCase() === lower).flatMap((s) => s.cells);
}

/**
 * Cells Toteuma itself filled under `key` (captured while empty, e.g. the "Tila" labels of the status
 * colours), as "sheet!row,col" with the sheet in lower case. A reader or assessor can use this to tell
 * Toteuma's own labels from a person's own status column.
 */
export function writtenByToteuma(snapshot: WorkbookSnapshot, key = "status"): Set<string> {
  const out = new Set<string>();
  for (const s of readState(snapshot).get(key) ?? [])
    for (const c of s.cells)
      if (c.value === null || c.value === "") out.add(`${s.sheet.toLowerCase()}!${c.row},${c.col}`);
  return out;
}
