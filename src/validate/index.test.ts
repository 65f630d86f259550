import * as fs from "fs";
import * as path from "path";
import { cellRef } from "../model/cellref";
import type { Finding, Severity } from "../model/finding";
import type { Report } from "../model/report";
import {
  RULES,
  sortFindings,
  summariseFindings,
  validateReport,
  validateWorkbook,
  countPhrase,
} from "./index";
import { block, measure, report, selvitys, workbook } from "../../test/support/reports";

const f = (severity: Severity, sheet = "A", row = 1, col = 1, code = "read-problem"): Finding => ({
  code,
  severity,
  cell: cellRef(sheet, row, col),
  message: { fi: "x", en: "x" },
});
const many = (n: number, s: Severity) => Array.from({ length: n }, () => f(s));

describe("summariseFindings", () => {
  it("writes the count line with Finnish singular and partitive plural", () => {
    const s = summariseFindings([...many(2, "error"), ...many(5, "warning"), ...many(1, "info")]);
    expect(s).toMatchObject({ error: 2, warning: 5, info: 1, total: 8 });
    expect(s.line).toEqual({
      fi: "2 virhettä, 5 varoitusta, 1 huomautus",
      en: "2 errors, 5 warnings, 1 note",
    });
  });

  it("uses the singular for one of each", () => {
    expect(summariseFindings([f("error"), f("warning"), f("info")]).line).toEqual({
      fi: "1 virhe, 1 varoitus, 1 huomautus",
      en: "1 error, 1 warning, 1 note",
    });
  });

  it("uses the plural for several notes and leaves out severities that do not occur", () => {
    expect(summariseFindings(many(3, "info")).line).toEqual({ fi: "3 huomautusta", en: "3 notes" });
    expect(summariseFindings([...many(1, "error"), ...many(11, "info")]).line).toEqual({
      fi: "1 virhe, 11 huomautusta",
      en: "1 error, 11 notes",
    });
  });

  it("says there are no findings when there are none", () => {
    expect(summariseFindings([])).toEqual({
      error: 0,
      warning: 0,
      info: 0,
      total: 0,
      line: { fi: "Ei havaintoja", en: "No findings" },
    });
  });

  it.each([
    [0, "error", "0 virhettä", "0 errors"],
    [1, "warning", "1 varoitus", "1 warning"],
    [21, "warning", "21 varoitusta", "21 warnings"],
  ] as const)("countPhrase(%i, %s)", (n, s, fi, en) => {
    expect(countPhrase(n, s)).toEqual({ fi, en });
  });
});

describe("RULES", () => {
  it("have unique kebab-case codes, a severity and a description in both languages", () => {
    const codes = RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const r of RULES) {
      expect(r.code).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
      expect(["error", "warning", "info"]).toContain(r.severity);
      expect(r.description.fi.length).toBeGreaterThan(10);
      expect(r.description.en.length).toBeGreaterThan(10);
    }
  });

  it("give findings of their own code and severity", () => {
    const broken = report({ period: "year", hasActualColumn: true }, [
      block({ action: "A" }, []),
      block(
        { action: "B" },
        [measure("M", { baseline: null, target: null, actual: null, ownStatus: "hyvä" })],
        {
          reports: [selvitys("T1", { text: "" })],
        },
      ),
    ]);
    const findings = validateReport(broken);
    expect(findings.length).toBeGreaterThan(4);
    for (const x of findings) {
      const rule = RULES.find((r) => r.code === x.code);
      expect(rule?.severity).toBe(x.severity);
    }
  });

  it("each live in rules/<code>.ts with its cases in rules/<code>.test.ts, passing and failing ones", () => {
    const dir = path.join(__dirname, "rules");
    const files = fs.readdirSync(dir);
    for (const r of RULES) {
      expect(files).toContain(`${r.code}.ts`);
      expect(files).toContain(`${r.code}.test.ts`);
      expect(fs.readFileSync(path.join(dir, `${r.code}.test.ts`), "utf8")).toContain("ruleTester(");
    }
    // No grouped test files: every test file is named for a rule.
    const tests = files.filter((f) => f.endsWith(".test.ts")).map((f) => f.replace(/\.test\.ts$/, ""));
    expect(tests.filter((t) => !RULES.some((r) => r.code === t))).toEqual([]);
  });
});

describe("sortFindings", () => {
  it("orders by sheet order, then row, column and severity", () => {
    const list = [
      f("info", "T2", 5, 1),
      f("warning", "T1", 9, 2),
      f("error", "T2", 5, 1),
      f("warning", "T1", 3, 4),
      f("error", "T1", 3, 2),
    ];
    expect(
      sortFindings(list, ["T1", "T2"]).map((x) => [x.cell.sheet, x.cell.row, x.cell.col, x.severity]),
    ).toEqual([
      ["T1", 3, 2, "error"],
      ["T1", 3, 4, "warning"],
      ["T1", 9, 2, "warning"],
      ["T2", 5, 1, "error"],
      ["T2", 5, 1, "info"],
    ]);
  });
});

describe("validateWorkbook", () => {
  const t1 = report({ sheet: "T1 2025", period: "T1" }, [
    block({ action: "Ilman mittaria" }, []),
    block({ action: "B" }, [measure("M", { target: null })]),
  ]);
  const t2 = report({ sheet: "T2 2025", period: "T2" }, [
    block({ action: "C" }, [measure("N", { baseline: null })]),
  ]);

  it("is quiet on a correct workbook", () => {
    const ok = report({ sheet: "T2", period: "T2" }, [block({ action: "A" }, [measure("M"), measure("N")])]);
    const year = report({ sheet: "Vuosi", period: "year", hasActualColumn: true }, [
      block({ action: "A" }, [measure("M")]),
    ]);
    expect(validateWorkbook(workbook(ok, year))).toEqual([]);
  });

  it("returns the findings of every sheet, sheet by sheet in workbook order, rows ascending", () => {
    const findings = validateWorkbook(workbook(t2, t1));
    expect(findings.map((x) => [x.cell.sheet, x.code])).toEqual([
      ["T2 2025", "measure-without-baseline"],
      ["T1 2025", "action-without-measure"],
      ["T1 2025", "measure-without-target"],
    ]);
  });

  it("never changes the reports it checks", () => {
    const wr = workbook(t1, t2);
    const before = JSON.stringify(wr);
    const deepFreeze = (o: unknown): void => {
      if (o && typeof o === "object" && !Object.isFrozen(o)) {
        Object.freeze(o);
        for (const v of Object.values(o)) deepFreeze(v);
      }
    };
    deepFreeze(wr);
    expect(() => validateWorkbook(wr)).not.toThrow();
    expect(JSON.stringify(wr)).toBe(before);
  });

  it("validateReport of one sheet equals that sheet's part of the workbook's findings", () => {
    const all = validateWorkbook(workbook(t1, t2));
    const only: Report = t1;
    expect(validateReport(only)).toEqual(all.filter((x) => x.cell.sheet === "T1 2025"));
  });
});
