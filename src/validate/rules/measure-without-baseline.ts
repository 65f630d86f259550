/** A measure with no baseline (Lähtötaso). */
import { measureWithoutValue } from "../measure-without-value";

export const measureWithoutBaseline = measureWithoutValue({
  code: "measure-without-baseline",
  severity: "warning",
  description: {
    fi: "Mittarilla ei ole lähtötasoa.",
    en: "A measure has no baseline (Lähtötaso).",
  },
  value: "baseline",
  message: (measure, action) => ({
    fi: `Mittarilla ${measure} ei ole lähtötasoa (toimenpide ${action}).`,
    en: `Measure ${measure} has no baseline (action ${action}).`,
  }),
  suggestion: {
    fi: "Kirjoita lähtötaso, esimerkiksi edellisen vuoden luku tai 'Ei olemassa'.",
    en: "Write a baseline, for example last year's figure or 'Ei olemassa'.",
  },
});
