import type { Cell, Grid } from "../model/grid";
import { SheetView } from "./sheet";

const cell = (text: string, value: Cell["value"] = text): Cell => ({ value, text });

/** A grid of `rows` rows with the given cells (row, column, cell), all others empty. */
function gridOf(rows: number, columns: number, cells: [number, number, Cell][]): Grid {
  const out: (Cell | null)[][] = Array.from({ length: rows }, () => []);
  for (const [r, c, x] of cells) {
    while (out[r].length < c) out[r].push(null);
    out[r][c] = x;
  }
  return { sheet: "S", cells: out, rowCount: rows, columnCount: columns, merges: [] };
}

const cells: [number, number, Cell][] = [
  [0, 0, cell("  TOIMENPIDE  ")],
  [0, 1, cell("Rivi\r\nkaksi ")],
  [1, 2, cell("12 %", 0.12)],
  [2, 0, cell("#N/A", { error: "#N/A" })],
];

describe("SheetView", () => {
  // A grid of a few rows keeps one text list for the sheet; a grid of mostly empty rows (a merged
  // area over thousands of rows) one per row: both read the same.
  for (const [name, rows] of [
    ["a small grid", 3],
    ["a grid of mostly empty rows", 20_000],
  ] as const) {
    it(`reads texts, raw texts and numbers of ${name}, the same when asked again`, () => {
      const view = new SheetView(gridOf(rows, 3, cells));
      for (let pass = 0; pass < 2; pass++) {
        expect(view.text(0, 0)).toBe("TOIMENPIDE");
        expect(view.text(0, 1)).toBe("Rivi kaksi");
        expect(view.rawText(0, 1)).toBe("Rivi\nkaksi");
        expect(view.text(1, 2)).toBe("12 %");
        expect(view.number(1, 2)).toBe(0.12);
        expect(view.text(2, 0)).toBe("#N/A");
        expect(view.isError(2, 0)).toBe(true);
        expect(view.text(1, 0)).toBe("");
        // Outside the grid: empty, and nothing kept for it.
        expect(view.text(rows + 5, 0)).toBe("");
        expect(view.text(0, 7)).toBe("");
        expect(view.text(-1, 0)).toBe("");
        expect(view.filled(0)).toEqual([0, 1]);
        expect(view.filled(rows - 1)).toEqual(rows === 3 ? [0] : []);
      }
    });
  }

  it("reads a cell covered by a merged area as empty", () => {
    const grid = gridOf(2, 3, [
      [0, 0, cell("Otsikko")],
      [0, 1, cell("piilossa")],
    ]);
    const view = new SheetView({ ...grid, merges: [{ top: 0, left: 0, bottom: 0, right: 1 }] });
    expect(view.text(0, 0)).toBe("Otsikko");
    expect(view.text(0, 1)).toBe("");
    expect(view.rawText(0, 1)).toBe("");
  });
});
