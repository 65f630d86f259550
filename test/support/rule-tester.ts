/**
 * A tiny rule tester, in the manner of ESLint's RuleTester: a rule's cases that pass (no finding) and
 * cases that fail (exactly these findings, in this order), one jest test per case.
 *
 *   ruleTester(actionWithoutMeasure, {
 *     valid: [complete, { name: "programme items are checked field by field", report: programme }],
 *     invalid: [{ report: r, findings: [{ cell: "B5", message: { fi: "Toimenpiteellä 'A' ei ole mittaria." } }] }],
 *   });
 *
 * Every finding is checked for the rule's code and severity and a message in both languages; `cell`,
 * `message` and `suggestion` are compared where a case gives them (`message: { fi }` compares only the
 * Finnish). `findings` may be a function of the report, for cells found by text (`nodeWithText`). A
 * case may give the city's list of departments the workbook was read with (`departmentList`). The
 * rule must leave the report as it was. A rule without a passing or a failing case is an error.
 */
import { a1, type CellRef } from "../../src/model/cellref";
import type { DepartmentList } from "../../src/model/department";
import type { Finding } from "../../src/model/finding";
import type { Report } from "../../src/model/report";
import type { Bilingual } from "../../src/model/text";
import { workbookContext, type Rule } from "../../src/validate/types";

export interface ExpectedFinding {
  /** "B12" (any sheet), or a cell with its sheet. */
  cell?: string | CellRef;
  message?: Partial<Bilingual>;
  /** null: the finding has no suggestion. */
  suggestion?: Partial<Bilingual> | null;
}

export interface ValidCase {
  /** The test's name; "valid #n" when not given. */
  name?: string;
  report: Report;
  /** The rest of the workbook, for rules that look across sheets. */
  others?: Report[];
  /** The city's list of departments the workbook was read with. */
  departmentList?: DepartmentList | null;
}

export interface InvalidCase extends ValidCase {
  findings: ExpectedFinding[] | ((report: Report) => ExpectedFinding[]);
}

export interface RuleCases {
  valid: (Report | ValidCase)[];
  invalid: InvalidCase[];
}

const asCase = (c: Report | ValidCase): ValidCase => ("report" in c ? c : { report: c });

/** Runs the rule on the case's report, checking that the report is left as it was. */
function findingsOf(rule: Rule, c: ValidCase): Finding[] {
  const before = JSON.stringify([c.report, c.others ?? []]);
  const ctx = {
    ...workbookContext([c.report, ...(c.others ?? [])]),
    departmentList: c.departmentList ?? null,
  };
  const found = rule.check(c.report, ctx);
  expect(JSON.stringify([c.report, c.others ?? []])).toBe(before);
  return found;
}

/** "B12 Toimenpiteellä 'A' ei ole mittaria.": a finding as a failed test shows it. */
const described = (f: Finding): string => `${a1(f.cell)} ${f.message.fi}`;

/** Fails unless the rule finds nothing in the case. */
export function checkValid(rule: Rule, c: Report | ValidCase): void {
  expect(findingsOf(rule, asCase(c)).map(described)).toEqual([]);
}

/** The parts of a finding that an expectation names, in the expectation's form. */
function project(f: Finding, e: ExpectedFinding): ExpectedFinding {
  const pick = (b: Bilingual, want: Partial<Bilingual>): Partial<Bilingual> => ({
    ...(want.fi !== undefined ? { fi: b.fi } : {}),
    ...(want.en !== undefined ? { en: b.en } : {}),
  });
  const out: ExpectedFinding = {};
  if (e.cell !== undefined) out.cell = typeof e.cell === "string" ? a1(f.cell) : f.cell;
  if (e.message !== undefined) out.message = pick(f.message, e.message);
  if (e.suggestion !== undefined)
    out.suggestion = e.suggestion && f.suggestion ? pick(f.suggestion, e.suggestion) : (f.suggestion ?? null);
  return out;
}

/** Fails unless the rule finds exactly the expected findings, in order, each of the rule's code and severity. */
export function checkInvalid(rule: Rule, c: InvalidCase): void {
  const found = findingsOf(rule, c);
  const expected = typeof c.findings === "function" ? c.findings(c.report) : c.findings;
  if (expected.length === 0) throw new Error(`an invalid case of ${rule.code} must expect a finding`);
  expect(found.map(described)).toHaveLength(expected.length);
  expect(found.map((f) => [f.code, f.severity])).toEqual(found.map(() => [rule.code, rule.severity]));
  for (const f of found) expect([f.message.fi.trim(), f.message.en.trim()]).not.toContain("");
  expect(found.map((f, i) => project(f, expected[i]))).toEqual(expected);
}

/** Registers one jest test per case under `describe(rule.code)`. */
export function ruleTester(rule: Rule, cases: RuleCases): void {
  if (cases.valid.length === 0 || cases.invalid.length === 0)
    throw new Error(`${rule.code} needs cases that pass and cases that fail`);
  describe(rule.code, () => {
    describe("valid", () => {
      cases.valid.forEach((c, i) => {
        it(asCase(c).name ?? `valid #${i + 1}`, () => checkValid(rule, c));
      });
    });
    describe("invalid", () => {
      cases.invalid.forEach((c, i) => {
        it(c.name ?? `invalid #${i + 1}`, () => checkInvalid(rule, c));
      });
    });
  });
}
