/** A selvitys heading with nothing written under it. */
import type { Finding } from "../../model/finding";
import { actionsOf } from "../../model/report";
import { cleanText, finding, hasHierarchy, quote } from "../text";
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
    for (const { action } of actionsOf(report))
      for (const s of action.reports) {
        // Headings of other periods are selvitys-period-mismatch's business.
        if (report.period !== null && s.period !== null && s.period !== report.period) continue;
        const written = cleanText(s.text) !== "" || s.parts.some((p) => cleanText(p.text) !== "");
        if (!written)
          out.push(
            finding(
              emptySelvitys,
              s.cell,
              {
                fi: `Toimenpiteen ${quote(action.text)} selvitys on tyhjä.`,
                en: `The selvitys of action ${quote(action.text)} is empty.`,
              },
              {
                fi: "Kirjoita otsikon perään tai alle, miten toimenpide on edennyt.",
                en: "Write after or under the heading how the action has progressed.",
              },
            ),
          );
      }
    return out;
  },
};
