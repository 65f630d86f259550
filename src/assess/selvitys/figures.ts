/**
 * Figures in a selvitys against the measure's target and baseline, with the period in mind.
 *
 * Which figure: one of the target's kind (a share for a share, an NPS for an NPS, a count in a
 * compatible unit and within ten times the target's size), not the target or last year's figure
 * restated ("tavoitteeseen 25 %", "viime vuonna (88)", "(2025: 19 %)"), not a change ("laski 6 %":
 * that is a trend); in a text shared by several measures, not one whose sentence speaks of another
 * measure more. Of several, an annual estimate ("vuositasolla noin 15 pv/htv") first, then a total
 * ("yhteensä 19 kpl"), else the first.
 *
 * How it is read:
 * - A count that accumulates over the year (the measure says per year, "/ vuosi", "km/v", or the
 *   text gives it for the months so far: "tammi–elokuussa", "kertyi", "mennessä") is compared at a
 *   part-year period (T1, T2, Q1–Q3, H1) with the whole-year target as a running count: at or above
 *   the target, already reached; above zero, progress (Osittain toteutunut), never a miss, even below
 *   last year's whole-year baseline ("131 400 käyntiä tammi–elokuussa", target 190 000: partial).
 *   Where less is better, a running count already above the year's ceiling is not achieved; below
 *   it, only a comparison with the same months last year says which way it goes ("vähemmän kuin
 *   vastaavana aikana viime vuonna": partial); without one it cannot be judged yet.
 * - A share, a rate, an average, an NPS or a level ("käyttöaste 76 %", "keskimäärin 27 g",
 *   "käytössä 11 koulussa") is compared with the target and baseline as an actual is, at any period:
 *   "31 %" against baseline 34 % and target 25 % is partial; "16 %" against 23 % → 30 % moved away.
 *   One that already meets the target is Toteutunut only if the text does not say the figure is
 *   provisional ("alustava", "ennakkotieto", an annual estimate): then Osittain toteutunut.
 * - At the year's end (a year-end report without a Toteuma column) every figure is a level.
 */
import type { Bilingual, Measure, Status } from "../../model";
import { type Direction, wordsDirection } from "../direction";
import { wordOverlap } from "../judges/words";
import { numericStatus, readNumericTarget, show, type TargetRead } from "../numeric-target";
import { chooseMain, parseQuantities, type Quantity } from "../quantity";
import { clip, sentenceAt } from "./texts";
import { PROVISIONAL } from "./words";

/** When in the year the report is written. */
export interface Timing {
  /** True before the year's end (T1, T2, Q1–Q3, H1, or a period not named): counts are still running. */
  partYear: boolean;
  /** The report's year, for telling this year's figures from earlier years'. */
  year: number | null;
}

/** A measure as the figures are matched to it. */
export interface FigureMeasure {
  text: string;
  baseline: string;
  target: string;
  read: TargetRead | null;
}

export function figureMeasure(
  m: Measure | { text: string },
  baseline: string,
  target: string,
): FigureMeasure {
  return {
    text: m.text,
    baseline,
    target,
    read: readNumericTarget(target, parseQuantities(baseline), m.text),
  };
}

/** A status from a figure or a trend, why, and the words quoted. */
export interface FigureReading {
  status: Status;
  explain: Bilingual;
  quote: string;
}

/** Units whose names are Toteuma's own (quantity.ts): two different ones are not comparable. */
const CANONICAL = new Set([
  "pv",
  "kpl",
  "hlö",
  "€",
  "h",
  "kk",
  "vko",
  "v",
  "t CO2",
  "min",
  "htv",
  "matkaa",
  "yötä",
  "asiakasta",
  "NPS",
  "GWh",
  "MWh",
  "kWh",
  "TWh",
  "km",
  "m",
  "m²",
  "ha",
  "t",
  "kg",
]);

/**
 * The target or last year's figure restated before the number: forms of the noun "tavoite", not the
 * verb "tavoittaa" ("nuorisotyö tavoitti 190 nuorta" is the figure itself).
 */
const RESTATED =
  /(?:tavoite(?!ttiin|ttu)\p{L}*|tavoittee\p{L}*|lähtötaso\p{L}*|viime\s+vuo\p{L}*|edellis\p{L}*\s+vuo\p{L}*|edellisvuo\p{L}*|vastaava\p{L}*\s+aika\p{L}*|vertailu\p{L}*|vuotta\s+aiemmin)[^.;!?]*$/iu;
