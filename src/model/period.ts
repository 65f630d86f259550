/**
 * Reporting periods in one place: every period a city reports on (tertiaries T1–T3, quarters Q1–Q4,
 * half-years H1–H2, the whole year), its names in Finnish and English, the months it covers, the
 * periods of a city's reporting cycle and the one that comes next, and the selvitys heading the city
 * writes for it. Pure data and small functions; the readers recognise what is written here (tests in
 * src/read check that every heading below reads back as its period), and the pane, the command line,
 * the rules, summaries and templates name periods through it.
 *
 * - `PERIODS`, `isPeriod(x)`: the periods, in the order a year runs (tertiaries, quarters, halves, year).
 * - `periodInfo(p)`: `name` ("2. vuosikolmannes (T2)"), `short` ("T2", "vuosi"), `months` (what a
 *   report of the period covers, cumulative from January as the city reports: T2 = 1–8) and
 *   `ownMonths` (the period alone: T2 = 5–8).
 * - `reportedDates(p, year?)`: "1.1.–31.8.2025", the dates a report of the period covers.
 * - `CYCLES`, `cycleOf(p)`, `nextPeriod({ period, year }, cycle)`: a city reports in tertiaries
 *   (T1, T2, year), quarters (Q1–Q3, year) or half-years (H1, year); after the year-end report comes
 *   the first period of the next year.
 * - `selvitysHeading(p, year)`: the heading the city writes over an action's report for the period,
 *   character for character ("Selvitys toimenpiteen edistymisestä toisella vuosikolmanneksella (T2):").
 * - `usualHeading(report, p)`: the heading a sheet itself uses most for the period (its own wording).
 * - `periodOfMonths(from, to)`: the period a span of months names (1–4 T1, 5–8 T2, 1–8 T2, …).
 */
import type { Report } from "./report";
import type { Bilingual } from "./text";

/** Reporting periods: tertiaries, quarters, half-years, or the whole year. */
export type Period = "T1" | "T2" | "T3" | "Q1" | "Q2" | "Q3" | "Q4" | "H1" | "H2" | "year";

export const PERIODS: readonly Period[] = ["T1", "T2", "T3", "Q1", "Q2", "Q3", "Q4", "H1", "H2", "year"];

export function isPeriod(x: unknown): x is Period {
  return typeof x === "string" && (PERIODS as readonly string[]).includes(x);
}

/** Months of a year, 1 = January, both ends included. */
export interface MonthSpan {
  from: number;
  to: number;
}

export interface PeriodInfo {
  period: Period;
  /** The period's name: "2. vuosikolmannes (T2)" / "Second four-month period (T2)", "Koko vuosi" / "Whole year". */
  name: Bilingual;
  /** The period as a sentence says it: "T2" / "T2", "vuosi" / "year". */
  short: Bilingual;
  /** What a report of the period covers, from January as the city reports: T1 1–4, T2 1–8, Q3 1–9. */
  months: MonthSpan;
  /** The months of the period alone: T2 5–8, Q3 7–9, H2 7–12. */
  ownMonths: MonthSpan;
}

const span = (from: number, to: number): MonthSpan => ({ from, to });

function info(period: Period, name: Bilingual, own: MonthSpan): PeriodInfo {
  const short = period === "year" ? { fi: "vuosi", en: "year" } : { fi: period, en: period };
  return { period, name, short, months: span(1, own.to), ownMonths: own };
}

const INFO: Record<Period, PeriodInfo> = {
  T1: info("T1", { fi: "1. vuosikolmannes (T1)", en: "First four-month period (T1)" }, span(1, 4)),
  T2: info("T2", { fi: "2. vuosikolmannes (T2)", en: "Second four-month period (T2)" }, span(5, 8)),
  T3: info("T3", { fi: "3. vuosikolmannes (T3)", en: "Third four-month period (T3)" }, span(9, 12)),
  Q1: info("Q1", { fi: "1. neljännes (Q1)", en: "First quarter (Q1)" }, span(1, 3)),
  Q2: info("Q2", { fi: "2. neljännes (Q2)", en: "Second quarter (Q2)" }, span(4, 6)),
  Q3: info("Q3", { fi: "3. neljännes (Q3)", en: "Third quarter (Q3)" }, span(7, 9)),
  Q4: info("Q4", { fi: "4. neljännes (Q4)", en: "Fourth quarter (Q4)" }, span(10, 12)),
  H1: info("H1", { fi: "1. vuosipuolisko (H1)", en: "First half-year (H1)" }, span(1, 6)),
  H2: info("H2", { fi: "2. vuosipuolisko (H2)", en: "Second half-year (H2)" }, span(7, 12)),
  year: info("year", { fi: "Koko vuosi", en: "Whole year" }, span(1, 12)),
};

export function periodInfo(period: Period): PeriodInfo {
  return INFO[period];
}

