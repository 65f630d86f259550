/**
 * A workbook's report sheets as summary sources: what the summary keeps of each after reading,
 * checking and assessing it (the same `validate` and `assess` results `toteuma validate` and
 * `toteuma status` give), so that the snapshot and the report can be let go file by file.
 */
import { a1 } from "../model/cellref";
import type { Finding } from "../model/finding";
import { measuresOf, type Report, type TextAt, type WorkbookReport } from "../model/report";
import type { Assessment } from "../model/status";
import { cleanText } from "../text";
import { departmentName } from "./keys";
import type { NameAt, SourceLink, SourceSheet, SummaryMeasure } from "./types";

/** True when the sheet is a report the summary counts: read in one of the goal layouts. */
export function isReportSheet(report: Report): boolean {
  return report.layout !== "none";
}

const textOf = (t: TextAt | null | undefined): string | null => {
  const s = t ? cleanText(t.text) : "";
  return s === "" ? null : s;
};

/** The source of one report sheet: its measures paired with their assessments by position. */
export function sourceOf(
  file: string,
  link: SourceLink | null,
  report: Report,
  findings: readonly Finding[],
  assessments: readonly Assessment[],
): SourceSheet {
  const byOrdinal = new Map<number, Assessment>();
  for (const a of assessments) if (a.sheet === report.sheet) byOrdinal.set(a.ordinal, a);
  const measures: SummaryMeasure[] = [];
  for (const { focusArea, goal, commitment, action, measure, ordinal } of measuresOf(report)) {
    const a = byOrdinal.get(ordinal);
    if (!a) throw new Error(`No assessment for ${report.sheet}!${a1(measure.cell)} (#${ordinal})`);
    measures.push({
      unit: focusArea.unit ? cleanText(focusArea.unit) : null,
      focusArea: cleanText(focusArea.text),
      goal: cleanText(goal.text),
      commitment: cleanText(commitment.text),
      action: cleanText(action.text),
      measure: cleanText(measure.text),
      baseline: textOf(measure.baseline),
      target: textOf(measure.target),
      actual: textOf(measure.actual),
      status: a.status,
      source: a.source,
      reason: a.reason,
      cell: a1(measure.cell),
    });
  }
  const names: NameAt[] = [];
  for (const f of report.focusAreas) {
    if (!f.implied && cleanText(f.text))
      names.push({ kind: "focusArea", text: cleanText(f.text), cell: a1(f.cell) });
    for (const g of f.goals)
      if (!g.implied && cleanText(g.text))
        names.push({ kind: "goal", text: cleanText(g.text), cell: a1(g.cell) });
  }
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    if (f.cell.sheet !== report.sheet) continue;
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
  }
  return {
    file,
    sheet: report.sheet,
    link,
    department: departmentName(report.department),
    period: report.period,
    year: report.year,
    errors,
    warnings,
    measures,
    names,
  };
}

/** Every report sheet of a workbook as a source, in sheet order. */
export function sourcesOf(
  file: string,
  link: SourceLink | null,
  workbook: WorkbookReport,
  findings: readonly Finding[],
  assessments: readonly Assessment[],
): SourceSheet[] {
  return workbook.sheets.filter(isReportSheet).map((r) => sourceOf(file, link, r, findings, assessments));
}