const YEAR_BEFORE = /vuo(?:nna|den)\s+((?:19|20)\d\d)\s*[:,]?\s*$/iu;
/** A verb of change right before the figure: "laski 6 %" is a change, "laskenut 84 %:iin" a level. */
const CHANGE_BEFORE =
  /(?:^|[^\p{L}])(?:laski|laskenut|nousi|noussut|kasvoi|kasvanut|väheni|vähentynyt|vähentyi|lisääntyi|lisääntynyt|pieneni|pienentynyt|suureni|parani|parantunut|heikkeni|heikentynyt)\s+(?:\p{L}+\s+)?(?:noin\s+|n\.\s*)?$/iu;
const ILLATIVE = /:(?:iin|aan|ään|een|hin|seen|sen|lle|ksi)$/u;
const ANNUAL_BEFORE =
  /(?:vuositasol\p{L}*|koko\s+vuode\p{L}*|ennuste\p{L}*|arvio\p{L}*\s+vuodelle)[^.;!?]*$/iu;
const TOTAL_BEFORE = /(?:^|[^\p{L}])(?:yhteensä|kaikkiaan|kaikkiaan)(?![\p{L}])[^.;!?]*$/iu;
const AVERAGE = /keskimäärin|keskiarvo|keskimääräi/iu;
/** The measure counts per year. */
const FLOW =
  /\/\s*(?:v|vuosi|vuodessa|a)(?![\p{L}])|(?:^|[^\p{L}])(?:vuodessa|vuosittain|vuosittainen|vuoden\s+aikana|per\s+vuosi)(?![\p{L}])/iu;
/** The figure is given for the months so far. */
const SPAN =
  /kerty\p{L}*|mennessä|(?:^|[^\p{L}])tammi\p{L}*\s*[–-]\s*\p{L}+|1\.\s?1\.\s?[–-]|alkuvuo\p{L}*|(?:neljänneksen|vuosikolmanneksen|vuosipuoliskon|kauden|vuoden)\s+aikana/iu;

interface Candidate {
  q: Quantity;
  sentence: { start: number; end: number };
  annual: boolean;
  total: boolean;
}

function unitOf(fm: FigureMeasure): string | null {
  return chooseMain(parseQuantities(fm.target))?.unit ?? fm.read?.baseline?.unit ?? null;
}

/** The figure is of the measure's kind, in a compatible unit and of a plausible size. */
function fits(q: Quantity, fm: FigureMeasure): boolean {
  const read = fm.read;
  if (!read) return false;
  const t = read.target;
  if (t.nps) {
    if (!(q.unit === "NPS" || (!q.isPercent && q.unit === null))) return false;
  } else {
    if (q.isPercent !== t.isPercent || q.unit === "NPS") return false;
    const unit = unitOf(fm);
    if (!t.isPercent && unit && q.unit && CANONICAL.has(unit) && CANONICAL.has(q.unit) && unit !== q.unit)
      return false;
  }
  if (!t.isPercent) {
    const ref = Math.max(Math.abs(t.threshold), Math.abs(read.baseline?.value ?? 0));
    if (ref > 0 && Math.abs(q.value) > 10 * ref) return false;
  }
  return true;
}

/** The figures of the text that can speak for the measure, in order. */
function candidates(text: string, fm: FigureMeasure, siblings: FigureMeasure[], timing: Timing): Candidate[] {
  const out: Candidate[] = [];
  for (const q of parseQuantities(text)) {
    if (!fits(q, fm)) continue;
    const sentence = sentenceAt(text, q.start);
    const before = text.slice(Math.max(sentence.start, q.start - 60), q.start);
    if (RESTATED.test(before)) continue;
    const yearBefore = YEAR_BEFORE.exec(before);
    const earlier = (y: number | null) => y !== null && timing.year !== null && y < timing.year;
    if (yearBefore && earlier(Number(yearBefore[1]))) continue;
    if (q.yearLabelled && earlier(q.year)) continue;
    if (CHANGE_BEFORE.test(before) && !ILLATIVE.test(q.text)) continue;
    if (siblings.length > 0) {
      const words = text.slice(sentence.start, sentence.end);
      const own = wordOverlap(fm.text, words);
      if (siblings.some((s) => wordOverlap(s.text, words) > own && fits(q, s))) continue;
    }
    out.push({ q, sentence, annual: ANNUAL_BEFORE.test(before), total: TOTAL_BEFORE.test(before) });
  }
  return out;
}

