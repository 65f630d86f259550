import { block, measure, report } from "../../../test/support/reports";
import { ruleTester } from "../../../test/support/rule-tester";
import { assessableTarget, targetNotAssessable } from "./target-not-assessable";

describe("assessableTarget", () => {
  it.each([
    // Quantities, as the seeds write them.
    "30 pv",
    "119 000 (+5 %)",
    "> 0",
    "2-3",
    "Kasvu 228 000 yöpymisvrk:n",
    "Kehitetään yhteistyötä edelleen. Asiakastyytyväisyys: NPS>0",
    // States and directions.
    "Mittaristo valmis.",
    "Valmis ja käytössä",
    "Suunnitelma on hyväksytty",
    "Tuleva alue ja malli sovittu",
    "Sähköistettävät palvelut selvitetty",
    "Lainmukainen arkistointitapa varmistettu",
    "Määrän kasvu",
    "Vähintään sama",
    "Positiivinen NPS",
    "Toteutunut",
    "Käytössä H1/2023",
    "Prosessi on tarkasteltu",
    "Asiakastyytyväisyys parantunut",
  ])("%s: assessable", (text) => {
    expect(assessableTarget(text)).toBe(true);
  });

  it.each([
    "Useampivuotinen sopimus toiminnanharjoittajan kanssa.",
    "Kehitetään yhteistyötä edelleen ja tarkastellaan myös toimintamallia.",
    "Hyvä asiakaskokemus",
    "-",
  ])("%s: not assessable", (text) => {
    expect(assessableTarget(text)).toBe(false);
  });
});

ruleTester(targetNotAssessable, {
  valid: [
    {
      name: "is quiet for measurable targets and for missing ones (measure-without-target's business)",
      report: report({}, [
        block({ action: "A" }, [measure("M1", { target: "20 pv" }), measure("M2", { target: null })]),
      ]),
    },
  ],
  invalid: [
    {
      name: "notes a target with neither a number nor a state, at the target's cell",
      report: report({}, [
        block({ action: "A" }, [
          measure("Kirjurinluodon leiriytymisalue", {
            target: "Useampivuotinen sopimus toiminnanharjoittajan kanssa.",
          }),
        ]),
      ]),
      findings: (r) => [
        {
          cell: r.focusAreas[0].goals[0].commitments[0].actions[0].measures[0].target!.cell,
          message: {
            fi: "Mittarin 'Kirjurinluodon leiriytymisalue' tavoitetasoa 'Useampivuotinen sopimus toiminnanharjoittajan kanssa.' ei voi arvioida automaattisesti: siinä ei ole lukua eikä tunnistettavaa tilaa.",
          },
        },
      ],
    },
  ],
});
