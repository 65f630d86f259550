import { a1, countActions, countMeasures, measuresOf, actionsOf, type Grid, type Report } from "../model";
import { readBlock } from "./block";
import { SheetView } from "./sheet";
import { loadFixture } from "../../test/support/load";
import {
  blankRows,
  gridOf,
  mapCells,
  mergeLabels,
  relabel,
  replaceFirst,
  shiftRight,
  cellText,
} from "../../test/support/mess";

const read = (grid: Grid): Report => readBlock(new SheetView(grid));

let elinvoima: Grid;
let kasvu: Grid;
let konserni: Grid;

beforeAll(async () => {
  elinvoima = (await loadFixture("elinvoima-ja-ymparisto-2023-vuosi")).sheets[0];
  kasvu = (await loadFixture("kasvu-ja-tyollisyys-2026-T1")).sheets[0];
  konserni = (await loadFixture("konsernipalvelut-2025-T2")).sheets[0];
});

const fixtures = (): [string, Grid, number, number][] => [
  ["elinvoima", elinvoima, 16, 25],
  ["kasvu T1", kasvu, 4, 4],
  ["konsernipalvelut T2", konserni, 4, 8],
];

function measure(report: Report, cell: string) {
  for (const { measure: m } of measuresOf(report)) if (a1(m.cell) === cell && m.index) return m;
  throw new Error(`no measure at ${cell}`);
}