/** Days in each month; no period ends in February, so leap years do not matter here. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The dates a report of the period covers, as the city writes them: "1.1.–30.4." for T1, with the
 * year when given ("1.1.–31.8.2025" for T2 of 2025).
 */
export function reportedDates(period: Period, year?: number): string {
  const { from, to } = INFO[period].months;
  return `1.${from}.–${MONTH_DAYS[to - 1]}.${to}.${year ?? ""}`;
}

/** How a city reports during the year: every cycle ends with the year-end report. */
export type Cycle = "tertiaries" | "quarters" | "half-years";

export const CYCLES: Record<Cycle, readonly Period[]> = {
  tertiaries: ["T1", "T2", "year"],
  quarters: ["Q1", "Q2", "Q3", "year"],
  "half-years": ["H1", "year"],
};

/** The cycle a period belongs to (T3 to the tertiaries, Q4 to the quarters); null for the year. */
export function cycleOf(period: Period): Cycle | null {
  if (period === "year") return null;
  return period[0] === "T" ? "tertiaries" : period[0] === "Q" ? "quarters" : "half-years";
}

export interface PeriodOfYear {
  period: Period;
  year: number;
}

/**
 * The report that comes after this one in the city's cycle: T1 → T2 → year → T1 of the next year.
 * A period outside the cycle (T3, Q4, H2, or a quarter in a tertiary cycle) is followed by the first
 * period of the cycle that ends later in the year, else by the cycle's first of the next year.
 */
export function nextPeriod(current: PeriodOfYear, cycle: Cycle): PeriodOfYear {
  const end = INFO[current.period].months.to;
  const periods = CYCLES[cycle];
  const next = periods.find((p) => INFO[p].months.to > end);
  return next ? { period: next, year: current.year } : { period: periods[0], year: current.year + 1 };
}

/** Headings as the seeds write them (T1, T2, Q3, year) and in their style for the rest (domain.md). */
const HEADINGS: Record<Exclude<Period, "year">, string> = {
  T1: "Selvitys tavoitteen toteutumisesta (T1):",
  T2: "Selvitys toimenpiteen edistymisestä toisella vuosikolmanneksella (T2):",
  T3: "Selvitys toimenpiteen edistymisestä kolmannella vuosikolmanneksella (T3):",
  Q1: "Selvitys toimenpiteen edistymisestä vuoden ensimmäisellä neljänneksellä (Q1):",
  Q2: "Selvitys toimenpiteen edistymisestä vuoden toisella neljänneksellä (Q2):",
  Q3: "Selvitys toimenpiteen edistymisestä vuoden kolmannella neljänneksellä (Q3):",
  Q4: "Selvitys toimenpiteen edistymisestä vuoden neljännellä neljänneksellä (Q4):",
  H1: "Selvitys toimenpiteen edistymisestä ensimmäisellä vuosipuoliskolla (H1):",
  H2: "Selvitys toimenpiteen edistymisestä toisella vuosipuoliskolla (H2):",
};

/**
 * The selvitys heading the city writes over an action's report for the period, character for
 * character: "Selvitys tavoitteen toteutumisesta (T1):", …, "Selvitys toimenpiteen toteutumisesta
 * vuonna 2023:" (only the whole year's heading names the year).
 */
export function selvitysHeading(period: Period, year: number): string {
  return period === "year" ? `Selvitys toimenpiteen toteutumisesta vuonna ${year}:` : HEADINGS[period];
}

/** The selvitys heading the sheet itself uses most for a period (its own wording), if any. */
export function usualHeading(report: Report, period: Period): string | null {
  const counts = new Map<string, number>();
  // Indexed loops (run once a sheet, unoptimised: for…of would make an iterator and a result a step).
  const fs = report.focusAreas;
  for (let f = 0; f < fs.length; f++)
    for (let g = 0; g < fs[f].goals.length; g++)
      for (let c = 0; c < fs[f].goals[g].commitments.length; c++) {
        const actions = fs[f].goals[g].commitments[c].actions;
        for (let a = 0; a < actions.length; a++)
          for (let k = 0; k < actions[a].reports.length; k++) {
            const s = actions[a].reports[k];
            if (s.period === period && s.heading) counts.set(s.heading, (counts.get(s.heading) ?? 0) + 1);
          }
      }
  let best: string | null = null;
  let n = 0;
  for (const [h, k] of counts) if (k > n) [best, n] = [h, k];
  return best;
}

/**
 * The period a span of months names. A span that is a period's own months names it (1–4 T1, 5–8 T2,
 * 7–9 Q3, 1–6 H1, 1–12 the year); a span from January otherwise names the period reported
 * cumulatively up to its last month, as the city reports (1–8 T2, 1–9 Q3). Null for any other span.
 */
export function periodOfMonths(from: number, to: number): Period | null {
  const own = PERIODS.find((p) => INFO[p].ownMonths.from === from && INFO[p].ownMonths.to === to);
  if (own) return own;
  if (from !== 1) return null;
  return PERIODS.find((p) => INFO[p].months.to === to) ?? null;
}
