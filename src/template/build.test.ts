import { readWorkbook } from "../read";
import type { Report, WorkbookReport } from "../model/report";
import { loadFixture } from "../../test/support/load";
import { defaultYear, departmentsOf, planTemplates, proposePeriod, type Template } from ".";

let elinvoima: Report;
let konserni: Report;
let kasvuT1: Report;
let table: Report;
let programme: WorkbookReport;

beforeAll(async () => {
  const read = async (name: string) => readWorkbook(await loadFixture(name));
  elinvoima = (await read("elinvoima-ja-ymparisto-2023-vuosi")).sheets[0];
  konserni = (await read("konsernipalvelut-2025-T2")).sheets[0];
  kasvuT1 = (await read("kasvu-ja-tyollisyys-2026-T1")).sheets[0];
  table = (await read("kasvu-ja-tyollisyys-2026-taulukko")).sheets[0];
  programme = await read("konsernihallinto-palveluohjelma-2018");
});

const book = (...sheets: Report[]): WorkbookReport => ({ name: "kirja.xlsx", sheets });
const templatesOf = (plan: ReturnType<typeof planTemplates>): Template[] => {
  if (plan.refusal) throw new Error(plan.refusal.en);
  return plan.templates;
};

describe("planTemplates", () => {
  it("makes one template per department, in the workbook's order", () => {
    const ts = templatesOf(planTemplates(book(konserni, elinvoima, kasvuT1), { period: "T2", year: 2026 }));
    expect(ts.map((t) => [t.sheet, t.department, t.layout, t.actuals])).toEqual([
      ["Konsernipalvelut T2 2026", "Konsernipalvelut", "block", false],
      ["Elinvoima- ja ympäristö T2 2026", "Elinvoima- ja ympäristötoimiala", "block", false],
      ["Kasvu- ja työllisyys T2 2026", "Kasvu- ja työllisyyspalvelut", "block", false],
    ]);
    expect(ts[0].heading).toBe("Selvitys toimenpiteen edistymisestä toisella vuosikolmanneksella (T2):");
  });

  it("makes the one department asked for, its name in any case, or the only one it starts", () => {
    const wr = book(konserni, elinvoima);
    expect(
      templatesOf(planTemplates(wr, { period: "T1", department: "KONSERNIPALVELUT" })).map((t) => t.sheet),
    ).toEqual(["Konsernipalvelut T1 2025"]);
    expect(templatesOf(planTemplates(wr, { period: "T1", department: "elinvoima" }))[0].department).toBe(
      "Elinvoima- ja ympäristötoimiala",
    );
  });

  it("says which departments there are when the one asked is not in the workbook", () => {
    const plan = planTemplates(book(konserni, elinvoima), { period: "T1", department: "Sivistystoimiala" });
    expect(plan.templates).toEqual([]);
    expect(plan.refusal).toEqual({
      code: "no-department",
      fi: "Toimialaa 'Sivistystoimiala' ei ole työkirjassa. Työkirjan toimialat: Konsernipalvelut, Elinvoima- ja ympäristötoimiala.",
      en: "The workbook has no department 'Sivistystoimiala'. Its departments: Konsernipalvelut, Elinvoima- ja ympäristötoimiala.",
    });
  });

  it("refuses a workbook without goals, and one that names no year when none is given", () => {
    const notes: Report = { ...konserni, sheet: "Muistio", layout: "none", focusAreas: [] };
    expect(planTemplates(book(notes), { period: "T1" }).refusal?.fi).toMatch(
      /^Työkirjassa ei ole tavoitteita/,
    );
    expect(planTemplates(book(table), { period: "T1" }).refusal?.en).toBe(
      "The workbook does not name the report's year: give the template's year.",
    );
    expect(templatesOf(planTemplates(book(table), { period: "T1", year: 2026 }))[0]).toMatchObject({
      layout: "table",
      year: 2026,
    });
  });

  it("follows a department's most recent report when the workbook keeps an earlier one beside it", () => {
    const t1: Report = { ...konserni, sheet: "T1 2025", period: "T1" };
    const ts = templatesOf(planTemplates(book(t1, konserni), { period: "year" }));
    expect(ts).toHaveLength(1);
    expect(ts[0]).toMatchObject({
      sources: ["T2 2025"],
      previousReportLabel: "Edellinen raportointi (T2 2025)",
    });
  });

  it("carries the last selvitys as reference, and sub-goals instead of it", () => {
    const [t] = templatesOf(planTemplates(book(elinvoima), { period: "T1" }));
    const first = t.focusAreas[0].goals[0].commitments[0].actions[0];
    expect(t.previousLabel).toBe("Edellinen selvitys (vuosi 2023)");
    expect(first.previous).toMatch(/^Tapahtuma-alan elinvoimavaikutusmittariston kehittäminen/);
    expect(first.subGoals).toEqual([]);
    const [k] = templatesOf(planTemplates(book(konserni), { period: "year" }));
    const action = k.focusAreas[0].goals[0].commitments[0].actions[0];
    expect(action.previous).toBeNull();
    expect(action.subGoals.map((g) => [g.label, g.previous])).toEqual([
      ["Osatavoite 1", "Toimenpiteiden määrittely työstövaiheessa"],
      ["Osatavoite 2", "Viestintä- ja markkinointisuunnitelman luonnos on käsiteltävänä"],
      ["Osatavoite 3", null],
    ]);
  });

  it("gives a programme today's block layout, leaving what it lacks (TEKO, baseline, target) to be filled", () => {
    const [t] = templatesOf(planTemplates(programme, { period: "T1" }));
    expect(t).toMatchObject({ layout: "block", department: "Konsernihallinnon toimiala", year: 2018 });
    const f = t.focusAreas[0];
    expect(f).toMatchObject({
      kind: "painopiste",
      text: "Työpaikkojen ja verotulojen kasvu.",
      implied: false,
    });
    expect(f.goals[0].commitments[0]).toMatchObject({ text: "", implied: true });
    expect(f.goals[0].commitments[0].actions[0].measures[0]).toEqual({
      text: "Kumppaniverkoston yhteinen palveluehdotus.",
      baseline: null,
      target: null,
    });
  });
});

