/**
 * "Väritä tila" and "Poista värit" (issue 4) as Edits. Pure: reads the report, the assessments and the
 * snapshot (including the state Toteuma keeps with the workbook), decides every cell.
 *
 * Colouring: each assessed measure's actual cell (or, without one, its target cell; without either,
 * the measure's own cell) gets the status fill and font colour; the Finnish status label goes in a
 * "Tila" column right of the measure's values (and right of its Lähtötaso/Tavoitetaso/Toteuma
 * headers) where that cell is free, with a "Tila" header beside those headers where that is free.
 * Free means empty, or filled by Toteuma itself earlier (captured while empty).
 *
 * Every cell touched is captured first under the key "status" (a cell keeps its first captured state),
 * so running it again updates and never loses the original; cells coloured before and no longer
 * coloured are restored. "Poista värit" restores every cell under the key. No other cell changes.
 * Both plans end with "expect" edits: the cells they change or judge from, as the snapshot read them,
 * so that Excel refuses the plan rather than apply it over what someone typed since.
 */
import type { CellRef } from "../model/cellref";
import type { Cell, Grid, WorkbookSnapshot } from "../model/grid";
import type { Measure, Report, WorkbookReport } from "../model/report";
import { measuresOf } from "../model/report";
import type { Assessment } from "../model/status";
import { STATUS_LABEL, STATUS_STYLE } from "../model/status";
import { expectEdit } from "./expect";
import { readState, type CapturedState } from "./state";
import type { CapturedCell, CellEdit, Edit } from "./types";

/** The key the status colours are kept under in the state sheet. */
export const STATUS_KEY = "status";

/** The header written above the status labels. */
export const STATUS_HEADER = "Tila";

/** How many rows above a measure's values its Lähtötaso/Tavoitetaso/Toteuma headers may be. */
const HEADER_REACH = 15;

const HEADER_WORD = /^(lähtötaso|lähtötilanne|tavoitetaso|tavoitearvo|toteuma|toteutuma)\b/i;

const lower = (s: string) => s.toLowerCase();
const pos = (row: number, col: number) => `${row},${col}`;

function cellAt(grid: Grid, row: number, col: number): Cell | null {
  return grid.cells[row - 1]?.[col - 1] ?? null;
}

function isEmpty(c: Cell | null): boolean {
  return c === null || (!c.formula && (c.value === null || c.value === "") && c.text === "");
}

/** True when (row, col) is covered by a merged area without being its top-left cell. */
function covered(grid: Grid, row: number, col: number): boolean {
  const r = row - 1;
  const c = col - 1;
  return grid.merges.some(
    (m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r !== m.top || c !== m.left),
  );
}

interface SheetPlan {
  grid: Grid;
  /** Cells captured earlier under the key, by position. */
  captured: Map<string, CapturedCell>;
  /** Cells Toteuma itself filled (captured while empty): not the person's values or headers. */
  ours: Set<string>;
  edits: Map<string, CellEdit>;
}

function sheetPlan(grid: Grid, state: CapturedState): SheetPlan {
  const captured = new Map<string, CapturedCell>();
  for (const s of state.get(STATUS_KEY) ?? [])
    if (lower(s.sheet) === lower(grid.sheet)) for (const c of s.cells) captured.set(pos(c.row, c.col), c);
  const ours = new Set<string>();
  for (const [k, c] of captured) if (c.value === null || c.value === "") ours.add(k);
  return { grid, captured, ours, edits: new Map() };
}

/** A cell a label or header may go in: empty now, or filled by Toteuma earlier; not under a merge. */
function free(plan: SheetPlan, row: number, col: number): boolean {
  if (row < 1 || col < 1) return false;
  if (plan.edits.has(pos(row, col))) return false;
  if (covered(plan.grid, row, col)) return false;
  return isEmpty(cellAt(plan.grid, row, col)) || plan.ours.has(pos(row, col));
}

