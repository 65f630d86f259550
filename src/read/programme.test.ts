import { a1 } from "../model/cellref";
import type { Grid } from "../model/grid";
import {
  actionsOf,
  countActions,
  countMeasures,
  PROGRAMME_FIELDS,
  type Report,
  type TextAt,
} from "../model/report";
import { looksLikeProgramme, matchField, readLongTermGoalList, readProgramme } from "./programme";
import { SheetView } from "./sheet";
import { loadFixture } from "../../test/support/load";
import { gridOf } from "../../test/support/mess";

const view = (grid: Grid) => new SheetView(grid);

describe("the programme fixture", () => {
  let programmeSheet: Grid;
  let listSheet: Grid;
  let list: TextAt[];
  let report: Report;
  beforeAll(async () => {
    const wb = await loadFixture("konsernihallinto-palveluohjelma-2018");
    [programmeSheet, listSheet] = wb.sheets;
    list = readLongTermGoalList(view(listSheet)) as TextAt[];
    report = readProgramme(view(programmeSheet), list);
  });

  it("tells the programme sheet from the list sheet", () => {
    expect(looksLikeProgramme(view(programmeSheet))).toBe(true);
    expect(looksLikeProgramme(view(listSheet))).toBe(false);
    expect(readLongTermGoalList(view(programmeSheet))).toBeNull();
  });

  it("reads the 19 long-term goals of the list sheet, one per row, without the heading", () => {
    expect(list).toHaveLength(19);
    expect(list[0]).toEqual({
      text: "Työpaikkojen ja verotulojen kasvu",
      cell: { sheet: "Pitkän aikavälin tavoitteet", row: 2, col: 1 },
    });
    expect(a1(list[18].cell)).toBe("A20");
    expect(list.some((g) => /2\.1\./.test(g.text))).toBe(false);
  });

  it("reads 12 actions and 12 measures, the department and the year", () => {
    expect([report.layout, countActions(report), countMeasures(report)]).toEqual(["programme", 12, 12]);
    expect(report.department).toBe("Konsernihallinnon toimiala");
    expect(report.year).toBe(2018);
    expect(report.programme?.year).toBe(2018);
    expect(report.title?.text).toBe("KONSERNIHALLINNON TOIMIALAN PALVELUOHJELMA");
    expect(report.period).toBeNull();
    expect(report.nearMisses).toEqual([]);
    expect(report.problems).toEqual([]);
    expect(report.looksLikeGoals).toBe(true);
  });

  it("keeps 12 items with all five fields and their numbers", () => {
    const items = report.programme!.items;
    expect(items.map((i) => i.number)).toEqual(Array.from({ length: 12 }, (_, k) => `${k + 1}.`));
    for (const item of items) for (const field of PROGRAMME_FIELDS) expect(item.fields[field]).not.toBeNull();
    expect(items.map((i) => a1(i.cell)).slice(0, 3)).toEqual(["A4", "A11", "A18"]);
    expect(items[0].fields).toMatchObject({
      longTermGoal: { text: "Työpaikkojen ja verotulojen kasvu.", cell: { row: 5, col: 2 } },
      operationalGoal: { cell: { row: 6, col: 2 } },
      action: {
        text: "Yritysten kasvutarpeiden tunnistaminen ja niihin vastaaminen.",
        cell: { row: 7, col: 2 },
      },
      measure: { text: "Kumppaniverkoston yhteinen palveluehdotus.", cell: { row: 8, col: 2 } },
      responsible: { text: "Jouko Hautamäki", cell: { row: 9, col: 2 } },
    });
    expect(report.programme!.longTermGoals).toEqual(list);
    expect(report.programme!.promises).toEqual([]);
  });

  it("makes one focus area per long-term goal and one goal per operational goal", () => {
    expect(report.focusAreas.map((f) => [f.kind, f.text.slice(0, 30), f.goals.length])).toEqual([
      ["pitkan-aikavalin-tavoite", "Työpaikkojen ja verotulojen ka", 2],
      ["pitkan-aikavalin-tavoite", "Nuorisotakuun toteutuminen.", 1],
      ["pitkan-aikavalin-tavoite", "Pitkäaikaistyöttömyyden vähene", 1],
      ["pitkan-aikavalin-tavoite", "Porin maine, näkyvyys ja valta", 3],
      ["pitkan-aikavalin-tavoite", "Porin tehokas liikenneinfrahan", 1],
      ["pitkan-aikavalin-tavoite", "Porin maankäytölliset suunnite", 1],
      ["pitkan-aikavalin-tavoite", "Pori on tunnettu hyvästä, insp", 1],
      ["pitkan-aikavalin-tavoite", "Kaupunki on luonteva kumppani ", 1],
    ]);
    const [growth] = report.focusAreas;
    expect(a1(growth.cell)).toBe("B5");
    expect(a1(growth.labelCell!)).toBe("A5");
    // Blocks 2 and 3 share "Yritysten toimintaympäristön kehittäminen.": one goal, two actions.
    expect(growth.goals[1].commitments).toHaveLength(1);
    expect(growth.goals[1].commitments[0]).toMatchObject({ text: "", implied: true });
    expect(growth.goals[1].commitments[0].actions.map((a) => a.number)).toEqual(["2.", "3."]);
  });

  it("gives actions their number and responsible person, measures their responsible person", () => {
    const paths = [...actionsOf(report)];
    expect(paths.map((p) => p.action.number)).toEqual(Array.from({ length: 12 }, (_, k) => `${k + 1}.`));
    const eighth = paths.find((p) => p.action.number === "8.")!.action;
    expect(eighth).toMatchObject({
      text: "Tekoäly-ohjelma.",
      cell: { row: 56, col: 2 },
      labelCell: { row: 56, col: 1 },
      responsible: { text: "Jouko Hautamäki, Heikki Haaparanta", cell: { row: 58, col: 2 } },
    });
    expect(eighth.measures).toEqual([
      {
        text: "Tekoäly-ohjelma laadittu yhdessä UCPorin, SAMK:n ja Prizztech Oy:n kanssa.",
        cell: { sheet: "Toiminnalliset tavoitteet", row: 57, col: 2 },
        index: 1,
        baseline: null,
        target: null,
        actual: null,
        ownStatus: null,
        responsible: {
          text: "Jouko Hautamäki, Heikki Haaparanta",
          cell: { sheet: "Toiminnalliset tavoitteet", row: 58, col: 2 },
        },
      },
    ]);
  });
});

