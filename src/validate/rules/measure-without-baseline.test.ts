import { block, measure, report } from "../../../test/support/reports";
import { ruleTester } from "../../../test/support/rule-tester";
import { measureWithoutBaseline } from "./measure-without-baseline";

ruleTester(measureWithoutBaseline, {
  valid: [
    {
      name: "is quiet when every measure has a baseline",
      report: report({}, [block({ action: "A" }, [measure("M", { baseline: "Ei olemassa" })])]),
    },
    {
      name: "does not ask programme measures for baselines (the 2018 programme has none)",
      report: report({ layout: "programme" }, [
        block({ action: "A" }, [measure("M", { baseline: null, target: null })]),
      ]),
    },
  ],
  invalid: [
    {
      name: "warns at the measure with no baseline, or a blank one",
      report: report({}, [
        block({ action: "Lupaprosessien sujuvoittaminen" }, [
          measure("Mittari 1. Läpimenoaika", { baseline: "26 pv" }),
          measure("Mittari 2. Asiakaspalaute", { baseline: null }),
          measure("", { baseline: " \u00a0" }),
        ]),
      ]),
      findings: (r) => {
        const m = r.focusAreas[0].goals[0].commitments[0].actions[0].measures;
        return [
          {
            cell: m[1].cell,
            message: {
              fi: "Mittarilla 'Mittari 2. Asiakaspalaute' ei ole lähtötasoa (toimenpide 'Lupaprosessien sujuvoittaminen').",
            },
          },
          // A measure with no name is called by its number.
          {
            cell: m[2].cell,
            message: {
              fi: "Mittarilla 'Mittari 3' ei ole lähtötasoa (toimenpide 'Lupaprosessien sujuvoittaminen').",
            },
          },
        ];
      },
    },
  ],
});