describe("readBlock on the fixtures", () => {
  it("counts actions and measures", () => {
    for (const [, grid, actions, measures] of fixtures()) {
      const r = read(grid);
      expect(r.layout).toBe("block");
      expect(r.looksLikeGoals).toBe(true);
      expect([countActions(r), countMeasures(r)]).toEqual([actions, measures]);
      expect(r.problems).toEqual([]);
      expect(r.nearMisses).toEqual([]);
    }
  });

  it("reads department, period and year", () => {
    expect(read(elinvoima)).toMatchObject({
      department: "Elinvoima- ja ympäristötoimiala",
      period: "year",
      year: 2023,
      hasActualColumn: true,
    });
    expect(read(kasvu)).toMatchObject({
      department: "Kasvu- ja työllisyyspalvelut",
      period: "T1",
      year: 2026,
      hasActualColumn: false,
    });
    expect(read(konserni)).toMatchObject({ department: "Konsernipalvelut", period: "T2", year: 2025 });
  });

  it("reads units from section headings", () => {
    const r = read(elinvoima);
    const units = r.focusAreas.map((f) => f.unit);
    expect(units[0]).toBe("Porin elinvoimaisuus");
    expect(units[1]).toBe("Porilaisten hyvinvointi");
    expect(r.focusAreas.find((f) => f.cell.row === 124)?.unit).toBe("Joukkoliikenne");
    expect(r.focusAreas.find((f) => f.cell.row === 137)?.unit).toBe("Joukkoliikenne");
    expect(r.focusAreas.find((f) => f.cell.row === 162)?.unit).toBe("Työllisyydenhoito");
    // The department row before row 35 is not a unit.
    expect(r.focusAreas.find((f) => f.cell.row === 35)?.unit).toBeNull();
    const k = read(kasvu);
    expect(k.focusAreas.map((f) => f.unit)).toEqual([
      "Kasvu- ja työllisyyspalvelut",
      "Työllisyshoidon toiminnalliset tavoitteet",
      "Työllisyshoidon toiminnalliset tavoitteet",
      "Työllisyshoidon toiminnalliset tavoitteet",
    ]);
    // The unit heading is not report text of the action before it.
    const first = [...actionsOf(k)][0].action;
    expect(first.reports[0].text).not.toContain("Työllisyshoidon");
    expect(read(konserni).focusAreas.map((f) => [f.kind, f.text, f.unit])).toEqual([
      ["painopiste", "Kasvava Pori", null],
      ["teema", "Viestintä", null],
      ["teema", "Viestintä", null],
      ["teema", "Digitalisaatio", null],
    ]);
  });

  it("reads the measure row shifted one column left", () => {
    const m = measure(read(elinvoima), "A43");
    expect(m.text).toMatch(/^Mittari 4\. Lupapalveluiden/);
    expect(m.index).toBe(4);
    expect(m.baseline).toEqual({
      text: "Tarve tunnistettu",
      cell: { sheet: elinvoima.sheet, row: 43, col: 2 },
    });
    expect(m.target?.text).toBe("Käynnistys Q1/2023, valmistuminen Q2/2023");
    expect(m.actual?.text).toBe("Käynnistynyt");
  });

  it("strips header words left inside value cells", () => {
    const m = measure(read(elinvoima), "B195");
    expect([m.baseline?.text, m.target?.text, m.actual?.text]).toEqual([
      "Suunnitteluvaihe",
      "Toteutunut",
      "Ei erillistä sopimusta.",
    ]);
  });

  it("splits several measures in one cell and matches them to the value rows in order", () => {
    const r = read(elinvoima);
    const action = [...actionsOf(r)].find((p) => p.action.cell.row === 15)!.action;
    expect(action.measures.map((m) => [m.index, a1(m.cell), m.text.slice(0, 12), m.baseline?.text])).toEqual([
      [1, "B16", "Mittari 1. K", "Pilotti toteutettu"],
      [2, "B16", "Mittari 2. K", "Hankinta suunnitteilla."],
    ]);
    expect(action.measures[1].actual?.cell).toEqual({ sheet: elinvoima.sheet, row: 18, col: 5 });
  });

  it("reads several MITTARI rows under one action, values below or on the row", () => {
    const action = [...actionsOf(read(elinvoima))].find((p) => p.action.cell.row === 183)!.action;
    expect(action.measures.map((m) => [a1(m.cell), m.baseline?.text, m.actual?.text])).toEqual([
      ["B184", "Työttömänä 37 % (1-7/2022)", "35 % (1-7/2023)"],
      ["B186", "Suunnittelu-vaihe", "Suunnitelma muuttui vuoden 2023 aikana"],
    ]);
  });

  it("reads numbers as Excel shows them", () => {
    const k = read(kasvu);
    const last = [...measuresOf(k)][3].measure;
    expect([last.baseline?.text, last.target?.text]).toEqual(["23 %", "30 %"]);
    expect(measure(read(elinvoima), "B141").baseline?.text).toBe("259 000");
  });

  it("keeps 'Mittari N.' lines of a selvitys as report parts, not measures", () => {
    const r = read(elinvoima);
    const action = [...actionsOf(r)].find((p) => p.action.cell.row === 38)!.action;
    expect(action.measures).toHaveLength(4);
    const sel = action.reports[0];
    expect(sel).toMatchObject({ period: "year", year: 2023, cell: { row: 44, col: 1 } });
    expect(sel.parts.map((p) => p.label)).toEqual(["Mittari 1", "Mittari 2", "Mittari 3", "Mittari 4"]);
    // Several "Mittari N." parts in the heading's own cell.
    const a15 = [...actionsOf(r)].find((p) => p.action.cell.row === 15)!.action;
    expect(a15.reports[0].parts.map((p) => p.label)).toEqual(["Mittari 1", "Mittari 2"]);
    expect(a15.reports[0].parts[1].text).toMatch(/^Kävijälaskurit/);
  });

  it("reads Osatavoite / Raportointi parts", () => {
    const r = read(konserni);
    const actions = [...actionsOf(r)].map((p) => p.action);
    const parts = actions[0].reports[0].parts;
    expect(parts.map((p) => p.label)).toEqual(["Osatavoite 1", "Osatavoite 2", "Osatavoite 3"]);
    expect(parts[0].text).toMatch(/^Keskustan kehittämisohjelmasta/);
    expect(parts[0].report?.text).toMatch(/^Toimenpiteiden määrittely/);
    expect(parts[0].report?.cell).toEqual({ sheet: konserni.sheet, row: 12, col: 1 });
    expect(parts[2].report).toBeNull();
    // "Raportointi:" with the report on the following rows.
    const last = actions[3].reports[0].parts;
    expect(last[2].report?.text).toMatch(/^- Pysäköinninvalvonnan[^]*\n- Sivistystoimialan/);
    expect(actions[3].reports[0].period).toBe("T2");
  });

  it("reads report text from the heading cell and from the rows below", () => {
    const actions = [...actionsOf(read(elinvoima))].map((p) => p.action);
    expect(actions[0].reports[0].text).toMatch(/^Tapahtuma-alan/);
    expect(actions[2].reports[0].text).toMatch(/^Liikenneverkkosuunnitelma on hyväksytty/);
    const many = actions.find((a) => a.cell.row === 140)!.reports[0].text;
    expect(many).toMatch(/^Kouluvuodelle[^]*Matkojen määrän[^]*Markkinointitoimissa[^]*Vuoden 2021/);
    expect(many).not.toMatch(/taloudellinen tavoite/);
  });

  it("reads financial goals with their outcome", () => {
    const r = read(elinvoima);
    expect(r.financialGoals).toHaveLength(2);
    expect(r.financialGoals[0]).toMatchObject({ unit: "Joukkoliikenne", cell: { row: 154, col: 1 } });
    expect(r.financialGoals[0].text).toMatch(/^Joukkoliikenteen taloudellinen tavoite vuodelle 2023/);
    expect(r.financialGoals[0].outcome?.text).toMatch(/^Vuoden 2023 joukkoliikenteen lipputuotot/);
    expect(r.financialGoals[1]).toMatchObject({ unit: "Työllisyydenhoito", cell: { row: 203, col: 1 } });
    expect(r.financialGoals[1].outcome?.text).toMatch(/^Työmarkkinatuen kuntaosuus/);
  });

  it("remembers where every node came from", () => {
    const r = read(konserni);
    const p = [...measuresOf(r)][0];
    expect(a1(p.focusArea.cell)).toBe("B3");
    expect(p.focusArea.labelCell).toEqual({ sheet: konserni.sheet, row: 3, col: 1 });
    expect(a1(p.action.cell)).toBe("B7");
    expect(a1(p.measure.cell)).toBe("B9");
    expect(a1(p.measure.target!.cell)).toBe("D9");
  });
});

