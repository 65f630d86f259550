/** A measure with no target level (Tavoitetaso): its status can never be judged. */
import { measureWithoutValue } from "../measure-without-value";

export const measureWithoutTarget = measureWithoutValue({
  code: "measure-without-target",
  severity: "error",
  description: {
    fi: "Mittarilla ei ole tavoitetasoa.",
    en: "A measure has no target level (Tavoitetaso).",
  },
  value: "target",
  message: (measure, action) => ({
    fi: `Mittarilla ${measure} ei ole tavoitetasoa (toimenpide ${action}).`,
    en: `Measure ${measure} has no target level (action ${action}).`,
  }),
  suggestion: {
    fi: "Kirjoita tavoitetaso: luku ('250 hlö/kk') tai tila ('Valmis ja käytössä').",
    en: "Write a target level: a number ('250 hlö/kk') or a state ('Valmis ja käytössä').",
  },
});
