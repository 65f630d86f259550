/** An actual but no target level: nothing to compare it with. */
import { quote } from "../text";
import type { Judge } from "../types";

export const noTargetJudge: Judge = {
  name: "no-target",
  description: {
    fi: "Tavoitetasoa ei ole kirjattu: toteumaa ei ole mihin verrata.",
    en: "No target level is recorded: nothing to compare the actual with.",
  },
  judge({ target, actual }) {
    if (target) return null;
    return {
      status: "not-assessable",
      reason: {
        fi: `Toteuma ${quote(actual)}, mutta tavoitetasoa ei ole kirjattu: ei vertailukohtaa.`,
        en: `Actual ${quote(actual)}, but no target level is recorded: nothing to compare with.`,
      },
    };
  },
};
