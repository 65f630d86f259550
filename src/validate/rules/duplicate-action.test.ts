import { action, block, commitment, focus, goal, measure, report } from "../../../test/support/reports";
import { ruleTester } from "../../../test/support/rule-tester";
import { duplicateAction } from "./duplicate-action";

const actions = (r: ReturnType<typeof report>) =>
  r.focusAreas.flatMap((f) => f.goals.flatMap((g) => g.commitments.flatMap((c) => c.actions)));

/** The same goal, commitment and action written again further down, the goal in capitals the first time. */
function copiedBlock() {
  const copy = () =>
    block(
      {
        goal: "OSAAVAN TYÖVOIMAN SAATAVUUS",
        commitment: "TE24-uudistus",
        action: "Palvelumallin valmistelu",
      },
      [measure("M")],
    );
  const r = report({}, [copy(), block({ action: "Muu" }, [measure("M")]), copy()]);
  r.focusAreas[2].goals[0].text = "Osaavan työvoiman saatavuus";
  return r;
}

ruleTester(duplicateAction, {
  valid: [
    {
      name: "is quiet for different actions, and for one action under two different commitments",
      report: report({}, [
        focus("Kasvava Pori", [
          goal("Pori mahdollistaa yritystoiminnan kasvun", [
            commitment("Tarjoamme nopeat luvat", [action("Lupaprosessien sujuvoittaminen", [measure("M")])]),
            commitment("Huomioimme vaikutukset", [action("Lupaprosessien sujuvoittaminen", [measure("M")])]),
          ]),
        ]),
        block({ action: "Yritysvaikutusten arviointi" }, [measure("M")]),
      ]),
    },
  ],
  invalid: [
    {
      name: "warns at the second of two same actions in one commitment",
      report: report({}, [
        focus("K", [
          goal("G", [
            commitment("C", [
              action("Nuorisotakuu", [measure("M")]),
              action("nuorisotakuu.", [measure("N")]),
            ]),
          ]),
        ]),
      ]),
      findings: (r) => {
        const [first, second] = actions(r);
        return [
          {
            cell: second.cell,
            message: {
              fi: `Toimenpide 'nuorisotakuu.' on kahdesti saman teon 'C' alla (ensimmäinen rivillä ${first.cell.row}).`,
            },
          },
        ];
      },
    },
    {
      name: "finds a copied block: the same goal, commitment and action written again further down",
      report: copiedBlock(),
      findings: (r) => [{ cell: actions(r)[2].cell }],
    },
  ],
});
