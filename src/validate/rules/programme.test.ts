/** The older programme layout: five fields per numbered item, long-term goals from the workbook's list. */
import { cellRef } from "../../model/cellref";
import type { ProgrammeField, ProgrammeInfo, ProgrammeItem, TextAt } from "../../model/report";
import { at, report, run } from "../../../test/support/reports";
import { programmeMissingField } from "./programme-missing-field";
import { programmeUnknownLongTermGoal } from "./programme-unknown-long-term-goal";

const SHEET = "Toiminnalliset tavoitteet";
const LIST = "Pitkän aikavälin tavoitteet";

function item(n: number, longTermGoal: string | null, missing: ProgrammeField[] = []): ProgrammeItem {
  const top = 4 + (n - 1) * 7;
  const texts: Record<ProgrammeField, string | null> = {
    longTermGoal,
    operationalGoal: "Yritysten toimintaympäristön kehittäminen.",
    action: "Osaavan työvoiman varmistaminen.",
    measure: "Insinööripula on helpottanut.",
    responsible: "Pasi Pitkänen",
  };
  const fields = {} as Record<ProgrammeField, TextAt | null>;
  (Object.keys(texts) as ProgrammeField[]).forEach((f, i) => {
    const t = texts[f];
    fields[f] = missing.includes(f) || t === null ? null : { text: t, cell: cellRef(SHEET, top + 1 + i, 2) };
  });
  return { number: `${n}.`, cell: cellRef(SHEET, top, 1), fields };
}

const list = (...goals: string[]): TextAt[] =>
  goals.map((g, i) => ({ text: g, cell: cellRef(LIST, i + 2, 1) }));

function programme(items: ProgrammeItem[], longTermGoals: TextAt[]): ReturnType<typeof report> {
  const info: ProgrammeInfo = { items, longTermGoals, promises: [], year: 2018 };
  return report({ sheet: SHEET, layout: "programme", period: null, programme: info }, []);
}

describe("programme-missing-field", () => {
  it("is quiet when every item has its five fields", () => {
    expect(
      run(
        programmeMissingField,
        programme(
          [item(1, "Työpaikkojen ja verotulojen kasvu."), item(2, "Nuorisotakuun toteutuminen.")],
          [],
        ),
      ),
    ).toEqual([]);
  });

  it("is an error at the item for each missing field", () => {
    const r = programme(
      [
        item(1, "Työpaikkojen ja verotulojen kasvu."),
        item(2, "Nuorisotakuun toteutuminen.", ["measure", "responsible"]),
      ],
      [],
    );
    const f = run(programmeMissingField, r);
    expect(at(f)).toEqual([
      ["programme-missing-field", "A11"],
      ["programme-missing-field", "A11"],
    ]);
    expect(f[0].severity).toBe("error");
    expect(f.map((x) => x.message.fi)).toEqual([
      "Ohjelman kohdasta 2. puuttuu 'Mittari'.",
      "Ohjelman kohdasta 2. puuttuu 'Vastuuhenkilö'.",
    ]);
    expect(f[1].message.en).toBe("Programme item 2. has no 'Vastuuhenkilö' (responsible person).");
  });

  it("counts a blank field as missing", () => {
    const it2 = item(1, "   ");
    expect(at(run(programmeMissingField, programme([it2], [])))).toEqual([["programme-missing-field", "A4"]]);
  });
});

describe("programme-unknown-long-term-goal", () => {
  const goals = list(
    "Työpaikkojen ja verotulojen kasvu",
    "Pitkäaikaistyöttömyyden väheneminen",
    "Nuorisotakuun toteutuminen",
  );

  it("is quiet when each goal is on the list, ignoring case, spaces and the trailing full stop", () => {
    const r = programme(
      [item(1, "Työpaikkojen ja verotulojen kasvu."), item(2, "NUORISOTAKUUN  toteutuminen")],
      goals,
    );
    expect(run(programmeUnknownLongTermGoal, r)).toEqual([]);
  });

  it("stays quiet when the workbook has no list", () => {
    expect(run(programmeUnknownLongTermGoal, programme([item(1, "Mikä tahansa tavoite.")], []))).toEqual([]);
  });

  it("warns at a goal not on the list, suggesting the closest listed one", () => {
    const r = programme(
      [item(1, "Työpaikkojen ja verotulojen kasvu."), item(2, "Pitkäaikaistyöttömyyden vähentäminen.")],
      goals,
    );
    const f = run(programmeUnknownLongTermGoal, r);
    expect(at(f)).toEqual([["programme-unknown-long-term-goal", "B12"]]);
    expect(f[0].severity).toBe("warning");
    expect(f[0].message.fi).toBe(
      "Pitkän aikavälin tavoite 'Pitkäaikaistyöttömyyden vähentäminen.' ei ole työkirjan pitkän aikavälin tavoitteiden listalla.",
    );
    expect(f[0].suggestion?.fi).toBe("Tarkoititko 'Pitkäaikaistyöttömyyden väheneminen'?");
  });

  it("takes the list from another sheet of the workbook", () => {
    const listSheet = programme([], goals);
    const r = programme([item(1, "Turvallinen Pori.")], []);
    const f = run(programmeUnknownLongTermGoal, r, listSheet);
    expect(at(f)).toEqual([["programme-unknown-long-term-goal", "B5"]]);
    expect(f[0].suggestion?.fi).toBe("Kirjoita tavoite täsmälleen kuten listalla tai lisää se listalle.");
  });
});
