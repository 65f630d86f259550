import * as ExcelJS from "exceljs";
import * as fs from "fs";
import { createSimulator, type Simulator } from "../../test/simulator";
import { FIXTURES, loadWorkbook } from "../../test/simulator/node";
import { STATE_SHEET, type CapturedCell, type Edit } from "../edits/types";
import type { Grid, WorkbookSnapshot } from "../model/grid";
import { CELLS_PER_WAVE } from "./limits";
import { createOfficeHost } from "./officeHost";

const LIMIT = 5 * 1024 * 1024;
const fixtures = fs.readdirSync(FIXTURES).filter((f) => f.endsWith(".xlsx"));

function hostFor(wb: ExcelJS.Workbook): { sim: Simulator; host: ReturnType<typeof createOfficeHost> } {
  const sim = createSimulator(wb);
  return { sim, host: createOfficeHost(sim.run) };
}

/** The cell's value straight from exceljs, independent of the simulator. */
function rawValue(v: ExcelJS.CellValue): unknown {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v !== "object" || v instanceof Date) return v;
  if ("richText" in v) return v.richText.map((r) => r.text).join("");
  if ("error" in v) return { error: v.error };
  if ("formula" in v || "sharedFormula" in v) return rawValue((v as ExcelJS.CellFormulaValue).result ?? null);
  if ("text" in v) return (v as { text: string }).text;
  return v;
}

function gridValue(g: Grid, row: number, col: number): unknown {
  return g.cells[row - 1]?.[col - 1]?.value ?? null;
}

function bigWorkbook(rows: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Iso");
  for (let r = 1; r <= rows; r++)
    ws.addRow([`Mittari ${r}`, r * 3, `Tavoite ${r % 97} kpl`, r % 5 === 0 ? "Toteutunut" : "Kesken", r / 7]);
  ws.getColumn(5).numFmt = "0.00";
  return wb;
}

async function sixSheets(): Promise<ExcelJS.Workbook> {
  const out = new ExcelJS.Workbook();
  for (const f of fixtures) {
    const wb = await loadWorkbook(f);
    for (const ws of wb.worksheets) {
      const copy = out.addWorksheet(`${ws.name}`.slice(0, 28) + out.worksheets.length);
      ws.eachRow((row, r) =>
        row.eachCell((cell, c) => {
          copy.getCell(r, c).value = cell.value;
          copy.getCell(r, c).numFmt = cell.numFmt;
        }),
      );
    }
  }
  return out;
}

