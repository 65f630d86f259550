/**
 * Where the reader could not make sense of the sheet: each problem the reader noted, at its row, and
 * a sheet that looks like a goal sheet but could not be read at all.
 */
import { cellRef } from "../../model/cellref";
import type { Finding } from "../../model/finding";
import { finding } from "../text";
import type { Rule } from "../types";

export const readProblem: Rule = {
  code: "read-problem",
  severity: "error",
  description: {
    fi: "Välilehteä ei voitu lukea tästä kohdasta.",
    en: "The sheet could not be read here.",
  },
  check(report) {
    const out: Finding[] = [];
    for (const p of report.problems)
      out.push(
        finding(readProblem, p.cell, {
          fi: `Tätä kohtaa ei voitu lukea: ${p.fi}`,
          en: `Could not read this part: ${p.en}`,
        }),
      );
    if (report.looksLikeGoals && report.layout === "none" && report.problems.length === 0)
      out.push(
        finding(
          readProblem,
          report.title?.cell ?? cellRef(report.sheet, 1, 1),
          {
            fi: `Välilehti '${report.sheet}' näyttää tavoitetaulukolta, mutta sen rakennetta ei tunnistettu.`,
            en: `Sheet '${report.sheet}' looks like a goal sheet, but its layout was not recognised.`,
          },
          {
            fi: "Tarkista, että tasot on merkitty otsikoilla PAINOPISTE, TAVOITE, TEKO, TOIMENPIDE ja MITTARI.",
            en: "Check that the levels are labelled PAINOPISTE, TAVOITE, TEKO, TOIMENPIDE and MITTARI.",
          },
        ),
      );
    return out;
  },
};
