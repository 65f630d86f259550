/**
 * The quantities of a measure's values, parsed once per measure and shared by its judges: the
 * numeric, trend, completion and undecided judges each read the baseline, target and actual, which
 * parsed them up to ten times a measure. Kept with the judge input itself (a WeakMap entry that goes
 * with it), so nothing outlives the measure; each judge gets its own copy of the list
 * (harmonisePercent replaces items of the list it is given). The quantities themselves are shared:
 * nothing changes a quantity once parsed.
 */
import { parseQuantities, type Quantity } from "./quantity";
import type { JudgeInput } from "./types";

type Column = "baseline" | "target" | "actual";

const PARSED = new WeakMap<JudgeInput, Partial<Record<Column, Quantity[]>>>();

/** The quantities of the input's baseline, target or actual: a new list each call. */
export function quantitiesIn(input: JudgeInput, column: Column): Quantity[] {
  let own = PARSED.get(input);
  if (!own) {
    own = {};
    PARSED.set(input, own);
  }
  let qs = own[column];
  if (!qs) {
    qs = parseQuantities(input[column]);
    own[column] = qs;
  }
  return qs.slice();
}
