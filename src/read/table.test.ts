import { a1 } from "../model/cellref";
import type { Grid } from "../model/grid";
import { actionsOf, countActions, countMeasures, measuresOf, type Report } from "../model/report";
import { SheetView } from "./sheet";
import { findTableHeader, looksLikeTable, matchTableHeader, readTable } from "./table";
import { loadFixture } from "../../test/support/load";
import { gridOf } from "../../test/support/mess";

const view = (grid: Grid) => new SheetView(grid);

/** Every measure as [cell, focus, goal, commitment, action, measure, baseline, target, actual, own]. */
function rows(report: Report): (string | null)[][] {
  return [...measuresOf(report)].map(({ focusArea, goal, commitment, action, measure }) => [
    a1(measure.cell),
    focusArea.text,
    goal.text,
    commitment.text,
    action.text,
    measure.text,
    measure.baseline?.text ?? null,
    measure.target?.text ?? null,
    measure.actual?.text ?? null,
    measure.ownStatus?.text ?? null,
  ]);
}

describe("the flat table fixture", () => {
  let report: Report;
  beforeAll(async () => {
    const wb = await loadFixture("kasvu-ja-tyollisyys-2026-taulukko");
    expect(looksLikeTable(view(wb.sheets[0]))).toBe(true);
    report = readTable(view(wb.sheets[0]));
  });

  it("reads 4 actions and 4 measures of the department", () => {
    expect([report.layout, countActions(report), countMeasures(report)]).toEqual(["table", 4, 4]);
    expect(report.department).toBe("Kasvu- ja työllisyyspalvelut");
    expect(report.hasActualColumn).toBe(false);
    expect(report.ownStatusColumn).toBeNull();
    expect(report.nearMisses).toEqual([]);
    expect(report.problems).toEqual([]);
    expect(report.looksLikeGoals).toBe(true);
  });

  it("gives every node its own cell and reads numbers as Excel shows them", () => {
    const paths = [...measuresOf(report)];
    expect(paths.map((p) => a1(p.measure.cell))).toEqual(["G2", "G3", "G4", "G5"]);
    expect(paths.map((p) => a1(p.action.cell))).toEqual(["F2", "F3", "F4", "F5"]);
    expect(paths.map((p) => a1(p.commitment.cell))).toEqual(["E2", "E3", "E4", "E5"]);
    expect(paths.map((p) => a1(p.goal.cell))).toEqual(["D2", "D3", "D4", "D5"]);
    expect(paths.map((p) => a1(p.focusArea.cell))).toEqual(["C2", "C3", "C4", "C5"]);
    const last = paths[3].measure;
    expect([last.baseline?.text, a1(last.baseline!.cell)]).toEqual(["23 %", "H5"]);
    expect([last.target?.text, a1(last.target!.cell)]).toEqual(["30 %", "I5"]);
    expect(paths[2].measure.baseline?.text).toBe("30");
    expect(paths.every((p) => p.measure.actual === null && p.measure.ownStatus === null)).toBe(true);
  });

  it("takes the unit from the Yksikkö column and the focus kind from the header", () => {
    expect(report.focusAreas.map((f) => [f.text, f.kind, f.unit?.slice(0, 27)])).toEqual([
      ["Osaava Pori", "painopiste", "Kasvu- ja työllisyyspalvelu"],
      ["Kasvava Pori", "painopiste", "Työllisyshoidon toiminnalli"],
      ["Osaava Pori", "painopiste", "Työllisyshoidon toiminnalli"],
      ["Hyvinvoiva Pori", "painopiste", "Työllisyshoidon toiminnalli"],
    ]);
  });
});

