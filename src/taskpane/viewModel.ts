/**
 * Pure helpers that shape results for the pane's views: counts, grouping, lookups. Plain data in,
 * plain data out; no React, no Excel.
 */
import {
  actionsOf,
  countMeasures,
  measuresOf,
  SEVERITIES,
  STATUSES,
  type Action,
  type Assessment,
  type CellRef,
  type Commitment,
  type FocusArea,
  type Goal,
  type Finding,
  type MeasurePath,
  type Report,
  type Severity,
  type Status,
  type WorkbookReport,
} from "../model";
import type { Bilingual } from "../model/text";
import { periodPhrase, type CopyNote, type MergePlan } from "../summary";

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

/** Actions and measures under a node of the tree (what its summary line counts). */
export interface NodeCounts {
  actions: number;
  measures: number;
}

export function countsUnder(node: FocusArea | Goal | Commitment): NodeCounts {
  if ("actions" in node)
    return {
      actions: node.actions.length,
      measures: node.actions.reduce((n, a) => n + a.measures.length, 0),
    };
  const children: (Goal | Commitment)[] = "goals" in node ? node.goals : node.commitments;
  const out = { actions: 0, measures: 0 };
  for (const child of children) {
    const c = countsUnder(child);
    out.actions += c.actions;
    out.measures += c.measures;
  }
  return out;
}

/** Depth of the tree: focus area 0, goal 1, commitment 2, action 3; a node is open when its level < depth. */
export const TREE_LEVELS = 4;

/** Up to this many measures in the workbook, the tree opens fully; above it, it starts collapsed. */
export const EXPAND_LIMIT = 40;

/** How far the "Luettu" tree opens at first: to the measures for a small workbook, closed for a large one. */
export function initialDepth(wr: WorkbookReport): number {
  const measures = wr.sheets.reduce((n, r) => n + countMeasures(r), 0);
  return measures <= EXPAND_LIMIT ? TREE_LEVELS : 0;
}

/** First and last row an action's block covers: its label, text, measures with their values, selvitys. */
function rowsOf(action: Action): { first: number; last: number } {
  const rows = [action.cell.row];
  if (action.labelCell) rows.push(action.labelCell.row);
  if (action.responsible) rows.push(action.responsible.cell.row);
  for (const m of action.measures)
    for (const t of [m, m.baseline, m.target, m.actual, m.ownStatus, m.responsible ?? null])
      if (t) rows.push(t.cell.row);
  for (const r of action.reports) {
    rows.push(r.cell.row);
    for (const p of r.parts) {
      rows.push(p.cell.row);
      if (p.report) rows.push(p.report.cell.row);
    }
  }
  return { first: Math.min(...rows), last: Math.max(...rows) };
}

/**
 * The action a cell belongs to (its block covers the cell's row on that sheet), for showing a
 * finding in context; null when the cell is outside every action (a title, a goal row).
 */
export function actionAt(wr: WorkbookReport, ref: CellRef): Action | null {
  const report = wr.sheets.find((r) => r.sheet === ref.sheet);
  if (!report) return null;
  let best: { action: Action; span: number } | null = null;
  for (const { action } of actionsOf(report)) {
    const { first, last } = rowsOf(action);
    if (ref.row < first || ref.row > last) continue;
    // Nested or overlapping blocks (a table row per measure): the narrowest wins.
    if (!best || last - first < best.span) best = { action, span: last - first };
  }
  return best ? best.action : null;
}

// ---- The merge ("Yhdistä työkirjat") as the Yhteenveto view lists it ----

/** One merged sheet as the view lists it: what the command line's table says, in both languages. */
export interface MergedSheetLine {
  /** Its name in the merged workbook. */
  name: string;
  department: string | null;
  period: Bilingual;
  measures: number;
  file: string;
  sheet: string;
}

/** What the view shows after a merge: the command line's lines, as data (src/cli/commands/merge.ts). */
export interface MergeOutcome {
  sheets: MergedSheetLine[];
  conflicts: { code: string; message: Bilingual }[];
  /** Where (a file, or "file / sheet") and why. */
  leftOut: { where: string; reason: Bilingual }[];
  notes: { sheet: string; kind: CopyNote["kind"]; message: Bilingual }[];
}

/** The merge's plan and notes as the view lists them; kept small (no sources' measures). */
export function mergeOutcome(plan: MergePlan, notes: readonly CopyNote[]): MergeOutcome {
  return {
    sheets: plan.sheets.map(({ source: s, name }) => ({
      name,
      department: s.department,
      period: periodPhrase(s.period, s.year),
      measures: s.measures.length,
      file: s.file,
      sheet: s.sheet,
    })),
    conflicts: plan.conflicts.map((c) => ({ code: c.code, message: c.message })),
    leftOut: plan.leftOut.map((l) => ({
      where: l.sheet === null ? l.file : `${l.file} / ${l.sheet}`,
      reason: l.reason,
    })),
    notes: notes.map((n) => ({ sheet: n.sheet, kind: n.kind, message: n.message })),
  };
}
