/**
 * Expectations: the cells a plan relies on, as the snapshot it was made from read them (an "expect"
 * edit). The Office.js applier checks them against the workbook before it writes anything and
 * changes nothing when one differs, so a plan made before someone typed is never applied over what
 * they typed. Pure.
 */
import type { Grid } from "../model/grid";
import type { Edit, ExpectedCell } from "./types";

/** The expectation that `cells` of `grid` still hold what the grid read; null when there are none. */
export function expectEdit(grid: Grid, cells: Iterable<{ row: number; col: number }>): Edit | null {
  const out: ExpectedCell[] = [];
  const seen = new Set<string>();
  for (const { row, col } of cells) {
    const k = `${row},${col}`;
    if (seen.has(k) || row < 1 || col < 1) continue;
    seen.add(k);
    const cell = grid.cells[row - 1]?.[col - 1] ?? null;
    const expected: ExpectedCell = { row, col, value: cell?.value ?? null };
    if (cell?.formula) expected.formula = true;
    out.push(expected);
  }
  out.sort((a, b) => a.row - b.row || a.col - b.col);
  return out.length > 0 ? { kind: "expect", sheet: grid.sheet, cells: out } : null;
}
