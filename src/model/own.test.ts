import type { Cell, Grid, WorkbookSnapshot } from "./grid";
import {
  CONTENTS_HEADERS,
  capturedOn,
  isContentsSheet,
  readState,
  STATE_SHEET,
  writtenByToteuma,
} from "./own";

const c = (v: string | number | null): Cell | null => (v === null ? null : { value: v, text: String(v) });

function snap(rows: (string | number | null)[][]): WorkbookSnapshot {
  const grid: Grid = {
    sheet: STATE_SHEET,
    cells: rows.map((r) => r.map(c)),
    rowCount: rows.length,
    columnCount: 5,
    merges: [],
    hidden: true,
  };
  return {
    name: null,
    sheets: [{ sheet: "T2 2025", cells: [], rowCount: 0, columnCount: 0, merges: [] }, grid],
  };
}

const json = (o: object) => JSON.stringify(o);

describe("readState", () => {
  it("groups captured cells by key and sheet, first capture winning, broken rows skipped", () => {
    const state = readState(
      snap([
        ["status", "T2 2025", 9, 3, json({ row: 9, col: 3, value: "Vireillä", fill: null, fontColor: null })],
        [
          "status",
          "t2 2025",
          "9",
          "5",
          json({ row: 9, col: 5, value: null, fill: "#FFEB9C", fontColor: "#9C5700" }),
        ],
        ["status", "T2 2025", 9, 3, json({ row: 9, col: 3, value: "myöhempi", fill: null, fontColor: null })],
        [
          "status",
          "T2 2025",
          10,
          1,
          json({ row: 10, col: 1, value: "=A1*2", formula: true, fill: null, fontColor: null }),
        ],
        ["muu", "Muu", 1, 1, json({ row: 1, col: 1, value: 5, fill: "#C6EFCE", fontColor: null })],
        ["status", "T2 2025", 11, 1, "{ei jsonia"],
        ["status", "T2 2025", 12, 1, json({ value: "x", fill: "punainen", fontColor: null })],
        ["status", "T2 2025", 0, 1, json({ value: "x", fill: null, fontColor: null })],
        [null, "T2 2025", 13, 1, json({ value: "x", fill: null, fontColor: null })],
      ]),
    );
    expect([...state.keys()]).toEqual(["status", "muu"]);
    const status = state.get("status") ?? [];
    expect(status).toHaveLength(1);
    expect(status[0].sheet).toBe("T2 2025");
    expect(status[0].cells).toEqual([
      { row: 9, col: 3, value: "Vireillä", fill: null, fontColor: null },
      { row: 9, col: 5, value: null, fill: "#FFEB9C", fontColor: "#9C5700" },
      { row: 10, col: 1, value: "=A1*2", formula: true, fill: null, fontColor: null },
    ]);
    expect(capturedOn(state, "muu", "MUU")).toEqual([
      { row: 1, col: 1, value: 5, fill: "#C6EFCE", fontColor: null },
    ]);
    expect(capturedOn(state, "status", "Ei ole")).toEqual([]);
  });

  it("is empty without a state sheet, and names the cells Toteuma itself filled", () => {
    expect(readState({ name: null, sheets: [] }).size).toBe(0);
    const s = snap([
      ["status", "T2 2025", 9, 3, json({ value: "Vireillä", fill: null, fontColor: null })],
      ["status", "T2 2025", 9, 5, json({ value: null, fill: null, fontColor: null })],
    ]);
    expect([...writtenByToteuma(s)]).toEqual(["t2 2025!9,5"]);
  });
});

describe("isContentsSheet", () => {
  const grid = (rows: (string | number | null)[][], sheet = "Sisällys"): Grid => ({
    sheet,
    cells: rows.map((r) => r.map(c)),
    rowCount: rows.length,
    columnCount: 6,
    merges: [],
  });
  const header = [...CONTENTS_HEADERS];

  it("knows a merge's contents sheet by its table header under the title, whatever its name", () => {
    const rows = [
      ["Yhdistetty työkirja (Merged workbook)"],
      ["2 raporttivälilehteä 2 työkirjasta."],
      [],
      header,
      ["Sivistystoimiala", "Sivistystoimiala", "T2 2025", "sivistys-2025-T2.xlsx", "T2 2025", 12],
    ];
    expect(isContentsSheet(grid(rows))).toBe(true);
    expect(isContentsSheet(grid(rows, "Sisällys (2)"))).toBe(true);
    // The header from column B on (a table placed one column in) is the same header.
    expect(isContentsSheet(grid([[null, ...header]]))).toBe(true);
  });

  it("a person's own sheet called Sisällys is not Toteuma's: other headers, a header too far down, half of it", () => {
    expect(
      isContentsSheet(
        grid([
          ["Välilehti", "Sisältö"],
          ["T2 2025", "Sivistystoimialan raportti"],
        ]),
      ),
    ).toBe(false);
    expect(isContentsSheet(grid([...Array.from({ length: 12 }, () => ["teksti"]), header]))).toBe(false);
    expect(isContentsSheet(grid([header.slice(0, 3)]))).toBe(false);
    expect(isContentsSheet(grid([["Lähdetiedosto (Source file)", ...header.slice(0, 3)]]))).toBe(false);
  });
});
