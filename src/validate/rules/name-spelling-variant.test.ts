import { a1 } from "../../model/cellref";
import {
  at,
  block,
  focus,
  goal,
  commitment,
  action,
  measure,
  report,
  run,
} from "../../../test/support/reports";
import { closeSpellings, nameSpellingVariant } from "./name-spelling-variant";

const goalBlock = (g: string, f = "Kasvava Pori", act = "A") =>
  block({ focus: f, goal: g, action: act }, [measure("M")]);

describe("closeSpellings", () => {
  it.each([
    ["kasvava pori", "kasvava porii", true],
    [
      "ylivertaiset asuin ympäristöt ja keskustan kehittäminen",
      "ylivertaiset asuinympäristöt ja keskustan kehittäminen",
      true,
    ],
    ["osaava pori", "kasvava pori", false],
    ["hyvinvoiva pori", "kasvava pori", false],
    ["toiminnallinen tavoite 2018", "toiminnallinen tavoite 2019", false],
    ["viestintä", "viestintä", false],
    ["osaavan työvoiman saatavuus", "osaavan työvoiman saatavuuden turvaaminen", false],
  ])("%s ~ %s: %s", (a, b, expected) => {
    expect(closeSpellings(a, b)).toBe(expected);
  });
});

describe("name-spelling-variant", () => {
  it("is quiet about case-only differences ('OSAAVAN TYÖVOIMAN SAATAVUUS')", () => {
    const r = report({}, [
      goalBlock("Osaavan työvoiman saatavuus", "Osaava Pori"),
      goalBlock("OSAAVAN TYÖVOIMAN SAATAVUUS", "OSAAVA PORI", "B"),
      goalBlock("Osaavan työvoiman saatavuus.", "Osaava Pori", "C"),
    ]);
    expect(run(nameSpellingVariant, r)).toEqual([]);
  });

  it("is quiet about different focus areas and goals", () => {
    const r = report({}, [
      goalBlock("Toimivat yhteydet"),
      goalBlock("Asukasmäärään vaikuttaminen", "Hyvinvoiva Pori"),
    ]);
    expect(run(nameSpellingVariant, r)).toEqual([]);
  });

  it("warns at the rarer spelling of a focus area, naming the usual one", () => {
    const r = report({}, [goalBlock("G1"), goalBlock("G2", "Kasvava Porii"), goalBlock("G3")]);
    const f = run(nameSpellingVariant, r);
    expect(at(f)).toEqual([["name-spelling-variant", a1(r.focusAreas[1].cell)]]);
    expect(f[0].severity).toBe("warning");
    expect(f[0].message).toEqual({
      fi: "Painopiste 'Kasvava Porii' on kirjoitettu toisin kuin muualla työkirjassa: 'Kasvava Pori' (2 kertaa).",
      en: "Focus area 'Kasvava Porii' is spelt differently elsewhere in the workbook: 'Kasvava Pori' (2 times).",
    });
    expect(f[0].suggestion?.fi).toBe("Kirjoita 'Kasvava Pori'.");
  });

  it("on a tie, takes the spelling whose words the workbook uses as the intended one", () => {
    // "Pori" appears in other texts of the workbook; "Porii" nowhere else.
    const r = report({}, [
      goalBlock("Porii mahdollistaa kasvun"),
      goalBlock("Pori mahdollistaa kasvun", "Kasvava Pori", "Pori markkinoi"),
    ]);
    const f = run(nameSpellingVariant, r);
    expect(at(f)).toEqual([["name-spelling-variant", a1(r.focusAreas[0].goals[0].cell)]]);
    expect(f[0].message.fi).toContain("Tavoite 'Porii mahdollistaa kasvun'");
  });

  it("on a tie of counts and words, a typo met first is not taken as the intended spelling", () => {
    // "Vetovoimaimen" and "Vetovoimainen" each once, neither word elsewhere: the typo's letter
    // sequences ("aim", "ime", "men ") are rare in the workbook's text, "-inen" is everywhere.
    const r = report({}, [
      goalBlock("Kulttuuri tavoittaa kaikki", "Vetovoimaimen Pori", "Kirjastojen uudistaminen"),
      goalBlock("Kulttuuri tavoittaa kaikki", "Vetovoimainen Pori", "Kulttuuripolun toteuttaminen"),
    ]);
    const f = run(nameSpellingVariant, r);
    expect(at(f)).toEqual([["name-spelling-variant", a1(r.focusAreas[0].cell)]]);
    expect(f[0].suggestion?.fi).toBe("Kirjoita 'Vetovoimainen Pori'.");
  });

  it("looks across the sheets of the workbook and reports on the sheet being checked", () => {
    const a = report({ sheet: "T2 2025" }, [
      goalBlock("Ylivertaiset asuinympäristöt ja keskustan kehittäminen"),
    ]);
    const b = report({ sheet: "Joukkoliikenne" }, [
      goalBlock("Ylivertaiset asuinympäristöt ja keskustan kehittäminen"),
      goalBlock("Ylivertaiset asuin ympäristöt ja keskustan kehittäminen", "Kasvava Pori", "B"),
    ]);
    expect(run(nameSpellingVariant, a, b)).toEqual([]);
    const f = run(nameSpellingVariant, b, a);
    expect(at(f)).toEqual([["name-spelling-variant", a1(b.focusAreas[1].goals[0].cell)]]);
    expect(f[0].cell.sheet).toBe("Joukkoliikenne");
  });

  it("ignores implied nodes and the commitment level", () => {
    const r = report({}, [
      focus(null, [goal(null, [commitment("Asiakaslähtöiset palvelut", [action("A", [measure("M")])])])]),
      focus("Hyvinvoiva Pori", [
        goal("G", [commitment("Asiakslähtöiset palvelut", [action("B", [measure("M")])])]),
      ]),
    ]);
    expect(run(nameSpellingVariant, r)).toEqual([]);
  });
});
