/** The rule tester fails where it should: a rule tested by it cannot pass by accident. */
import type { Rule } from "../../src/validate/types";
import { finding } from "../../src/validate/text";
import { block, measure, report } from "./reports";
import { checkInvalid, checkValid, ruleTester } from "./rule-tester";

/** Flags every measure called "X" (at the measure's cell), with a suggestion. */
const toy: Rule = {
  code: "toy",
  severity: "warning",
  description: { fi: "Leikki", en: "Toy" },
  check: (r) =>
    r.focusAreas
      .flatMap((f) =>
        f.goals.flatMap((g) => g.commitments.flatMap((c) => c.actions.flatMap((a) => a.measures))),
      )
      .filter((m) => m.text === "X")
      .map((m) =>
        finding(toy, m.cell, { fi: "Mittari X.", en: "Measure X." }, { fi: "Poista X.", en: "Remove X." }),
      ),
};

const clean = report({}, [block({ action: "A" }, [measure("M")])]);
const oneX = report({}, [block({ action: "A" }, [measure("M"), measure("X")])]);
const xCell = "B8"; // title row 1, then focus area, goal, commitment, action, M on rows 3–7

describe("checkValid", () => {
  it("passes a report with no finding and fails one with a finding", () => {
    expect(() => checkValid(toy, clean)).not.toThrow();
    expect(() => checkValid(toy, { report: oneX })).toThrow(/Mittari X/);
  });
});

describe("checkInvalid", () => {
  it("passes the right findings, compared as far as the case names them", () => {
    expect(() => checkInvalid(toy, { report: oneX, findings: [{}] })).not.toThrow();
    expect(() =>
      checkInvalid(toy, {
        report: oneX,
        findings: [{ cell: xCell, message: { fi: "Mittari X." }, suggestion: { en: "Remove X." } }],
      }),
    ).not.toThrow();
    expect(() =>
      checkInvalid(toy, { report: oneX, findings: (r) => [{ cell: { ...r.focusAreas[0].cell, row: 8 } }] }),
    ).not.toThrow();
  });

  it.each([
    ["no finding where one is expected", { report: clean, findings: [{}] }],
    ["one finding too few", { report: oneX, findings: [{}, {}] }],
    ["another cell", { report: oneX, findings: [{ cell: "B7" }] }],
    ["another message", { report: oneX, findings: [{ message: { en: "Measure Y." } }] }],
    ["no suggestion expected", { report: oneX, findings: [{ suggestion: null }] }],
    ["an expectation of nothing", { report: oneX, findings: [] }],
  ])("fails on %s", (_name, c) => {
    expect(() => checkInvalid(toy, c)).toThrow();
  });

  it("fails a rule whose findings are of another code or severity, or that changes the report", () => {
    const loud: Rule = { ...toy, severity: "error" };
    expect(() => checkInvalid(loud, { report: oneX, findings: [{}] })).toThrow();
    const meddler: Rule = {
      ...toy,
      check: (r, ctx) => {
        const found = toy.check(r, ctx);
        r.focusAreas[0].text = "Muutettu";
        return found;
      },
    };
    const r = report({}, [block({ action: "A" }, [measure("X")])]);
    expect(() => checkInvalid(meddler, { report: r, findings: [{}] })).toThrow();
  });
});

describe("ruleTester", () => {
  it("refuses a rule without a passing or without a failing case", () => {
    expect(() => ruleTester(toy, { valid: [], invalid: [{ report: oneX, findings: [{}] }] })).toThrow(
      /cases that pass and cases that fail/,
    );
    expect(() => ruleTester(toy, { valid: [clean], invalid: [] })).toThrow();
  });
});

ruleTester(toy, {
  valid: [clean, { name: "named valid case", report: report({}, [block({ action: "X" }, [measure("Y")])]) }],
  invalid: [{ name: "named invalid case", report: oneX, findings: [{ cell: xCell }] }],
});
