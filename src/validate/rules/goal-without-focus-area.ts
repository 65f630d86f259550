/** A TAVOITE with no PAINOPISTE or TEEMA above it. */
import type { Finding } from "../../model/finding";
import { finding, hasHierarchy, quote } from "../text";
import type { Rule } from "../types";

export const goalWithoutFocusArea: Rule = {
  code: "goal-without-focus-area",
  severity: "warning",
  description: {
    fi: "Tavoitteen yläpuolella ei ole painopistettä (PAINOPISTE) tai teemaa (TEEMA).",
    en: "A goal has no focus area (PAINOPISTE) or theme (TEEMA) above it.",
  },
  check(report) {
    if (!hasHierarchy(report)) return [];
    const out: Finding[] = [];
    for (const f of report.focusAreas) {
      if (!f.implied) continue;
      const first = f.goals.find((g) => !g.implied);
      // A block missing its goal too is reported by focus-area-without-goal at the same place.
      if (!first) continue;
      out.push(
        finding(
          goalWithoutFocusArea,
          f.cell,
          {
            fi: `Tavoitteen ${quote(first.text)} yläpuolelta puuttuu PAINOPISTE (tai TEEMA).`,
            en: `There is no PAINOPISTE (focus area) or TEEMA (theme) above goal ${quote(first.text)}.`,
          },
          {
            fi: "Lisää PAINOPISTE-rivi lohkon alkuun.",
            en: "Add a PAINOPISTE row at the top of the block.",
          },
        ),
      );
    }
    return out;
  },
};
