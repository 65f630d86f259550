/** A financial goal with no "Toteutuminen" in a year-end report. */
import type { Finding } from "../../model/finding";
import { finding, isYearEnd, present, quote } from "../text";
import type { Rule } from "../types";

/** The goal's own name: the words before its first colon ("…taloudellinen tavoite vuodelle 2023"). */
function nameOf(text: string): string {
  return /^(.{10,80}?):(\s|$)/su.exec(text)?.[1] ?? text;
}

export const financialGoalWithoutOutcome: Rule = {
  code: "financial-goal-without-outcome",
  severity: "warning",
  description: {
    fi: "Vuosiraportin taloudellisella tavoitteella ei ole toteutumista.",
    en: "A financial goal of a year-end report has no outcome (Toteutuminen).",
  },
  check(report) {
    if (!isYearEnd(report)) return [];
    const out: Finding[] = [];
    for (const g of report.financialGoals)
      if (!present(g.outcome))
        out.push(
          finding(
            financialGoalWithoutOutcome,
            g.cell,
            {
              fi: `Taloudellisella tavoitteella ${quote(nameOf(g.text))} ei ole toteutumista.`,
              en: `Financial goal ${quote(nameOf(g.text))} has no outcome.`,
            },
            {
              fi: "Lisää tavoitteen alle rivi 'Toteutuminen:' ja vuoden toteuma.",
              en: "Add a 'Toteutuminen:' row with the year's outcome under the goal.",
            },
          ),
        );
    return out;
  },
};
