import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { STATE_SHEET, type Edit } from "../edits/types";
import { readState } from "../edits/state";
import { applyEdits, newWorkbook, workbookBytes, writeXlsx, WorkbookWriteError } from "./apply";
import { StateWriter, stateCell } from "./edit";
import { literalCell } from "./sheet";
import { loadXlsxFile, snapshotFromExcelJs, snapshotOf, type XlsxWorkbook } from "./snapshot";
import { exceljsOf, packageOf } from "../../test/support/xlsx";

const FIX = path.join(__dirname, "../../test/fixtures/workbooks");
const fixture = (name: string) => path.join(FIX, name);

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "toteuma-apply-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A cell by address or row/column (a plain exceljs read, not an Office.js proxy). */
function cellAt(ws: ExcelJS.Worksheet, row: number | string, col?: number): ExcelJS.Cell {
  return typeof row === "string" ? ws.getCell(row) : ws.getCell(row, col as number);
}

/** Through a file and back, as the command line does: the written bytes as exceljs reads them. */
const reload = (wb: XlsxWorkbook): Promise<ExcelJS.Workbook> => exceljsOf(wb);
const findSheet = (wb: ExcelJS.Workbook, name: string) =>
  wb.worksheets.find((w) => w.name.toLowerCase() === name.toLowerCase());

/** Every cell of a sheet: value, fill and font, as JSON, for before/after comparisons. */
function dump(ws: ExcelJS.Worksheet, rows = ws.rowCount + 2, cols = ws.columnCount + 3): string[] {
  const out: string[] = [];
  for (let r = 1; r <= rows; r++)
    for (let c = 1; c <= cols; c++) {
      const cell = cellAt(ws, r, c);
      out.push(
        JSON.stringify([r, c, cell.value ?? null, cell.fill ?? null, cell.font ?? null, cell.numFmt ?? null]),
      );
    }
  return out;
}

