/**
 * Test-only: a measure as the status judge sees it, built directly (no reader): its name at B10 of
 * `sheet`, baseline, target, actual and own status in C–F of row 10. `null` (or an own status left
 * out) is an empty cell.
 */
import type { Measure } from "../../src/model";

export function judgedMeasure(
  sheet: string,
  text: string,
  baseline: string | null,
  target: string | null,
  actual: string | null,
  own?: string | null,
): Measure {
  const at = (value: string | null | undefined, col: number) =>
    value === null || value === undefined ? null : { text: value, cell: { sheet, row: 10, col } };
  return {
    text,
    cell: { sheet, row: 10, col: 2 },
    index: 1,
    baseline: at(baseline, 3),
    target: at(target, 4),
    actual: at(actual, 5),
    ownStatus: at(own, 6),
  };
}
