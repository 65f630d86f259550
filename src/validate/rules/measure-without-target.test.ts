import { block, measure, report } from "../../../test/support/reports";
import { ruleTester } from "../../../test/support/rule-tester";
import { measureWithoutTarget } from "./measure-without-target";

ruleTester(measureWithoutTarget, {
  valid: [
    {
      name: "is quiet when every measure has a target",
      report: report({}, [block({ action: "A" }, [measure("M", { target: "> 0" })])]),
    },
    {
      name: "does not ask programme measures for targets (the 2018 programme has none)",
      report: report({ layout: "programme" }, [
        block({ action: "A" }, [measure("M", { baseline: null, target: null })]),
      ]),
    },
  ],
  invalid: [
    {
      name: "is an error at the measure with no target",
      report: report({}, [block({ action: "A" }, [measure("Kasvutarinan näkyminen", { target: null })])]),
      findings: (r) => [
        {
          cell: r.focusAreas[0].goals[0].commitments[0].actions[0].measures[0].cell,
          message: { en: "Measure 'Kasvutarinan näkyminen' has no target level (action 'A')." },
        },
      ],
    },
  ],
});
