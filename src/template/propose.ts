/**
 * What the pane proposes before a person chooses: the period after the workbook's, in the city's
 * reporting cycle (model/period.ts `nextPeriod`), and its year.
 */
import { cycleOf, nextPeriod, type Period, type PeriodOfYear } from "../model/period";
import type { WorkbookReport } from "../model/report";
import { recency, sourceSheets } from "./build";

/**
 * The period and year that come after the workbook's most recent report: T1 2026 → T2 2026, T2 → the
 * year, the year-end report → T1 of the next year (tertiaries unless the workbook's period says
 * quarters or half-years). A workbook that names no period proposes the year-end report of its year;
 * one that names no year uses `fallbackYear` (the current year, which only the edge knows).
 */
export function proposePeriod(wr: WorkbookReport, fallbackYear: number): PeriodOfYear {
  const sheets = sourceSheets(wr);
  const dated = sheets.filter((r) => r.year !== null);
  const withPeriod = dated.filter((r) => r.period !== null);
  if (withPeriod.length > 0) {
    const latest = withPeriod.reduce((a, b) => (recency(b) > recency(a) ? b : a));
    const period = latest.period as Period;
    return nextPeriod({ period, year: latest.year as number }, cycleOf(period) ?? "tertiaries");
  }
  const year = dated.length > 0 ? Math.max(...dated.map((r) => r.year as number)) : fallbackYear;
  return { period: "year", year };
}