describe("readBlock on messy copies of the fixtures", () => {
  const counts = (r: Report) => [countActions(r), countMeasures(r)];
  const transforms: [string, (g: Grid) => Grid][] = [
    ["labels in lower case", (g) => relabel(g, (l) => l.toLowerCase())],
    ["labels with a colon", (g) => relabel(g, (l) => `${l}:`)],
    [
      "labels in title case with no-break spaces",
      (g) => relabel(g, (l) => `\u00a0${l[0]}${l.slice(1).toLowerCase()} \u00a0`),
    ],
    ["everything in column B", (g) => shiftRight(g, 1)],
    ["everything in column C", (g) => shiftRight(g, 2)],
    ["blank rows between all rows", blankRows],
    ["labels merged over two columns", mergeLabels],
    ["label and text in one cell", (g) => labelsIntoText(g)],
    [
      "no-break spaces inside texts",
      (g) =>
        mapCells(g, (c) =>
          typeof c.value === "string" ? { ...c, text: c.text.replace(/ /g, "\u00a0") } : c,
        ),
    ],
  ];
  it.each(transforms)("%s: counts stay the same", (_, transform) => {
    for (const [name, grid, actions, measures] of fixtures()) {
      const r = read(transform(grid));
      expect([name, ...counts(r)]).toEqual([name, actions, measures]);
      expect(r.problems).toEqual([]);
    }
  });

  it("keeps details through the mess", () => {
    const r = read(blankRows(mergeLabels(relabel(elinvoima, (l) => l.toLowerCase()))));
    expect(r.financialGoals).toHaveLength(2);
    expect(r.department).toBe("Elinvoima- ja ympäristötoimiala");
    const shifted = [...measuresOf(r)].find((p) => p.measure.text.startsWith("Mittari 4."))!.measure;
    expect(shifted.baseline?.text).toBe("Tarve tunnistettu");
    expect(shifted.actual?.text).toBe("Käynnistynyt");
    expect(r.focusAreas.find((f) => f.unit === "Joukkoliikenne")).toBeDefined();
  });

  it("reads a near-miss label and remembers it", () => {
    const { grid, row, col } = replaceFirst(konserni, "TOIMENPIDE", "TOIMENPDE");
    const r = read(grid);
    expect(counts(r)).toEqual([4, 8]);
    expect(r.nearMisses).toEqual([
      { cell: { sheet: konserni.sheet, row, col }, written: "TOIMENPDE", readAs: "TOIMENPIDE" },
    ]);
    const g2 = replaceFirst(elinvoima, "PAINOPISTE", "PAINOPSITE").grid;
    expect(read(g2).nearMisses[0]).toMatchObject({ written: "PAINOPSITE", readAs: "PAINOPISTE" });
    expect(counts(read(g2))).toEqual([16, 25]);
  });

  it("reads a measure row shifted left by its alignment with the headers, without 'Mittari N.'", () => {
    // konsernipalvelut row 23: measure text B, values C–D. Shift it one column left.
    const g = mapCells(konserni, (c) => c);
    const row = g.cells[22];
    g.cells[22] = [row[1], row[2], row[3]];
    const r = read(g);
    expect(counts(r)).toEqual([4, 8]);
    const m = [...measuresOf(r)].find((p) => a1(p.measure.cell) === "A23")!.measure;
    expect([m.baseline?.text, m.target?.text]).toEqual(["Ei olemassa", "Valmis ja käytössä"]);
  });
});

