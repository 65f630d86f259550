/**
 * Numbers: the actual's figure against the target read as a number, in the direction the baseline and
 * target give ("Toteuma 24 pv, tavoite 20 pv, lähtötaso 26 pv: edennyt tavoitetta kohti (33 %)"). A
 * reached figure whose words say the work is unfinished ("12 kpl, työ kesken") is partial.
 */
import { formatNumber } from "../quantity";
import { quantitiesIn } from "../input";
import {
  harmoniseThree,
  numericVerdict,
  numericVerdictStatus,
  pick,
  readNumericTarget,
  show,
  type TargetRead,
} from "../numeric-target";
import type { Quantity } from "../quantity";
import type { Judge, JudgeInput } from "../types";
import type { Status } from "../../model";
import { readState } from "../vocabulary";

/** What the numeric judge reads of a measure, before any reason is written. */
interface NumericReading {
  status: Status;
  read: TargetRead;
  a: Quantity;
  value: number;
  /** The actual's words that say the work is unfinished, when they turn a reached figure partial. */
  unfinished: string | null;
}

function readNumeric(input: JudgeInput): NumericReading | null {
  const { target: targetText, actual: actualText, measure, ctx } = input;
  // "90" against "90 %": a bare figure beside percentages is one of them.
  const bqs = quantitiesIn(input, "baseline");
  const tqs = quantitiesIn(input, "target");
  const aqs = quantitiesIn(input, "actual");
  harmoniseThree(bqs, tqs, aqs);
  const read = readNumericTarget(targetText, bqs, measure.text, tqs);
  if (!read) return null;
  const a = pick(aqs, read.target.isPercent, read.target.nps);
  if (!a) return null;
  // A range as the actual ("1-2 kk") is somewhere inside it: judged by its middle.
  const value = a.range ? (a.range.low + a.range.high) / 2 : a.value;
  const status = numericVerdictStatus(value, read, ctx.scale);
  if (status === "achieved") {
    const state = readState(actualText);
    if (state.level && state.level !== "done" && state.phrase)
      return { status: "partial", read, a, value, unfinished: state.phrase };
  }
  return { status, read, a, value, unfinished: null };
}

/**
 * The status the figures alone give, without the reason: what the verdict judge compares its words
 * with (the reason's texts are written only for the judge that decides).
 */
export function numericStatusOf(input: JudgeInput): Status | null {
  return readNumeric(input)?.status ?? null;
}

export const numericJudge: Judge = {
  name: "numeric",
  description: {
    fi: "Toteuman lukua verrataan tavoitetasoon lähtötason ja tavoitteen suunnassa.",
    en: "The actual's figure against the target level, in the direction the baseline and target give.",
  },
  judge(input) {
    const r = readNumeric(input);
    if (!r) return null;
    const { read, a } = r;
    const b = read.baseline;
    const shown = a.range
      ? `${formatNumber(a.range.low)}–${show({ ...a, value: a.range.high }, b)}`
      : show(a, b);
    const numeric = numericVerdict({ fi: shown, en: shown }, r.value, read, input.ctx.scale);
    if (r.unfinished !== null) {
      return {
        status: "partial",
        reason: {
          fi: `${numeric.reason.fi}, mutta toteuman sanat "${r.unfinished}" kertovat työn olevan kesken`,
          en: `${numeric.reason.en}, but the actual's words "${r.unfinished}" say the work is not finished`,
        },
      };
    }
    return numeric;
  },
};
