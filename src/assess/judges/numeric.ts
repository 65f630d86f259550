/**
 * Numbers: the actual's figure against the target read as a number, in the direction the baseline and
 * target give ("Toteuma 24 pv, tavoite 20 pv, lähtötaso 26 pv: edennyt tavoitetta kohti (33 %)"). A
 * reached figure whose words say the work is unfinished ("12 kpl, työ kesken") is partial.
 */
import { formatNumber } from "../quantity";
import { quantitiesIn } from "../input";
import { harmonisePercent, numericVerdict, pick, readNumericTarget, show } from "../numeric-target";
import type { Judge } from "../types";
import { readState } from "../vocabulary";

export const numericJudge: Judge = {
  name: "numeric",
  description: {
    fi: "Toteuman lukua verrataan tavoitetasoon lähtötason ja tavoitteen suunnassa.",
    en: "The actual's figure against the target level, in the direction the baseline and target give.",
  },
  judge(input) {
    const { target: targetText, actual: actualText, measure, ctx } = input;
    // "90" against "90 %": a bare figure beside percentages is one of them.
    const [bqs, tqs, aqs] = harmonisePercent(
      quantitiesIn(input, "baseline"),
      quantitiesIn(input, "target"),
      quantitiesIn(input, "actual"),
    );
    const read = readNumericTarget(targetText, bqs, measure.text, tqs);
    if (!read) return null;
    const { target } = read;
    const a = pick(aqs, target.isPercent, target.nps);
    if (!a) return null;
    const b = read.baseline;
    // A range as the actual ("1-2 kk") is somewhere inside it: judged by its middle.
    const value = a.range ? (a.range.low + a.range.high) / 2 : a.value;
    const shown = a.range
      ? `${formatNumber(a.range.low)}–${show({ ...a, value: a.range.high }, b)}`
      : show(a, b);
    const numeric = numericVerdict({ fi: shown, en: shown }, value, read, ctx.scale);
    const state = readState(actualText);
    if (numeric.status === "achieved" && state.level && state.level !== "done" && state.phrase) {
      return {
        status: "partial",
        reason: {
          fi: `${numeric.reason.fi}, mutta toteuman sanat "${state.phrase}" kertovat työn olevan kesken`,
          en: `${numeric.reason.en}, but the actual's words "${state.phrase}" say the work is not finished`,
        },
      };
    }
    return numeric;
  },
};