describe("readBlock on sheets that make no sense", () => {
  it("reports value rows with no MITTARI and a MITTARI with no TOIMENPIDE", () => {
    const r = read(
      gridOf("X", [
        ["PAINOPISTE", "Kasvava Pori"],
        ["TAVOITE", "Tavoite"],
        ["MITTARI", "Mittari ilman toimenpidettä", "Lähtötaso", "Tavoitetaso"],
        ["", "", "1", "2"],
        ["TEKO", "Teko"],
        ["", "", "5", "7"],
        ["TOIMENPIDE", "Toimenpide"],
      ]),
    );
    expect(r.layout).toBe("block");
    expect(r.problems.map((p) => [p.code, a1(p.cell)])).toEqual([
      ["measure-without-action", "A3"],
      ["orphan-measure-values", "C6"],
    ]);
    const paths = [...actionsOf(r)];
    expect(paths[0].action.implied).toBe(true);
    expect(paths[0].commitment.implied).toBe(true);
    expect(paths[0].action.measures[0]).toMatchObject({ baseline: { text: "1" }, target: { text: "2" } });
  });

  it("makes implied nodes for a missing level", () => {
    const r = read(
      gridOf("X", [
        ["TAVOITE", "Tavoite ilman painopistettä"],
        ["TOIMENPIDE", "Toimenpide ilman tekoa"],
        ["MITTARI", "Mittari", "Lähtötaso", "Tavoitetaso"],
        ["", "", "1", "2"],
      ]),
    );
    const [p] = [...measuresOf(r)];
    expect(p.focusArea).toMatchObject({ implied: true, text: "" });
    expect(p.commitment).toMatchObject({ implied: true, text: "", cell: { row: 2, col: 2 } });
    expect(p.goal.implied).toBeUndefined();
    expect(r.problems).toEqual([]);
  });

  it("does not take report prose for labels", () => {
    const r = read(
      gridOf("X", [
        ["TOIMENPIDE", "Toimenpide"],
        ["MITTARI", "Mittari", "Lähtötaso", "Tavoitetaso"],
        ["", "", "1", "2"],
        ["Selvitys tavoitteen toteutumisesta (T1):"],
        ["Tavoite: saavutettiin osittain."],
        ["Toimenpiteet: kolme tilaisuutta."],
        ["Mittari 1. Kasvoi."],
      ]),
    );
    expect([countActions(r), countMeasures(r)]).toEqual([1, 1]);
    expect([...actionsOf(r)][0].action.reports[0].text.split("\n")).toHaveLength(3);
  });

  // How fast is `npm run bench`'s to measure (a timed assertion fails on a busy machine, not on slow code).
  it("reads a 60,000-row sheet of junk as no goals", () => {
    const words = ["Kasvava", "Pori", "tavoite", "12 000", "Lähtö", "selvitys", "TEKOja", "mittaristo", "x"];
    const rows: string[][] = [];
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 60_000; i++) {
      const row: string[] = [];
      const n = rnd(6);
      for (let c = 0; c < n; c++)
        row[rnd(8)] = Array.from({ length: 1 + rnd(30) }, () => words[rnd(words.length)]).join(" ");
      rows.push(Array.from(row, (t) => t ?? ""));
    }
    rows[100] = ["x".repeat(50_000)];
    const r = read(gridOf("Roska", rows));
    expect(r.layout).toBe("none");
    expect(r.looksLikeGoals).toBe(false);
    expect(r.focusAreas).toEqual([]);
  });
});

/** "TAVOITE | text" → "TAVOITE: text" in one cell. */
function labelsIntoText(grid: Grid): Grid {
  const g = mapCells(grid, (c) => c);
  g.cells = g.cells.map((row) => {
    const label = cellText(row[0]);
    if (!/^(PAINOPISTE|TEEMA|TAVOITE|TEKO|TOIMENPIDE)$/.test(label) || !row[1]) return row;
    const text = `${label}: ${cellText(row[1])}`;
    return [{ value: text, text }, null, ...row.slice(2)];
  });
  return g;
}

