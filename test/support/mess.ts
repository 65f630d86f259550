/**
 * Test-only grid transformations: the mess real sheets have (case, colons, no-break spaces, shifted
 * columns, blank rows, merged labels, misspellings), applied to a fixture's grid.
 */
import type { Cell, Grid } from "../../src/model/grid";
import { matchLabel } from "../../src/text";
import { BLOCK_LABELS } from "../../src/read/vocabulary";

export function cellText(cell: Cell | null | undefined): string {
  if (!cell) return "";
  return cell.text !== "" ? cell.text : cell.value === null ? "" : String(cell.value);
}

function textCell(text: string): Cell {
  return { value: text, text };
}

/** A copy of the grid with `fn` applied to every non-empty cell. */
export function mapCells(grid: Grid, fn: (cell: Cell, r: number, c: number) => Cell | null): Grid {
  const cells = grid.cells.map((row, r) => row.map((cell, c) => (cell ? fn(cell, r, c) : null)));
  return { ...grid, cells, merges: grid.merges.map((m) => ({ ...m })) };
}

/** True when the cell is a hierarchy label written alone (PAINOPISTE, TAVOITE, …, MITTARI). */
export function isLabelCell(cell: Cell | null | undefined): boolean {
  const t = cellText(cell);
  const m = t.length < 30 ? matchLabel(t, BLOCK_LABELS, { allowRest: false, fuzzy: false }) : null;
  return !!m && ["painopiste", "teema", "goal", "commitment", "action", "measure"].includes(m.kind);
}

/** Rewrites the text of every label cell. */
export function relabel(grid: Grid, fn: (label: string) => string): Grid {
  return mapCells(grid, (cell) => (isLabelCell(cell) ? textCell(fn(cellText(cell))) : cell));
}

/** Inserts `n` empty columns before column A: every label moves to column B (or C…). */
export function shiftRight(grid: Grid, n = 1): Grid {
  const pad = new Array<Cell | null>(n).fill(null);
  return {
    ...grid,
    cells: grid.cells.map((row) => [...pad, ...row]),
    columnCount: grid.columnCount + n,
    merges: grid.merges.map((m) => ({ ...m, left: m.left + n, right: m.right + n })),
  };
}

/** Inserts a blank row after every row. */
export function blankRows(grid: Grid): Grid {
  const cells: (Cell | null)[][] = [];
  for (const row of grid.cells) cells.push(row, []);
  const rowIndex = (r: number): number => r * 2;
  return {
    ...grid,
    cells,
    rowCount: cells.length,
    merges: grid.merges.map((m) => ({ ...m, top: rowIndex(m.top), bottom: rowIndex(m.bottom) })),
  };
}

/**
 * Moves every label into a merged area A:B and the rest of its row one column right: a label cell
 * merged over two columns as people do for looks.
 */
export function mergeLabels(grid: Grid): Grid {
  const shifted = shiftRight(grid, 1);
  const merges = [...shifted.merges];
  const cells = shifted.cells.map((row, r) => {
    if (!isLabelCell(row[1])) return row;
    const out = [...row];
    out[0] = row[1];
    out[1] = textCell(cellText(row[1]));
    merges.push({ top: r, left: 0, bottom: r, right: 1 });
    return out;
  });
  return { ...shifted, cells, merges };
}

/** Replaces the first cell whose text is exactly `from` with `to`. */
export function replaceFirst(grid: Grid, from: string, to: string): { grid: Grid; row: number; col: number } {
  let done: { row: number; col: number } | null = null;
  const out = mapCells(grid, (cell, r, c) => {
    if (!done && cellText(cell) === from) {
      done = { row: r + 1, col: c + 1 };
      return textCell(to);
    }
    return cell;
  });
  if (!done) throw new Error(`no cell "${from}"`);
  return { grid: out, ...(done as { row: number; col: number }) };
}

/** A grid from rows of strings ("" for an empty cell). */
export function gridOf(sheet: string, rows: string[][]): Grid {
  return {
    sheet,
    cells: rows.map((row) => row.map((t) => (t === "" ? null : textCell(t)))),
    rowCount: rows.length,
    columnCount: Math.max(0, ...rows.map((r) => r.length)),
    merges: [],
  };
}