describe("block and table fixtures are not programmes", () => {
  it.each([
    "elinvoima-ja-ymparisto-2023-vuosi",
    "kasvu-ja-tyollisyys-2026-T1",
    "konsernipalvelut-2025-T2",
    "kasvu-ja-tyollisyys-2026-taulukko",
  ])("%s", async (name) => {
    const wb = await loadFixture(name);
    for (const sheet of wb.sheets) {
      expect(looksLikeProgramme(view(sheet))).toBe(false);
      expect(readLongTermGoalList(view(sheet))).toBeNull();
    }
  });

  it("nor is junk", () => {
    const junk = gridOf(
      "Roska",
      Array.from({ length: 60_000 }, (_, i) => [
        i % 5 ? `rivi ${i}` : "Toimenpide",
        i % 7 ? "" : "Mittari",
        String(i),
      ]),
    );
    expect(looksLikeProgramme(view(junk))).toBe(false);
    expect(readLongTermGoalList(view(junk))).toBeNull();
  });
});

describe("programme labels as people write them", () => {
  it.each([
    ["Pitkän aikavälin tavoite", "longTermGoal", false, null, ""],
    ["PITKÄN AIKAVÄLIN TAVOITE:", "longTermGoal", false, null, ""],
    ["toiminnallinen tavoite 2018", "operationalGoal", false, 2018, ""],
    ["Toiminnallinen tavoite vuodelle 2019:", "operationalGoal", false, 2019, ""],
    ["Toimenpide: Tekoäly-ohjelma.", "action", false, null, "Tekoäly-ohjelma."],
    ["Mittari : Yhteinen suunnitelma", "measure", false, null, "Yhteinen suunnitelma"],
    ["Vastuhenkilö", "responsible", true, null, ""],
    ["Vastuuhenkilö:\u00a0Lauri Kilkku", "responsible", false, null, "Lauri Kilkku"],
    ["Palvelulupaus", "promise", false, null, ""],
    ["Toimenpde", "action", true, null, ""],
  ])("%s", (written, kind, nearMiss, year, rest) => {
    expect(matchField(written)).toMatchObject({ kind, nearMiss, year, rest });
  });

  it.each(["Työpaikkojen ja verotulojen kasvu.", "Jouko Hautamäki", "1.", "Tilannekuva"])(
    "%s is not a label",
    (t) => {
      expect(matchField(t)).toBeNull();
    },
  );
});

