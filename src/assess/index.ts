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
import { measuresOf, type Assessment, type Measure, type Report, type WorkbookReport } from "../model";
import { completionJudge } from "./judges/completion";
import { deferredJudge } from "./judges/deferred";
import { noActualJudge } from "./judges/no-actual";
import { noTargetJudge } from "./judges/no-target";
import { numericJudge } from "./judges/numeric";
import { selvitysJudge } from "./judges/selvitys";
import { trendJudge } from "./judges/trend";
import { undecidedJudge } from "./judges/undecided";
import { wordsJudge } from "./judges/words";
import { withOwnStatus } from "./own-status";
import { stripValueLabel } from "./text";
import type { AssessContext, Decision, Judge, JudgeInput } from "./types";

export type { AssessContext, Decision, Judge, JudgeInput, Verdict } from "./types";
export { ownStatusOf, OWN_STATUS_RULE } from "./own-status";
export { numericStatus, type NumericTarget } from "./numeric-target";
export { stripValueLabel } from "./text";
export { wordOverlap } from "./judges/words";
export { parseQuantities, mainQuantity, chooseMain, formatNumber, formatQuantity } from "./quantity";
export type { Quantity, Comparator } from "./quantity";
export { readState, stateMatches, highestState, STATE_RANK } from "./vocabulary";
export type { StateLevel, StateMatch, StateReading } from "./vocabulary";

/**
 * Every judge, in the order they are asked: a measure without an actual in a period report read from
 * its selvitys, nothing to judge (no actual, no target), then figures,
 * results still to come, trends, degrees of completion and words; `undecided` has the last word.
 */
export const JUDGES: readonly Judge[] = [
  selvitysJudge,
  noActualJudge,
  noTargetJudge,
  numericJudge,
  deferredJudge,
  trendJudge,
  completionJudge,
  wordsJudge,
  undecidedJudge,
];

/** The measure's values as the judges read them. */
export function judgeInput(m: Measure, ctx: AssessContext): JudgeInput {
  return {
    measure: m,
    ctx,
    baseline: stripValueLabel(m.baseline?.text, "baseline"),
    target: stripValueLabel(m.target?.text, "target"),
    actual: stripValueLabel(m.actual?.text, "actual"),
  };
}

/** The first judge's verdict that decides, named by the judge; `undecided`'s when none does. */
export function judgeMeasure(m: Measure, ctx: AssessContext, judges: readonly Judge[] = JUDGES): Decision {
  const input = judgeInput(m, ctx);
  for (const j of judges) {
    const verdict = j.judge(input);
    if (verdict) return { ...verdict, rule: j.name };
  }
  return { ...undecidedJudge.judge(input), rule: undecidedJudge.name };
}

/**
 * One measure: the person's own status where it is on the scale, otherwise the judges'; the source
 * is "selvitys" when the deciding verdict was read from the selvitys.
 */
export function assessMeasure(m: Measure, ctx: AssessContext, judges: readonly Judge[] = JUDGES): Assessment {
  const decision = judgeMeasure(m, ctx, judges);
  const judged = withOwnStatus(m, ctx, decision);
  const source = judged.source === "computed" && decision.source ? decision.source : judged.source;
  return { sheet: ctx.sheet, cell: m.cell, ordinal: ctx.ordinal ?? 0, ...judged, source };
}

/** Every measure of one sheet, in sheet order. */
export function assessReport(report: Report, judges: readonly Judge[] = JUDGES): Assessment[] {
  const ctx = {
    sheet: report.sheet,
    ownStatusColumn: report.ownStatusColumn,
    hasActualColumn: report.hasActualColumn,
    period: report.period,
    year: report.year,
  };
  const out: Assessment[] = [];
  for (const { measure, ordinal, action } of measuresOf(report))
    out.push(assessMeasure(measure, { ...ctx, ordinal, action }, judges));
  return out;
}

/** Every measure of every sheet, sheet by sheet. */
export function assessWorkbook(wr: WorkbookReport, judges: readonly Judge[] = JUDGES): Assessment[] {
  return wr.sheets.flatMap((s) => assessReport(s, judges));
}
