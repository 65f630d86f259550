import {
  action,
  block,
  commitment,
  completeReport,
  focus,
  goal,
  measure,
  nodeWithText,
  report,
} from "../../../test/support/reports";
import { ruleTester } from "../../../test/support/rule-tester";
import { focusAreaWithoutGoal } from "./focus-area-without-goal";

ruleTester(focusAreaWithoutGoal, {
  valid: [{ name: "is quiet on a complete report", report: completeReport() }],
  invalid: [
    {
      name: "flags a focus area with nothing under it",
      report: report({}, [focus("Osaava Pori", []), block({ action: "A" }, [measure("M")])]),
      findings: (r) => [
        {
          cell: nodeWithText(r, "Osaava Pori").cell,
          message: {
            fi: "Painopisteellä 'Osaava Pori' ei ole tavoitetta (TAVOITE).",
            en: "Focus area 'Osaava Pori' has no goal (TAVOITE).",
          },
        },
      ],
    },
    {
      name: "names a theme as a theme",
      report: report({}, [focus("Viestintä", [], "teema")]),
      findings: [{ message: { fi: "Teemalla 'Viestintä' ei ole tavoitetta (TAVOITE)." } }],
    },
    {
      name: "flags a TEKO straight under PAINOPISTE at the TEKO's row",
      report: report({}, [
        focus("Kasvava Pori", [
          goal(null, [commitment("Tarjoamme nopeat luvat", [action("A", [measure("M")])])]),
        ]),
      ]),
      findings: (r) => [
        {
          cell: nodeWithText(r, "Tarjoamme nopeat luvat").cell,
          message: {
            fi: "Teon 'Tarjoamme nopeat luvat' yläpuolelta puuttuu TAVOITE (painopiste 'Kasvava Pori').",
          },
        },
      ],
    },
  ],
});