function choose(cs: Candidate[]): Candidate | null {
  const last = (xs: Candidate[]) => (xs.length > 0 ? xs[xs.length - 1] : null);
  return last(cs.filter((c) => c.annual)) ?? last(cs.filter((c) => c.total)) ?? cs[0] ?? null;
}

const TREND =
  /(?:^|[^\p{L}])(laski|laskenut|nousi|noussut|kasvoi|kasvanut|väheni|vähentynyt|vähentyi|lisääntyi|lisääntynyt|pieneni|pienentynyt|suureni|parani|parantunut|heikkeni|heikentynyt|vähemmän\s+kuin|enemmän\s+kuin|pienempi\s+kuin|suurempi\s+kuin)(?![\p{L}])/giu;

/** A sentence that says which way the measure went: "Matkustajamäärä laski 6 %", "vähemmän kuin viime vuonna". */
export function trendIn(
  text: string,
  fm: FigureMeasure,
  siblings: FigureMeasure[],
): { move: Direction | "better" | "worse"; start: number; end: number } | null {
  TREND.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TREND.exec(text)) !== null) {
    const start = m.index + m[0].length - m[1].length;
    const sentence = sentenceAt(text, start);
    if (siblings.length > 0) {
      const words = text.slice(sentence.start, sentence.end);
      const own = wordOverlap(fm.text, words);
      if (own === 0 || siblings.some((s) => wordOverlap(s.text, words) > own)) continue;
    }
    const w = m[1].toLocaleLowerCase("fi-FI");
    const move = /^paran/u.test(w)
      ? "better"
      : /^heike/u.test(w)
        ? "worse"
        : (wordsDirection(w) ?? (/^(?:suure|nous|nouss)/u.test(w) ? "up" : "down"));
    return { move, start, end: start + m[1].length };
  }
  return null;
}

const pctOf = (x: number) => Math.min(99, Math.max(1, Math.round(x * 100)));

/** The verdict of a trend against the target's direction (a qualitative target: the way its words point). */
export function trendVerdict(
  text: string,
  fm: FigureMeasure,
  siblings: FigureMeasure[],
): FigureReading | null {
  const trend = trendIn(text, fm, siblings);
  if (!trend) return null;
  const wanted = fm.read ? fm.read.target.direction : wordsDirection(fm.target);
  if (!wanted) return null;
  const towards = trend.move === "better" || trend.move === wanted;
  const quote = clip(text, trend.start, trend.end);
  if (towards)
    return {
      status: "partial",
      quote,
      explain: {
        fi: "kehitys tavoitteen suuntaan, mutta tavoitetta ei ole vielä saavutettu",
        en: "moving in the target's direction, but the target is not reached yet",
      },
    };
  return {
    status: "not-achieved",
    quote,
    explain: { fi: "kehitys poispäin tavoitteesta", en: "moving away from the target" },
  };
}

