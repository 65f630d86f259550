/** A measure with no target level (Tavoitetaso): its status can never be judged. */
import type { Finding } from "../../model/finding";
import { measuresOf } from "../../model/report";
import { finding, hasHierarchy, measureName, present, quote } from "../text";
import type { Rule } from "../types";

export const measureWithoutTarget: Rule = {
  code: "measure-without-target",
  severity: "error",
  description: {
    fi: "Mittarilla ei ole tavoitetasoa.",
    en: "A measure has no target level (Tavoitetaso).",
  },
  check(report) {
    if (!hasHierarchy(report)) return [];
    const out: Finding[] = [];
    for (const { action, measure } of measuresOf(report))
      if (!present(measure.target))
        out.push(
          finding(
            measureWithoutTarget,
            measure.cell,
            {
              fi: `Mittarilla ${measureName(measure)} ei ole tavoitetasoa (toimenpide ${quote(action.text)}).`,
              en: `Measure ${measureName(measure)} has no target level (action ${quote(action.text)}).`,
            },
            {
              fi: "Kirjoita tavoitetaso: luku ('250 hlö/kk') tai tila ('Valmis ja käytössä').",
              en: "Write a target level: a number ('250 hlö/kk') or a state ('Valmis ja käytössä').",
            },
          ),
        );
    return out;
  },
};
