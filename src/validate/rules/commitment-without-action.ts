/** A commitment (TEKO) with no action (TOIMENPIDE), or a MITTARI with no TOIMENPIDE above it. */
import type { Finding } from "../../model/finding";
import { finding, hasHierarchy, measureName, quote, sameCell } from "../text";
import type { Rule } from "../types";

export const commitmentWithoutAction: Rule = {
  code: "commitment-without-action",
  severity: "error",
  description: {
    fi: "Teolla ei ole toimenpidettä (TOIMENPIDE).",
    en: "A commitment has no action (TOIMENPIDE).",
  },
  check(report) {
    if (!hasHierarchy(report)) return [];
    const out: Finding[] = [];
    const fs = report.focusAreas;
    for (let f = 0; f < fs.length; f++)
      for (let k = 0; k < fs[f].goals.length; k++)
        for (let i1 = 0, list1 = fs[f].goals[k].commitments; i1 < list1.length; i1++) {
          const c = list1[i1];
          if (!c.implied && c.actions.length === 0)
            out.push(
              finding(
                commitmentWithoutAction,
                c.cell,
                {
                  fi: `Teolla ${quote(c.text)} ei ole toimenpidettä (TOIMENPIDE).`,
                  en: `Commitment ${quote(c.text)} has no action (TOIMENPIDE).`,
                },
                {
                  fi: "Lisää teon alle TOIMENPIDE-rivi mittareineen.",
                  en: "Add a TOIMENPIDE row with its measures under the commitment.",
                },
              ),
            );
          for (let i2 = 0, list2 = c.actions; i2 < list2.length; i2++) {
            const a = list2[i2];
            if (!a.implied) continue;
            // The reader has already said "a MITTARI without a TOIMENPIDE" at this cell.
            if (report.problems.some((p) => sameCell(p.cell, a.cell))) continue;
            const m = a.measures[0];
            const parent = c.implied ? "" : ` (teko ${quote(c.text)})`;
            const parentEn = c.implied ? "" : ` (commitment ${quote(c.text)})`;
            out.push(
              finding(
                commitmentWithoutAction,
                a.cell,
                m
                  ? {
                      fi: `Mittarin ${measureName(m)} yläpuolelta puuttuu TOIMENPIDE${parent}.`,
                      en: `There is no TOIMENPIDE (action) above measure ${measureName(m)}${parentEn}.`,
                    }
                  : {
                      fi: `Tästä lohkosta puuttuu TOIMENPIDE${parent}.`,
                      en: `This block has no TOIMENPIDE (action)${parentEn}.`,
                    },
                {
                  fi: "Lisää TOIMENPIDE-rivi mittarin yläpuolelle.",
                  en: "Add a TOIMENPIDE row above the measure.",
                },
              ),
            );
          }
        }
    return out;
  },
};