describe("createOfficeHost().snapshot()", () => {
  it.each(fixtures)("reads %s cell for cell", async (file) => {
    const wb = await loadWorkbook(file);
    const { sim, host } = hostFor(wb);
    const snap = await host.snapshot();
    expect(snap.sheets.map((s) => s.sheet)).toEqual(wb.worksheets.map((w) => w.name));
    for (const ws of wb.worksheets) {
      const g = snap.sheets.find((s) => s.sheet === ws.name) as Grid;
      let count = 0;
      ws.eachRow((row, r) =>
        row.eachCell((cell, c) => {
          const v = rawValue(cell.value);
          expect([r, c, gridValue(g, r, c)]).toEqual([r, c, v]);
          if (v !== null) {
            count++;
            expect(g.cells[r - 1][c - 1]?.text).toBe(sim.cell(ws.name, cell.address).text);
          }
        }),
      );
      const filled = g.cells.flat().filter((x) => x !== null && x !== undefined).length;
      expect(filled).toBe(count);
    }
    expect(sim.stats.syncs).toBe(3);
  });

  it("gives displayed text with the number format and keeps the format", async () => {
    const { host } = hostFor(await loadWorkbook("elinvoima-ja-ymparisto-2023-vuosi.xlsx"));
    const g = (await host.snapshot()).sheets[0];
    expect(g.cells[51][2]).toEqual({ value: 0, text: "0", numberFormat: "#,##0" });
    expect(g.cells[59][4]).toMatchObject({ value: 9, text: "9" });
    const t1 = hostFor(await loadWorkbook("kasvu-ja-tyollisyys-2026-T1.xlsx"));
    const pct = (await t1.host.snapshot()).sheets[0].cells[33];
    expect(pct[2]).toEqual({ value: 0.23, text: "23 %", numberFormat: "0 %" });
    expect(pct[3]).toEqual({ value: 0.3, text: "30 %", numberFormat: "0 %" });
  });

  it("takes the same number of syncs for 1 sheet and for 6 sheets", async () => {
    const one = hostFor(await loadWorkbook("kasvu-ja-tyollisyys-2026-T1.xlsx"));
    await one.host.snapshot();
    const six = hostFor(await sixSheets());
    const snap = await six.host.snapshot();
    expect(snap.sheets).toHaveLength(6);
    expect(six.sim.stats.syncs).toBe(one.sim.stats.syncs);
    expect(one.sim.stats.syncs).toBe(3);
  });

  it("reads a 60,000-row sheet in row blocks, every answer under 5 MB, syncs bounded by size", async () => {
    const { sim, host } = hostFor(bigWorkbook(60000));
    const snap = await host.snapshot();
    const g = snap.sheets[0];
    expect(g.rowCount).toBe(60000);
    expect(g.cells[59999][0]?.value).toBe("Mittari 60000");
    expect(g.cells[59999][4]?.text).toBe((60000 / 7).toFixed(2).replace(".", ","));
    const waves = Math.ceil((60000 * 5) / CELLS_PER_WAVE);
    expect(sim.stats.syncs).toBe(2 + waves);
    for (const b of sim.stats.batches) {
      expect(b.error).toBeUndefined();
      expect(b.bytes).toBeLessThan(LIMIT);
      expect(b.responseBytes).toBeLessThan(LIMIT);
    }
    // Small sheets beside it do not add syncs per sheet.
    const wb = bigWorkbook(60000);
    for (let i = 0; i < 5; i++) wb.addWorksheet(`Pieni ${i}`).getCell("A1").value = i;
    const again = hostFor(wb);
    await again.host.snapshot();
    expect(again.sim.stats.syncs).toBe(2 + waves);
  });

  it("splits a wave Excel refuses as too big and still reads everything", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Pitkät");
    for (let r = 1; r <= 3000; r++) ws.getCell(r, 1).value = `${r} ${"selvitys ".repeat(250)}`;
    const { sim, host } = hostFor(wb);
    const g = (await host.snapshot()).sheets[0];
    expect(g.cells.map((row) => String(row[0]?.value).split(" ")[0])).toEqual(
      Array.from({ length: 3000 }, (_, i) => String(i + 1)),
    );
    expect(sim.stats.batches.some((b) => b.error === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    expect(sim.stats.batches.filter((b) => !b.error).every((b) => b.responseBytes < LIMIT)).toBe(true);
  });

  it("turns formula errors into {error}, marks formulas, merges and hidden sheets", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Laskenta");
    ws.getCell("B2").value = 4;
    ws.getCell("C2").value = { formula: "B2/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
    ws.getCell("D2").value = { formula: "B2*2", result: 8 } as ExcelJS.CellFormulaValue;
    ws.getCell("E2").value = "#DIV/0!";
    ws.getCell("B4").value = "Otsikko";
    ws.mergeCells("B4:D5");
    const hidden = wb.addWorksheet("Piilossa");
    hidden.state = "hidden";
    hidden.getCell("A1").value = "x";
    wb.addWorksheet("Tyhjä");
    const { host } = hostFor(wb);
    const snap: WorkbookSnapshot = await host.snapshot();
    const g = snap.sheets[0];
    // The used range (values only) ends at the last value, B4; the merge's covered cells are empty.
    expect(g.rowCount).toBe(4);
    expect(g.columnCount).toBe(5);
    expect(g.cells[0]).toEqual([]);
    expect(g.cells[1]).toEqual([
      null,
      { value: 4, text: "4" },
      { value: { error: "#DIV/0!" }, text: "#DIV/0!", formula: true },
      { value: 8, text: "8", formula: true },
      { value: "#DIV/0!", text: "#DIV/0!" },
    ]);
    expect(g.merges).toEqual([{ top: 3, left: 1, bottom: 4, right: 3 }]);
    expect(g.hidden).toBe(false);
    expect(snap.sheets[1].hidden).toBe(true);
    expect(snap.sheets[2]).toMatchObject({ rowCount: 0, columnCount: 0, cells: [] });
  });

  it("reads without merged areas on a host older than ExcelApi 1.13 (never asks for them)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Vanha");
    ws.getCell("A1").value = "PAINOPISTE";
    ws.mergeCells("A1:B1");
    const asked: string[] = [];
    const office = globalThis as unknown as { Office?: unknown };
    office.Office = {
      context: {
        requirements: {
          isSetSupported: (set: string, version: string) => {
            asked.push(`${set} ${version}`);
            return Number(version.split(".")[1]) <= 12;
          },
        },
      },
    };
    try {
      const snap = await hostFor(wb).host.snapshot();
      expect(asked).toContain("ExcelApi 1.13");
      expect(snap.sheets[0].merges).toEqual([]);
      expect(snap.sheets[0].cells[0][0]).toEqual({ value: "PAINOPISTE", text: "PAINOPISTE" });
    } finally {
      delete office.Office;
    }
  });
});

