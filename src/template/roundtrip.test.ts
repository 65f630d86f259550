/**
 * The spine of the templates: for every shared workbook and every period, the template written to an
 * .xlsx file (the command line's path: the use case over the file host, src/xlsx's writer) and read
 * back as `toteuma read` reads it finds the same actions and measures with the same texts, with the
 * template's period, year and department; the blank template's errors are exactly its unanswered
 * answers; typed into, it validates without an error and its status is judged from what was typed.
 */
import * as fs from "fs";
import * as path from "path";
import { template, type PlannedTemplate, type TemplateResult } from "../app/template";
import { fileHost } from "../cli/fileHost";
import { templateEdits, type AnswerCell } from "../edits/template";
import type { CellEdit, Edit } from "../edits/types";
import { assessWorkbook } from "../assess";
import { PERIODS, selvitysHeading, type Period } from "../model/period";
import { actionsOf, measuresOf, type Report, type WorkbookReport } from "../model/report";
import { STATUS_LABEL } from "../model/status";
import { readWorkbook } from "../read";
import { validateWorkbook } from "../validate";
import { isWritten } from "../validate/text";
import { applyEdits, newWorkbook, snapshotFromBuffer, workbookBytes } from "../xlsx/core";
import { FIXTURES, loadFixture } from "../../test/support/load";
import { sourceSheets } from ".";

const WORKBOOKS = fs
  .readdirSync(FIXTURES)
  .filter((f) => f.endsWith(".xlsx"))
  .sort();