describe("sheets that are not flat tables", () => {
  it.each([
    "elinvoima-ja-ymparisto-2023-vuosi",
    "kasvu-ja-tyollisyys-2026-T1",
    "konsernipalvelut-2025-T2",
    "konsernihallinto-palveluohjelma-2018",
  ])("%s does not look like a table", async (name) => {
    const wb = await loadFixture(name);
    for (const sheet of wb.sheets) expect(looksLikeTable(view(sheet))).toBe(false);
  });

  it("a block layout's MITTARI header row is not a table header", () => {
    const grid = gridOf("T1", [
      ["TOIMENPIDE", "Kansainvälisen rekrytoinnin edistäminen"],
      ["MITTARI", "Lähtötaso", "Tavoitetaso", "Toteuma", "Tila"],
      ["Asiakastyytyväisyys", "NPS 10", "NPS 20", "NPS 25", "Toteutunut"],
    ]);
    expect(looksLikeTable(view(grid))).toBe(false);
  });

  it("junk, notes and a header with too few level words do not", () => {
    const notes = gridOf("Muistiinpanot", [
      ["Soita Jaanalle", "", "12 000 €"],
      ["Tavoite", "Budjetti", "Kommentti", "Muuta"],
      ["Mittari", "1", "2"],
    ]);
    expect(looksLikeTable(view(notes))).toBe(false);
    const junk = gridOf(
      "Roska",
      Array.from({ length: 60_000 }, (_, i) => [
        `x${i}`,
        String(i * 7),
        i % 3 ? "Mittari" : "abc",
        "Toteuma",
      ]),
    );
    expect(looksLikeTable(view(junk))).toBe(false);
    expect(readTable(view(notes))).toMatchObject({ layout: "none", looksLikeGoals: false, focusAreas: [] });
  });

  it("a header row past the first twenty rows is not looked for", () => {
    const rowsBefore = Array.from({ length: 20 }, (_, i) => [`Rivi ${i + 1}`]);
    const grid = gridOf("Myöhään", [
      ...rowsBefore,
      ["Tavoite", "Toimenpide", "Mittari", "Lähtötaso", "Tavoitetaso"],
      ["A", "B", "C", "1", "2"],
    ]);
    expect(looksLikeTable(view(grid))).toBe(false);
  });
});

describe("header words as people write them", () => {
  it.each([
    ["TOIMENPIDE", "action", false],
    ["mittari:", "measure", false],
    ["  Lähtötaso  ", "baseline", false],
    ["Tavoitetaso 2026", "target", false],
    ["Toteuma 31.12.2025", "actual", false],
    ["Toteuma (T2)", "actual", false],
    ["Oma arvio", "ownStatus", false],
    ["Tila (oma arvio)", "ownStatus", false],
    ["Tilanne", "ownStatus", false],
    ["Selvitys (T2)", "report", false],
    ["Selvitys toimenpiteen edistymisestä (Q3)", "report", false],
    ["Toimenpde", "action", true],
    ["Mitari", "measure", true],
    ["Palvelualue", "unit", false],
    ["Teema", "focusArea", false],
  ])("%s → %s", (written, kind, nearMiss) => {
    expect(matchTableHeader(written)).toMatchObject({ kind, nearMiss });
  });

  it.each(["Kommentit", "Budjetti", "Huomautus", "Nro", ""])("%s is not a header word", (written) => {
    expect(matchTableHeader(written)).toBeNull();
  });
});

