/**
 * The last word, when no judge before it could decide: the actual and the target are not comparable
 * (both have figures, of different kinds), or the actual's text does not say. Always decides.
 */
import { quantitiesIn } from "../input";
import { quote } from "../text";
import type { Judge, JudgeInput, Verdict } from "../types";

/** A judge that always decides. */
interface LastWord extends Judge {
  judge(input: JudgeInput): Verdict;
}

export const undecidedJudge: LastWord = {
  name: "undecided",
  description: {
    fi: "Mikään muu sääntö ei ratkaissut: tilaa ei voi arvioida.",
    en: "No other rule decided: the status cannot be judged.",
  },
  judge(input) {
    const { target, actual } = input;
    const tq = quantitiesIn(input, "target").length > 0;
    const aq = quantitiesIn(input, "actual").length > 0;
    return {
      status: "not-assessable",
      reason:
        tq && aq
          ? {
              fi: `Toteuma ${quote(actual)} ja tavoite ${quote(target)} eivät ole vertailukelpoisia (eri yksiköt tai mittarit).`,
              en: `The actual ${quote(actual)} and the target ${quote(target)} are not comparable (different units or measures).`,
            }
          : {
              fi: `Toteuman ${quote(actual)} tekstistä ei voi päätellä, onko tavoite ${quote(target)} saavutettu.`,
              en: `The actual ${quote(actual)} does not say whether the target ${quote(target)} was reached.`,
            },
    };
  },
};
