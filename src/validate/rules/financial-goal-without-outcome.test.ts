import { at, block, measure, report, run } from "../../../test/support/reports";
import { financialGoalWithoutOutcome } from "./financial-goal-without-outcome";

const GOAL = "Joukkoliikenteen taloudellinen tavoite vuodelle 2023: lipputuotot nousevat 3 %.";

describe("financial-goal-without-outcome", () => {
  it("is quiet in a year-end report where the financial goal has its Toteutuminen", () => {
    const r = report(
      {
        period: "year",
        hasActualColumn: true,
        financialGoals: [{ text: GOAL, outcome: "Lipputuotot 2,2 M€." }],
      },
      [block({ action: "A" }, [measure("M")])],
    );
    expect(run(financialGoalWithoutOutcome, r)).toEqual([]);
  });

  it("is quiet in a period report, where no outcome is due yet", () => {
    const r = report({ period: "T2", financialGoals: [{ text: GOAL, outcome: null }] }, [
      block({ action: "A" }, [measure("M")]),
    ]);
    expect(run(financialGoalWithoutOutcome, r)).toEqual([]);
  });

  it("warns at a year-end financial goal with no or an empty Toteutuminen", () => {
    const r = report(
      {
        period: "year",
        hasActualColumn: true,
        financialGoals: [
          { text: GOAL, outcome: null },
          { text: "Työllisyyden hoidon taloudellinen tavoite vuodelle 2023", outcome: "" },
        ],
      },
      [block({ action: "A" }, [measure("M")])],
    );
    const f = run(financialGoalWithoutOutcome, r);
    expect(f.map((x) => x.cell)).toEqual(r.financialGoals.map((g) => g.cell));
    expect(at(f).map(([c]) => c)).toEqual([
      "financial-goal-without-outcome",
      "financial-goal-without-outcome",
    ]);
    expect(f[0].severity).toBe("warning");
    expect(f[0].message.fi).toBe(
      "Taloudellisella tavoitteella 'Joukkoliikenteen taloudellinen tavoite vuodelle 2023' ei ole toteutumista.",
    );
  });
});
