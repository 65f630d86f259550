import { block, measure, report } from "../../../test/support/reports";
import { ruleTester } from "../../../test/support/rule-tester";
import { financialGoalWithoutOutcome } from "./financial-goal-without-outcome";

const GOAL = "Joukkoliikenteen taloudellinen tavoite vuodelle 2023: lipputuotot nousevat 3 %.";

ruleTester(financialGoalWithoutOutcome, {
  valid: [
    {
      name: "is quiet in a year-end report where the financial goal has its Toteutuminen",
      report: report(
        {
          period: "year",
          hasActualColumn: true,
          financialGoals: [{ text: GOAL, outcome: "Lipputuotot 2,2 M€." }],
        },
        [block({ action: "A" }, [measure("M")])],
      ),
    },
    {
      name: "is quiet in a period report, where no outcome is due yet",
      report: report({ period: "T2", financialGoals: [{ text: GOAL, outcome: null }] }, [
        block({ action: "A" }, [measure("M")]),
      ]),
    },
  ],
  invalid: [
    {
      name: "warns at a year-end financial goal with no or an empty Toteutuminen",
      report: report(
        {
          period: "year",
          hasActualColumn: true,
          financialGoals: [
            { text: GOAL, outcome: null },
            { text: "Työllisyyden hoidon taloudellinen tavoite vuodelle 2023", outcome: "" },
          ],
        },
        [block({ action: "A" }, [measure("M")])],
      ),
      findings: (r) => [
        {
          cell: r.financialGoals[0].cell,
          message: {
            fi: "Taloudellisella tavoitteella 'Joukkoliikenteen taloudellinen tavoite vuodelle 2023' ei ole toteutumista.",
          },
        },
        { cell: r.financialGoals[1].cell },
      ],
    },
  ],
});
