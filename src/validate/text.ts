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

/** The characters cleanText collapses into a space (or removes at the ends). */
const NOT_SPACE = /[^\s\u00a0\u2007\u202f\u200b\ufeff]/u;

/**
 * True when the text has something besides spaces: `cleanText(text) !== ""` without building the
 * cleaned text (a 32,000-character selvitys answers at its first letter).
 */
export function hasText(text: string): boolean {
  return NOT_SPACE.test(text);
}

/** One character of the punctuation (or space) that normalise removes at the end. */
const TRAILING = /[\s.,;:!?…]/u;

/** Lower case, single spaces, no trailing punctuation: "Kasvu. " and "KASVU" are the same. */
export function normalise(text: string): string {
  // toLowerCase is toLocaleLowerCase("fi-FI"): Finnish has no special casing (only Turkish, Azeri,
  // Lithuanian and Greek do), and the locale-aware call costs far more. The trailing punctuation is
  // found by stepping back from the end, not by a regex anchored at the end (which tries every run
  // of punctuation in the text, a quadratic cost for a long run of dots). cleanText has trimmed the
  // spaces at both ends, so nothing is left to trim.
  const t = cleanText(text).toLowerCase();
  let end = t.length;
  while (end > 0 && TRAILING.test(t[end - 1])) end--;
  return end === t.length ? t : t.slice(0, end);
}

/** How much of a long text truncate cleans first: enough for any limit a message uses. */
const TRUNCATE_PREFIX = 1000;

/** Cuts a long name at a word boundary near `limit` characters and adds "…". */
export function truncate(text: string, limit = NAME_LIMIT): string {
  // The cleaned start of a text is the start of the cleaned text: a long one is cleaned only as far
  // as the cut needs (when that start is already longer than the limit).
  const start =
    text.length > TRUNCATE_PREFIX && limit < TRUNCATE_PREFIX / 2
      ? cleanText(text.slice(0, TRUNCATE_PREFIX))
      : "";
  const t = start.length > limit ? start : cleanText(text);
  if (t.length <= limit) return t;
  const cut = t.slice(0, limit - 1);
  const space = cut.lastIndexOf(" ");
  const head = space >= limit * 0.6 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s.,;:–-]+$/u, "")}…`;
}

/**
 * `f` remembering its answers, for one rule's check of one sheet: a block layout repeats the same
 * goal, commitment and measure texts block after block. Made afresh by each check, so it holds on to
 * nothing after it.
 */
export function remembering(f: (text: string) => string): (text: string) => string {
  const known = new Map<string, string>();
  return (text) => {
    let out = known.get(text);
    if (out === undefined) known.set(text, (out = f(text)));
    return out;
  };
}

/** A name in quotes for a message: 'Kasvava Pori'. */
export function quote(text: string): string {
  return `'${truncate(text)}'`;
}

/** A measure's name, or "Mittari 2" when the sheet gives it none. */
export function measureName(m: Measure): string {
  return hasText(m.text) ? quote(m.text) : `'Mittari ${m.index}'`;
}

/** True when the value is written (not missing, not only spaces). */
export function present(t: TextAt | null | undefined): t is TextAt {
  return !!t && hasText(t.text);
}

/**
 * True when a person wrote the selvitys: text under (or after) its heading, a measure's part, or a
 * sub-goal's "Raportointi". A sub-goal's own statement ("Osatavoite 1: …", which a template carries
 * over from the last period) is the goal, not its report: a heading with only statements under it,
 * or nothing at all, is not written.
 */
export function isWritten(s: Selvitys): boolean {
  for (const p of s.parts) if (p.report !== undefined ? present(p.report) : hasText(p.text)) return true;
  // The text before the first part (all of it when there are no parts), line by line as far as
  // needed: the first written line answers, without splitting the whole text.
  const text = s.text;
  for (let start = 0; ;) {
    const nl = text.indexOf("\n", start);
    const line = nl < 0 ? text.slice(start) : text.slice(start, nl);
    if (SUBGOAL_LINE.test(line) || NUMBERED_MEASURE.test(line) || REPORTING_LINE.test(line)) break;
    if (hasText(line)) return true;
    if (nl < 0) break;
    start = nl + 1;
  }
  return false;
}

/** The selvitys of the report's own period (all of them when the period is unknown). */
export function ownPeriodReports(report: Report, reports: readonly Selvitys[]): readonly Selvitys[] {
  const own = (s: Selvitys) => report.period === null || s.period === null || s.period === report.period;
  // Nearly always all of them: the list itself then, not a copy of it.
  for (let i = 0; i < reports.length; i++) if (!own(reports[i])) return reports.filter(own);
  return reports;
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
