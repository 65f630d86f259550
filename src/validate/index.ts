/**
 * "Tarkista raportti": validation of read reports. Pure functions: validation never changes the report.
 *
 * What lives here:
 * - `rules/<code>.ts`: one module per rule, a `Rule` (types.ts) with a stable kebab-case code, a
 *   severity (error / warning / info), a description and `check(report, ctx)` giving its findings,
 *   each at its cell with a message (and usually a suggestion) in Finnish and English;
 * - `RULES` below: every rule, in the order a controller reads a block; `validateReport` and
 *   `validateWorkbook` run them and sort the findings (`sortFindings`);
 * - `text.ts`: what rules share to compare and name things (`normalise`, `quote`, `measureName`,
 *   `present`, `isYearEnd`, `hasHierarchy`, `finding`); `measure-without-value.ts`: the factory of the
 *   rules for a measure's missing baseline, target or actual; `department.ts`: what the department
 *   rules share (a sheet's department mentions, the words for each place); `summary.ts`: the count line
 *   ("2 virhettä, 5 varoitusta").
 *
 * To add a rule: write `rules/<code>.ts` exporting a `Rule` whose findings are made with `finding()`,
 * add it to `RULES` where a controller would look for it, and write `rules/<code>.test.ts` with
 * `ruleTester` (test/support/rule-tester.ts): cases that pass and cases that fail, each finding's cell
 * and words. index.test.ts fails for a rule in RULES without that file. A new rule's findings show in
 * the pane, the CLI and the findings sheet without further work.
 */
import type { Finding, Severity } from "../model/finding";
import type { Report, WorkbookReport } from "../model/report";
import { whole, type Sliced } from "../model/slices";
import { actionWithoutMeasure } from "./rules/action-without-measure";
import { actionWithoutSelvitys } from "./rules/action-without-selvitys";
import { commitmentWithoutAction } from "./rules/commitment-without-action";
import { departmentNotListed } from "./rules/department-not-listed";
import { departmentSourcesDisagree } from "./rules/department-sources-disagree";
import { duplicateAction } from "./rules/duplicate-action";
import { duplicateMeasure } from "./rules/duplicate-measure";
import { emptySelvitys } from "./rules/empty-selvitys";
import { financialGoalWithoutOutcome } from "./rules/financial-goal-without-outcome";
import { focusAreaWithoutGoal } from "./rules/focus-area-without-goal";
import { goalWithoutCommitment } from "./rules/goal-without-commitment";
import { goalWithoutFocusArea } from "./rules/goal-without-focus-area";
import { labelNearMiss } from "./rules/label-near-miss";
import { measureWithoutActual } from "./rules/measure-without-actual";
import { measureWithoutBaseline } from "./rules/measure-without-baseline";
import { measureWithoutTarget } from "./rules/measure-without-target";
import { nameSpellingVariant } from "./rules/name-spelling-variant";
import { ownStatusOffScale } from "./rules/own-status-off-scale";
import { programmeMissingField } from "./rules/programme-missing-field";
import { programmeUnknownLongTermGoal } from "./rules/programme-unknown-long-term-goal";
import { readProblem } from "./rules/read-problem";
import { selvitysPeriodMismatch } from "./rules/selvitys-period-mismatch";
import { targetNotAssessable } from "./rules/target-not-assessable";
import { workbookContext, type Rule, type WorkbookContext } from "./types";
import { withWalk } from "./walk";

export type { Rule, WorkbookContext } from "./types";
export { workbookContext } from "./types";
export { summariseFindings, countPhrase, type FindingSummary } from "./summary";

/** Every rule, in the order a controller reads a block: structure, values, reports, wording. */
export const RULES: readonly Rule[] = [
  readProblem,
  focusAreaWithoutGoal,
  goalWithoutFocusArea,
  goalWithoutCommitment,
  commitmentWithoutAction,
  actionWithoutMeasure,
  measureWithoutBaseline,
  measureWithoutTarget,
  measureWithoutActual,
  actionWithoutSelvitys,
  emptySelvitys,
  selvitysPeriodMismatch,
  duplicateAction,
  duplicateMeasure,
  labelNearMiss,
  nameSpellingVariant,
  departmentNotListed,
  departmentSourcesDisagree,
  ownStatusOffScale,
  targetNotAssessable,
  programmeMissingField,
  programmeUnknownLongTermGoal,
  financialGoalWithoutOutcome,
];

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Sorts findings by sheet (in the given order), row, column, severity, then rule order. */
export function sortFindings(findings: readonly Finding[], sheetOrder: readonly string[] = []): Finding[] {
  const sheetIndex = new Map(sheetOrder.map((s, i) => [s, i]));
  const ruleIndex = new Map(RULES.map((r, i) => [r.code, i]));
  const sheetOf = (f: Finding) => sheetIndex.get(f.cell.sheet) ?? sheetOrder.length;
  return [...findings].sort(
    (a, b) =>
      sheetOf(a) - sheetOf(b) ||
      (sheetOf(a) === sheetOrder.length ? a.cell.sheet.localeCompare(b.cell.sheet, "fi") : 0) ||
      a.cell.row - b.cell.row ||
      a.cell.col - b.cell.col ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      (ruleIndex.get(a.code) ?? RULES.length) - (ruleIndex.get(b.code) ?? RULES.length),
  );
}

/** Runs every rule on one sheet. Without a context the sheet is taken as a workbook of its own. */
export function validateReport(
  report: Report,
  ctx?: WorkbookContext,
  rules: readonly Rule[] = RULES,
): Finding[] {
  const context = ctx ?? workbookContext([report]);
  return sortFindings(
    withWalk(report, () => rules.flatMap((rule) => rule.check(report, context))),
    [report.sheet],
  );
}

/** Runs every rule on every sheet of a workbook; findings in sheet order, then by row. */
export function validateWorkbook(wr: WorkbookReport, rules: readonly Rule[] = RULES): Finding[] {
  return whole(validatingWorkbook(wr, rules));
}

/** validateWorkbook in slices of a sheet (model/slices.ts), for the task pane to answer between them. */
export function* validatingWorkbook(wr: WorkbookReport, rules: readonly Rule[] = RULES): Sliced<Finding[]> {
  const ctx = workbookContext(wr);
  const found: Finding[] = [];
  for (const [i, report] of wr.sheets.entries()) {
    // The sheet's actions and measures walked once for all its rules (no yield inside the walk).
    withWalk(report, () => {
      for (let r = 0; r < rules.length; r++) {
        const fs = rules[r].check(report, ctx);
        for (let k = 0; k < fs.length; k++) found.push(fs[k]);
      }
    });
    yield { done: i + 1, total: wr.sheets.length, unit: "sheet" };
  }
  return sortFindings(
    found,
    wr.sheets.map((s) => s.sheet),
  );
}
