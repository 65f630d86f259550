/** An action (TOIMENPIDE) with no measure (MITTARI). */
import type { Finding } from "../../model/finding";
import { actionPaths } from "../walk";
import { finding, hasHierarchy, quote } from "../text";
import type { Rule } from "../types";

export const actionWithoutMeasure: Rule = {
  code: "action-without-measure",
  severity: "error",
  description: {
    fi: "Toimenpiteellä ei ole mittaria (MITTARI).",
    en: "An action has no measure (MITTARI).",
  },
  check(report) {
    if (!hasHierarchy(report)) return [];
    const out: Finding[] = [];
    const paths = actionPaths(report);
    for (let i = 0; i < paths.length; i++) {
      const { action } = paths[i];
      if (!action.implied && action.measures.length === 0)
        out.push(
          finding(
            actionWithoutMeasure,
            action.cell,
            {
              fi: `Toimenpiteellä ${quote(action.text)} ei ole mittaria.`,
              en: `Action ${quote(action.text)} has no measure.`,
            },
            {
              fi: "Lisää toimenpiteen alle MITTARI-rivi, lähtötaso ja tavoitetaso.",
              en: "Add a MITTARI row with a baseline and a target level under the action.",
            },
          ),
        );
    }
    return out;
  },
};