/** The city's headings (domain.md), character for character. */
const DOMAIN_HEADINGS: Record<Exclude<Period, "year">, string> = {
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
const domainHeading = (period: Period, year: number): string =>
  period === "year" ? `Selvitys toimenpiteen toteutumisesta vuonna ${year}:` : DOMAIN_HEADINGS[period];

/** Years for sources that name none (the flat table): the template then needs one. */
const GIVEN_YEAR = 2026;

/** The templates written into a new workbook, with a person's typing after them; read back. */
async function written(
  planned: PlannedTemplate[],
  typing: (p: PlannedTemplate) => CellEdit[] = () => [],
): Promise<WorkbookReport> {
  const wb = newWorkbook();
  const edits: Edit[] = [
    ...templateEdits(planned.map((p) => p.template)),
    ...planned.map((p): Edit => ({ kind: "cells", sheet: p.spec.name, cells: typing(p) })),
  ];
  applyEdits(wb, edits);
  return readWorkbook(await snapshotFromBuffer(workbookBytes(wb, "pohja.xlsx"), "pohja.xlsx"));
}

/** What a round trip must keep of an action: its path, and each measure with its baseline and target. */
function actionsIn(reports: readonly Report[]): unknown[] {
  return reports.flatMap((r) =>
    [...actionsOf(r)].map(({ focusArea, goal, commitment, action }) => ({
      unit: focusArea.unit,
      focusArea: focusArea.text,
      goal: goal.text,
      commitment: commitment.text,
      action: action.text,
      measures: action.measures.map((m) => [m.text, m.baseline?.text ?? null, m.target?.text ?? null]),
    })),
  );
}

const SELVITYS = "Toimenpide eteni suunnitellusti; työ jatkuu syksyllä.";
const TYPED_STATUS = STATUS_LABEL.partial.fi;

/** A person filling every answer cell: reports, levels and values, actuals (the target reached), Tila when asked. */
function typeEverything(withTila: boolean) {
  return (p: PlannedTemplate): CellEdit[] => {
    const valueAt = (row: number, col: number) =>
      p.spec.cells?.find((c) => c.row === row && c.col === col)?.value ?? null;
    const typed = (a: AnswerCell): string | null => {
      switch (a.kind) {
        case "selvitys":
          return SELVITYS;
        case "raportointi":
          return "Osatavoite eteni: luonnos valmis.";
        case "level":
          return "Teko kirjoitettu pohjaan";
        case "baseline":
          return "10";
        case "target":
          return "20";
        case "actual": {
          // The target is just left of the Toteuma column in both layouts.
          const target = valueAt(a.row, a.col - 1);
          return target === null ? "20" : String(target);
        }
        case "tila":
          return withTila ? TYPED_STATUS : null;
      }
    };
    return p.answers.flatMap((a) => {
      const value = typed(a);
      return value === null ? [] : [{ row: a.row, col: a.col, value }];
    });
  };
}

describe.each(WORKBOOKS)("the template of %s", (file) => {
  let source: WorkbookReport;
  beforeAll(async () => {
    source = readWorkbook(await loadFixture(file));
  });

  it.each(PERIODS)("for %s reads back, validates blank and typed into, and is judged", async (period) => {
    const sources = sourceSheets(source);
    const sourceYear = sources[0].year;
    const result: TemplateResult = await template(fileHost(path.join(FIXTURES, file)), {
      period,
      year: sourceYear === null ? GIVEN_YEAR : null,
    });
    expect(result.refusal).toBeNull();
    const year =
      sourceYear === null
        ? GIVEN_YEAR
        : sources[0].period === "year" || sources[0].hasActualColumn
          ? period === "year"
            ? sourceYear
            : sourceYear + 1
          : sourceYear;

    // ---- read back blank ----
    const blank = await written(result.templates);
    expect(blank.sheets).toHaveLength(result.templates.length);
    for (const r of blank.sheets) {
      expect(r.layout).toBe(sources[0].layout === "table" ? "table" : "block");
      expect(r).toMatchObject({ department: sources[0].department, period, year });
      expect(r.problems).toEqual([]);
      expect(r.nearMisses).toEqual([]);
      expect(r.hasActualColumn).toBe(period === "year");
      expect(r.ownStatusColumn).toBe("Tila");
      // The last period's reports kept as reference are never read into the hierarchy or a selvitys.
      expect(JSON.stringify(r.focusAreas)).not.toMatch(/Edellinen/);
      for (const { action } of actionsOf(r)) {
        // The heading of the period, character for character, and nothing written under it.
        expect(action.reports.map((s) => [s.heading, s.period, isWritten(s)])).toEqual([
          [domainHeading(period, year), period, false],
        ]);
        expect(selvitysHeading(period, year)).toBe(domainHeading(period, year));
      }
    }
    expect(actionsIn(blank.sheets)).toEqual(actionsIn(sources));

    // The blank template's errors are its unanswered answers, and only they.
    const measures = sources.flatMap((r) => [...measuresOf(r)]);
    const actionCount = sources.reduce((n, r) => n + [...actionsOf(r)].length, 0);
    const blankFindings = validateWorkbook(blank);
    const count = (code: string) => blankFindings.filter((f) => f.code === code).length;
    const errors = blankFindings.filter((f) => f.severity === "error");
    expect(new Set(errors.map((f) => f.code))).toEqual(
      new Set([
        "action-without-selvitys",
        ...(period === "year" ? ["measure-without-actual"] : []),
        ...(measures.some((m) => !m.measure.target) ? ["measure-without-target"] : []),
      ]),
    );
    expect(count("action-without-selvitys")).toBe(actionCount);
    expect(count("measure-without-actual")).toBe(period === "year" ? measures.length : 0);
    expect(count("measure-without-target")).toBe(measures.filter((m) => !m.measure.target).length);
    // Warnings only where the source gave no baseline (an answer cell waits for it).
    expect(blankFindings.filter((f) => f.severity === "warning").map((f) => f.code)).toEqual(
      measures.filter((m) => !m.measure.baseline).map(() => "measure-without-baseline"),
    );

    // ---- typed into, Tila left to the judge ----
    const typed = await written(result.templates, typeEverything(false));
    expect(actionsIn(typed.sheets).length).toBe(actionCount);
    expect(validateWorkbook(typed).filter((f) => f.severity === "error")).toEqual([]);
    for (const { action } of typed.sheets.flatMap((r) => [...actionsOf(r)])) {
      const [s] = action.reports;
      const answer = s.parts.length > 0 ? s.parts.map((p) => p.report?.text).join("|") : s.text;
      expect(answer).toMatch(/eteni/);
    }
    const judged = assessWorkbook(typed);
    expect(judged).toHaveLength(measures.length);
    for (const a of judged) {
      // A year-end template's typed actuals are judged; a period's measures from the selvitys typed
      // under the period's heading, which the reason quotes: sub-goals that "eteni" are progress
      // (partial); "Toimenpide eteni suunnitellusti" says how the action went, not the measure.
      if (period === "year") {
        expect(a.source).toBe("computed");
        expect(a.rule).not.toBe("no-actual");
      } else {
        expect([a.source, a.rule]).toEqual(["selvitys", "selvitys"]);
        expect(a.reason.fi).toMatch(new RegExp(`^${period}-selvitys.*eteni`));
        expect(a.status).toBe(/osatavoitteet: /.test(a.reason.fi) ? "partial" : "not-assessable");
      }
    }

    // ---- typed into with Tila: the person's own status wins ----
    const own = await written(result.templates, typeEverything(true));
    expect(validateWorkbook(own).filter((f) => f.severity === "error")).toEqual([]);
    const owned = assessWorkbook(own);
    expect(owned.map((a) => [a.source, a.status])).toEqual(measures.map(() => ["own", "partial"]));
  });
});

describe("sub-goals carried over", () => {
  it("the T2 workbook's year-end template has the same sub-goals, each with an empty Raportointi, the T2 reports beside", async () => {
    const file = path.join(FIXTURES, "konsernipalvelut-2025-T2.xlsx");
    const source = readWorkbook(await loadFixture(file));
    const result = await template(fileHost(file), { period: "year" });
    expect(result.templates.map((p) => [p.template.sheet, p.template.year])).toEqual([
      ["Konsernipalvelut vuosi 2025", 2025],
    ]);
    const subGoals = (wr: WorkbookReport) =>
      wr.sheets.flatMap((r) =>
        [...actionsOf(r)].map(({ action }) =>
          action.reports.flatMap((s) => s.parts.map((p) => [p.label, p.text])),
        ),
      );
    const blank = await written(result.templates);
    expect(subGoals(blank)).toEqual(subGoals(source));
    expect(subGoals(blank).flat()).toHaveLength(12);
    for (const { action } of actionsOf(blank.sheets[0]))
      for (const part of action.reports[0].parts)
        expect(part.report).toEqual(expect.objectContaining({ text: "" }));

    // The T2 reports stand beside their sub-goals as reference, labelled with their period.
    const cells = result.templates[0].spec.cells ?? [];
    const references = cells.filter((c) => typeof c.value === "string" && c.value.startsWith("Edellinen"));
    const reported = [...actionsOf(source.sheets[0])].flatMap(({ action }) =>
      action.reports[0].parts
        .filter((p) => p.report?.text)
        .map((p) => `Edellinen raportointi (T2 2025): ${p.report?.text}`),
    );
    expect(reported).toHaveLength(9);
    expect(references.map((c) => c.value)).toEqual(reported);
    expect(references.every((c) => c.style?.italic === true && c.style?.fontColor === "#595959")).toBe(true);

    const typed = await written(result.templates, typeEverything(false));
    for (const { action } of actionsOf(typed.sheets[0]))
      for (const part of action.reports[0].parts)
        expect(part.report?.text).toBe("Osatavoite eteni: luonnos valmis.");
  });
});
