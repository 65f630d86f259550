/**
 * The quantities of a measure's values, parsed once per measure and shared by its judges: the
 * numeric, trend, completion and undecided judges each read the baseline, target and actual, which
 * parsed them up to ten times a measure. Kept for the input read last (the next measure's input
 * replaces it); each judge gets its own copy of the list
 * (harmonisePercent replaces items of the list it is given). The quantities themselves are shared:
 * nothing changes a quantity once parsed.
 */
import { quantitiesOf, type Quantity } from "./quantity";
import type { JudgeInput } from "./types";

type Column = "baseline" | "target" | "actual";

/**
 * The input whose quantities were parsed last, and them: the judges of one measure are asked one
 * after the other, so one entry is all the sharing there is (a WeakMap entry per measure cost more
 * than the parse it saved, and its ephemerons the garbage collector's time).
 */
let lastInput: JudgeInput | null = null;
let baseline: readonly Quantity[] | null = null;
let target: readonly Quantity[] | null = null;
let actual: readonly Quantity[] | null = null;

/** The quantities of the input's baseline, target or actual: a new list each call. */
export function quantitiesIn(input: JudgeInput, column: Column): Quantity[] {
  if (input !== lastInput) {
    lastInput = input;
    baseline = target = actual = null;
  }
  // Three variables, not an object indexed by the column's name (a keyed access each call).
  if (column === "baseline") return (baseline ??= quantitiesOf(input.baseline)).slice();
  if (column === "target") return (target ??= quantitiesOf(input.target)).slice();
  return (actual ??= quantitiesOf(input.actual)).slice();
}
