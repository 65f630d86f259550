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
import { goalWithoutCommitment } from "./goal-without-commitment";

ruleTester(goalWithoutCommitment, {
  valid: [{ name: "is quiet on a complete report", report: completeReport() }],
  invalid: [
    {
      name: "flags a goal with no commitment",
      report: report({}, [focus("Kasvava Pori", [goal("Toimivat yhteydet", [])])]),
      findings: (r) => [
        {
          cell: nodeWithText(r, "Toimivat yhteydet").cell,
          message: {
            fi: "Tavoitteella 'Toimivat yhteydet' ei ole tekoa (TEKO).",
            en: "Goal 'Toimivat yhteydet' has no commitment (TEKO).",
          },
        },
      ],
    },
    {
      name: "flags a TOIMENPIDE under an implied TEKO at the TOIMENPIDE's row, naming it",
      report: report({}, [
        focus("Kasvava Pori", [
          goal("Toimivat yhteydet", [commitment(null, [action("Lippujärjestelmä", [measure("M")])])]),
        ]),
      ]),
      findings: (r) => [
        {
          cell: nodeWithText(r, "Lippujärjestelmä").cell,
          message: {
            fi: "Toimenpiteen 'Lippujärjestelmä' yläpuolelta puuttuu TEKO (tavoite 'Toimivat yhteydet').",
            en: "There is no TEKO (commitment) above action 'Lippujärjestelmä' (goal 'Toimivat yhteydet').",
          },
        },
      ],
    },
  ],
});
