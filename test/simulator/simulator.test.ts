import * as ExcelJS from "exceljs";
import { createSimulator, SimError } from "./index";
import { simulatorFor } from "./node";

function blank(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Data");
  ws.getCell("B2").value = 0.23;
  ws.getCell("B2").numFmt = "0 %";
  ws.getCell("C2").value = 119000;
  ws.getCell("C2").numFmt = "#,##0";
  ws.getCell("D3").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
  ws.getCell("B3").value = "teksti";
  return wb;
}

/*
 * These tests read proxies before load/sync on purpose, to check that the simulator throws as Excel
 * does, and read ClientResult.value (which the Office add-in rules mistake for a proxy property).
 */
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */

describe("Excel host simulator", () => {
  it("throws PropertyNotLoaded when a property is read before load and sync", async () => {
    const sim = createSimulator(blank());
    await sim.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("B2:C2");
      expect(() => range.values).toThrow(/not available/);
      range.load("values");
      // Loaded but not yet synced: still not available.
      expect(() => range.values).toThrow(SimError);
      await context.sync();
      expect(range.values).toEqual([[0.23, 119000]]);
      // Only what was loaded is readable.
      expect(() => range.text).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("reads values, text, formulas and value types as Excel reports them", async () => {
    const sim = createSimulator(blank());
    await sim.Excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem("Data").getUsedRange(true);
      used.load(["values", "text", "formulas", "valueTypes", "address", "rowIndex", "columnIndex"]);
      await context.sync();
      expect(used.address).toBe("Data!B2:D3");
      expect(used.rowIndex).toBe(1);
      expect(used.columnIndex).toBe(1);
      expect(used.values).toEqual([
        [0.23, 119000, ""],
        ["teksti", "", "#DIV/0!"],
      ]);
      expect(used.text).toEqual([
        ["23 %", "119\u00a0000", ""],
        ["teksti", "", "#DIV/0!"],
      ]);
      expect(used.formulas[1][2]).toBe("=1/0");
      expect(used.valueTypes[1]).toEqual(["String", "Empty", "Error"]);
    });
  });

  it("queues writes until sync and counts syncs and batch sizes", async () => {
    const sim = createSimulator(blank());
    await sim.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Data").getRange("A1");
      r.values = [["uusi"]];
      expect(sim.cell("Data", "A1").value).toBe("");
      await context.sync();
      expect(sim.cell("Data", "A1").value).toBe("uusi");
    });
    expect(sim.stats.syncs).toBe(1);
    expect(sim.stats.batches[0].bytes).toBeGreaterThan(JSON.stringify("uusi").length);
  });

  it("interprets written strings as Excel does, and an apostrophe keeps them text", async () => {
    const sim = createSimulator(blank());
    await sim.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Data");
      ws.getRange("A10:F10").values = [["=2*3", "-5", "'=2*3", "'-5", "+x", "TRUE"]];
      await context.sync();
    });
    expect(sim.cell("Data", "A10")).toMatchObject({ value: 6, formula: "=2*3" });
    expect(sim.cell("Data", "B10").value).toBe(-5);
    expect(sim.cell("Data", "C10")).toMatchObject({ value: "=2*3", formula: "=2*3" });
    expect(sim.cell("Data", "C10").text).toBe("=2*3");
    expect(sim.cell("Data", "D10").value).toBe("-5");
    expect(sim.cell("Data", "E10").value).toBe("#NAME?");
    expect(sim.cell("Data", "F10").value).toBe(true);
  });

  it("gives null objects for missing sheets and fails getItem at sync", async () => {
    const sim = createSimulator(blank());
    await sim.Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Ei ole");
      const there = context.workbook.worksheets.getItemOrNullObject("data");
      expect(() => missing.isNullObject).toThrow();
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(there.isNullObject).toBe(false);
      context.workbook.worksheets.getItem("Ei ole").getRange("A1").values = [[1]];
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  it("refuses a batch whose request exceeds 5 MB", async () => {
    const sim = createSimulator(blank());
    const big = Array.from({ length: 60000 }, (_, i) => [`rivi ${i} ${"x".repeat(80)}`]);
    await sim.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1:A60000").values = big;
      await expect(context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    });
    expect(sim.cell("Data", "A1").value).toBe("");
    expect(sim.stats.batches[0].bytes).toBeGreaterThan(5 * 1024 * 1024);
  });

  it("refuses a batch whose response exceeds 5 MB", async () => {
    const wb = blank();
    const ws = wb.getWorksheet("Data")!;
    for (let r = 1; r <= 30000; r++) ws.getCell(r, 8).value = `pitkä teksti ${"y".repeat(100)}`;
    const sim = createSimulator(wb);
    await sim.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("H1:H30000");
      range.load(["values", "text"]);
      await expect(context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
      expect(() => range.values).toThrow();
    });
  });

  it("lists sheets with visibility, adds, hides, activates, selects and deletes", async () => {
    const sim = createSimulator(blank());
    await sim.Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const added = sheets.add("Piilo");
      added.visibility = "VeryHidden";
      sheets.load("items/name,items/visibility");
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.visibility])).toEqual([
        ["Data", "Visible"],
        ["Piilo", "VeryHidden"],
      ]);
      const sel = context.workbook.getSelectedRange();
      sel.load("address");
      const data = sheets.getItem("Data");
      data.activate();
      data.getRange("C7").select();
      await context.sync();
      expect(sel.address).toBe("Data!A1");
      added.delete();
      await context.sync();
    });
    expect(sim.selection()).toEqual({ sheet: "Data", address: "C7" });
    expect(sim.sheets()).toEqual([{ name: "Data", visibility: "Visible" }]);
  });

  it("sets fills, font colours and reads them through getCellProperties", async () => {
    const sim = createSimulator(blank());
    await sim.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Data");
      const r = ws.getRange("B2");
      r.format.fill.color = "#C6EFCE";
      r.format.font.color = "#006100";
      r.format.font.bold = true;
      const props = ws.getRange("B2:C2").getCellProperties({
        format: { fill: { color: true, pattern: true }, font: { color: true } },
      });
      expect(() => props.value).toThrow();
      await context.sync();
      expect(props.value[0]).toEqual([
        { format: { fill: { color: "#C6EFCE", pattern: "Solid" }, font: { color: "#006100" } } },
        { format: { fill: { color: "#FFFFFF", pattern: "None" }, font: { color: "#000000" } } },
      ]);
      r.format.fill.clear();
      await context.sync();
    });
    // Styles are per cell: C2 shared no style with B2.
    expect(sim.cell("Data", "B2")).toMatchObject({ fill: null, fontColor: "#006100", bold: true });
    expect(sim.cell("Data", "C2")).toMatchObject({ fill: null, fontColor: "#000000", bold: false });
  });

  it("adds tables, freezes rows and reports merged areas", async () => {
    const wb = blank();
    wb.getWorksheet("Data")!.mergeCells("A5:C6");
    const sim = createSimulator(wb);
    await sim.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Data");
      const merged = ws.getRange("A1:H20").getMergedAreasOrNullObject();
      merged.load("address");
      const none = ws.getRange("A10:B12").getMergedAreasOrNullObject();
      const t = ws.tables.add("A20:B22", true);
      t.name = "Yhteenveto";
      t.style = "TableStyleLight9";
      ws.freezePanes.freezeRows(1);
      await context.sync();
      expect(merged.address).toBe("Data!A5:C6");
      expect(none.isNullObject).toBe(true);
      ws.tables.add("B21:C25", true);
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    });
    expect(sim.tables()).toEqual([
      { name: "Yhteenveto", sheet: "Data", address: "A20:B22", style: "TableStyleLight9" },
    ]);
    expect(sim.frozenRows("Data")).toBe(1);
  });

  it("fails getMergedAreasOrNullObject above 512 merged areas in the range, as Excel does", async () => {
    const wb = blank();
    const ws = wb.getWorksheet("Data")!;
    for (let r = 10; r < 10 + 513; r++) ws.mergeCells(r, 1, r, 2);
    const sim = createSimulator(wb);
    await sim.Excel.run(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      const some = data.getRange("A10:B521").getMergedAreasOrNullObject();
      some.load("areaCount");
      await context.sync();
      expect(some.areaCount).toBe(512);
      data.getRange("A10:B522").getMergedAreasOrNullObject().load("areaCount");
      await expect(context.sync()).rejects.toMatchObject({ code: "GeneralException" });
    });
  });

  it("reads the covered cells of a merged area as empty, as Excel does (exceljs repeats the value there)", async () => {
    const wb = blank();
    const ws = wb.getWorksheet("Data")!;
    ws.getCell("F5").value = "TOIMENPIDE";
    ws.mergeCells("F5:F6");
    const sim = createSimulator(wb);
    await sim.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Data").getRange("F5:F6");
      r.load("values,text");
      await context.sync();
      expect(r.values).toEqual([["TOIMENPIDE"], [""]]);
      expect(r.text).toEqual([["TOIMENPIDE"], [""]]);
    });
  });

  it("refuses to change locked cells of a protected sheet (AccessDenied) and tells a protected sheet", async () => {
    const wb = blank();
    const ws = wb.getWorksheet("Data")!;
    await ws.protect("", {});
    ws.getCell("H1").protection = { locked: false };
    const sim = createSimulator(wb);
    await sim.Excel.run(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      const protection = data.protection;
      protection.load("protected");
      data.getRange("H1").values = [["vapaa"]];
      await context.sync();
      expect(protection.protected).toBe(true);
      data.getRange("B3").values = [["lukittu"]];
      await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
      data.getRange("B3").format.fill.clear();
      await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    });
    expect(sim.cell("Data", "H1").value).toBe("vapaa");
    expect(sim.cell("Data", "B3").value).toBe("teksti");
  });

  it("plays a person editing a cell (every batch refused) and changing cells between syncs", async () => {
    const sim = createSimulator(blank());
    sim.setEditMode(true);
    await expect(
      sim.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1").values = [["x"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    expect(sim.cell("Data", "A1").value).toBe("");
    sim.setEditMode(false);
    sim.beforeSync((n) => {
      if (n === 3) sim.workbook.getWorksheet("Data")!.getCell("B3").value = "kirjoitettu";
    });
    const seen: unknown[] = [];
    await sim.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Data").getRange("B3");
      r.load("values");
      await context.sync();
      seen.push(r.values[0][0]);
      r.load("values");
      await context.sync();
      seen.push(r.values[0][0]);
    });
    expect(seen).toEqual(["teksti", "kirjoitettu"]);
  });

  it("finds a worksheet by its id, and writes a large array in chunks of rows as Office.js sends it", async () => {
    const sim = createSimulator(blank());
    const rows = Array.from({ length: 1000 }, (_, i) => [`'r${i}`, i, i * 2]);
    await sim.Excel.run(async (context) => {
      const items = context.workbook.worksheets;
      items.load("items/id");
      await context.sync();
      const byId = items.getItem(items.items[0].id);
      byId.getRangeByIndexes(100, 0, 1000, 3).values = rows;
      await context.sync();
    });
    expect(sim.cell("Data", "A101").value).toBe("r0");
    expect(sim.cell("Data", "C1100").value).toBe(1998);
    // 3,000 cells: _ValidateArraySize and two chunks of 500 rows, each on getRow(i).getBoundingRect(getRow(j)).
    expect(sim.stats.batches[1].ops).toBeGreaterThan(8);
  });

  it("loads a fixture workbook", async () => {
    const sim = await simulatorFor("konsernipalvelut-2025-T2.xlsx");
    await sim.Excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem("T2 2025").getUsedRange(true);
      used.load("address");
      await context.sync();
      expect(used.address).toBe("'T2 2025'!A1:D63");
    });
  });
});
