import {
  action,
  commitment,
  completeReport,
  focus,
  goal,
  measure,
  nodeWithText,
  report,
} from "../../../test/support/reports";
import { ruleTester } from "../../../test/support/rule-tester";
import { goalWithoutFocusArea } from "./goal-without-focus-area";

ruleTester(goalWithoutFocusArea, {
  valid: [
    { name: "is quiet on a complete report", report: completeReport() },
    {
      name: "leaves a block missing its goal too to focus-area-without-goal",
      report: report({}, [focus(null, [goal(null, [commitment("C", [action("A", [measure("M")])])])])]),
    },
  ],
  invalid: [
    {
      name: "warns when a goal has no PAINOPISTE above it",
      report: report({}, [
        focus(null, [goal("Toimivat yhteydet", [commitment("C", [action("A", [measure("M")])])])]),
      ]),
      findings: (r) => [
        {
          cell: nodeWithText(r, "Toimivat yhteydet").cell,
          message: {
            fi: "Tavoitteen 'Toimivat yhteydet' yläpuolelta puuttuu PAINOPISTE (tai TEEMA).",
            en: "There is no PAINOPISTE (focus area) or TEEMA (theme) above goal 'Toimivat yhteydet'.",
          },
        },
      ],
    },
  ],
});