describe("a messy table", () => {
  // Title, a blank row, headers in row 3 in another order and case, a near-miss, a status column of
  // the person's own, an actual column, a selvitys column, blank level cells meaning "same as
  // above", blank rows inside, a note under the table.
  const grid = gridOf("Sivistys T2", [
    ["Talousarvion 2025 toiminnalliset tavoitteet – Sivistystoimiala"],
    [],
    [
      "MITTARI:",
      "tavoite",
      "Painopiste ",
      "Toimenpde",
      "Toteuma",
      "Lähtötaso",
      "TAVOITETASO",
      "Tila:",
      "Selvitys (T2)",
    ],
    [
      "Lukutaito",
      "Oppimistulokset paranevat",
      "Osaava Pori",
      "Lukudiplomi",
      "85 %",
      "70 %",
      "80 %",
      "Toteutunut",
      "Hyvin meni.",
    ],
    ["Lainaukset", "", "", "", "10 500", "10 000", "11 000", "", ""],
    [],
    [
      "Kävijät",
      "OPPIMISTULOKSET  PARANEVAT",
      "osaava pori",
      "Kirjastoauto",
      "",
      "5 000",
      "6 000",
      "Ei arvioitavissa",
      "Auto korjaamolla.",
    ],
    ["Kirjastokortit", "", "", "", "", "", "", "", "Kortit jaettu."],
    [
      "Harrastajat",
      "Harrastaminen lisääntyy",
      "Hyvinvoiva Pori",
      "",
      "1 200",
      "1 000",
      "1 500",
      "Osittain",
      "",
    ],
    ["", "", "", "", "300", "250", "", "", ""],
    ["Kerhot", "Oppimistulokset paranevat", "Osaava Pori", "Kerhotoiminta", "12", "10", "14", "", ""],
    [],
    ["* Luvut alustavia."],
    ["Mittari X", "Tavoite Y", "Painopiste Z", "Toimenpide W", "1", "2", "3"],
  ]);
  const report = readTable(view(grid));

  it("finds the header row after the title", () => {
    expect(findTableHeader(view(grid))?.row).toBe(2);
    expect(report.title).toEqual({
      text: "Talousarvion 2025 toiminnalliset tavoitteet – Sivistystoimiala",
      cell: { sheet: "Sivistys T2", row: 1, col: 1 },
    });
  });

  it("reads one measure per row, with blank level cells as the node above", () => {
    expect(rows(report)).toEqual([
      [
        "A4",
        "Osaava Pori",
        "Oppimistulokset paranevat",
        "",
        "Lukudiplomi",
        "Lukutaito",
        "70 %",
        "80 %",
        "85 %",
        "Toteutunut",
      ],
      [
        "A5",
        "Osaava Pori",
        "Oppimistulokset paranevat",
        "",
        "Lukudiplomi",
        "Lainaukset",
        "10 000",
        "11 000",
        "10 500",
        null,
      ],
      [
        "A7",
        "Osaava Pori",
        "Oppimistulokset paranevat",
        "",
        "Kirjastoauto",
        "Kävijät",
        "5 000",
        "6 000",
        null,
        "Ei arvioitavissa",
      ],
      [
        "A8",
        "Osaava Pori",
        "Oppimistulokset paranevat",
        "",
        "Kirjastoauto",
        "Kirjastokortit",
        null,
        null,
        null,
        null,
      ],
      [
        "A9",
        "Hyvinvoiva Pori",
        "Harrastaminen lisääntyy",
        "",
        "",
        "Harrastajat",
        "1 000",
        "1 500",
        "1 200",
        "Osittain",
      ],
      [
        "A11",
        "Osaava Pori",
        "Oppimistulokset paranevat",
        "",
        "Kerhotoiminta",
        "Kerhot",
        "10",
        "14",
        "12",
        null,
      ],
    ]);
  });

  it("groups consecutive rows with the same text whatever the case and spacing", () => {
    expect(report.focusAreas.map((f) => [f.text, a1(f.cell), f.goals.length])).toEqual([
      ["Osaava Pori", "C4", 1],
      ["Hyvinvoiva Pori", "C9", 1],
      ["Osaava Pori", "C11", 1],
    ]);
    const [first] = report.focusAreas;
    expect(first.goals[0].commitments[0].actions.map((a) => [a.text, a1(a.cell), a.measures.length])).toEqual(
      [
        ["Lukudiplomi", "D4", 2],
        ["Kirjastoauto", "D7", 2],
      ],
    );
  });

  it("makes implied nodes for levels the table does not have or leaves blank under a new parent", () => {
    const actions = [...actionsOf(report)];
    expect(actions.every((p) => p.commitment.implied && p.commitment.text === "")).toBe(true);
    const harrastus = actions.find((p) => p.goal.text === "Harrastaminen lisääntyy")!;
    expect(harrastus.action).toMatchObject({ text: "", implied: true });
    expect(a1(harrastus.action.cell)).toBe("A9");
  });

  it("reads the own status column, the actual column and the selvitys per action", () => {
    expect(report.ownStatusColumn).toBe("Tila:");
    expect(report.hasActualColumn).toBe(true);
    expect([report.period, report.year]).toEqual(["T2", 2025]);
    const [lukudiplomi, kirjastoauto] = report.focusAreas[0].goals[0].commitments[0].actions;
    expect(lukudiplomi.reports).toEqual([
      {
        heading: "Selvitys (T2)",
        cell: { sheet: "Sivistys T2", row: 4, col: 9 },
        period: "T2",
        year: null,
        text: "Hyvin meni.",
        parts: [],
      },
    ]);
    expect(kirjastoauto.reports[0].text).toBe("Auto korjaamolla.\nKortit jaettu.");
    expect(a1(kirjastoauto.reports[0].cell)).toBe("I7");
    const kerhot = report.focusAreas[2].goals[0].commitments[0].actions[0];
    expect(kerhot.reports[0]).toMatchObject({ text: "", period: "T2" });
  });

  it("remembers the near-miss header and reports the row of values without a measure", () => {
    expect(report.nearMisses).toEqual([
      { cell: { sheet: "Sivistys T2", row: 3, col: 4 }, written: "Toimenpde", readAs: "Toimenpide" },
    ]);
    expect(report.problems.map((p) => [a1(p.cell), p.code])).toEqual([["E10", "orphan-measure-values"]]);
    expect(report.problems[0].fi).toMatch(/mittari/i);
  });

  it("stops at the note under the table and takes the department from the title", () => {
    expect(countMeasures(report)).toBe(6);
    expect(report.department).toBe("Sivistystoimiala");
  });
});

