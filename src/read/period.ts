/**
 * The reporting period from a selvitys heading: "(T1)", "toisella vuosikolmanneksella (T2)",
 * "vuoden kolmannella neljänneksellä (Q3)", "H1", "puolivuotiskatsaus", "vuonna 2023" (the whole year).
 */
import type { Period } from "../model/report";
import { cleanText } from "./text";

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
  const before = text.slice(Math.max(0, index - 30), index).toLocaleLowerCase("fi-FI");
  const digit = /(\d)\s*\.?\s*(?:vuosi)?$/.exec(before.trimEnd());
  if (digit) return Number(digit[1]);
  const words = before.trim().split(/\s+/);
  const last = words[words.length - 1] ?? "";
  const prev = words[words.length - 2] ?? "";
  for (const w of [last, prev])
    for (const [stem, n] of Object.entries(ORDINALS)) if (w.startsWith(stem)) return n;
  return null;
}

/** Period and year of one heading (or any text naming a period). */
export function periodOf(heading: string): PeriodOf {
  const text = cleanText(heading);
  const lower = text.toLocaleLowerCase("fi-FI");
  const yearMatch = /(?:^|[^\d])((?:19|20)\d\d)(?!\d)/.exec(text);
  const year = yearMatch ? Number(yearMatch[1]) : null;

  // Explicit codes: (T1), T2/2025, Q3, H1. "T1:n" counts too.
  const code = /(?:^|[^\p{L}\d])([TQH])\s?([1-4])(?![\d])/iu.exec(text);
  if (code) {
    const letter = code[1].toUpperCase();
    const n = Number(code[2]);
    if (letter === "T" && n <= 3) return { period: `T${n}` as Period, year };
    if (letter === "Q") return { period: `Q${n}` as Period, year };
    if (letter === "H" && n <= 2) return { period: `H${n}` as Period, year };
  }
  // Written out: "toisella vuosikolmanneksella", "2. tertiaali", "kolmannella neljänneksellä".
  const tertiary = /(vuosikolmannes|vuosikolmanneks|tertiaali|kolmannekse)/.exec(lower);
  if (tertiary) {
    const n = ordinalBefore(lower, tertiary.index) ?? /tertiaali\s*(\d)/.exec(lower)?.[1];
    const k = n === null || n === undefined ? null : Number(n);
    if (k && k >= 1 && k <= 3) return { period: `T${k}` as Period, year };
  }
  const quarter = /(vuosineljännes|vuosineljännek|neljännes|neljännek|kvartaali)/.exec(lower);
  if (quarter) {
    const n = ordinalBefore(lower, quarter.index) ?? /kvartaali\s*(\d)/.exec(lower)?.[1];
    const k = n === null || n === undefined ? null : Number(n);
    if (k && k >= 1 && k <= 4) return { period: `Q${k}` as Period, year };
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

/** The majority period (and year) of a report's selvitys headings; ties go to the first seen. */
export function reportPeriod(selvitykset: readonly PeriodOf[]): PeriodOf {
  return {
    period: majority(selvitykset.map((s) => s.period)),
    year: majority(selvitykset.map((s) => s.year)),
  };
}

function majority<T>(values: readonly (T | null)[]): T | null {
  const counts = new Map<T, number>();
  let best: T | null = null;
  let bestCount = 0;
  for (const v of values) {
    if (v === null) continue;
    const c = (counts.get(v) ?? 0) + 1;
    counts.set(v, c);
    if (c > bestCount) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}
