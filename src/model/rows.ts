/** Flat rows of a report: one per measure, with its ancestors' texts (the shape `toteuma read --json` prints). */
import { a1 } from "./cellref";
import { measuresOf, type Report, type TextAt } from "./report";

export interface MeasureRow {
  sheet: string;
  /** A1 address of the measure's cell. */
  cell: string;
  department: string | null;
  unit: string | null;
  focusArea: string;
  goal: string;
  commitment: string;
  action: string;
  measure: string;
  baseline: string | null;
  target: string | null;
  actual: string | null;
  ownStatus: string | null;
}

const textOf = (t: TextAt | null | undefined): string | null => (t && t.text !== "" ? t.text : null);

export function measureRows(report: Report): MeasureRow[] {
  const rows: MeasureRow[] = [];
  for (const { focusArea, goal, commitment, action, measure } of measuresOf(report)) {
    rows.push({
      sheet: report.sheet,
      cell: a1(measure.cell),
      department: report.department,
      unit: focusArea.unit,
      focusArea: focusArea.text,
      goal: goal.text,
      commitment: commitment.text,
      action: action.text,
      measure: measure.text,
      baseline: textOf(measure.baseline),
      target: textOf(measure.target),
      actual: textOf(measure.actual),
      ownStatus: textOf(measure.ownStatus),
    });
  }
  return rows;
}