describe("grouping rows and departments", () => {
  it("reads levels written on rows of their own above their measures", () => {
    const grid = gridOf("Taulukko", [
      ["Toimiala", "Teema", "Tavoite", "Teko", "Toimenpide", "Mittari", "Lähtötaso", "Tavoitetaso"],
      ["KONSERNIPALVELUT", "Digitalisaatio"],
      ["", "", "Sähköiset palvelut", "Asiointi verkossa"],
      ["", "", "", "", "Verkkolomakkeet", "Lomakkeiden määrä", "10", "20"],
      ["", "", "", "", "", "Käyttäjät", "1 000", "2 000"],
      ["", "", "", "", "Chatbot"],
      ["Konsernipalvelut", "", "", "", "Ajanvaraus", "Varaukset", "0", "500"],
      ["Sivistystoimiala", "Viestintä", "Avoimuus", "Tiedotteet", "Uutiskirje", "Tilaajat", "200", "400"],
    ]);
    const report = readTable(view(grid));
    expect(report.department).toBe("Konsernipalvelut");
    expect(report.focusAreas.map((f) => [f.kind, f.text, a1(f.cell)])).toEqual([
      ["teema", "Digitalisaatio", "B2"],
      ["teema", "Viestintä", "B8"],
    ]);
    const actions = [...actionsOf(report)].map((p) => [
      p.commitment.text,
      p.action.text,
      p.action.measures.length,
    ]);
    expect(actions).toEqual([
      ["Asiointi verkossa", "Verkkolomakkeet", 2],
      ["Asiointi verkossa", "Chatbot", 0],
      ["Asiointi verkossa", "Ajanvaraus", 1],
      ["Tiedotteet", "Uutiskirje", 1],
    ]);
    expect(report.problems).toEqual([]);
  });

  it("splits focus areas when the unit changes, and without Toimiala or title uses the sheet name", () => {
    const grid = gridOf("Hyvinvointitoimiala 2024", [
      ["Yksikkö", "Painopiste", "Tavoite", "Toimenpide", "Mittari", "Lähtötaso", "Tavoitetaso", "Arvio"],
      [
        "Liikunta",
        "Hyvinvoiva Pori",
        "Liikkuva kaupunki",
        "Uimahalli",
        "Kävijät",
        "100",
        "120",
        "Toteutunut",
      ],
      ["Kulttuuri", "Hyvinvoiva Pori", "Liikkuva kaupunki", "Museo", "Kävijät", "50", "60", "Ei toteutunut"],
    ]);
    const report = readTable(view(grid));
    expect(report.focusAreas.map((f) => [f.text, f.unit])).toEqual([
      ["Hyvinvoiva Pori", "Liikunta"],
      ["Hyvinvoiva Pori", "Kulttuuri"],
    ]);
    expect(report.department).toBe("Hyvinvointitoimiala");
    expect(report.year).toBe(2024);
    expect(report.ownStatusColumn).toBe("Arvio");
    expect([...measuresOf(report)].map((p) => p.measure.ownStatus?.text)).toEqual([
      "Toteutunut",
      "Ei toteutunut",
    ]);
  });

  it("reads merged level cells as the node above and skips a repeated header row", () => {
    const grid: Grid = {
      ...gridOf("Yhdistetyt", [
        ["Painopiste", "Tavoite", "Toimenpide", "Mittari", "Lähtötaso", "Tavoitetaso"],
        ["Kasvava Pori", "Yritykset kasvavat", "Tontit", "Myydyt tontit", "5", "10"],
        ["Kasvava Pori", "Yritykset kasvavat", "Tontit", "Kaavat", "1", "2"],
        ["Painopiste", "Tavoite", "Toimenpide", "Mittari", "Lähtötaso", "Tavoitetaso"],
        ["", "", "", "Luvat", "3", "4"],
      ]),
      merges: [{ top: 1, left: 0, bottom: 2, right: 0 }],
    };
    const report = readTable(view(grid));
    expect(report.focusAreas).toHaveLength(1);
    expect([...measuresOf(report)].map((p) => [p.action.text, p.measure.text])).toEqual([
      ["Tontit", "Myydyt tontit"],
      ["Tontit", "Kaavat"],
      ["Tontit", "Luvat"],
    ]);
  });

  it("does not join the same text when it is not consecutive", () => {
    const grid = gridOf("Toistuva", [
      ["Tavoite", "Toimenpide", "Mittari"],
      ["A", "X", "m1"],
      ["B", "Y", "m2"],
      ["a", "x", "m3"],
    ]);
    const report = readTable(view(grid));
    expect([...actionsOf(report)].map((p) => [p.goal.text, p.action.text])).toEqual([
      ["A", "X"],
      ["B", "Y"],
      ["a", "x"],
    ]);
  });
});

