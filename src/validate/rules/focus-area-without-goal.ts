/** A focus area (PAINOPISTE / TEEMA) with no goal under it, or a TEKO with no TAVOITE above it. */
import type { Finding } from "../../model/finding";
import type { FocusArea } from "../../model/report";
import { finding, hasHierarchy, quote } from "../text";
import type { Rule } from "../types";

function focusName(f: FocusArea): { fi: string; en: string } {
  if (f.implied) return { fi: "ei painopistettä", en: "no focus area" };
  return f.kind === "teema"
    ? { fi: `teema ${quote(f.text)}`, en: `theme ${quote(f.text)}` }
    : { fi: `painopiste ${quote(f.text)}`, en: `focus area ${quote(f.text)}` };
}

export const focusAreaWithoutGoal: Rule = {
  code: "focus-area-without-goal",
  severity: "error",
  description: {
    fi: "Painopisteen tai teeman alla ei ole tavoitetta (TAVOITE).",
    en: "A focus area or theme has no goal (TAVOITE) under it.",
  },
  check(report) {
    if (!hasHierarchy(report)) return [];
    const out: Finding[] = [];
    for (let i1 = 0, list1 = report.focusAreas; i1 < list1.length; i1++) {
      const f = list1[i1];
      if (!f.implied && f.goals.length === 0) {
        const [fi, en] =
          f.kind === "teema"
            ? [`Teemalla ${quote(f.text)}`, `Theme ${quote(f.text)}`]
            : [`Painopisteellä ${quote(f.text)}`, `Focus area ${quote(f.text)}`];
        out.push(
          finding(
            focusAreaWithoutGoal,
            f.cell,
            { fi: `${fi} ei ole tavoitetta (TAVOITE).`, en: `${en} has no goal (TAVOITE).` },
            {
              fi: "Lisää TAVOITE-rivi tekoineen tai poista rivi.",
              en: "Add a TAVOITE row with its commitments or remove the row.",
            },
          ),
        );
      }
      for (let i2 = 0, list2 = f.goals; i2 < list2.length; i2++) {
        const g = list2[i2];
        if (!g.implied) continue;
        const child = g.commitments.find((c) => !c.implied);
        const parent = focusName(f);
        const message = child
          ? {
              fi: `Teon ${quote(child.text)} yläpuolelta puuttuu TAVOITE (${parent.fi}).`,
              en: `There is no TAVOITE (goal) above commitment ${quote(child.text)} (${parent.en}).`,
            }
          : {
              fi: `Tästä lohkosta puuttuvat TAVOITE ja TEKO (${parent.fi}).`,
              en: `This block has no TAVOITE (goal) and no TEKO (commitment) (${parent.en}).`,
            };
        out.push(
          finding(focusAreaWithoutGoal, g.cell, message, {
            fi: "Lisää TAVOITE-rivi lohkon alkuun.",
            en: "Add a TAVOITE row at the top of the block.",
          }),
        );
      }
    }
    return out;
  },
};