describe("cells", () => {
  it("writes hostile text as text, which survives a file round trip", async () => {
    const { workbook } = await loadXlsxFile(fixture("kasvu-ja-tyollisyys-2026-T1.xlsx"));
    const hostile = ["=SUM(A1)", "+358", "-5", "@x", "=1+1", "TRUE"];
    applyEdits(workbook, [
      { kind: "cells", sheet: "T1 2026", cells: hostile.map((value, i) => ({ row: 40 + i, col: 2, value })) },
    ]);
    const back = await reload(workbook);
    const ws = back.getWorksheet("T1 2026") as ExcelJS.Worksheet;
    hostile.forEach((t, i) => {
      const cell = cellAt(ws, 40 + i, 2);
      expect(cell.value).toBe(t);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
    });
    const snap = await snapshotOf(workbook);
    expect(snap.sheets[0].cells[39][1]).toEqual({ value: "=SUM(A1)", text: "=SUM(A1)" });
    expect(snapshotFromExcelJs(back, "x").sheets[0].cells[39][1]).toEqual({
      value: "=SUM(A1)",
      text: "=SUM(A1)",
    });
  });

  it("colours one cell without colouring the cells that shared its style", async () => {
    const { workbook } = await loadXlsxFile(fixture("elinvoima-ja-ymparisto-2023-vuosi.xlsx"));
    const before = dump((await reload(workbook)).worksheets[0], 210, 8);
    applyEdits(workbook, [
      {
        kind: "cells",
        sheet: "Toteutuminen 2023",
        cells: [{ row: 41, col: 5, style: { fill: "#C6EFCE", fontColor: "#006100" } }],
      },
    ]);
    const after = dump((await reload(workbook)).worksheets[0], 210, 8);
    const changed = before.filter((b, i) => b !== after[i]);
    expect(changed).toHaveLength(1);
    expect(JSON.parse(changed[0]).slice(0, 2)).toEqual([41, 5]);
    const cell = cellAt((await reload(workbook)).worksheets[0], "E41");
    expect(cell.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFC6EFCE" } });
    expect(cell.font.color).toEqual({ argb: "FF006100" });
    // The rest of the font stays.
    const orig = cellAt(
      (await reload((await loadXlsxFile(fixture("elinvoima-ja-ymparisto-2023-vuosi.xlsx"))).workbook))
        .worksheets[0],
      "E41",
    );
    expect({ ...cell.font, color: undefined }).toEqual({ ...orig.font, color: undefined });
  });

  it("refuses a sheet the workbook does not have, in both languages", async () => {
    const { workbook } = await loadXlsxFile(fixture("kasvu-ja-tyollisyys-2026-T1.xlsx"));
    expect(() =>
      applyEdits(workbook, [{ kind: "cells", sheet: "Ei ole", cells: [{ row: 1, col: 1, value: 1 }] }]),
    ).toThrow(/Ei ole/);
  });
});

describe("capture and restore", () => {
  const sheet = "Toteutuminen 2023";
  const ROWS = 210;
  const COLS = 8;

  /** The year-end fixture with a formula, rich text and a theme-coloured fill added, through a file. */
  async function yearEnd(): Promise<XlsxWorkbook> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(fixture("elinvoima-ja-ymparisto-2023-vuosi.xlsx"));
    const ws = workbook.worksheets[0];
    ws.getCell("G1").value = { formula: "C52+D52", result: 5 };
    ws.getCell("G2").value = { richText: [{ text: "rikas " }, { font: { bold: true }, text: "teksti" }] };
    // A theme colour with a tint, which "#RRGGBB" cannot say (exceljs's types leave out `tint`).
    ws.getCell("G2").fill = {
      type: "pattern",
      pattern: "solid",
      fgColor: { theme: 4, tint: 0.6 } as Partial<ExcelJS.Color>,
    };
    ws.getCell("G3").value = new Date(Date.UTC(2023, 5, 26));
    ws.getCell("G3").numFmt = "d.m.yyyy";
    return packageOf(workbook);
  }

  const touched = [
    { row: 41, col: 5 },
    { row: 52, col: 5 },
    { row: 142, col: 3 },
    { row: 41, col: 6 },
    { row: 1, col: 7 },
    { row: 2, col: 7 },
    { row: 3, col: 7 },
  ];

  it("capture → cells → restore leaves every cell of the sheet exactly as it was", async () => {
    const before = dump((await reload(await yearEnd())).worksheets[0], ROWS, COLS);
    const wb = await yearEnd();
    applyEdits(wb, [
      { kind: "capture", key: "status", sheet, cells: touched },
      {
        kind: "cells",
        sheet,
        cells: touched.map((c) => ({
          ...c,
          value: c.col >= 6 ? "Osittain toteutunut" : undefined,
          style: { fill: "#FFEB9C", fontColor: "#9C5700" },
        })),
      },
    ]);
    // Capturing again later keeps the first state.
    applyEdits(wb, [
      { kind: "capture", key: "status", sheet, cells: [{ row: 41, col: 6 }] },
      { kind: "cells", sheet, cells: [{ row: 41, col: 6, value: "Toteutunut", style: { fill: "#C6EFCE" } }] },
    ]);
    const coloured = await reload(wb);
    expect(findSheet(coloured, STATE_SHEET)?.state).toBe("veryHidden");
    expect(dump(coloured.worksheets[0], ROWS, COLS)).not.toEqual(before);
    expect(coloured.worksheets[0].getCell("F41").value).toBe("Toteutunut");

    const state = readState(await snapshotOf(wb));
    const cells = state.get("status")?.[0].cells ?? [];
    expect(cells).toHaveLength(touched.length);
    expect(cells.find((c) => c.row === 41 && c.col === 6)?.value).toBeNull();
    expect(cells.find((c) => c.row === 1 && c.col === 7)).toMatchObject({ value: "=C52+D52", formula: true });
    expect(cells.find((c) => c.row === 142 && c.col === 3)).toMatchObject({ value: 259000, fill: null });

    applyEdits(wb, [{ kind: "restore", key: "status", sheet, cells }]);
    const restored = await reload(wb);
    expect(dump(restored.worksheets[0], ROWS, COLS)).toEqual(before);
    expect(findSheet(restored, STATE_SHEET)).toBeUndefined();
  });

  it("a state too long for one cell keeps only what Excel reads", async () => {
    const wb = await yearEnd();
    const long = "<ä>".repeat(6000);
    applyEdits(wb, [{ kind: "cells", sheet, cells: [{ row: 5, col: 8, value: long }] }]);
    applyEdits(wb, [{ kind: "capture", key: "status", sheet, cells: [{ row: 5, col: 8 }, touched[0]] }]);
    const cells = readState(await snapshotOf(wb)).get("status")?.[0].cells ?? [];
    expect(cells[0]).toEqual({ row: 5, col: 8, value: long, fill: null, fontColor: "#000000" });
    expect(cells[1].exact).toBeDefined();
  });

  it("a state cell is written exactly as literalCell writes it", () => {
    const values: (string | number)[] = [
      '{"exact":{"xml":{"cell":"<c r=\\"A1\\" s=\\"3\\"><v>1</v></c>"}},"value":"a & b > c"}',
      " alussa välilyönti",
      "lopussa\n",
      "_x000D_ ja \u0001 ja \uFFFF",
      "=SUM(A1)",
      "",
      0,
      41,
      NaN,
    ];
    for (const v of values) expect(stateCell("E7", v)).toBe(literalCell("E7", 0, v));
    // The state sheet's writer writes its rows with the same characters.
    const strings = values.filter((v): v is string => typeof v === "string");
    const writer = new StateWriter(strings.length, 16);
    strings.forEach((v, i) => writer.row(v, "Välilehti & <1>", i + 1, 7, v));
    const xml = new TextDecoder().decode(writer.bytes());
    const rows = strings.map((v, i) => {
      const n = i + 1;
      const cells = [literalCell(`A${n}`, 0, v), literalCell(`B${n}`, 0, "Välilehti & <1>")];
      cells.push(literalCell(`C${n}`, 0, n), literalCell(`D${n}`, 0, 7), literalCell(`E${n}`, 0, v));
      return `<row r="${n}">${cells.join("")}</row>`;
    });
    expect(xml).toContain(`<dimension ref="A1:E${strings.length}"/>`);
    expect(xml).toContain(`<sheetData>${rows.join("")}</sheetData>`);
    expect(() => new StateWriter(2, 16).bytes()).toThrow();
  });

  it("captures and cells alone (written as captured) give the very parts the general applier gives", async () => {
    // A "deleteSheet" of a sheet that is not there changes nothing but takes the general way.
    const general = { kind: "deleteSheet", sheet: "Ei ole" } as const;
    const colour = (c: { row: number; col: number }, i: number) => ({
      ...c,
      value: i % 2 ? "a & <b> _x000D_ " : undefined,
      style: { fill: "#FFEB9C" },
    });
    const batches = [
      // Twice the same cell in one capture, a cell with no element, hostile text written.
      [
        { kind: "capture", key: "status", sheet, cells: [...touched, touched[0], { row: 300, col: 2 }] },
        { kind: "cells", sheet, cells: touched.map(colour) },
      ],
      // Captured again (kept as first captured) with new cells, under a second key, and an expect.
      [
        { kind: "capture", key: "status", sheet, cells: [touched[1], { row: 5, col: 1 }] },
        { kind: "capture", key: "muu", sheet, cells: [touched[1]] },
        { kind: "cells", sheet, cells: [{ row: 5, col: 1, value: " alussa" }] },
        { kind: "expect", sheet, cells: [] },
      ],
      // Nothing new to capture: the state sheet stays.
      [{ kind: "capture", key: "status", sheet, cells: [touched[2]] }],
    ] as Edit[][];
    const fast = await yearEnd();
    const slow = await yearEnd();
    for (const batch of batches) {
      applyEdits(fast, batch);
      applyEdits(slow, [...batch, general]);
      const parts = (wb: XlsxWorkbook) => wb.partNames().map((p) => [p, wb.text(p)]);
      expect(parts(fast)).toEqual(parts(slow));
    }
    const state = readState(await snapshotOf(fast));
    expect(state.get("status")?.[0].cells).toHaveLength(touched.length + 2);
    expect(state.get("muu")?.[0].cells).toHaveLength(1);
  });

  it("a batch that leaves the stored states as they were does not rewrite the state sheet", async () => {
    const wb = await yearEnd();
    applyEdits(wb, [
      { kind: "capture", key: "status", sheet, cells: touched },
      // Every touched cell but the last coloured: the last one stays as captured.
      {
        kind: "cells",
        sheet,
        cells: touched.slice(0, -1).map((c) => ({ ...c, style: { fill: "#FFC7CE" } })),
      },
    ]);
    const all = readState(await snapshotOf(wb)).get("status")?.[0].cells ?? [];
    const part = wb.sheets().find((s) => s.name === STATE_SHEET)?.part as string;
    // Excel re-saves the state sheet in its own way; Toteuma keeps that text when nothing changed.
    const resaved = wb.text(part).replace("<sheetData>", "<!-- Excel --><sheetData>");
    wb.setText(part, resaved);
    const last = all[all.length - 1];
    // The last cell restored and captured again (the same state, the same last row): the rows are
    // what they were.
    applyEdits(wb, [
      { kind: "restore", key: "status", sheet, cells: [last] },
      { kind: "capture", key: "status", sheet, cells: [{ row: last.row, col: last.col }] },
    ]);
    expect(wb.text(part)).toBe(resaved);
    // One more cell captured: the state sheet is written anew with it.
    applyEdits(wb, [{ kind: "capture", key: "status", sheet, cells: [{ row: 1, col: 1 }] }]);
    expect(wb.text(part)).not.toContain("<!-- Excel -->");
    expect(readState(await snapshotOf(wb)).get("status")?.[0].cells).toHaveLength(all.length + 1);
  });

  it("restoring part of the cells keeps the others stored", async () => {
    const wb = await yearEnd();
    applyEdits(wb, [
      { kind: "capture", key: "status", sheet, cells: touched },
      { kind: "cells", sheet, cells: touched.map((c) => ({ ...c, style: { fill: "#FFC7CE" } })) },
    ]);
    const all = readState(await snapshotOf(wb)).get("status")?.[0].cells ?? [];
    applyEdits(wb, [{ kind: "restore", key: "status", sheet, cells: all.slice(0, 2) }]);
    const left = readState(await snapshotOf(wb)).get("status")?.[0].cells ?? [];
    expect(left.map((c) => [c.row, c.col])).toEqual(all.slice(2).map((c) => [c.row, c.col]));
    const fresh = (await reload(await yearEnd())).worksheets[0];
    const now = (await reload(wb)).worksheets[0];
    expect(now.getCell(touched[0].row, touched[0].col).fill).toEqual(
      fresh.getCell(touched[0].row, touched[0].col).fill,
    );
    expect(now.getCell(touched[3].row, touched[3].col).fill).toMatchObject({
      fgColor: { argb: "FFFFC7CE" },
    });
  });

  it("restores what Excel captured (no exact part): fill and font colour as #RRGGBB", async () => {
    const wb = await yearEnd();
    applyEdits(wb, [
      {
        kind: "cells",
        sheet,
        cells: [{ row: 41, col: 5, style: { fill: "#C6EFCE", fontColor: "#006100" } }],
      },
    ]);
    applyEdits(wb, [
      {
        kind: "restore",
        key: "status",
        sheet,
        cells: [{ row: 41, col: 5, value: "24 pv", fill: "#123456", fontColor: null }],
      },
    ]);
    const cell = cellAt((await reload(wb)).worksheets[0], "E41");
    expect(cell.value).toBe("24 pv");
    expect(cell.fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FF123456" } });
    expect(cell.font?.color).toBeUndefined();
  });
});

describe("sheets", () => {
  const spec = {
    name: "Tarkistus",
    title: ["Tarkistus: 2 huomautusta"],
    columns: [
      { header: "Välilehti", width: 20 },
      { header: "Solu", width: 8 },
      { header: "Viesti", width: 60, wrap: true },
      { header: "Määrä", numberFormat: "#,##0" },
    ],
    rows: [
      ["T2 2025", "B12", "=SUM(A1) ei ole kaava", 1234],
      ["T2 2025", "B14", "-5", null],
    ],
    styles: [{ row: 1, col: 2, style: { fill: "#FFEB9C" } }],
    table: { name: "Toteuma_tarkistus" },
    freezeHeader: true,
  };

  it("adds a sheet with title, header, rows, table, widths, wrap, formats and frozen header", async () => {
    const { workbook } = await loadXlsxFile(fixture("konsernipalvelut-2025-T2.xlsx"));
    applyEdits(workbook, [{ kind: "sheet", spec, activate: true }]);
    const back = await reload(workbook);
    const ws = back.getWorksheet("Tarkistus") as ExcelJS.Worksheet;
    expect(ws.getCell("A1").value).toBe("Tarkistus: 2 huomautusta");
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect([1, 2, 3, 4].map((c) => ws.getCell(3, c).value)).toEqual(["Välilehti", "Solu", "Viesti", "Määrä"]);
    expect(ws.getCell("C4").value).toBe("=SUM(A1) ei ole kaava");
    expect(ws.getCell("C5").value).toBe("-5");
    expect(ws.getCell("D4").numFmt).toBe("#,##0");
    expect(ws.getCell("C4").alignment?.wrapText).toBe(true);
    expect(ws.getCell("C5").fill).toMatchObject({ fgColor: { argb: "FFFFEB9C" } });
    expect(ws.getColumn(1).width).toBe(20);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    const tables = ws.getTables() as unknown as {
      name?: string;
      table?: { name: string; tableRef?: string; ref?: string };
    }[];
    expect(tables).toHaveLength(1);
    const t = tables[0].table ?? (tables[0] as unknown as { name: string; tableRef: string });
    expect(t.name).toBe("Toteuma_tarkistus");
    expect(back.views[0].activeTab).toBe(back.worksheets.indexOf(ws));
    const snap = (await snapshotOf(workbook)).sheets.find((g) => g.sheet === "Tarkistus");
    expect(snap?.cells[3][3]?.text).toBe("1 234");
  });

  it("replaces the sheet on a re-run, in the same place, and deletes sheets", async () => {
    const { workbook } = await loadXlsxFile(fixture("konsernipalvelut-2025-T2.xlsx"));
    applyEdits(workbook, [{ kind: "sheet", spec }]);
    applyEdits(workbook, [{ kind: "sheet", spec: { name: "Muu", columns: [{ header: "x" }], rows: [[1]] } }]);
    applyEdits(workbook, [
      { kind: "sheet", spec: { ...spec, title: undefined, rows: [["Uusi", "A1", "vain yksi", 1]] } },
    ]);
    const back = await reload(workbook);
    expect(back.worksheets.map((w) => w.name)).toEqual(["T2 2025", "Tarkistus", "Muu"]);
    const ws = back.getWorksheet("Tarkistus") as ExcelJS.Worksheet;
    expect(ws.getCell("A1").value).toBe("Välilehti");
    expect(ws.getCell("A2").value).toBe("Uusi");
    expect(ws.getCell("A3").value).toBeNull();
    expect(ws.getCell("A4").value).toBeNull();
    expect(ws.getTables()).toHaveLength(1);
    applyEdits(workbook, [{ kind: "deleteSheet", sheet: "tarkistus" }]);
    expect((await reload(workbook)).worksheets.map((w) => w.name)).toEqual(["T2 2025", "Muu"]);
  });
});

describe("writeXlsx", () => {
  it("never overwrites the file the workbook was read from", async () => {
    const copy = path.join(tmp, "lahde.xlsx");
    fs.copyFileSync(fixture("kasvu-ja-tyollisyys-2026-T1.xlsx"), copy);
    const before = fs.readFileSync(copy);
    const { workbook } = await loadXlsxFile(copy);
    applyEdits(workbook, [
      { kind: "cells", sheet: "T1 2026", cells: [{ row: 1, col: 1, value: "muutettu" }] },
    ]);
    await expect(writeXlsx(workbook, copy)).rejects.toBeInstanceOf(WorkbookWriteError);
    await expect(writeXlsx(workbook, path.join(tmp, ".", "lahde.xlsx"))).rejects.toThrow(/never overwritten/);
    expect(fs.readFileSync(copy).equals(before)).toBe(true);
    const out = path.join(tmp, "tulos.xlsx");
    await writeXlsx(workbook, out);
    const back = await loadXlsxFile(out);
    expect(back.snapshot.sheets[0].cells[0][0]?.value).toBe("muutettu");
    expect(fs.readdirSync(tmp).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("explains a folder that does not exist", async () => {
    const { workbook } = await loadXlsxFile(fixture("kasvu-ja-tyollisyys-2026-T1.xlsx"));
    await expect(writeXlsx(workbook, path.join(tmp, "ei", "ole", "x.xlsx"))).rejects.toMatchObject({
      fi: expect.stringMatching(/kansiota ei ole\.$/),
      en: expect.stringMatching(/folder does not exist\.$/),
    });
  });
});

describe("what cannot be kept is refused, naming it", () => {
  it("a damaged sheet part that an edit must change: nothing written, the part named", async () => {
    const { workbook } = await loadXlsxFile(fixture("kasvu-ja-tyollisyys-2026-T1.xlsx"));
    const part = workbook.sheets()[0].part as string;
    workbook.setText(part, workbook.text(part).replace("</sheetData>", '<row r="1"></sheetData>'));
    applyEdits(workbook, [
      { kind: "cells", sheet: "T1 2026", cells: [{ row: 1, col: 1, style: { fill: "#C6EFCE" } }] },
    ]);
    const out = path.join(tmp, "vioittunut.xlsx");
    const e = await writeXlsx(workbook, out).then(
      () => null,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(WorkbookWriteError);
    expect((e as WorkbookWriteError).fi).toContain(`osa ${part} on vioittunut`);
    expect((e as WorkbookWriteError).en).toContain(`the part ${part} of the workbook is damaged`);
    expect(fs.existsSync(out)).toBe(false);
  });

  it("overwriting a formula other cells share is refused; a plain formula's calcChain entry goes", async () => {
    const { workbook } = await loadXlsxFile(path.join(FIX, "../corpus/excel-parts.xlsx"));
    applyEdits(workbook, [{ kind: "cells", sheet: "Tiedot", cells: [{ row: 7, col: 1, value: "teksti" }] }]);
    expect(workbook.problems).toEqual([]);
    expect(workbook.has("xl/calcChain.xml")).toBe(false);
    applyEdits(workbook, [{ kind: "cells", sheet: "Tiedot", cells: [{ row: 3, col: 5, value: 1 }] }]);
    expect(() => workbookBytes(workbook)).toThrow(
      /E3 of sheet "Tiedot" belongs to a formula that other cells share/,
    );
    // A cell inside an array formula's range other than its first cell.
    const wb = newWorkbook();
    applyEdits(wb, [
      { kind: "sheet", spec: { name: "A", columns: [], rows: [], cells: [{ row: 1, col: 1, value: 1 }] } },
    ]);
    const part = wb.sheets()[0].part as string;
    wb.setText(
      part,
      wb
        .text(part)
        .replace(
          "</sheetData>",
          '<row r="2"><c r="A2"><f t="array" ref="A2:A3">A1*2</f><v>2</v></c></row><row r="3"><c r="A3"><v>2</v></c></row></sheetData>',
        ),
    );
    applyEdits(wb, [{ kind: "cells", sheet: "A", cells: [{ row: 3, col: 1, style: { fill: "#FFEB9C" } }] }]);
    expect(wb.problems).toEqual([]);
    applyEdits(wb, [{ kind: "cells", sheet: "A", cells: [{ row: 3, col: 1, value: "x" }] }]);
    expect(() => workbookBytes(wb)).toThrow(/A3 of sheet "A" belongs to a formula/);
  });

  it("an existing output is replaced only with force", async () => {
    const { workbook } = await loadXlsxFile(fixture("kasvu-ja-tyollisyys-2026-T1.xlsx"));
    const out = path.join(tmp, "olemassa.xlsx");
    fs.writeFileSync(out, "vanha");
    await expect(writeXlsx(workbook, out)).rejects.toMatchObject({
      fi: expect.stringMatching(/on jo olemassa; anna --force/),
    });
    expect(fs.readFileSync(out, "utf8")).toBe("vanha");
    await writeXlsx(workbook, out, { force: true });
    expect((await loadXlsxFile(out)).snapshot.sheets[0].sheet).toBe("T1 2026");
  });
});
