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
import { commitmentWithoutAction } from "./commitment-without-action";

/** A MITTARI with no TOIMENPIDE above it, where the reader has already said so at the measure's cell. */
function toldByTheReader() {
  const base = report({}, [focus("K", [goal("G", [commitment("C", [action(null, [measure("M")])])])])]);
  const cell = nodeWithText(base, "M").cell;
  return { ...base, problems: [{ cell, code: "measure-without-action", fi: "x", en: "x" }] };
}

ruleTester(commitmentWithoutAction, {
  valid: [
    { name: "is quiet on a complete report", report: completeReport() },
    {
      name: "stays quiet where the reader already reported the missing TOIMENPIDE",
      report: toldByTheReader(),
    },
  ],
  invalid: [
    {
      name: "flags a commitment with no action",
      report: report({}, [focus("Kasvava Pori", [goal("G", [commitment("Kattava joukkoliikenne", [])])])]),
      findings: (r) => [
        {
          cell: nodeWithText(r, "Kattava joukkoliikenne").cell,
          message: { fi: "Teolla 'Kattava joukkoliikenne' ei ole toimenpidettä (TOIMENPIDE)." },
        },
      ],
    },
    {
      name: "flags a MITTARI under an implied TOIMENPIDE at the measure's row",
      report: report({}, [
        focus("K", [goal("G", [commitment("C", [action(null, [measure("Matkojen määrä")])])])]),
      ]),
      findings: (r) => [
        {
          cell: nodeWithText(r, "Matkojen määrä").cell,
          message: { fi: "Mittarin 'Matkojen määrä' yläpuolelta puuttuu TOIMENPIDE (teko 'C')." },
        },
      ],
    },
  ],
});