describe("the end of the table", () => {
  it("ignores a lone note after a blank row when no measure rows follow it", () => {
    const grid = gridOf("Loppu", [
      ["Painopiste", "Tavoite", "Toimenpide", "Mittari", "Lähtötaso", "Tavoitetaso"],
      ["Kasvava Pori", "Yritykset kasvavat", "Tontit", "Myydyt tontit", "5", "10"],
      [],
      ["Taulukko päivitetään kuukausittain"],
      ["", "", "", "", "", "Hyväksytty 1.2.2025"],
    ]);
    const report = readTable(view(grid));
    expect([report.focusAreas.length, countActions(report), countMeasures(report)]).toEqual([1, 1, 1]);
    expect(report.problems).toEqual([]);
  });

  it("keeps reading after a blank row when a grouping row has measures under it", () => {
    const grid = gridOf("Jatkuu", [
      ["Painopiste", "Tavoite", "Toimenpide", "Mittari", "Lähtötaso", "Tavoitetaso"],
      ["Kasvava Pori", "Yritykset kasvavat", "Tontit", "Myydyt tontit", "5", "10"],
      [],
      ["Osaava Pori"],
      ["", "Osaajat jäävät", "Rekrytointi", "Rekrytoidut", "1", "2"],
    ]);
    const report = readTable(view(grid));
    expect(report.focusAreas.map((f) => f.text)).toEqual(["Kasvava Pori", "Osaava Pori"]);
    expect(countMeasures(report)).toBe(2);
  });

  it("reads a long table in linear time", () => {
    const body = Array.from({ length: 30_000 }, (_, i) => [
      `Painopiste ${Math.floor(i / 1000)}`,
      `Tavoite ${Math.floor(i / 100)}`,
      `Toimenpide ${Math.floor(i / 4)}`,
      `Mittari ${i}`,
      String(i),
      String(i + 1),
    ]);
    const grid = gridOf("Iso", [
      ["Painopiste", "Tavoite", "Toimenpide", "Mittari", "Lähtötaso", "Tavoitetaso"],
      ...body,
    ]);
    const report = readTable(view(grid));
    expect([report.focusAreas.length, countActions(report), countMeasures(report)]).toEqual([
      30, 7_500, 30_000,
    ]);
  });
});

