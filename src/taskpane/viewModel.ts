/**
 * Pure helpers that shape results for the pane's views: counts, grouping, lookups. Plain data in,
 * plain data out; no React, no Excel.
 */
import {
  measuresOf,
  SEVERITIES,
  STATUSES,
  type Assessment,
  type CellRef,
  type Finding,
  type MeasurePath,
  type Report,
  type Severity,
  type Status,
  type WorkbookReport,
} from "../model";

export interface FindingGroup {
  severity: Severity;
  findings: Finding[];
}

export interface SheetFindings {
  sheet: string;
  groups: FindingGroup[];
}

/**
 * Findings by sheet (in the workbook's sheet order, then any other sheet in order of appearance) and
 * by severity (errors first); within a group, in row then column order.
 */
export function groupFindings(findings: readonly Finding[], sheetOrder: readonly string[]): SheetFindings[] {
  const sheets = [...sheetOrder];
  for (const f of findings) if (!sheets.includes(f.cell.sheet)) sheets.push(f.cell.sheet);
  const out: SheetFindings[] = [];
  for (const sheet of sheets) {
    const mine = findings.filter((f) => f.cell.sheet === sheet);
    if (mine.length === 0) continue;
    const groups: FindingGroup[] = [];
    for (const severity of SEVERITIES) {
      const group = mine
        .filter((f) => f.severity === severity)
        .sort((a, b) => a.cell.row - b.cell.row || a.cell.col - b.cell.col);
      if (group.length > 0) groups.push({ severity, findings: group });
    }
    out.push({ sheet, groups });
  }
  return out;
}

export function cellKey(ref: CellRef): string {
  return `${ref.sheet}\u0000${ref.row}\u0000${ref.col}`;
}

/** The key of a measure (and of its assessment): its sheet and its position there. */
export function measureKey(sheet: string, ordinal: number): string {
  return `${sheet}\u0000${ordinal}`;
}

/**
 * Every measure of the workbook by `measureKey`, with its ancestors. Not by cell: several measures
 * written in one cell ("Mittari 1. … Mittari 2. …") share it.
 */
export function measureIndex(wr: WorkbookReport): Map<string, MeasurePath> {
  const index = new Map<string, MeasurePath>();
  for (const report of wr.sheets)
    for (const path of measuresOf(report)) index.set(measureKey(report.sheet, path.ordinal), path);
  return index;
}

export interface SheetStatus {
  sheet: string;
  counts: Record<Status, number>;
  assessments: Assessment[];
}

/** Assessments per sheet that has measures, in sheet order, with counts per status. */
export function statusBySheet(wr: WorkbookReport, assessments: readonly Assessment[]): SheetStatus[] {
  const out: SheetStatus[] = [];
  for (const report of wr.sheets) {
    const mine = assessments.filter((a) => a.sheet === report.sheet);
    if (mine.length === 0) continue;
    const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
    for (const a of mine) counts[a.status]++;
    out.push({ sheet: report.sheet, counts, assessments: mine });
  }
  return out;
}

/** True when the sheet holds at least one focus area with something under it. */
export function hasGoalStructure(report: Report): boolean {
  return report.layout !== "none" && report.focusAreas.some((f) => f.goals.length > 0);
}