const HOSTILE = [
  "=1+1",
  "-5",
  "+358 40 123",
  "@SUM(A1)",
  "'lainattu",
  "TRUE",
  "12",
  "#N/A",
  "=cmd|' /C calc'!A0",
];

describe("createOfficeHost().apply()", () => {
  it("writes many cells on several sheets in one sync", async () => {
    const { sim, host } = hostFor(await sixSheets());
    const names = sim.sheets().map((s) => s.name);
    const edits: Edit[] = names.slice(0, 3).map((sheet) => ({
      kind: "cells",
      sheet,
      cells: Array.from({ length: 200 }, (_, i) => ({
        row: i + 1,
        col: 7,
        value: `tila ${i}`,
        style: { fill: "#C6EFCE", fontColor: "#006100", bold: i % 2 === 0 },
      })),
    }));
    await host.apply(edits);
    expect(sim.stats.syncs).toBe(1);
    expect(sim.cell(names[2], "G200")).toMatchObject({
      value: "tila 199",
      fill: "#C6EFCE",
      fontColor: "#006100",
    });
    expect(sim.cell(names[0], "G1").bold).toBe(true);
  });

  it("keeps hostile text as text, never a formula or a number", async () => {
    const { sim, host } = hostFor(await loadWorkbook("kasvu-ja-tyollisyys-2026-T1.xlsx"));
    const sheet = sim.sheets()[0].name;
    await host.apply([
      { kind: "cells", sheet, cells: HOSTILE.map((value, i) => ({ row: 40 + i, col: 1, value })) },
      {
        kind: "sheet",
        spec: { name: "Vaaralliset", columns: [{ header: "=otsikko" }], rows: HOSTILE.map((h) => [h]) },
      },
    ]);
    HOSTILE.forEach((h, i) => {
      const c = sim.cell(sheet, `A${40 + i}`);
      expect(c.value).toBe(h);
      expect(c.formula).toBe(h);
      expect(sim.cell("Vaaralliset", `A${2 + i}`).value).toBe(h);
    });
    expect(sim.cell("Vaaralliset", "A1").value).toBe("=otsikko");
  });

  it("capture → cells → restore puts every cell back exactly as it was", async () => {
    const wb = await loadWorkbook("elinvoima-ja-ymparisto-2023-vuosi.xlsx");
    const ws = wb.worksheets[0];
    ws.getCell("F52").value = { formula: "C52+D52", result: 5 } as ExcelJS.CellFormulaValue;
    ws.getCell("E12").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFEB9C" } };
    ws.getCell("E12").font = { color: { argb: "FF9C5700" } };
    const sheet = ws.name;
    const { sim, host } = hostFor(wb);
    const targets = ["E12", "E17", "E52", "F52", "E300", "B5"];
    const rc = (a: string) => ({ row: Number(a.slice(1)), col: a.charCodeAt(0) - 64 });
    const before = targets.map((a) => sim.cell(sheet, a));

    const capture: Edit = { kind: "capture", key: "status-colours", sheet, cells: targets.map(rc) };
    const change: Edit = {
      kind: "cells",
      sheet,
      cells: targets.map((a) => ({
        ...rc(a),
        value: "Toteutunut",
        style: { fill: "#C6EFCE", fontColor: "#006100" },
      })),
    };
    await host.apply([capture, change]);
    expect(sim.stats.syncs).toBe(2);
    expect(sim.sheets().find((s) => s.name === STATE_SHEET)?.visibility).toBe("VeryHidden");
    expect(sim.cell(sheet, "F52").value).toBe("Toteutunut");

    // Capturing again (after the change) keeps the first captured state.
    await host.apply([capture, { ...change, cells: change.cells.map((c) => ({ ...c, value: "Kesken" })) }]);

    const snap = await host.snapshot();
    const state = snap.sheets.find((s) => s.sheet === STATE_SHEET) as Grid;
    expect(state.hidden).toBe(true);
    expect(state.rowCount).toBe(targets.length);
    const captured: CapturedCell[] = state.cells.map((row) => JSON.parse(String(row[4]?.value)));
    expect(state.cells.map((row) => [row[0]?.value, row[1]?.value])).toEqual(
      targets.map(() => ["status-colours", sheet]),
    );

    sim.resetStats();
    await host.apply([{ kind: "restore", key: "status-colours", sheet, cells: captured }]);
    expect(sim.stats.syncs).toBe(2);
    targets.forEach((a, i) => expect([a, sim.cell(sheet, a)]).toEqual([a, before[i]]));
    expect(sim.cell(sheet, "F52").formula).toBe("=C52+D52");
    expect(sim.sheets().some((s) => s.name === STATE_SHEET)).toBe(false);
  });

  it("restoring part of a key keeps the other captured cells", async () => {
    const { sim, host } = hostFor(await loadWorkbook("konsernipalvelut-2025-T2.xlsx"));
    const sheet = "T2 2025";
    await host.apply([
      {
        kind: "capture",
        key: "a",
        sheet,
        cells: [
          { row: 1, col: 1 },
          { row: 2, col: 1 },
        ],
      },
      { kind: "capture", key: "b", sheet, cells: [{ row: 3, col: 1 }] },
    ]);
    const state = (await host.snapshot()).sheets.find((s) => s.sheet === STATE_SHEET) as Grid;
    const first: CapturedCell = JSON.parse(String(state.cells[0][4]?.value));
    await host.apply([{ kind: "restore", key: "a", sheet, cells: [first] }]);
    const after = (await host.snapshot()).sheets.find((s) => s.sheet === STATE_SHEET) as Grid;
    expect(after.cells.map((r) => [r[0]?.value, r[2]?.value])).toEqual([
      ["a", 2],
      ["b", 3],
    ]);
    expect(sim.sheets().find((s) => s.name === STATE_SHEET)?.visibility).toBe("VeryHidden");
  });

  it("creates and replaces a sheet with table, widths, formats and frozen header", async () => {
    const { sim, host } = hostFor(await loadWorkbook("konsernipalvelut-2025-T2.xlsx"));
    const spec = {
      name: "Yhteenveto",
      title: ["Yhteenveto T2 2025", "Konsernipalvelut"],
      columns: [
        { header: "Mittari", width: 40, wrap: true },
        { header: "Osuus", width: 10, numberFormat: "0 %" },
      ],
      rows: [
        ["Asiakastyytyväisyys", 0.23],
        ["Läpimenoaika", 0.5],
        ["Kolmas", null],
      ] as (string | number | null)[][],
      styles: [{ row: 1, col: 1, style: { fill: "#FFC7CE", fontColor: "#9C0006" } }],
      table: { name: "Yhteenveto_T2", style: "TableStyleLight9" },
      freezeHeader: true,
    };
    await host.apply([{ kind: "sheet", spec, activate: true }]);
    expect(sim.stats.syncs).toBe(2);
    expect(sim.cell("Yhteenveto", "A1")).toMatchObject({ value: "Yhteenveto T2 2025", bold: true });
    expect(sim.cell("Yhteenveto", "A4")).toMatchObject({ value: "Mittari", bold: true });
    expect(sim.cell("Yhteenveto", "B5")).toMatchObject({ value: 0.23, text: "23 %" });
    expect(sim.cell("Yhteenveto", "B6")).toMatchObject({ fill: "#FFC7CE", fontColor: "#9C0006" });
    expect(sim.tables()).toEqual([
      { name: "Yhteenveto_T2", sheet: "Yhteenveto", address: "A4:B7", style: "TableStyleLight9" },
    ]);
    expect(sim.frozenRows("Yhteenveto")).toBe(4);
    expect(sim.activeSheet()).toBe("Yhteenveto");
    expect(sim.workbook.getWorksheet("Yhteenveto")?.getColumn(1).width).toBeCloseTo(40, 1);

    // Replace: old contents and table go, the same table name comes back.
    await host.apply([{ kind: "sheet", spec: { ...spec, title: undefined, rows: [["Vain yksi", 1]] } }]);
    expect(sim.cell("Yhteenveto", "A1")).toMatchObject({ value: "Mittari", bold: true });
    expect(sim.cell("Yhteenveto", "A2").value).toBe("Vain yksi");
    expect(sim.cell("Yhteenveto", "A4").value).toBe("");
    expect(sim.cell("Yhteenveto", "B6").fill).toBeNull();
    expect(sim.tables()).toEqual([
      { name: "Yhteenveto_T2", sheet: "Yhteenveto", address: "A1:B2", style: "TableStyleLight9" },
    ]);
    expect(sim.frozenRows("Yhteenveto")).toBe(1);

    await host.apply([
      { kind: "deleteSheet", sheet: "Yhteenveto" },
      { kind: "deleteSheet", sheet: "Ei ole" },
    ]);
    expect(sim.sheets().map((s) => s.name)).toEqual(["T2 2025"]);
    expect(sim.tables()).toEqual([]);
  });

  it("writes a 60,000-row sheet in batches, none over 5 MB", async () => {
    const { sim, host } = hostFor(await loadWorkbook("kasvu-ja-tyollisyys-2026-T1.xlsx"));
    const rows = Array.from({ length: 60000 }, (_, i) => [
      `Toimenpide ${i} ${"kuvaus ".repeat(8)}`,
      i,
      i % 3 === 0 ? "Toteutunut" : "Ei toteutunut",
      `=HYPERLINK("x${i}")`,
    ]);
    await host.apply([
      {
        kind: "sheet",
        spec: {
          name: "Iso",
          columns: [
            { header: "Toimenpide" },
            { header: "Nro", numberFormat: "#,##0" },
            { header: "Tila" },
            { header: "Linkki" },
          ],
          rows,
        },
      },
    ]);
    expect(sim.stats.batches.length).toBeGreaterThan(2);
    for (const b of sim.stats.batches) {
      expect(b.error).toBeUndefined();
      expect(b.bytes).toBeLessThan(LIMIT);
    }
    expect(sim.cell("Iso", "B60001")).toMatchObject({ value: 59999, text: "59\u00a0999" });
    expect(sim.cell("Iso", "D60001").value).toBe('=HYPERLINK("x59999")');
  });
});

describe("createOfficeHost().select()", () => {
  it("activates the sheet and selects the cell in one sync", async () => {
    const wb = await loadWorkbook("konsernihallinto-palveluohjelma-2018.xlsx");
    const { sim, host } = hostFor(wb);
    await host.select({ sheet: "Pitkän aikavälin tavoitteet", row: 12, col: 1 });
    expect(sim.selection()).toEqual({ sheet: "Pitkän aikavälin tavoitteet", address: "A12" });
    expect(sim.activeSheet()).toBe("Pitkän aikavälin tavoitteet");
    expect(sim.stats.syncs).toBe(1);
  });
});
