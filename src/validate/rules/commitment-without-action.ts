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
    for (const f of report.focusAreas)
      for (const g of f.goals)
        for (const c of g.commitments) {
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
          for (const a of c.actions) {
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