describe("defaultYear", () => {
  it("is the source's year; after a year-end report, a period within the year is next year's", () => {
    expect(defaultYear(konserni, "year")).toBe(2025);
    expect(defaultYear(konserni, "T1")).toBe(2025);
    expect(defaultYear(elinvoima, "T1")).toBe(2024);
    expect(defaultYear(elinvoima, "Q1")).toBe(2024);
    expect(defaultYear(elinvoima, "H1")).toBe(2024);
    expect(defaultYear(elinvoima, "year")).toBe(2023);
    expect(defaultYear(table, "T1")).toBeNull();
  });
});

describe("proposePeriod", () => {
  it("proposes the period after the workbook's most recent report", () => {
    expect(proposePeriod(book(kasvuT1), 2030)).toEqual({ period: "T2", year: 2026 });
    expect(proposePeriod(book(konserni), 2030)).toEqual({ period: "year", year: 2025 });
    expect(proposePeriod(book(elinvoima), 2030)).toEqual({ period: "T1", year: 2024 });
    expect(proposePeriod(book(elinvoima, kasvuT1), 2030)).toEqual({ period: "T2", year: 2026 });
    const q3: Report = { ...konserni, period: "Q3" };
    expect(proposePeriod(book(q3), 2030)).toEqual({ period: "year", year: 2025 });
    const q2: Report = { ...konserni, period: "Q2" };
    expect(proposePeriod(book(q2), 2030)).toEqual({ period: "Q3", year: 2025 });
  });

  it("proposes the year-end report when the workbook names no period, this year when it names no year", () => {
    expect(proposePeriod(programme, 2030)).toEqual({ period: "year", year: 2018 });
    expect(proposePeriod(book(table), 2030)).toEqual({ period: "year", year: 2030 });
  });
});

describe("departmentsOf", () => {
  it("lists each department of the goal sheets once", () => {
    const other: Report = { ...konserni, sheet: "T1 2025", period: "T1" };
    expect(departmentsOf(book(konserni, elinvoima, other))).toEqual([
      "Konsernipalvelut",
      "Elinvoima- ja ympäristötoimiala",
    ]);
  });
});
