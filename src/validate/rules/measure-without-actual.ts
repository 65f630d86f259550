/** A year-end report (Toteuma column, or year selvitys) with a measure that has no actual. */
import { measureWithoutValue } from "../measure-without-value";
import { isYearEnd } from "../text";

export const measureWithoutActual = measureWithoutValue({
  code: "measure-without-actual",
  severity: "error",
  description: {
    fi: "Vuosiraportin mittarilla ei ole toteumaa.",
    en: "A measure of a year-end report has no actual (Toteuma).",
  },
  value: "actual",
  // Period reports (T1, T2, Q3…) have no actuals by design.
  due: isYearEnd,
  message: (measure, action) => ({
    fi: `Mittarilta ${measure} puuttuu toteuma, vaikka raportti on vuosiraportti (toimenpide ${action}).`,
    en: `Measure ${measure} has no actual (Toteuma) in a year-end report (action ${action}).`,
  }),
  suggestion: {
    fi: "Kirjoita Toteuma-sarakkeeseen vuoden toteutunut arvo tai tila.",
    en: "Write the year's outcome, a figure or a state, in the Toteuma column.",
  },
});