describe("readBlock and page footers copied from print", () => {
  it("skips every footer spelling the readers know, so none becomes a unit heading", () => {
    const block = (focus: string, action: string): string[][] => [
      ["PAINOPISTE", focus],
      ["TAVOITE", `${focus}: tavoite`],
      ["TEKO", `${focus}: teko`],
      ["TOIMENPIDE", action],
      ["MITTARI", "Lähtötaso", "Tavoitetaso"],
      ["Matkat", "1", "2"],
    ];
    const footers = ["Sivu 2/5", "s. 3", "Page 4", "5 / 9"];
    const rows: string[][] = [["Joukkoliikenne"], ...block("Kasvava Pori", "Reitit")];
    footers.forEach((footer, i) => rows.push([footer], ...block(`Painopiste ${i}`, `Toimenpide ${i}`)));
    const report = read(gridOf("Liikenne", rows));
    expect(report.focusAreas.map((f) => f.unit)).toEqual(new Array(5).fill("Joukkoliikenne"));
    expect(countActions(report)).toBe(5);
    expect(report.problems).toEqual([]);
  });
});

describe("readBlock and earlier reports kept as reference", () => {
  const T2 = "Selvitys toimenpiteen edistymisestä toisella vuosikolmanneksella (T2):";
  const head: string[][] = [
    ["Talousarvion 2025 toiminnalliset tavoitteet – T2 – Konsernipalvelut"],
    ["PAINOPISTE", "Kasvava Pori"],
    ["TAVOITE", "Ylivertaiset asuinympäristöt"],
    ["TEKO", "Keskustan kehittämisohjelma"],
    ["TOIMENPIDE", "Tehostamme viestintää"],
    ["", "", "Lähtötaso", "Tavoitetaso", "Tila"],
    ["MITTARI", "Suunnitelma laadittu", "Vireillä", "Valmis"],
  ];
  const actionOf = (rows: string[][]) => [...actionsOf(read(gridOf("T2 2025", rows)))][0].action;

  it("never reads an earlier selvitys as this period's, above, below or beside the answer", () => {
    const earlier = "Edellinen selvitys (T1 2025): Luonnos valmis.\nKommentit pyydetty.";
    for (const rows of [
      [...head, [earlier], [T2], ["Suunnitelma hyväksytty."]],
      [...head, [T2], ["Suunnitelma hyväksytty."], [earlier]],
      [...head, [T2], ["Suunnitelma hyväksytty.", "", "", earlier]],
      // Written in lower case after spaces and a line break: still the earlier report.
      [...head, [T2], ["Suunnitelma hyväksytty."], [` \n ${earlier.toLowerCase()}`]],
    ]) {
      const action = actionOf(rows);
      expect(action.reports).toHaveLength(1);
      expect(action.reports[0]).toMatchObject({ period: "T2", text: "Suunnitelma hyväksytty." });
    }
    // A heading with only the earlier report under it is an empty selvitys.
    expect(actionOf([...head, [T2], [earlier]]).reports[0].text).toBe("");
  });

  it("keeps sub-goals and their reports apart from the earlier reports between them", () => {
    const action = actionOf([
      ...head,
      [T2],
      ["Osatavoite 1: Tavoitteet tunnistettu"],
      ["Edellinen raportointi (T1 2025): Työstövaiheessa"],
      ["Raportointi:", "Määrittely valmis"],
      ["Osatavoite 2: Suunnitelma valmis"],
      ["Edellinen raportointi (T1 2025): Ei aloitettu"],
      ["Raportointi:"],
    ]);
    const parts = action.reports[0].parts;
    expect(parts.map((p) => [p.label, p.text, p.report?.text])).toEqual([
      ["Osatavoite 1", "Tavoitteet tunnistettu", "Määrittely valmis"],
      ["Osatavoite 2", "Suunnitelma valmis", ""],
    ]);
    expect(action.reports[0].text).not.toMatch(/Edellinen|Työstövaiheessa|Ei aloitettu/);
  });

  it("reads the word in a person's own sentence as text", () => {
    const action = actionOf([...head, [T2], ["Edellisen selvityksen jälkeen suunnitelma valmistui."]]);
    expect(action.reports[0].text).toBe("Edellisen selvityksen jälkeen suunnitelma valmistui.");
  });
});