describe("a header over two rows", () => {
  it("adds the value headers written under a merged group header", () => {
    const grid: Grid = {
      ...gridOf("Kaksirivinen", [
        ["Toiminnalliset tavoitteet 2025"],
        ["Tavoite", "Toimenpide", "Mittari", "Arvot", "", ""],
        ["", "", "", "Lähtötaso", "Tavoitetaso", "Toteuma"],
        ["Kasvu", "Tontit", "Myydyt tontit", "5", "10", "8"],
      ]),
      merges: [{ top: 1, left: 3, bottom: 1, right: 5 }],
    };
    const header = findTableHeader(view(grid))!;
    expect([header.firstRow, header.row, header.lastRow]).toEqual([1, 1, 2]);
    const report = readTable(view(grid));
    expect(rows(report)).toEqual([["C4", "", "Kasvu", "", "Tontit", "Myydyt tontit", "5", "10", "8", null]]);
    expect(report.hasActualColumn).toBe(true);
    expect(report.title?.text).toBe("Toiminnalliset tavoitteet 2025");
    expect(report.problems).toEqual([]);
  });
});

describe("selvitys parts in a table cell", () => {
  it("splits a cell into 'Osatavoite N: … Raportointi: …' parts as the block layout does, and 'Mittari N.' on one line", () => {
    const grid = gridOf("Kulttuuri H1", [
      ["Tavoite", "Toimenpide", "Mittari", "Lähtötaso", "Tavoitetaso", "Selvitys (H1)"],
      [
        "Kulttuuri kuuluu kaikille",
        "Näyttelyohjelma",
        "Museokäynnit",
        "41 000",
        "45 000",
        "Osatavoite 1: Päänäyttely avattu\nRaportointi: Avattiin 14.2.\nkävijöitä 23 600.\nOsatavoite 2: Verkkonäyttelyt\nRaportointi:\nOsatavoite 3: Syyskauden näyttely",
      ],
      ["", "Lukudiplomi", "Koulut", "6", "14", "Mittari 1. Käynnissä 11 koulussa. Mittari 2. Diplomeja 468."],
      ["", "", "Diplomit", "410", "500", ""],
    ]);
    const report = readTable(view(grid));
    const [museo, diplomi] = [...actionsOf(report)].map((p) => p.action);
    const cell = { sheet: "Kulttuuri H1", row: 2, col: 6 };
    expect(museo.reports[0].parts).toEqual([
      {
        label: "Osatavoite 1",
        text: "Päänäyttely avattu",
        cell,
        report: { text: "Avattiin 14.2.\nkävijöitä 23 600.", cell },
      },
      { label: "Osatavoite 2", text: "Verkkonäyttelyt", cell, report: { text: "", cell } },
      { label: "Osatavoite 3", text: "Syyskauden näyttely", cell, report: null },
    ]);
    expect(diplomi.reports[0].parts.map((p) => [p.label, p.text])).toEqual([
      ["Mittari 1", "Käynnissä 11 koulussa."],
      ["Mittari 2", "Diplomeja 468."],
    ]);
  });
});
