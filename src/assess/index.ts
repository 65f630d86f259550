/**
 * "Mittareiden tila": each measure's status on the city's four-level scale, with the reason, in
 * Finnish and English. Pure functions over the Report model.
 *
 * What lives here:
 * - `own-status.ts`: the person's own status column, which wins over every judge when it is on the scale;
 * - `judges/`: one module per judge, each a `Judge` (types.ts) with a name, a description and
 *   `judge(input)` that gives a status and a reason, or null to pass; `JUDGES` below asks them in order
 *   and the first that decides gives the status, the reason and the assessment's `rule`;
 * - what the judges share: `quantity.ts` (Finnish quantities: "119 000 (+5 %)", "n. 38 pv", "1,8 M€"),
 *   `vocabulary.ts` (states of work: "valmis", "kesken", "ei käytössä"), `direction.ts` (which way is
 *   better), `numeric-target.ts` (a target read as a number, and a value's verdict against it) and
 *   `text.ts` (the values as judges read them, quoted in reasons).
 *
 * To add a judge: write `judges/<name>.ts` exporting a `Judge` whose `judge` returns null for every
 * measure it has nothing to say about, put it in `JUDGES` where it should be asked (before the judges
 * it must take precedence over; `undecided` stays last), and test it in `judges.test.ts` and with a
 * measure in judge.test.ts. Keep the blind corpora (corpus.test.ts, blind2.test.ts) passing.
 */
import {
  countMeasures,
  type Action,
  type Assessment,
  type Bilingual,
  type Measure,
  type OwnStatusLegendEntry,
  type Report,
  type TextAt,
  type WorkbookReport,
} from "../model";
import { whole, type Sliced } from "../model/slices";
import { legendKey } from "../read/status-column";
import { completionJudge } from "./judges/completion";
import { deferredJudge } from "./judges/deferred";
import { noActualJudge } from "./judges/no-actual";
import { noTargetJudge } from "./judges/no-target";
import { numericJudge } from "./judges/numeric";
import { selvitysJudge } from "./judges/selvitys";
import { trendJudge } from "./judges/trend";
import { undecidedJudge } from "./judges/undecided";
import { verdictJudge } from "./judges/verdict";
import { wordsJudge } from "./judges/words";
import { withOwnStatus } from "./own-status";
import { formatNumber } from "./quantity";
import { DEFAULT_SCALE, type Scale } from "./scale";
import { stripValueLabel } from "./text";
import type { AssessContext, Decision, Judge, JudgeInput, Verdict } from "./types";

export type { AssessContext, Decision, Judge, JudgeInput, Verdict } from "./types";
export { ownStatusOf, OWN_STATUS_RULE } from "./own-status";
export { numericStatus, type NumericTarget } from "./numeric-target";
export { stripValueLabel } from "./text";
export { wordOverlap } from "./judges/words";
export { parseQuantities, mainQuantity, chooseMain, formatNumber, formatQuantity } from "./quantity";
export type { Quantity, Comparator } from "./quantity";
export { readState, stateMatches, highestState, STATE_RANK } from "./vocabulary";
export type { StateLevel, StateMatch, StateReading } from "./vocabulary";
export { readVerdict, readShare, type VerdictReading, type Share } from "./verdict";
export {
  DEFAULT_DISTANCE_SHARE,
  DEFAULT_SCALE,
  parseScale,
  SCALE_SETTING,
  scaleName,
  scaleText,
  type Scale,
} from "./scale";

/**
 * Every judge, in the order they are asked: a measure without an actual in a period report read from
 * its selvitys, nothing to judge (no actual, no target), the actual's own
 * verdict in words (it outranks a figure in the same text), figures, results still to come, trends,
 * degrees of completion and words; `undecided` has the last word.
 */
export const JUDGES: readonly Judge[] = [
  selvitysJudge,
  noActualJudge,
  noTargetJudge,
  verdictJudge,
  numericJudge,
  deferredJudge,
  trendJudge,
  completionJudge,
  wordsJudge,
  undecidedJudge,
];

type ValueColumn = "baseline" | "target" | "actual";

/** A value the reason quotes as displayed where the stored number says more: "12 %" that is 11,5 %. */
interface StoredValue {
  column: ValueColumn;
  shown: string;
  stored: string;
}

/** One number in the displayed text ("12 %", "4 750", "0,65"), and what surrounds it. */
const ONE_NUMBER = /^([^\d]*?)(-?\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:,(\d+))?|-?\d+(?:,(\d+))?)([^\d]*)$/u;

/**
 * The text the judges read for a value cell: the display, with its number replaced by the number
 * the cell stores when the display rounds it ("12 %" of 0,115 reads "11,5 %"), noted in `notes`.
 */
