/** A goal (TAVOITE) with no commitment (TEKO) under it, or an action with no TEKO above it. */
import type { Finding } from "../../model/finding";
import { finding, hasHierarchy, measureName, quote } from "../text";
import type { Rule } from "../types";

export const goalWithoutCommitment: Rule = {
  code: "goal-without-commitment",
  severity: "error",
  description: {
    fi: "Tavoitteella ei ole tekoa (TEKO).",
    en: "A goal has no commitment (TEKO).",
  },
  check(report) {
    if (!hasHierarchy(report)) return [];
    const out: Finding[] = [];
    const fs = report.focusAreas;
    for (let k = 0; k < fs.length; k++)
      for (let i1 = 0, list1 = fs[k].goals; i1 < list1.length; i1++) {
        const g = list1[i1];
        if (!g.implied && g.commitments.length === 0)
          out.push(
            finding(
              goalWithoutCommitment,
              g.cell,
              {
                fi: `Tavoitteella ${quote(g.text)} ei ole tekoa (TEKO).`,
                en: `Goal ${quote(g.text)} has no commitment (TEKO).`,
              },
              {
                fi: "Lisää tavoitteen alle TEKO-rivi toimenpiteineen.",
                en: "Add a TEKO row with its actions under the goal.",
              },
            ),
          );
        for (let i2 = 0, list2 = g.commitments; i2 < list2.length; i2++) {
          const c = list2[i2];
          if (!c.implied) continue;
          const action = c.actions[0];
          const measure = action?.measures[0];
          const child = !action
            ? null
            : !action.implied
              ? { fi: `Toimenpiteen ${quote(action.text)}`, en: `action ${quote(action.text)}` }
              : measure
                ? { fi: `Mittarin ${measureName(measure)}`, en: `measure ${measureName(measure)}` }
                : null;
          const parent = g.implied
            ? { fi: "", en: "" }
            : { fi: ` (tavoite ${quote(g.text)})`, en: ` (goal ${quote(g.text)})` };
          const message = child
            ? {
                fi: `${child.fi} yläpuolelta puuttuu TEKO${parent.fi}.`,
                en: `There is no TEKO (commitment) above ${child.en}${parent.en}.`,
              }
            : {
                fi: `Tästä lohkosta puuttuu TEKO${parent.fi}.`,
                en: `This block has no TEKO (commitment)${parent.en}.`,
              };
          out.push(
            finding(goalWithoutCommitment, c.cell, message, {
              fi: "Lisää TEKO-rivi toimenpiteen yläpuolelle.",
              en: "Add a TEKO row above the action.",
            }),
          );
        }
      }
    return out;
  },
};
