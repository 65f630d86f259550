/** The same measure twice under one action ("Mittari 1. X" and "Mittari 2. X" count as the same). */
import type { Finding } from "../../model/finding";
import type { Measure } from "../../model/report";
import { actionPaths } from "../walk";
import { finding, hasHierarchy, measureName, normalise, quote, remembering } from "../text";
import type { Rule } from "../types";

/** The measure's text without its "Mittari 2." number, normalised. */
export function measureKey(text: string): string {
  return normalise(normalise(text).replace(/^mittari\s*\d*\s*[.):]?\s*/u, ""));
}

export const duplicateMeasure: Rule = {
  code: "duplicate-measure",
  severity: "warning",
  description: {
    fi: "Sama mittari on kahdesti saman toimenpiteen alla.",
    en: "The same measure appears twice under one action.",
  },
  check(report) {
    if (!hasHierarchy(report)) return [];
    const out: Finding[] = [];
    const keyOf = remembering(measureKey);
    for (let i1 = 0, list1 = actionPaths(report); i1 < list1.length; i1++) {
      const { action } = list1[i1];
      const seen = new Map<string, Measure>();
      for (let i2 = 0, list2 = action.measures; i2 < list2.length; i2++) {
        const m = list2[i2];
        const key = keyOf(m.text);
        if (!key) continue;
        const first = seen.get(key);
        if (!first) {
          seen.set(key, m);
          continue;
        }
        const firstAt =
          first.cell.row === m.cell.row && first.cell.col === m.cell.col
            ? { fi: "samassa solussa", en: "in the same cell" }
            : { fi: `ensimmäinen rivillä ${first.cell.row}`, en: `first on row ${first.cell.row}` };
        out.push(
          finding(
            duplicateMeasure,
            m.cell,
            {
              fi: `Mittari ${measureName(m)} on kahdesti toimenpiteen ${quote(action.text)} alla (${firstAt.fi}).`,
              en: `Measure ${measureName(m)} appears twice under action ${quote(action.text)} (${firstAt.en}).`,
            },
            {
              fi: "Poista kopio tai kirjoita mittarit niin, että ne eroavat toisistaan.",
              en: "Remove the copy, or word the measures so that they differ.",
            },
          ),
        );
      }
    }
    return out;
  },
};