function valueText(t: TextAt | null, column: ValueColumn, notes: StoredValue[]): string {
  const text = stripValueLabel(t?.text, column);
  if (!t || t.value === undefined || !Number.isFinite(t.value)) return text;
  const m = ONE_NUMBER.exec(text);
  if (!m) return text;
  const [, before, digits, frac1, frac2, after] = m;
  const decimals = (frac1 ?? frac2 ?? "").length;
  const shownNumber = Number(digits.replace(/[ \u00a0\u202f]/gu, "").replace(",", "."));
  const stored = after.includes("%") ? t.value * 100 : t.value;
  // The same number shown as stored: nothing to say (and nothing to format to find that out).
  if (stored === shownNumber) return text;
  // The display must be the stored number rounded (not another figure written beside it).
  if (Math.abs(stored - shownNumber) > 0.5 * 10 ** -decimals + 1e-9) return text;
  const exact = formatNumber(stored, 10);
  if (exact === formatNumber(shownNumber, 10)) return text;
  const precise = `${before}${exact}${after}`;
  notes.push({ column, shown: text, stored: precise.trim() });
  return precise;
}

const STORED_IN: Record<ValueColumn, Bilingual> = {
  baseline: { fi: "lähtötasosolussa", en: "the baseline cell" },
  target: { fi: "tavoitesolussa", en: "the target cell" },
  actual: { fi: "toteumasolussa", en: "the actual cell" },
};

/** Judges whose reasons compare figures: they say where a display rounded a stored number. */
const FIGURE_RULES = new Set([numericJudge.name, trendJudge.name, completionJudge.name]);

/** The measure's values as the judges read them (with the stored values' notes). */
function readValues(m: Measure, ctx: AssessContext): { input: JudgeInput; stored: StoredValue[] } {
  // The notes in the columns' order, as each value is read.
  const stored: StoredValue[] = [];
  const baseline = valueText(m.baseline, "baseline", stored);
  const target = valueText(m.target, "target", stored);
  const actual = valueText(m.actual, "actual", stored);
  return { input: { measure: m, ctx, baseline, target, actual }, stored };
}

/** The measure's values as the judges read them. */
export function judgeInput(m: Measure, ctx: AssessContext): JudgeInput {
  return readValues(m, ctx).input;
}

/** A verdict with the judge that gave it (written out, not spread: one object a measure). */
function decisionOf(v: Verdict, rule: string): Decision {
  return v.source === undefined
    ? { status: v.status, reason: v.reason, rule }
    : { status: v.status, reason: v.reason, source: v.source, rule };
}

/** The first judge's verdict that decides, named by the judge; `undecided`'s when none does. */
export function judgeMeasure(m: Measure, ctx: AssessContext, judges: readonly Judge[] = JUDGES): Decision {
  const { input, stored } = readValues(m, ctx);
  let decision: Decision | null = null;
  for (let k = 0; k < judges.length; k++) {
    const j = judges[k];
    const verdict = j.judge(input);
    if (verdict) {
      decision = decisionOf(verdict, j.name);
      break;
    }
  }
  decision ??= decisionOf(undecidedJudge.judge(input), undecidedJudge.name);
  if (stored.length === 0 || !FIGURE_RULES.has(decision.rule)) return decision;
  const note = (lang: "fi" | "en") =>
    stored
      .map((s) =>
        lang === "fi"
          ? `${STORED_IN[s.column].fi} näkyy "${s.shown}", tallennettu arvo on ${s.stored}`
          : `${STORED_IN[s.column].en} shows "${s.shown}"; the value it stores is ${s.stored}`,
      )
      .join("; ");
  return {
    ...decision,
    reason: { fi: `${decision.reason.fi} (${note("fi")})`, en: `${decision.reason.en} (${note("en")})` },
  };
}

/**
 * One measure: the person's own status where it is on the scale, otherwise the judges'; the source
 * is "selvitys" when the deciding verdict was read from the selvitys.
 */
export function assessMeasure(m: Measure, ctx: AssessContext, judges: readonly Judge[] = JUDGES): Assessment {
  const decision = judgeMeasure(m, ctx, judges);
  const judged = withOwnStatus(m, ctx, decision);
  const source = judged.source === "computed" && decision.source ? decision.source : judged.source;
  // Written out in the order the spread of `judged` gave (its source then replaced in place).
  return {
    sheet: ctx.sheet,
    cell: m.cell,
    ordinal: ctx.ordinal ?? 0,
    status: judged.status,
    source,
    reason: judged.reason,
    rule: judged.rule,
  };
}

/** How a report or a workbook is assessed: the judges and the scale profile (today's rules by default). */
export interface AssessOptions {
  judges?: readonly Judge[];
  scale?: Scale;
}

