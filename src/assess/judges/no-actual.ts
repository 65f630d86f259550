/** No actual yet (empty, or only a dash or dots): nothing to judge. */
import type { Judge } from "../types";

export const noActualJudge: Judge = {
  name: "no-actual",
  description: {
    fi: "Toteumaa ei ole kirjattu: tilaa ei voi arvioida.",
    en: "No actual is recorded: the status cannot be judged.",
  },
  judge({ actual, ctx }) {
    if (actual && !/^[-–—.?]+$/u.test(actual)) return null;
    return {
      status: "not-assessable",
      reason: ctx.hasActualColumn
        ? { fi: "Toteumaa ei ole kirjattu.", en: "No actual has been recorded." }
        : {
            fi: "Toteumaa ei ole kirjattu (raportissa ei ole toteumasaraketta).",
            en: "No actual has been recorded (the report has no actual column).",
          },
    };
  },
};
