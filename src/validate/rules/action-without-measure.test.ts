import { block, completeReport, nodeWithText, report, run } from "../../../test/support/reports";
import { ruleTester } from "../../../test/support/rule-tester";
import { actionWithoutMeasure } from "./action-without-measure";

ruleTester(actionWithoutMeasure, {
  valid: [
    { name: "is quiet on a complete report", report: completeReport() },
    {
      name: "does not apply to the programme layout, whose items are checked field by field",
      report: report({ layout: "programme" }, [block({ action: "A" }, [])]),
    },
  ],
  invalid: [
    {
      name: "flags an action with no measure",
      report: report({}, [block({ action: "Kansalliseen tapahtumayhteistyöhön osallistuminen" }, [])]),
      findings: (r) => [
        {
          cell: nodeWithText(r, "Kansalliseen tapahtumayhteistyöhön osallistuminen").cell,
          message: {
            fi: "Toimenpiteellä 'Kansalliseen tapahtumayhteistyöhön osallistuminen' ei ole mittaria.",
            en: "Action 'Kansalliseen tapahtumayhteistyöhön osallistuminen' has no measure.",
          },
        },
      ],
    },
  ],
});

describe("action-without-measure", () => {
  it("truncates a long action name to about 60 characters", () => {
    const long =
      "Tausta- ja tilipohjaisen lippu- ja maksujärjestelmän käyttöönotto - ensimmäinen vaihe koko kaupungissa";
    const f = run(actionWithoutMeasure, report({}, [block({ action: long }, [])]));
    const name = /'([^']*)'/.exec(f[0].message.fi)?.[1] ?? "";
    expect(name.endsWith("…")).toBe(true);
    expect(name.length).toBeLessThanOrEqual(60);
    expect(long.startsWith(name.slice(0, -1))).toBe(true);
  });
});