describe("a messy programme", () => {
  // Labels shifted to column B with lower case and colons, "Label: text" in one cell, a numbered
  // label, fields in another order, a missing Mittari, a near-miss "Vastuhenkilö", a text continued
  // on the next row, an embedded list of long-term goals, a promises section with a department row.
  const grid = gridOf("Palveluohjelma", [
    ["", "Sivistystoimialan palveluohjelma 2019"],
    [],
    ["", "2.1. Pitkän aikavälin tavoitteet"],
    ["", "Mitä pitää saada aikaan pitkällä aikavälillä:"],
    ["", "- Osaava Pori"],
    ["", "- Hyvinvoiva Pori"],
    [],
    ["", "2.2. Toiminnalliset tavoitteet"],
    ["", "1."],
    ["", "pitkän aikavälin tavoite:", "Osaava Pori"],
    ["", "Toiminnallinen tavoite 2019", "Lukutaito paranee."],
    ["", "TOIMENPIDE", "Lukudiplomi kaikille"],
    ["", "", "neljäsluokkalaisille."],
    ["", "Vastuhenkilö", "Maija Meikäläinen"],
    [],
    ["", "2. Pitkän aikavälin tavoite", "Osaava Pori"],
    ["", "Toimenpide: Kirjastoauto kouluille."],
    ["", "Toiminnallinen tavoite 2019:", "Lukutaito paranee."],
    ["", "Mittari:", "Käyntien määrä."],
    ["", "Mittari", "Lainojen määrä."],
    ["", "Vastuuhenkilö", "Matti Virtanen"],
    ["", "3.", "Pitkän aikavälin tavoite", "Hyvinvoiva Pori"],
    ["", "Toiminnallinen tavoite 2019", "Liikunta lisääntyy."],
    ["", "Toimenpide", "Uimakoulut"],
    ["", "Mittari", ""],
    ["", "Vastuuhenkilö", "Liisa Laine"],
    ["", "Budjetti", "12 000 €"],
    [],
    ["", "3. Palvelulupaukset"],
    ["", "Sivistystoimiala"],
    ["", "Palvelulupaus", "Vastaamme viestiin päivässä."],
    ["", "Vastuuhenkilö", "Maija Meikäläinen"],
    ["", "Palvelulupaus: Kirjasto on auki iltaisin."],
    ["", "Vastuuhenkilö:", "Matti Virtanen"],
  ]);
  const given: TextAt[] = [{ text: "Osaava Pori", cell: { sheet: "Tavoitteet", row: 2, col: 1 } }];
  const report = readProgramme(view(grid), given);
  const items = report.programme!.items;

  it("looks like a programme", () => {
    expect(looksLikeProgramme(view(grid))).toBe(true);
  });

  it("reads the three blocks with numbers in any of their forms", () => {
    expect(items.map((i) => [i.number, a1(i.cell)])).toEqual([
      ["1.", "B9"],
      ["2.", "B16"],
      ["3.", "B22"],
    ]);
    expect(items[0].fields.action?.text).toBe("Lukudiplomi kaikille neljäsluokkalaisille.");
    expect(items[1].fields.action).toEqual({
      text: "Kirjastoauto kouluille.",
      cell: { sheet: "Palveluohjelma", row: 17, col: 2 },
    });
    expect(items[1].fields.operationalGoal?.text).toBe("Lukutaito paranee.");
    expect(items[2].fields.longTermGoal).toEqual({
      text: "Hyvinvoiva Pori",
      cell: { sheet: "Palveluohjelma", row: 22, col: 4 },
    });
  });

  it("records a missing field as null and an action without a measure", () => {
    expect(items[0].fields.measure).toBeNull();
    expect(items[2].fields.measure).toBeNull();
    const actions = [...actionsOf(report)].map((p) => [
      p.action.number,
      p.action.text,
      p.action.measures.length,
    ]);
    expect(actions).toEqual([
      ["1.", "Lukudiplomi kaikille neljäsluokkalaisille.", 0],
      ["2.", "Kirjastoauto kouluille.", 2],
      ["3.", "Uimakoulut", 0],
    ]);
  });

  it("reads a second Mittari of a block as a second measure", () => {
    const second = [...actionsOf(report)][1].action;
    expect(second.measures.map((m) => [m.index, m.text, m.responsible?.text])).toEqual([
      [1, "Käyntien määrä.", "Matti Virtanen"],
      [2, "Lainojen määrä.", "Matti Virtanen"],
    ]);
  });

  it("joins blocks with the same long-term and operational goal", () => {
    expect(
      report.focusAreas.map((f) => [f.text, f.goals.map((g) => [g.text, g.commitments[0].actions.length])]),
    ).toEqual([
      ["Osaava Pori", [["Lukutaito paranee.", 2]]],
      ["Hyvinvoiva Pori", [["Liikunta lisääntyy.", 1]]],
    ]);
  });

  it("remembers the near-miss label and the unknown one", () => {
    expect(report.nearMisses).toEqual([
      {
        cell: { sheet: "Palveluohjelma", row: 14, col: 2 },
        written: "Vastuhenkilö",
        readAs: "Vastuuhenkilö",
      },
    ]);
    expect(items[0].fields.responsible?.text).toBe("Maija Meikäläinen");
    expect(report.problems.map((p) => [p.code, a1(p.cell)])).toEqual([["unrecognised-label", "B27"]]);
  });

  it("reads the promises with their responsible persons", () => {
    expect(report.programme!.promises).toEqual([
      {
        text: "Vastaamme viestiin päivässä.",
        cell: { sheet: "Palveluohjelma", row: 31, col: 3 },
        responsible: { text: "Maija Meikäläinen", cell: { sheet: "Palveluohjelma", row: 32, col: 3 } },
      },
      {
        text: "Kirjasto on auki iltaisin.",
        cell: { sheet: "Palveluohjelma", row: 33, col: 2 },
        responsible: { text: "Matti Virtanen", cell: { sheet: "Palveluohjelma", row: 34, col: 3 } },
      },
    ]);
    expect(countActions(report)).toBe(3);
  });

  it("adds the embedded list of long-term goals to the ones given, without repeats", () => {
    expect(report.programme!.longTermGoals.map((g) => [g.text, a1(g.cell)])).toEqual([
      ["Osaava Pori", "A2"],
      ["Hyvinvoiva Pori", "B6"],
    ]);
  });

  it("takes department and year from the title", () => {
    expect([report.department, report.year, report.programme!.year]).toEqual([
      "Sivistystoimiala",
      2019,
      2019,
    ]);
  });
});

