/**
 * Toteuma's summary sheets — Yhteenveto, Mittarit, Poikkeamat — recognised by their content, as the
 * findings sheet is (`isFindingsSheet`): the reader skips them (Mittarit is a flat table of
 * departments, focus areas and goals, and would otherwise read as a report and be counted twice on
 * the next run), and a new summary replaces them while a person's own sheet of the same name is read
 * like any other and never overwritten ("Yhteenveto 2"). Small and pure, so that the reader can use
 * it without the planner (src/edits/summary.ts), which writes the headers named here.
 */
import type { Grid, WorkbookSnapshot } from "../model/grid";
import { STATUS_LABEL, STATUSES } from "../model/status";
import type { Language } from "../model/text";

export const SUMMARY_SHEET = "Yhteenveto";
export const MEASURES_SHEET = "Mittarit";
export const EXCEPTIONS_SHEET = "Poikkeamat";

export type SummarySheetKind = "summary" | "measures" | "exceptions";

const BASE_NAME: Record<SummarySheetKind, string> = {
  summary: SUMMARY_SHEET,
  measures: MEASURES_SHEET,
  exceptions: EXCEPTIONS_SHEET,
};

/** The headers by which the sheets are known, as the planner writes them in each language. */
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

const LANGUAGES: readonly Language[] = ["fi", "en"];

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
 * writes near the top (Finnish or English), never by the sheet's name. Yhteenveto has the department
 * table's status header; Mittarit and Poikkeamat a header row ending in file, sheet and cell with a
 * status and a reason column (Mittarit also a baseline column).
 */
export function summarySheetKind(grid: Grid): SummarySheetKind | null {
  for (const line of grid.cells.slice(0, 12)) {
    const row = texts(line);
    if (row.every((t) => t === "")) continue;
    for (const lang of LANGUAGES) {
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

/**
 * The name each summary sheet gets in this workbook: its own, or where a person's own sheet has it,
 * the name with " 2" (3, …) — never a sheet that is not Toteuma's summary sheet of the same kind.
 */
export function summarySheetNames(snapshot: WorkbookSnapshot): Record<SummarySheetKind, string> {
  const sheets = new Map(snapshot.sheets.map((g) => [g.sheet.toLocaleLowerCase("fi-FI"), g]));
  const nameFor = (kind: SummarySheetKind): string => {
    for (let n = 1; ; n++) {
      const name = n === 1 ? BASE_NAME[kind] : `${BASE_NAME[kind]} ${n}`;
      const existing = sheets.get(name.toLocaleLowerCase("fi-FI"));
      if (!existing || summarySheetKind(existing) === kind) return name;
    }
  };
  return { summary: nameFor("summary"), measures: nameFor("measures"), exceptions: nameFor("exceptions") };
}
