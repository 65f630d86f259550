/**
 * Shared helpers of the rules: comparing texts as a person would (case, spaces and trailing
 * punctuation do not matter), naming things in messages, and what kind of report a sheet is.
 */
import { a1, type CellRef } from "../model/cellref";
import type { Finding } from "../model/finding";
import type { Measure, Report, Selvitys, TextAt } from "../model/report";
import type { Bilingual } from "../model/text";
import { cleanText } from "../text";
import { NUMBERED_MEASURE, REPORTING_LINE, SUBGOAL_LINE } from "../read/vocabulary";
import type { Rule } from "./types";

export { cleanText, editDistance } from "../text";

/** Longest name quoted whole in a message. */
export const NAME_LIMIT = 60;

/** Lower case, single spaces, no trailing punctuation: "Kasvu. " and "KASVU" are the same. */
export function normalise(text: string): string {
  return cleanText(text)
    .toLocaleLowerCase("fi-FI")
    .replace(/[\s.,;:!?…]+$/u, "")
    .trim();
}

/** Cuts a long name at a word boundary near `limit` characters and adds "…". */
export function truncate(text: string, limit = NAME_LIMIT): string {
  const t = cleanText(text);
  if (t.length <= limit) return t;
  const cut = t.slice(0, limit - 1);
  const space = cut.lastIndexOf(" ");
  const head = space >= limit * 0.6 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s.,;:–-]+$/u, "")}…`;
}

/** A name in quotes for a message: 'Kasvava Pori'. */
export function quote(text: string): string {
  return `'${truncate(text)}'`;
}

/** A measure's name, or "Mittari 2" when the sheet gives it none. */
export function measureName(m: Measure): string {
  return cleanText(m.text) ? quote(m.text) : `'Mittari ${m.index}'`;
}

/** True when the value is written (not missing, not only spaces). */
export function present(t: TextAt | null | undefined): t is TextAt {
  return !!t && cleanText(t.text) !== "";
}

/**
 * True when a person wrote the selvitys: text under (or after) its heading, a measure's part, or a
 * sub-goal's "Raportointi". A sub-goal's own statement ("Osatavoite 1: …", which a template carries
 * over from the last period) is the goal, not its report: a heading with only statements under it,
 * or nothing at all, is not written.
 */
export function isWritten(s: Selvitys): boolean {
  for (const p of s.parts)
    if (p.report !== undefined ? present(p.report) : cleanText(p.text) !== "") return true;
  // The text before the first part (all of it when there are no parts).
  for (const line of s.text.split("\n")) {
    if (SUBGOAL_LINE.test(line) || NUMBERED_MEASURE.test(line) || REPORTING_LINE.test(line)) break;
    if (cleanText(line) !== "") return true;
  }
  return false;
}

/** The selvitys of the report's own period (all of them when the period is unknown). */
export function ownPeriodReports(report: Report, reports: readonly Selvitys[]): Selvitys[] {
  return reports.filter((s) => report.period === null || s.period === null || s.period === report.period);
}

/** A year-end report: it has a Toteuma column, or its selvitys are for the whole year. */
export function isYearEnd(report: Report): boolean {
  if (report.hasActualColumn || report.period === "year") return true;
  for (const f of report.focusAreas)
    for (const g of f.goals)
      for (const c of g.commitments)
        for (const a of c.actions) if (a.reports.some((s) => s.period === "year")) return true;
  return false;
}

/** Layouts with the full TAVOITE → TEKO → TOIMENPIDE → MITTARI hierarchy and measure values. */
export function hasHierarchy(report: Report): boolean {
  return report.layout === "block" || report.layout === "table";
}

/** "B12" for a cell, "'T2 2025'!B12" when it is on another sheet than `sheet`. */
export function where(cell: CellRef, sheet?: string): string {
  return sheet !== undefined && cell.sheet !== sheet ? `'${cell.sheet}'!${a1(cell)}` : a1(cell);
}

/** A finding of a rule. */
export function finding(rule: Rule, cell: CellRef, message: Bilingual, suggestion?: Bilingual): Finding {
  return {
    code: rule.code,
    severity: rule.severity,
    cell: { sheet: cell.sheet, row: cell.row, col: cell.col },
    message,
    ...(suggestion ? { suggestion } : {}),
  };
}

export function sameCell(a: CellRef, b: CellRef): boolean {
  return a.sheet === b.sheet && a.row === b.row && a.col === b.col;
}