/** The row of the measure's Lähtötaso/Tavoitetaso/Toteuma headers and their last column, if found. */
function headerRow(
  plan: SheetPlan,
  valueRow: number,
  cols: number[],
): { row: number; lastCol: number } | null {
  for (let row = valueRow; row >= Math.max(1, valueRow - HEADER_REACH); row--) {
    const line = plan.grid.cells[row - 1] ?? [];
    let last = 0;
    let hits = 0;
    line.forEach((c, i) => {
      if (!c || typeof c.value !== "string" || plan.ours.has(pos(row, i + 1))) return;
      const t = c.value.trim();
      if (t.length <= 40 && HEADER_WORD.test(t)) {
        hits++;
        last = Math.max(last, i + 1);
      }
    });
    // A header row names at least one value column of this measure (or two headers anywhere).
    if (
      hits > 0 &&
      (hits >= 2 || cols.some((col) => HEADER_WORD.test(String(cellAt(plan.grid, row, col)?.value ?? ""))))
    )
      return { row, lastCol: last };
  }
  return null;
}

interface MeasureIndex {
  /** In `measuresOf(report)` order: `Assessment.ordinal` indexes it. */
  list: Measure[];
  /** By cell, the first measure written there. */
  byCell: Map<string, Measure>;
}

function measureIndex(report: Report): MeasureIndex {
  const list: Measure[] = [];
  const byCell = new Map<string, Measure>();
  for (const { measure } of measuresOf(report)) {
    list.push(measure);
    const k = pos(measure.cell.row, measure.cell.col);
    if (!byCell.has(k)) byCell.set(k, measure);
  }
  return { list, byCell };
}

/** The assessed measure: by its ordinal (several measures may share one cell), checked by its cell. */
function measureOf(index: MeasureIndex | undefined, a: Assessment): Measure | undefined {
  if (!index) return undefined;
  const byOrdinal = Number.isInteger(a.ordinal) ? index.list[a.ordinal] : undefined;
  if (byOrdinal && byOrdinal.cell.row === a.cell.row && byOrdinal.cell.col === a.cell.col) return byOrdinal;
  return index.byCell.get(pos(a.cell.row, a.cell.col));
}

function planSheetMeasure(plan: SheetPlan, a: Assessment, measure: Measure | undefined): void {
  const style = STATUS_STYLE[a.status];
  const colours = { fill: style.fill, fontColor: style.font };
  const target: CellRef = measure?.actual?.cell ?? measure?.target?.cell ?? measure?.cell ?? a.cell;
  const key = pos(target.row, target.col);
  if (!plan.edits.has(key)) plan.edits.set(key, { row: target.row, col: target.col, style: colours });

  // The label: right of the measure's values (never counting cells Toteuma wrote) and headers.
  const values = [measure?.baseline, measure?.target, measure?.actual, measure?.ownStatus]
    .filter((t): t is NonNullable<typeof t> => !!t)
    .map((t) => t.cell)
    .filter((c) => c.row === target.row && !plan.ours.has(pos(c.row, c.col)));
  const valueCols = values.map((c) => c.col);
  const header = headerRow(plan, target.row, valueCols);
  const labelCol = Math.max(target.col, ...valueCols, header?.lastCol ?? 0) + 1;
  if (free(plan, target.row, labelCol))
    plan.edits.set(pos(target.row, labelCol), {
      row: target.row,
      col: labelCol,
      value: STATUS_LABEL[a.status].fi,
      style: colours,
    });
  // One header per header row and column; a header Toteuma wrote earlier counts as free.
  if (header && header.row !== target.row && free(plan, header.row, labelCol))
    plan.edits.set(pos(header.row, labelCol), { row: header.row, col: labelCol, value: STATUS_HEADER });
}

