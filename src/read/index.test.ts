import { countActions, countMeasures, type Grid, type WorkbookReport } from "../model";
import { STATE_SHEET } from "../model/own";
import { readWorkbook, readSheet } from "./index";
import { loadFixture } from "../../test/support/load";
import { gridOf } from "../../test/support/mess";

const summary = (wb: WorkbookReport) =>
  wb.sheets.map((s) => [
    s.sheet,
    s.layout,
    s.department,
    s.period,
    s.year,
    countActions(s),
    countMeasures(s),
  ]);

describe("readWorkbook on the fixtures", () => {
  it.each([
    [
      "elinvoima-ja-ymparisto-2023-vuosi",
      [["Toteutuminen 2023", "block", "Elinvoima- ja ympäristötoimiala", "year", 2023, 16, 25]],
    ],
    ["kasvu-ja-tyollisyys-2026-T1", [["T1 2026", "block", "Kasvu- ja työllisyyspalvelut", "T1", 2026, 4, 4]]],
    ["konsernipalvelut-2025-T2", [["T2 2025", "block", "Konsernipalvelut", "T2", 2025, 4, 8]]],
  ])("%s", async (name, expected) => {
    expect(summary(readWorkbook(await loadFixture(name)))).toEqual(expected);
  });

  it("reads the flat table with the table reader", async () => {
    const wb = readWorkbook(await loadFixture("kasvu-ja-tyollisyys-2026-taulukko"));
    expect(wb.sheets.map((s) => [s.layout, countActions(s), countMeasures(s)])).toEqual([["table", 4, 4]]);
  });

  it("reads the programme with its long-term goal list", async () => {
    const wb = readWorkbook(await loadFixture("konsernihallinto-palveluohjelma-2018"));
    const [programme, list] = wb.sheets;
    expect([programme.layout, countActions(programme), countMeasures(programme)]).toEqual([
      "programme",
      12,
      12,
    ]);
    expect(list).toMatchObject({ sheet: "Pitkän aikavälin tavoitteet", layout: "none" });
    expect(programme.programme?.longTermGoals.length).toBeGreaterThanOrEqual(19);
  });
});

describe("readWorkbook skips and tolerates", () => {
  it("skips Toteuma's own sheets and reads a sheet without goals as 'none'", async () => {
    const fixture = await loadFixture("konsernipalvelut-2025-T2");
    const state: Grid = gridOf(STATE_SHEET, [["status-colours", "T2 2025", "9", "3", "{}"]]);
    // The findings sheet as Toteuma writes it (src/edits/findings.ts): title, blank row, table.
    const findings: Grid = gridOf("Tarkistus", [
      ["Tarkistus: x.xlsx — 1 virhe"],
      [""],
      ["Välilehti", "Solu", "Vakavuus", "Koodi", "Viesti", "Message", "Ehdotus"],
      [
        "T2 2025",
        "A7",
        "Virhe",
        "action-without-measure",
        "TOIMENPIDE ilman mittaria",
        "ACTION without measure",
        "",
      ],
    ]);
    const notes: Grid = gridOf("Muistiinpanot", [["Soita Jaanalle"], [""], ["Budjetti 12 000 €", "ok"]]);
    const wb = readWorkbook({ name: "x.xlsx", sheets: [...fixture.sheets, state, findings, notes] });
    expect(wb.sheets.map((s) => [s.sheet, s.layout, s.looksLikeGoals])).toEqual([
      ["T2 2025", "block", true],
      ["Muistiinpanot", "none", false],
    ]);
  });

  it("reads a person's own sheet called Tarkistus like any other", async () => {
    const fixture = await loadFixture("konsernipalvelut-2025-T2");
    const theirs: Grid = { ...fixture.sheets[0], sheet: "Tarkistus" };
    const wb = readWorkbook({ name: "x.xlsx", sheets: [theirs] });
    expect(wb.sheets.map((s) => [s.sheet, s.layout])).toEqual([["Tarkistus", "block"]]);
  });

  it("reads an empty sheet", () => {
    expect(readSheet(gridOf("Tyhjä", []))).toMatchObject({
      layout: "none",
      looksLikeGoals: false,
      focusAreas: [],
    });
  });
});
