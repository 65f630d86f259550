import { block, focus, goal, commitment, action, measure, report } from "../../../test/support/reports";
import { ruleTester } from "../../../test/support/rule-tester";
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

/** Two sheets of one workbook: the second writes a goal of the first with a space too many. */
const sheetA = report({ sheet: "T2 2025" }, [
  goalBlock("Ylivertaiset asuinympäristöt ja keskustan kehittäminen"),
]);
const sheetB = report({ sheet: "Joukkoliikenne" }, [
  goalBlock("Ylivertaiset asuinympäristöt ja keskustan kehittäminen"),
  goalBlock("Ylivertaiset asuin ympäristöt ja keskustan kehittäminen", "Kasvava Pori", "B"),
]);

/** A goal of 53 letters, and the same goal with `n` letters (1, 11, 21, …) written otherwise. */
const LONG_GOAL = "Kaupunkikeskustan elinvoima ja vetovoima kasvavat nyt";
const misspelt = (n: number) =>
  [...LONG_GOAL].map((c, i) => (i % 10 === 1 && i < 10 * n ? "qxzwfv"[Math.floor(i / 10)] : c)).join("");

ruleTester(nameSpellingVariant, {
  valid: [
    {
      // 53 letters allow five edits: six are another goal (however many others the workbook has).
      name: "is quiet about a long goal six letters away from another",
      report: report({}, [
        goalBlock(LONG_GOAL),
        goalBlock(LONG_GOAL, "Kasvava Pori", "B"),
        goalBlock(misspelt(6), "Kasvava Pori", "C"),
        ...Array.from({ length: 30 }, (_, i) =>
          goalBlock(`Muu tavoite numero ${i}`, "Kasvava Pori", `D${i}`),
        ),
      ]),
    },
    {
      name: "is quiet about goals that differ in their numbers",
      report: report({}, [
        goalBlock("Tavoite 2025 kasvava pori"),
        goalBlock("Tavoite 2026 kasvava porii", "Kasvava Pori", "B"),
      ]),
    },
    {
      name: "is quiet about case-only differences ('OSAAVAN TYÖVOIMAN SAATAVUUS')",
      report: report({}, [
        goalBlock("Osaavan työvoiman saatavuus", "Osaava Pori"),
        goalBlock("OSAAVAN TYÖVOIMAN SAATAVUUS", "OSAAVA PORI", "B"),
        goalBlock("Osaavan työvoiman saatavuus.", "Osaava Pori", "C"),
      ]),
    },
    {
      name: "is quiet about different focus areas and goals",
      report: report({}, [
        goalBlock("Toimivat yhteydet"),
        goalBlock("Asukasmäärään vaikuttaminen", "Hyvinvoiva Pori"),
      ]),
    },
    {
      name: "looks across the sheets of the workbook: quiet on the sheet with the usual spelling",
      report: sheetA,
      others: [sheetB],
    },
    {
      name: "ignores implied nodes and the commitment level",
      report: report({}, [
        focus(null, [goal(null, [commitment("Asiakaslähtöiset palvelut", [action("A", [measure("M")])])])]),
        focus("Hyvinvoiva Pori", [
          goal("G", [commitment("Asiakslähtöiset palvelut", [action("B", [measure("M")])])]),
        ]),
      ]),
    },
  ],
  invalid: [
    {
      name: "warns at the rarer spelling of a focus area, naming the usual one",
      report: report({}, [goalBlock("G1"), goalBlock("G2", "Kasvava Porii"), goalBlock("G3")]),
      findings: (r) => [
        {
          cell: r.focusAreas[1].cell,
          message: {
            fi: "Painopiste 'Kasvava Porii' on kirjoitettu toisin kuin muualla työkirjassa: 'Kasvava Pori' (2 kertaa).",
            en: "Focus area 'Kasvava Porii' is spelt differently elsewhere in the workbook: 'Kasvava Pori' (2 times).",
          },
          suggestion: { fi: "Kirjoita 'Kasvava Pori'." },
        },
      ],
    },
    {
      // "Pori" appears in other texts of the workbook; "Porii" nowhere else.
      name: "on a tie, takes the spelling whose words the workbook uses as the intended one",
      report: report({}, [
        goalBlock("Porii mahdollistaa kasvun"),
        goalBlock("Pori mahdollistaa kasvun", "Kasvava Pori", "Pori markkinoi"),
      ]),
      findings: (r) => [
        {
          cell: r.focusAreas[0].goals[0].cell,
          message: {
            fi: "Tavoite 'Porii mahdollistaa kasvun' on kirjoitettu toisin kuin muualla työkirjassa: 'Pori mahdollistaa kasvun' (kerran).",
          },
        },
      ],
    },
    {
      // "Vetovoimaimen" and "Vetovoimainen" each once, neither word elsewhere: the typo's letter
      // sequences ("aim", "ime", "men ") are rare in the workbook's text, "-inen" is everywhere.
      name: "on a tie of counts and words, a typo met first is not taken as the intended spelling",
      report: report({}, [
        goalBlock("Kulttuuri tavoittaa kaikki", "Vetovoimaimen Pori", "Kirjastojen uudistaminen"),
        goalBlock("Kulttuuri tavoittaa kaikki", "Vetovoimainen Pori", "Kulttuuripolun toteuttaminen"),
      ]),
      findings: (r) => [{ cell: r.focusAreas[0].cell, suggestion: { fi: "Kirjoita 'Vetovoimainen Pori'." } }],
    },
    {
      name: "looks across the sheets of the workbook and reports on the sheet being checked",
      report: sheetB,
      others: [sheetA],
      // The cell with its sheet: "Joukkoliikenne".
      findings: (r) => [{ cell: r.focusAreas[1].goals[0].cell }],
    },
    {
      // Five letters replaced: as far apart as 53 letters allow, and found among many other goals.
      name: "warns at a long goal five letters away from the usual spelling",
      report: report({}, [
        ...Array.from({ length: 30 }, (_, i) =>
          goalBlock(`Muu tavoite numero ${i}`, "Kasvava Pori", `D${i}`),
        ),
        goalBlock(LONG_GOAL),
        goalBlock(misspelt(5), "Kasvava Pori", "C"),
        goalBlock(LONG_GOAL, "Kasvava Pori", "B"),
      ]),
      findings: (r) => [{ cell: r.focusAreas[31].goals[0].cell }],
    },
  ],
});
