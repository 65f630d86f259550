/**
 * The reporting period from a selvitys heading: "(T1)", "toisella vuosikolmanneksella (T2)",
 * "vuoden kolmannella neljänneksellä (Q3)", "H1", "puolivuotiskatsaus", "vuonna 2023" (the whole year).
 */
import { isPeriod, periodInfo, periodOfMonths, type Period } from "../model/period";
import { cleanText, mostCommon, yearIn } from "../text";

export interface PeriodOf {
  period: Period | null;
  year: number | null;
}

const ORDINALS: Record<string, number> = {
  ensimmäi: 1,
  ensimmai: 1,
  toise: 2,
  toinen: 2,
  kolmanne: 3,
  kolmas: 3,
  neljänne: 4,
  neljäs: 4,
  viimeise: 4,
};

function ordinalBefore(text: string, index: number): number | null {
  const before = text.slice(Math.max(0, index - 30), index).toLowerCase();
  const digit = /(\d)\s*\.?\s*(?:vuosi)?$/.exec(before.trimEnd());
  if (digit) return Number(digit[1]);
  const words = before.trim().split(/\s+/);
  const last = words[words.length - 1] ?? "";
  const prev = words[words.length - 2] ?? "";
  for (const w of [last, prev])
    for (const [stem, n] of Object.entries(ORDINALS)) if (w.startsWith(stem)) return n;
  return null;
}

/** The period of a letter and a number: T1–T3, Q1–Q4, H1–H2; null for any other (T4, H3). */
function coded(letter: string, n: number): Period | null {
  const code = `${letter}${n}`;
  return isPeriod(code) ? code : null;
}

/** periodOf of headings met before: a report writes the same heading under every action. */
const known = new Map<string, PeriodOf>();
const KNOWN_LENGTH = 200;
const KNOWN_LIMIT = 5_000;

/** Period and year of one heading (or any text naming a period). */
export function periodOf(heading: string): PeriodOf {
  if (heading.length > KNOWN_LENGTH) return readPeriod(heading);
  let hit = known.get(heading);
  if (!hit) {
    hit = readPeriod(heading);
    if (known.size >= KNOWN_LIMIT) known.clear();
    known.set(heading, hit);
  }
  // A copy: callers may keep what they are given.
  return { period: hit.period, year: hit.year };
}

function readPeriod(heading: string): PeriodOf {
  const text = cleanText(heading);
  const lower = text.toLowerCase();
  const year = yearIn(text);

  // Explicit codes: (T1), T2/2025, Q3, H1. "T1:n" counts too.
  const code = /(?:^|[^\p{L}\d])([TQH])\s?([1-4])(?![\d])/iu.exec(text);
  if (code) {
    const period = coded(code[1].toUpperCase(), Number(code[2]));
    if (period) return { period, year };
  }
  const range = periodOfRange(lower);
  if (range) return { period: range, year };
  // Written out: "toisella vuosikolmanneksella", "2. tertiaali", "kolmannella neljänneksellä".
  const tertiary = /(vuosikolmannes|vuosikolmanneks|tertiaali|kolmannekse)/.exec(lower);
  if (tertiary) {
    const n = ordinalBefore(lower, tertiary.index) ?? /tertiaali\s*(\d)/.exec(lower)?.[1];
    const k = n === null || n === undefined ? null : Number(n);
    const period = k === null ? null : coded("T", k);
    if (period) return { period, year };
  }
  const quarter = /(vuosineljännes|vuosineljännek|neljännes|neljännek|kvartaali)/.exec(lower);
  if (quarter) {
    const n = ordinalBefore(lower, quarter.index) ?? /kvartaali\s*(\d)/.exec(lower)?.[1];
    const k = n === null || n === undefined ? null : Number(n);
    const period = k === null ? null : coded("Q", k);
    if (period) return { period, year };
  }
  const half = /(vuosipuolisko|vuosipuolisk|puolivuot|puolen vuoden|alkuvuo|alkuvuode)/.exec(lower);
  if (half) {
    const n = ordinalBefore(lower, half.index);
    if (n === 2 || /loppuvuo/.test(lower)) return { period: "H2", year };
    return { period: "H1", year };
  }
  // The whole year: "vuonna 2023", "vuodelta 2023", "vuoden 2023 aikana", "tilinpäätös", "koko vuosi".
  if (
    /\bvuo(nna|delta|den|si)\s+(19|20)\d\d/.test(lower) ||
    /(19|20)\d\d\s*(aikana|osalta)/.test(lower) ||
    /tilinpäätö|vuosiraport|koko vuo|vuositaso|vuoden lopussa/.test(lower)
  )
    return { period: "year", year };
  return { period: null, year };
}

const MONTHS = [
  "tammi",
  "helmi",
  "maalis",
  "huhti",
  "touko",
  "kesä",
  "heinä",
  "elo",
  "syys",
  "loka",
  "marras",
  "joulu",
];
const MONTH_WORD = `(${MONTHS.join("|")})(?:kuu\\p{L}*)?`;
const DASH = "\\s*[-–—]\\s*";
/** "tammi-huhtikuu", "tammikuu–elokuu": compiled once (a RegExp built per heading cost more than the rest of periodOf). */
const MONTH_SPAN = new RegExp(`(?<!\\p{L})${MONTH_WORD}${DASH}${MONTH_WORD}`, "u");

/**
 * A span of dates or months: "1.1.–30.4.2025", "1.1.-31.8.", "1-4/2025", "1–6/2024",
 * "tammi-huhtikuu", "tammikuu–elokuu 2025".
 */
function periodOfRange(lower: string): Period | null {
  const dates = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(?:(?:19|20)?\d\d)?\s*[-–—]\s*(\d{1,2})\.(\d{1,2})\./u.exec(
    lower,
  );
  if (dates && Number(dates[1]) === 1) {
    const p = periodOfMonths(Number(dates[2]), Number(dates[4]));
    if (p) return p;
  }
  const months = /(?<![\d.,/])(\d{1,2})\s*[-–—]\s*(\d{1,2})\s*\/\s*(?:19|20)?\d\d(?!\d)/u.exec(lower);
  if (months) {
    const p = periodOfMonths(Number(months[1]), Number(months[2]));
    if (p) return p;
  }
  const words = MONTH_SPAN.exec(lower);
  if (words) {
    const p = periodOfMonths(MONTHS.indexOf(words[1]) + 1, MONTHS.indexOf(words[2]) + 1);
    if (p) return p;
  }
  return null;
}

/**
 * The period (and year) a report's selvitys headings name: the newest period named, since a report
 * keeps earlier periods' texts above the new one ("(T1)" and "(T2)" under every action is a T2
 * report, and so is a T2 report whose T2 texts are written for only some actions). Of periods that
 * end in the same month (T3, Q4, H2 and the year) the one named most often, ties to the first seen.
 * The year is the one named most often.
 */
export function reportPeriod(selvitykset: readonly PeriodOf[]): PeriodOf {
  const periods = selvitykset.map((s) => s.period).filter((p): p is Period => p !== null);
  const end = Math.max(0, ...periods.map((p) => periodInfo(p).months.to));
  return {
    period: mostCommon(periods.filter((p) => periodInfo(p).months.to === end)),
    year: mostCommon(selvitykset.map((s) => s.year)),
  };
}