/** The measure's figure in the text and what it says, or null when the text has none for it. */
export function figureVerdict(
  text: string,
  fm: FigureMeasure,
  siblings: FigureMeasure[],
  timing: Timing,
  scheduled: boolean,
): FigureReading | null {
  const read = fm.read;
  if (!read) return null;
  const chosen = choose(candidates(text, fm, siblings, timing));
  if (!chosen) return null;
  const { q, sentence } = chosen;
  const t = read.target;
  const b = read.baseline;
  const value = q.range ? (q.range.low + q.range.high) / 2 : q.value;
  const shown = show(q, b);
  const quote = clip(text, q.start, q.end);
  const sentenceText = text.slice(sentence.start, sentence.end);
  const measureWords = `${fm.text} ${fm.target} ${fm.baseline}`;
  const cumulative =
    timing.partYear &&
    !t.isPercent &&
    !t.nps &&
    !chosen.annual &&
    !AVERAGE.test(sentenceText) &&
    (FLOW.test(measureWords) || SPAN.test(sentenceText));
  const reading = (status: Status, fi: string, en: string): FigureReading => ({
    status,
    quote,
    explain: { fi, en },
  });
  const target = t.describe;

  if (cumulative) {
    const meets = t.direction === "up" ? (t.strict ? value > t.threshold : value >= t.threshold) : false;
    if (t.direction === "up") {
      if (meets)
        return reading(
          "achieved",
          `kertymä ${shown} täyttää jo koko vuoden tavoitteen ${target.fi}: tavoite saavutettu`,
          `the count so far, ${shown}, already meets the whole-year target ${target.en}: target reached`,
        );
      if (value > 0) {
        const pct = t.threshold > 0 ? ` (${pctOf(value / t.threshold)} % vuoden tavoitteesta)` : "";
        const pctEn = t.threshold > 0 ? ` (${pctOf(value / t.threshold)} % of the year's target)` : "";
        return reading(
          "partial",
          `kertymä ${shown} ennen vuoden loppua, koko vuoden tavoite ${target.fi}: etenee kohti vuoden tavoitetta${pct}`,
          `${shown} so far against a whole-year target of ${target.en}: building towards it${pctEn}`,
        );
      }
      return scheduled
        ? reading(
            "not-assessable",
            `ei vielä kertymää (${shown}), ja työ alkaa myöhemmin: vuoden tavoitetta ${target.fi} ei voi vielä arvioida`,
            `nothing counted yet (${shown}) and the work begins later: the whole-year target ${target.en} cannot be judged yet`,
          )
        : reading(
            "not-achieved",
            `ei vielä kertymää (${shown}), koko vuoden tavoite ${target.fi}: ei edistystä`,
            `nothing counted yet (${shown}) against a whole-year target of ${target.en}: no progress`,
          );
    }
    const over = t.strict ? value >= t.threshold : value > t.threshold;
    if (over)
      return reading(
        "not-achieved",
        `kertymä ${shown} ylittää jo koko vuoden tavoitetason ${target.fi}: tavoitetta ei saavuteta`,
        `the count so far, ${shown}, already exceeds the whole-year target ${target.en}: it will not be reached`,
      );
    const trend = trendVerdict(sentenceText, fm, []) ?? trendVerdict(text, fm, siblings);
    if (trend) return { ...trend, quote: trend.quote === quote ? quote : `${quote}, ${trend.quote}` };
    return reading(
      "not-assessable",
      `osavuoden kertymää ${shown} ei voi vielä verrata koko vuoden tavoitteeseen ${target.fi}`,
      `a part-year count of ${shown} cannot yet be held against the whole-year target ${target.en}`,
    );
  }

  const result = numericStatus(b ? b.value : null, t.threshold, value, t.direction, t.strict);
  const base =
    b && !target.fi.includes("lähtötaso")
      ? { fi: `, lähtötaso ${show(b)}`, en: `, baseline ${show(b)}` }
      : null;
  const head = {
    fi: `${shown}, tavoite ${target.fi}${base ? base.fi : ""}`,
    en: `${shown}, target ${target.en}${base ? base.en : ""}`,
  };
  switch (result.kind) {
    case "reached": {
      PROVISIONAL.lastIndex = 0;
      const provisional = chosen.annual ? null : PROVISIONAL.exec(text);
      if (chosen.annual || provisional) {
        const said = provisional ? provisional[0] : "vuositasolla";
        return reading(
          "partial",
          `${head.fi}: täyttää tavoitteen, mutta luku on alustava tai arvio ("${said}")`,
          `${head.en}: meets the target, but the figure is provisional or an estimate ("${said}")`,
        );
      }
      return reading("achieved", `${head.fi}: tavoite saavutettu`, `${head.en}: target reached`);
    }
    case "towards": {
      const pct = pctOf(result.progress ?? 0);
      return b
        ? reading(
            "partial",
            `${head.fi}: edennyt tavoitetta kohti (${pct} %)`,
            `${head.en}: moved towards the target (${pct} %)`,
          )
        : reading(
            "partial",
            `${head.fi}: tavoitteesta saavutettu ${pct} %`,
            `${head.en}: ${pct} % of the target reached`,
          );
    }
    case "none":
      return reading(
        "not-achieved",
        `${head.fi}: ei muutosta lähtötasosta`,
        `${head.en}: no change from the baseline`,
      );
    case "away":
      return reading(
        "not-achieved",
        `${head.fi}: muuttunut poispäin tavoitteesta`,
        `${head.en}: moved away from the target`,
      );
    case "short":
      return reading(
        "not-achieved",
        `${head.fi}: tavoitetta ei saavutettu`,
        `${head.en}: target not reached`,
      );
  }
}
