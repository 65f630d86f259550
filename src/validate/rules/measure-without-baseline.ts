/** A measure with no baseline (Lähtötaso). */
import type { Finding } from "../../model/finding";
import { measuresOf } from "../../model/report";
import { finding, hasHierarchy, measureName, present, quote } from "../text";
import type { Rule } from "../types";

export const measureWithoutBaseline: Rule = {
  code: "measure-without-baseline",
  severity: "warning",
  description: {
    fi: "Mittarilla ei ole lähtötasoa.",
    en: "A measure has no baseline (Lähtötaso).",
  },
  check(report) {
    if (!hasHierarchy(report)) return [];
    const out: Finding[] = [];
    for (const { action, measure } of measuresOf(report))
      if (!present(measure.baseline))
        out.push(
          finding(
            measureWithoutBaseline,
            measure.cell,
            {
              fi: `Mittarilla ${measureName(measure)} ei ole lähtötasoa (toimenpide ${quote(action.text)}).`,
              en: `Measure ${measureName(measure)} has no baseline (action ${quote(action.text)}).`,
            },
            {
              fi: "Kirjoita lähtötaso, esimerkiksi edellisen vuoden luku tai 'Ei olemassa'.",
              en: "Write a baseline, for example last year's figure or 'Ei olemassa'.",
            },
          ),
        );
    return out;
  },
};
