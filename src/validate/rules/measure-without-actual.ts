/** A year-end report (Toteuma column, or year selvitys) with a measure that has no actual. */
import type { Finding } from "../../model/finding";
import { measuresOf } from "../../model/report";
import { finding, hasHierarchy, isYearEnd, measureName, present, quote } from "../text";
import type { Rule } from "../types";

export const measureWithoutActual: Rule = {
  code: "measure-without-actual",
  severity: "error",
  description: {
    fi: "Vuosiraportin mittarilla ei ole toteumaa.",
    en: "A measure of a year-end report has no actual (Toteuma).",
  },
  check(report) {
    // Period reports (T1, T2, Q3…) have no actuals by design.
    if (!hasHierarchy(report) || !isYearEnd(report)) return [];
    const out: Finding[] = [];
    for (const { action, measure } of measuresOf(report))
      if (!present(measure.actual))
        out.push(
          finding(
            measureWithoutActual,
            measure.cell,
            {
              fi: `Mittarilta ${measureName(measure)} puuttuu toteuma, vaikka raportti on vuosiraportti (toimenpide ${quote(action.text)}).`,
              en: `Measure ${measureName(measure)} has no actual (Toteuma) in a year-end report (action ${quote(action.text)}).`,
            },
            {
              fi: "Kirjoita Toteuma-sarakkeeseen vuoden toteutunut arvo tai tila.",
              en: "Write the year's outcome, a figure or a state, in the Toteuma column.",
            },
          ),
        );
    return out;
  },
};