describe("programmes without numbers and without a title", () => {
  it("starts a new block where a field repeats, and falls back to the sheet name", () => {
    const grid = gridOf("Tekninen toimiala", [
      ["Pitkän aikavälin tavoite", "Toimiva infra"],
      ["Toiminnallinen tavoite 2020", "Kadut kunnossa"],
      ["Toimenpide", "Päällystys"],
      ["Mittari", "Päällystetyt km"],
      ["Vastuuhenkilö", "A. Insinööri"],
      ["Toiminnallinen tavoite 2020", "Valaistus uusittu"],
      ["Pitkän aikavälin tavoite", "Toimiva infra"],
      ["Mittari", "Uusitut valaisimet"],
      ["Toimenpide", "LED-valaisimet"],
    ]);
    const report = readProgramme(view(grid), []);
    expect(
      report.programme!.items.map((i) => [i.number, a1(i.cell), i.fields.responsible?.text ?? null]),
    ).toEqual([
      [null, "A1", "A. Insinööri"],
      [null, "A6", null],
    ]);
    expect(report.focusAreas).toHaveLength(1);
    expect(report.focusAreas[0].goals.map((g) => g.text)).toEqual(["Kadut kunnossa", "Valaistus uusittu"]);
    expect(report.department).toBe("Tekninen toimiala");
    expect(report.year).toBe(2020);
    expect(report.title).toBeNull();
  });

  it("a block without an action gets an implied action holding its measure", () => {
    const grid = gridOf("Ohjelma", [
      ["1."],
      ["Pitkän aikavälin tavoite", "Toimiva infra"],
      ["Toiminnallinen tavoite 2020", "Kadut kunnossa"],
      ["Mittari", "Päällystetyt km"],
      ["2."],
      [],
      ["3."],
      ["Toimenpide", "Aurausreitit"],
    ]);
    const report = readProgramme(view(grid), []);
    const [first, third] = [...actionsOf(report)];
    expect(first.action).toMatchObject({ text: "", implied: true, number: "1." });
    expect(first.action.measures.map((m) => m.text)).toEqual(["Päällystetyt km"]);
    expect(third.focusArea).toMatchObject({ text: "", implied: true });
    expect(third.action).toMatchObject({ text: "Aurausreitit", number: "3." });
    expect(report.problems.map((p) => [p.code, a1(p.cell)])).toEqual([["programme-empty-block", "A5"]]);
  });

  it("a sheet of promises alone is a programme with no actions", () => {
    const grid = gridOf("Palvelulupaukset", [
      ["Palvelulupaukset"],
      ["Palvelulupaus", "Vastaamme päivässä."],
      ["Vastuuhenkilö", "Lauri Kilkku"],
    ]);
    expect(looksLikeProgramme(view(grid))).toBe(true);
    const report = readProgramme(view(grid), []);
    expect(countActions(report)).toBe(0);
    expect(report.programme!.promises.map((p) => [p.text, p.responsible?.text])).toEqual([
      ["Vastaamme päivässä.", "Lauri Kilkku"],
    ]);
  });
});

