/**
 * Measure status: read Finnish quantities and states, judge each measure on the city's scale.
 * Pure functions over the Report model.
 */
import { measuresOf, type Assessment, type Report, type WorkbookReport } from "../model";
import { assessMeasure } from "./judge";

export { assessMeasure, ownStatusOf, numericStatus, stripValueLabel, wordOverlap } from "./judge";
export type { AssessContext, NumericTarget } from "./judge";
export { parseQuantities, mainQuantity, chooseMain, formatNumber, formatQuantity } from "./quantity";
export type { Quantity, Comparator } from "./quantity";
export { readState, stateMatches, highestState, STATE_RANK } from "./vocabulary";
export type { StateLevel, StateMatch, StateReading } from "./vocabulary";

/** Every measure of one sheet, in sheet order. */
export function assessReport(report: Report): Assessment[] {
  const ctx = {
    sheet: report.sheet,
    ownStatusColumn: report.ownStatusColumn,
    hasActualColumn: report.hasActualColumn,
  };
  const out: Assessment[] = [];
  for (const { measure, ordinal } of measuresOf(report))
    out.push(assessMeasure(measure, { ...ctx, ordinal }));
  return out;
}

/** Every measure of every sheet, sheet by sheet. */
export function assessWorkbook(wr: WorkbookReport): Assessment[] {
  return wr.sheets.flatMap(assessReport);
}