const optionsOf = (o: AssessOptions | readonly Judge[]): AssessOptions =>
  Array.isArray(o) ? { judges: o as readonly Judge[] } : (o as AssessOptions);

/** The legends of the own-status column by key: the sheet's own first, then the other sheets'. */
export function legendsFor(
  report: Report,
  others: readonly Report[] = [],
): Map<string, OwnStatusLegendEntry> {
  const out = new Map<string, OwnStatusLegendEntry>();
  for (const r of [report, ...others])
    for (const e of r.ownStatusLegend ?? []) {
      const k = legendKey(e.key);
      if (!out.has(k)) out.set(k, e);
    }
  return out;
}

/** What every measure of one sheet is judged with: its context, less the measure's own ordinal and action. */
function sheetContext(
  report: Report,
  options: AssessOptions | readonly Judge[],
  others: readonly Report[],
): { ctx: AssessContext; judges: readonly Judge[] } {
  const { judges = JUDGES, scale = DEFAULT_SCALE } = optionsOf(options);
  const legend = legendsFor(report, others);
  const ctx: AssessContext = {
    sheet: report.sheet,
    ownStatusColumn: report.ownStatusColumn,
    hasActualColumn: report.hasActualColumn,
    scale,
    period: report.period,
    year: report.year,
    ...(legend.size > 0 ? { legend } : {}),
  };
  return { ctx, judges };
}

/** The context of one measure of the sheet: one object of one shape (no spread of the sheet's). */
function measureContext(s: AssessContext, ordinal: number, action: Action): AssessContext {
  return {
    sheet: s.sheet,
    ownStatusColumn: s.ownStatusColumn,
    hasActualColumn: s.hasActualColumn,
    scale: s.scale,
    period: s.period,
    year: s.year,
    legend: s.legend,
    ordinal,
    action,
  };
}

/**
 * Every measure of one sheet judged into `out`, MEASURES_PER_SLICE at a time: `next()` judges the
 * next slice and says whether the sheet has more. A plain loop of indices, not a generator's for…of
 * (which allocated an iterator and a result a step, the generator being rarely optimised).
 */
function sheetSteps(
  report: Report,
  options: AssessOptions | readonly Judge[],
  others: readonly Report[],
  out: Assessment[],
): { next(): boolean } {
  const { ctx, judges } = sheetContext(report, options, others);
  const fs = report.focusAreas;
  let f = 0;
  let g = 0;
  let c = 0;
  let a = 0;
  let m = 0;
  let ordinal = 0;
  return {
    next() {
      // The position (f, g, c, a, m) is the next measure to judge; empty levels are stepped over.
      for (; f < fs.length; f++, g = 0) {
        const gs = fs[f].goals;
        for (; g < gs.length; g++, c = 0) {
          const cs = gs[g].commitments;
          for (; c < cs.length; c++, a = 0) {
            const as = cs[c].actions;
            for (; a < as.length; a++, m = 0) {
              const action = as[a];
              const ms = action.measures;
              while (m < ms.length) {
                out.push(assessMeasure(ms[m], measureContext(ctx, ordinal, action), judges));
                m++;
                ordinal++;
                if (out.length % MEASURES_PER_SLICE === 0) return true;
              }
            }
          }
        }
      }
      return false;
    },
  };
}

/** Every measure of one sheet, in sheet order; `others`: the rest of the workbook (for legends). */
export function assessReport(
  report: Report,
  options: AssessOptions | readonly Judge[] = {},
  others: readonly Report[] = [],
): Assessment[] {
  const out: Assessment[] = [];
  for (const step = sheetSteps(report, options, others, out); step.next(););
  return out;
}

/** Every measure of every sheet, sheet by sheet. */
export function assessWorkbook(
  wr: WorkbookReport,
  options: AssessOptions | readonly Judge[] = {},
): Assessment[] {
  return whole(assessingWorkbook(wr, options));
}

/** Measures judged per slice of assessingWorkbook: a few milliseconds' work. */
const MEASURES_PER_SLICE = 200;

/**
 * assessWorkbook in slices of MEASURES_PER_SLICE measures and at each sheet's end (model/slices.ts),
 * for the task pane to answer between them: one sheet can hold thousands of measures.
 */
export function* assessingWorkbook(
  wr: WorkbookReport,
  options: AssessOptions | readonly Judge[] = {},
): Sliced<Assessment[]> {
  const total = wr.sheets.reduce((n, s) => n + countMeasures(s), 0);
  const out: Assessment[] = [];
  for (const report of wr.sheets) {
    const others = wr.sheets.filter((o) => o !== report);
    const step = sheetSteps(report, options, others, out);
    while (step.next()) yield { done: out.length, total, unit: "measure" };
    yield { done: out.length, total, unit: "measure" };
  }
  return out;
}