describe("long-term goal lists", () => {
  it("reads a list by the sheet's name, without a heading, with bullets and numbers", () => {
    const grid = gridOf("Pitkän aikavälin tavoitteet", [
      ["Mitä pitää saada aikaan pitkällä aikavälillä:"],
      ["- Työpaikkojen kasvu"],
      [],
      ["1.", "Turvallinen Pori"],
      ["• Avoin päätöksenteko"],
    ]);
    expect(readLongTermGoalList(view(grid))?.map((g) => [g.text, a1(g.cell)])).toEqual([
      ["Työpaikkojen kasvu", "A2"],
      ["Turvallinen Pori", "B4"],
      ["Avoin päätöksenteko", "A5"],
    ]);
  });

  it("stops at the next section", () => {
    const grid = gridOf("Tavoitteet", [
      ["PITKÄN AIKAVÄLIN TAVOITTEET"],
      ["Työpaikkojen kasvu"],
      ["2.2. Toiminnalliset tavoitteet"],
      ["Tämä ei ole tavoite"],
    ]);
    expect(readLongTermGoalList(view(grid))?.map((g) => g.text)).toEqual(["Työpaikkojen kasvu"]);
  });

  it("is null for a sheet that is not such a list", () => {
    expect(
      readLongTermGoalList(view(gridOf("Muistiinpanot", [["Soita Jaanalle"], ["Budjetti"]]))),
    ).toBeNull();
    expect(readLongTermGoalList(view(gridOf("Pitkän aikavälin tavoitteet", [])))).toBeNull();
  });
});

describe("a long-term goal list as a small table", () => {
  it("reads the goals under a 'Nro | Pitkän aikavälin tavoite' header", () => {
    const grid = gridOf("Liite 1", [
      ["Nro", "Pitkän aikavälin tavoite"],
      ["1", "Työpaikkojen kasvu"],
      ["2", "Turvallinen Pori"],
    ]);
    expect(readLongTermGoalList(view(grid))?.map((g) => [g.text, a1(g.cell)])).toEqual([
      ["Työpaikkojen kasvu", "B2"],
      ["Turvallinen Pori", "B3"],
    ]);
  });

  it("a lone field row is not a list heading", () => {
    const grid = gridOf("Muu", [["Pitkän aikavälin tavoite", "Työpaikkojen kasvu"], ["Jotain muuta"]]);
    expect(readLongTermGoalList(view(grid))).toBeNull();
  });
});

describe("text continued on the next rows", () => {
  it("joins lines in the text column until a blank row or the next label", () => {
    const grid = gridOf("Jatkorivit", [
      ["1."],
      ["Pitkän aikavälin tavoite", "Toimiva"],
      ["", "infra"],
      ["Toimenpide", "Päällystys"],
      ["Mittari", "Päällystetyt"],
      ["", "kilometrit"],
      [],
      ["", "Huom. luonnos"],
      ["Vastuuhenkilö", "A. Insinööri"],
    ]);
    const [item] = readProgramme(view(grid), []).programme!.items;
    expect([
      item.fields.longTermGoal?.text,
      item.fields.measure?.text,
      item.fields.responsible?.text,
    ]).toEqual(["Toimiva infra", "Päällystetyt kilometrit", "A. Insinööri"]);
    expect(item.fields.longTermGoal?.cell).toEqual({ sheet: "Jatkorivit", row: 2, col: 2 });
  });
});
