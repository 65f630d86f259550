/**
 * A selvitys heading with nothing written under it, beside a written selvitys of the same period (a
 * heading left over). An action whose every selvitys of the period is empty has none:
 * action-without-selvitys says so, as an error.
 */
import type { Finding } from "../../model/finding";
import { actionPaths } from "../walk";
import { finding, hasHierarchy, isWritten, ownPeriodReports, quote } from "../text";
import type { Rule } from "../types";

export const emptySelvitys: Rule = {
  code: "empty-selvitys",
  severity: "warning",
  description: {
    fi: "Selvityksen otsikon alla ei ole tekstiä.",
    en: "A selvitys heading has no text under it.",
  },
  check(report) {
    if (!hasHierarchy(report)) return [];
    const out: Finding[] = [];
    for (let i1 = 0, list1 = actionPaths(report); i1 < list1.length; i1++) {
      const { action } = list1[i1];
      // Headings of other periods are selvitys-period-mismatch's business.
      const own = ownPeriodReports(report, action.reports);
      if (!own.some(isWritten)) continue;
      for (const s of own)
        if (!isWritten(s))
          out.push(
            finding(
              emptySelvitys,
              s.cell,
              {
                fi: `Toimenpiteen ${quote(action.text)} selvitys on tyhjä.`,
                en: `The selvitys of action ${quote(action.text)} is empty.`,
              },
              {
                fi: "Kirjoita otsikon perään tai alle, miten toimenpide on edennyt, tai poista ylimääräinen otsikko.",
                en: "Write after or under the heading how the action has progressed, or remove the extra heading.",
              },
            ),
          );
    }
    return out;
  },
};
