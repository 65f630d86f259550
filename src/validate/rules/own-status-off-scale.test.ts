import { block, measure, report } from "../../../test/support/reports";
import { ruleTester } from "../../../test/support/rule-tester";
import { ownStatusOffScale, scaleStatus } from "./own-status-off-scale";

describe("scaleStatus", () => {
  it.each([
    ["Toteutunut", "achieved"],
    ["toteutunut.", "achieved"],
    ["  OSITTAIN   toteutunut ", "partial"],
    ["Toteutunut osittain", "partial"],
    ["Ei-toteutunut", "not-achieved"],
    ["Ei\u00a0toteutunut", "not-achieved"],
    ["ei arvioitavissa", "not-assessable"],
    ["Vihreä", null],
    ["Toteutunut ja valmis", null],
    ["Totutunut", null],
  ])("%s → %s", (text, expected) => {
    expect(scaleStatus(text)).toBe(expected);
  });
});

/** A sheet with a Tila column: one measure per status, M1, M2… */
const sheet = (...statuses: (string | null)[]) =>
  report({ ownStatusColumn: "Tila" }, [
    block(
      { action: "A" },
      statuses.map((s, i) => measure(`M${i + 1}`, { ownStatus: s })),
    ),
  ]);

ruleTester(ownStatusOffScale, {
  valid: [
    {
      name: "is quiet for the four labels in any case and spacing, and for no status",
      report: sheet("Toteutunut", "osittain toteutunut", "EI TOTEUTUNUT", "Ei arvioitavissa.", null, ""),
    },
  ],
  invalid: [
    {
      name: "warns at an off-scale status, suggesting the likely label",
      report: sheet("Toteutunut", "Totutunut", "vihreä", "Hyvä"),
      findings: (r) => {
        const ms = r.focusAreas[0].goals[0].commitments[0].actions[0].measures;
        return [
          {
            cell: ms[1].ownStatus!.cell,
            message: { fi: "Mittarin 'M2' oma arvio 'Totutunut' ei ole kaupungin asteikolla." },
            suggestion: { fi: "Tarkoititko 'Toteutunut'?" },
          },
          { cell: ms[2].ownStatus!.cell, suggestion: { fi: "Tarkoititko 'Toteutunut'?" } },
          {
            cell: ms[3].ownStatus!.cell,
            suggestion: {
              fi: "Käytä jotakin näistä: Toteutunut / Osittain toteutunut / Ei toteutunut / Ei arvioitavissa.",
            },
          },
        ];
      },
    },
  ],
});