/** The edits of "Väritä tila": capture, restore what is no longer coloured, colour and label. */
export function planColour(
  wr: WorkbookReport,
  assessments: Assessment[],
  snapshot: WorkbookSnapshot,
): Edit[] {
  const state = readState(snapshot);
  const grids = new Map(snapshot.sheets.map((g) => [lower(g.sheet), g]));
  const reports = new Map(wr.sheets.map((r) => [lower(r.sheet), r]));
  const indexes = new Map<string, MeasureIndex>();
  const plans = new Map<string, SheetPlan>();
  const planOf = (sheet: string): SheetPlan | null => {
    const k = lower(sheet);
    const grid = grids.get(k);
    if (!grid) return null;
    let plan = plans.get(k);
    if (!plan) {
      plan = sheetPlan(grid, state);
      plans.set(k, plan);
    }
    return plan;
  };
  // Colour cells first, so that no label lands on a cell that another measure colours.
  type Work = { plan: SheetPlan; a: Assessment; measure: Measure | undefined };
  const work: Work[] = [];
  /** The work of each sheet, in order: read once per sheet below, not the whole list per sheet. */
  const workOf = new Map<SheetPlan, Work[]>();
  for (const a of assessments) {
    const sheet = a.sheet || a.cell.sheet;
    const plan = planOf(sheet);
    if (!plan) continue;
    const report = reports.get(lower(sheet));
    let index = indexes.get(lower(sheet));
    if (!index && report) {
      index = measureIndex(report);
      indexes.set(lower(sheet), index);
    }
    const w = { plan, a, measure: measureOf(index, a) };
    work.push(w);
    const own = workOf.get(plan);
    if (own) own.push(w);
    else workOf.set(plan, [w]);
  }
  for (const w of work) {
    const t = w.measure?.actual?.cell ?? w.measure?.target?.cell ?? w.measure?.cell ?? w.a.cell;
    const style = STATUS_STYLE[w.a.status];
    if (!w.plan.edits.has(pos(t.row, t.col)))
      w.plan.edits.set(pos(t.row, t.col), {
        row: t.row,
        col: t.col,
        style: { fill: style.fill, fontColor: style.font },
      });
  }
  for (const w of work) planSheetMeasure(w.plan, w.a, w.measure);
  // Sheets coloured before but with nothing to colour now still need their cells restored.
  for (const s of state.get(STATUS_KEY) ?? []) planOf(s.sheet);

  const captures: Edit[] = [];
  const restores: Edit[] = [];
  const writes: Edit[] = [];
  const expects: Edit[] = [];
  for (const grid of snapshot.sheets) {
    const plan = plans.get(lower(grid.sheet));
    if (!plan) continue;
    // The plan relies on every cell it changes and on the values each status was judged from.
    const relied: CellRef[] = [...plan.edits.values(), ...plan.captured.values()].map((c) => ({
      sheet: grid.sheet,
      row: c.row,
      col: c.col,
    }));
    for (const w of workOf.get(plan) ?? [])
      if (w.measure) {
        const m = w.measure;
        relied.push(m.cell);
        for (const v of [m.baseline, m.target, m.actual, m.ownStatus]) if (v) relied.push(v.cell);
      }
    const expect = expectEdit(grid, relied);
    const cells = [...plan.edits.values()].sort((x, y) => x.row - y.row || x.col - y.col);
    if (cells.length > 0)
      captures.push({
        kind: "capture",
        key: STATUS_KEY,
        sheet: grid.sheet,
        cells: cells.map(({ row, col }) => ({ row, col })),
      });
    const stale = [...plan.captured.entries()].filter(([k]) => !plan.edits.has(k)).map(([, c]) => c);
    if (stale.length > 0)
      restores.push({ kind: "restore", key: STATUS_KEY, sheet: grid.sheet, cells: stale });
    if (cells.length > 0) writes.push({ kind: "cells", sheet: grid.sheet, cells });
    if (expect && (cells.length > 0 || stale.length > 0)) expects.push(expect);
  }
  return [...captures, ...restores, ...writes, ...expects];
}

/** The edits of "Poista värit": every cell stored under "status" put back as it was. */
export function planClear(snapshot: WorkbookSnapshot): Edit[] {
  const state = readState(snapshot);
  const sheets = new Map(snapshot.sheets.map((g) => [lower(g.sheet), g]));
  const out: Edit[] = [];
  const expects: Edit[] = [];
  for (const s of state.get(STATUS_KEY) ?? []) {
    const grid = sheets.get(lower(s.sheet));
    if (!grid || s.cells.length === 0) continue;
    out.push({ kind: "restore", key: STATUS_KEY, sheet: grid.sheet, cells: s.cells });
    // Put back only over what the snapshot saw: a cell typed in since refuses the whole clear.
    const expect = expectEdit(grid, s.cells);
    if (expect) expects.push(expect);
  }
  return [...out, ...expects];
}
