/**
 * The simulator's Office.js surface for sheets Toteuma writes: charts, list validation, worksheet
 * protection and locked cells, page layout, hyperlinks, named cell styles, borders, alignment, font
 * size, merges, frozen panes, hidden columns, standard sizes, and Excel.createWorkbook.
 */
import * as ExcelJS from "exceljs";
import { createSimulator, SimError } from "./index";

/* ClientResult.value reads look like unloaded proxy reads to the Office add-in lint rules. */
/* eslint-disable office-addins/load-object-before-read */

function book(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Yhteenveto");
  const rows = [
    ["Toimiala", "Toteutunut", "Kesken"],
    ["Konserni", 3, 1],
    ["Elinvoima", 5, 2],
    ["Sivistys", 0, 4],
  ];
  rows.forEach((r, i) => r.forEach((v, j) => (ws.getCell(i + 1, j + 1).value = v)));
  return wb;
}

async function fails(
  sim: ReturnType<typeof createSimulator>,
  f: (ctx: Parameters<Parameters<typeof sim.Excel.run>[0]>[0]) => void,
) {
  try {
    await sim.Excel.run(async (context) => {
      f(context);
      await context.sync();
    });
    return null;
  } catch (e) {
    return e instanceof SimError ? e.code : String(e);
  }
}

describe("charts", () => {
  it("takes series names from a header row and categories from a first column of text", async () => {
    const sim = createSimulator(book());
    await sim.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Yhteenveto");
      const chart = ws.charts.add("BarStacked", ws.getRange("A1:C4"), "Columns");
      chart.name = "Tilat";
      chart.title.text = "Tilat toimialoittain";
      chart.setPosition("E2", "L20");
      chart.axes.categoryAxis.reversePlotOrder = true;
      chart.series.getItemAt(1).format.fill.setSolidColor("#ffeb9c");
      const series = chart.series.load("items/name,count");
      const values = chart.series.getItemAt(0).getDimensionDataSourceString("Values");
      await context.sync();
      expect(series.items.map((s) => s.name)).toEqual(["Toteutunut", "Kesken"]);
      expect(series.count).toBe(2);
      expect(values.value).toBe("='Yhteenveto'!$B$2:$B$4");
    });
    expect(sim.charts()).toEqual([
      {
        sheet: "Yhteenveto",
        name: "Tilat",
        type: "BarStacked",
        title: "Tilat toimialoittain",
        position: "E2:L20",
        series: [
          {
            name: "Toteutunut",
            values: "'Yhteenveto'!$B$2:$B$4",
            categories: "'Yhteenveto'!$A$2:$A$4",
            color: null,
          },
          {
            name: "Kesken",
            values: "'Yhteenveto'!$C$2:$C$4",
            categories: "'Yhteenveto'!$A$2:$A$4",
            color: "#FFEB9C",
          },
        ],
        categoriesReversed: true,
      },
    ]);
  });

  it("makes one series of one column of numbers; added series show once given values", async () => {
    const sim = createSimulator(book());
    await sim.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Yhteenveto");
      const chart = ws.charts.add("BarStacked", ws.getRange("B2:B4"), "Columns");
      const second = chart.series.add("Kesken");
      second.setValues(ws.getRange("C2:C4"));
      second.setXAxisValues(ws.getRange("A2:A4"));
      const color = second.format.fill.getSolidColor();
      second.format.fill.setSolidColor("#FFC7CE");
      await context.sync();
      expect(color.value).toBe("");
    });
    const [chart] = sim.charts();
    expect(chart.series.map((s) => [s.name, s.values, s.categories, s.color])).toEqual([
      ["Series1", "'Yhteenveto'!$B$2:$B$4", null, null],
      ["Kesken", "'Yhteenveto'!$C$2:$C$4", "'Yhteenveto'!$A$2:$A$4", "#FFC7CE"],
    ]);
    expect(chart.name).toBe("Chart 1");
    expect(chart.title).toBeNull();
  });

  it("fails at sync for a series that is not there, an unknown type, a bad colour; deletes with the sheet", async () => {
    const sim = createSimulator(book());
    expect(
      await fails(sim, (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("Yhteenveto");
        ws.charts.add("BarStacked", ws.getRange("B2:B4"), "Columns").series.getItemAt(3).name = "x";
      }),
    ).toBe("ItemNotFound");
    expect(
      await fails(sim, (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("Yhteenveto");
        ws.charts.add("Sunburst3D" as Excel.ChartType, ws.getRange("B2:B4"), "Columns");
      }),
    ).toBe("InvalidArgument");
    expect(
      await fails(sim, (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("Yhteenveto");
        ws.charts
          .add("BarStacked", ws.getRange("B2:B4"), "Columns")
          .series.getItemAt(0)
          .format.fill.setSolidColor("vihreä");
      }),
    ).toBe("InvalidArgument");
    expect(sim.charts().length).toBeGreaterThan(0);
    await sim.Excel.run(async (context) => {
      context.workbook.worksheets.add("Toinen");
      await context.sync();
      const charts = context.workbook.worksheets.getItem("Yhteenveto").charts.load("items/name");
      await context.sync();
      charts.items[0].delete();
      await context.sync();
      context.workbook.worksheets.getItem("Yhteenveto").delete();
      await context.sync();
    });
    expect(sim.charts()).toEqual([]);
  });
});

describe("list validation", () => {
  it("keeps a typed list, a prompt and an error alert on the cells, and reads them back", async () => {
    const sim = createSimulator(book());
    await sim.Excel.run(async (context) => {
      const dv = context.workbook.worksheets.getItem("Yhteenveto").getRange("D2:D3").dataValidation;
      const before = dv.load("type");
      await context.sync();
      expect(before.type).toBe("None");
      dv.rule = { list: { inCellDropDown: true, source: "Toteutunut,Ei toteutunut" } };
      dv.prompt = { showPrompt: true, title: "Tila", message: "Valitse." };
      dv.errorAlert = { showAlert: true, style: "Stop", title: "Ei käy", message: "Valitse luettelosta." };
      await context.sync();
      dv.load("type,rule,prompt,errorAlert");
      const mixed = context.workbook.worksheets
        .getItem("Yhteenveto")
        .getRange("D3:D4")
        .dataValidation.load("type");
      await context.sync();
      expect(dv.type).toBe("List");
      expect(dv.rule).toEqual({ list: { inCellDropDown: true, source: "Toteutunut,Ei toteutunut" } });
      expect(dv.prompt).toEqual({ showPrompt: true, title: "Tila", message: "Valitse." });
      expect(dv.errorAlert).toEqual({
        showAlert: true,
        style: "Stop",
        title: "Ei käy",
        message: "Valitse luettelosta.",
      });
      expect(mixed.type).toBe("Inconsistent");
    });
    expect(sim.validation("Yhteenveto", "D3")).toMatchObject({
      type: "List",
      source: "Toteutunut,Ei toteutunut",
    });
    // On the exceljs cells, so a saved workbook carries it.
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.load(await sim.workbook.xlsx.writeBuffer());
    expect(saved.getWorksheet("Yhteenveto")!.getCell("D2").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"Toteutunut,Ei toteutunut"'],
      promptTitle: "Tila",
    });
  });

  it("points a list at a range; clear removes it; Clear All of the cells keeps it, as in Excel", async () => {
    const sim = createSimulator(book());
    await sim.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Yhteenveto");
      ws.getRange("E1:E2").dataValidation.rule = {
        list: { inCellDropDown: true, source: ws.getRange("A2:A4") as unknown as Excel.Range },
      };
      ws.getRange("E3").dataValidation.rule = { list: { inCellDropDown: false, source: "=$B$2:$B$4" } };
      ws.getRange("A1:Z10").clear("All");
      await context.sync();
    });
    expect(sim.validation("Yhteenveto", "E1")?.source).toBe("=$A$2:$A$4");
    expect(sim.validation("Yhteenveto", "E3")).toMatchObject({ source: "=$B$2:$B$4", inCellDropDown: false });
    await sim.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Yhteenveto").getRange().dataValidation.clear();
      await context.sync();
    });
    expect(sim.validation("Yhteenveto", "E1")).toBeNull();
    expect(sim.validation("Yhteenveto", "E3")).toBeNull();
  });

  it.each([
    [
      "a typed list over 255 characters",
      { rule: { list: { inCellDropDown: true, source: "x,".repeat(128) } } },
    ],
    [
      "a prompt title over 32 characters",
      { prompt: { showPrompt: true, title: "t".repeat(33), message: "" } },
    ],
    [
      "an error message over 225 characters",
      { errorAlert: { showAlert: true, title: "", message: "m".repeat(226) } },
    ],
    ["a rule that is not a list", { rule: { wholeNumber: { formula1: 1, operator: "GreaterThan" } } }],
  ])("refuses %s", async (_what, set) => {
    const sim = createSimulator(book());
    const code = await fails(sim, (ctx) => {
      Object.assign(ctx.workbook.worksheets.getItem("Yhteenveto").getRange("D2").dataValidation, set);
    });
    expect(["InvalidArgument", "NotImplemented"]).toContain(code);
    expect(sim.validation("Yhteenveto", "D2")).toBeNull();
  });
});

describe("protection", () => {
  it("refuses changes to locked cells and formats; unlocked cells take typing; widths as allowed", async () => {
    const sim = createSimulator(book());
    await sim.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Yhteenveto");
      ws.getRange("B6:C6").format.protection.locked = false;
      ws.protection.protect({ allowFormatColumns: true, selectionMode: "Normal" });
      const p = ws.protection.load("protected,options");
      const locked = ws.getRange("B5:B6").format.protection.load("locked");
      await context.sync();
      expect(p.protected).toBe(true);
      expect(p.options).toMatchObject({
        allowFormatColumns: true,
        allowFormatRows: false,
        selectionMode: "Normal",
      });
      expect(locked.locked).toBeNull();
    });
    const ws = (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItem("Yhteenveto");
    expect(
      await fails(
        sim,
        (c) => (ws(c as unknown as Excel.RequestContext).getRange("B6:C6").values = [["x", 1]]),
      ),
    ).toBeNull();
    expect(
      await fails(sim, (c) => (ws(c as unknown as Excel.RequestContext).getRange("A1").values = [["x"]])),
    ).toBe("AccessDenied");
    expect(
      await fails(
        sim,
        (c) => (ws(c as unknown as Excel.RequestContext).getRange("B6").format.fill.color = "#FF0000"),
      ),
    ).toBe("AccessDenied");
    expect(
      await fails(sim, (c) =>
        ws(c as unknown as Excel.RequestContext)
          .getRange("A1:B2")
          .merge(),
      ),
    ).toBe("AccessDenied");
    expect(
      await fails(
        sim,
        (c) => (ws(c as unknown as Excel.RequestContext).getRange("A1").format.columnWidth = 80),
      ),
    ).toBeNull();
    expect(
      await fails(
        sim,
        (c) => (ws(c as unknown as Excel.RequestContext).getRange("A1").format.rowHeight = 30),
      ),
    ).toBe("AccessDenied");
    expect(
      await fails(sim, (c) =>
        ws(c as unknown as Excel.RequestContext)
          .getRange()
          .clear("All"),
      ),
    ).toBe("AccessDenied");
    expect(sim.cell("Yhteenveto", "B6").value).toBe("x");
    expect(sim.cell("Yhteenveto", "A1").value).toBe("Toimiala");
  });

  it("refuses to protect twice or unprotect an unprotected sheet (current Excel builds do)", async () => {
    const sim = createSimulator(book());
    const p = (c: unknown) =>
      (c as Excel.RequestContext).workbook.worksheets.getItem("Yhteenveto").protection;
    expect(await fails(sim, (c) => p(c).unprotect())).toBe("AccessDenied");
    expect(await fails(sim, (c) => p(c).protect())).toBeNull();
    expect(await fails(sim, (c) => p(c).protect())).toBe("AccessDenied");
    expect(await fails(sim, (c) => p(c).unprotect())).toBeNull();
    expect(sim.protection("Yhteenveto")).toMatchObject({ protected: false, password: false });
  });

  it("needs the password to unprotect a sheet protected with one", async () => {
    const sim = createSimulator(book());
    const p = (c: unknown) =>
      (c as Excel.RequestContext).workbook.worksheets.getItem("Yhteenveto").protection;
    expect(await fails(sim, (c) => p(c).protect({ allowFormatRows: true }, "salainen"))).toBeNull();
    expect(sim.protection("Yhteenveto")).toMatchObject({ protected: true, password: true });
    expect(await fails(sim, (c) => p(c).unprotect())).toBe("InvalidArgument");
    expect(await fails(sim, (c) => p(c).unprotect("väärä"))).toBe("InvalidArgument");
    expect(await fails(sim, (c) => p(c).unprotect("salainen"))).toBeNull();
  });
});

describe("page layout", () => {
  it("sets A4, orientation, fit to one page wide and print title rows; saved as exceljs page setup", async () => {
    const sim = createSimulator(book());
    await sim.Excel.run(async (context) => {
      const layout = context.workbook.worksheets.getItem("Yhteenveto").pageLayout;
      layout.paperSize = "A4";
      layout.orientation = "Landscape";
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.setPrintTitleRows("$1:$2");
      const titles = layout.getPrintTitleRowsOrNullObject().load("rowIndex,rowCount");
      await context.sync();
      layout.load("paperSize,orientation,zoom");
      await context.sync();
      expect([layout.paperSize, layout.orientation, layout.zoom]).toEqual([
        "A4",
        "Landscape",
        { horizontalFitToPages: 1, verticalFitToPages: 0, scale: null },
      ]);
      expect([titles.rowIndex, titles.rowCount]).toEqual([0, 2]);
      layout.zoom = { scale: 80 };
      await context.sync();
    });
    expect(sim.pageLayout("Yhteenveto")).toEqual({
      paperSize: "A4",
      orientation: "Landscape",
      zoom: { horizontalFitToPages: null, verticalFitToPages: null, scale: 80 },
      printTitleRows: "1:2",
    });
    const layout = (c: unknown) =>
      (c as Excel.RequestContext).workbook.worksheets.getItem("Yhteenveto").pageLayout;
    expect(await fails(sim, (c) => (layout(c).zoom = { scale: 5 }))).toBe("InvalidArgument");
    expect(await fails(sim, (c) => (layout(c).paperSize = "Kirjekuori" as Excel.PaperType))).toBe(
      "InvalidArgument",
    );
  });
});

describe("hyperlinks, named styles, formats, merges, panes", () => {
  it("links a cell of the workbook: the display text becomes the value (as text); later values keep the link", async () => {
    const sim = createSimulator(book());
    await sim.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Yhteenveto");
      ws.getRange("A2").hyperlink = { documentReference: "'T2 2025'!B12", textToDisplay: "=Konserni" };
      ws.getRange("B2").hyperlink = { address: "https://www.pori.fi" };
      ws.getRange("F9").hyperlink = { address: "https://www.pori.fi" };
      await context.sync();
      ws.getRange("B2").values = [[7]];
      const link = ws.getRange("A2").load("hyperlink");
      await context.sync();
      expect(link.hyperlink).toEqual({ documentReference: "'T2 2025'!B12", textToDisplay: "=Konserni" });
    });
    expect(sim.cell("Yhteenveto", "A2")).toMatchObject({ value: "=Konserni", formula: "=Konserni" });
    expect(sim.cell("Yhteenveto", "B2").value).toBe(7);
    expect(sim.hyperlink("Yhteenveto", "B2")).toEqual({ address: "https://www.pori.fi" });
    expect(sim.cell("Yhteenveto", "F9").value).toBe("https://www.pori.fi");
    const code = await fails(sim, (c) => {
      (c as unknown as Excel.RequestContext).workbook.worksheets
        .getItem("Yhteenveto")
        .getRange("A3").hyperlink = {
        documentReference: "ei osoite",
      };
    });
    expect(code).toBe("InvalidArgument");
    await sim.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Yhteenveto").getRange("A1:B2").clear("All");
      await context.sync();
    });
    expect(sim.hyperlink("Yhteenveto", "A2")).toBeNull();
  });

  it("applies the Input style over the cell's formats, then formats on top; reads style and borders back", async () => {
    const sim = createSimulator(book());
    await sim.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Yhteenveto");
      const r = ws.getRange("B3:C3");
      r.format.font.bold = true;
      r.style = "Input";
      r.format.font.size = 12;
      r.format.horizontalAlignment = "Center";
      r.format.verticalAlignment = "Top";
      const top = ws.getRange("A6").format.borders.getItem("EdgeTop");
      top.style = "Continuous";
      top.color = "#7F7F7F";
      ws.getRange("A7").style = "Note";
      const read = r.load("style");
      r.format.load("horizontalAlignment,verticalAlignment");
      r.format.font.load("size,bold,color");
      const edge = r.format.borders.getItem("EdgeBottom").load("style,color,weight");
      const mixed = ws.getRange("A3:B3").load("style");
      await context.sync();
      expect(read.style).toBe("Input");
      expect(mixed.style).toBeNull();
      expect([r.format.horizontalAlignment, r.format.verticalAlignment]).toEqual(["Center", "Top"]);
      expect([r.format.font.size, r.format.font.bold, r.format.font.color]).toEqual([12, false, "#3F3F76"]);
      expect([edge.style, edge.color, edge.weight]).toEqual(["Continuous", "#7F7F7F", "Thin"]);
    });
    expect(sim.cell("Yhteenveto", "C3")).toMatchObject({ fill: "#FFCC99", value: 2 });
    expect(sim.format("Yhteenveto", "A6").border).toEqual({
      top: "#7F7F7F",
      left: null,
      bottom: null,
      right: null,
    });
    expect(sim.format("Yhteenveto", "A7")).toMatchObject({ style: "Note" });
    expect(sim.cell("Yhteenveto", "A7").fill).toBe("#FFFFCC");
    const code = await fails(sim, (c) => {
      (c as unknown as Excel.RequestContext).workbook.worksheets.getItem("Yhteenveto").getRange("A1").style =
        "Otsikko 1";
    });
    expect(code).toBe("InvalidArgument");
  });

  it("merges (refusing an overlap), reads merged cells empty but the first, unmerges", async () => {
    const sim = createSimulator(book());
    await sim.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Yhteenveto");
      ws.getRange("A2:C2").merge();
      const values = ws.getRange("A2:C2").load("values");
      await context.sync();
      expect(values.values).toEqual([["Konserni", "", ""]]);
    });
    expect(sim.merges("Yhteenveto")).toEqual(["A2:C2"]);
    expect(
      await fails(sim, (c) =>
        (c as unknown as Excel.RequestContext).workbook.worksheets
          .getItem("Yhteenveto")
          .getRange("B2:B3")
          .merge(),
      ),
    ).toBe("InvalidOperation");
    await sim.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Yhteenveto").getRange().unmerge();
      await context.sync();
    });
    expect(sim.merges("Yhteenveto")).toEqual([]);
  });

  it("freezes at a cell, freezes columns, hides columns, puts widths and heights back to standard", async () => {
    const sim = createSimulator(book());
    await sim.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Yhteenveto");
      ws.freezePanes.freezeAt(ws.getRange("A1:B3"));
      ws.getRange("D1").columnHidden = true;
      ws.getRange("A1").format.columnWidth = 100;
      ws.getRange("A2").format.rowHeight = 40;
      await context.sync();
      expect([sim.frozenRows("Yhteenveto"), sim.frozenColumns("Yhteenveto")]).toEqual([3, 2]);
      expect(sim.columnHidden("Yhteenveto", 4)).toBe(true);
      expect(sim.rowHeight("Yhteenveto", 2)).toBe(40);
      ws.freezePanes.freezeColumns(1);
      const all = ws.getRange();
      all.columnHidden = false;
      all.format.useStandardWidth = true;
      all.format.useStandardHeight = true;
      await context.sync();
    });
    expect([sim.frozenRows("Yhteenveto"), sim.frozenColumns("Yhteenveto")]).toEqual([0, 1]);
    expect(sim.columnHidden("Yhteenveto", 4)).toBe(false);
    expect(sim.columnWidth("Yhteenveto", 1)).toBeNull();
    expect(sim.rowHeight("Yhteenveto", 2)).toBeNull();
  });
});

describe("Excel.createWorkbook", () => {
  it("records each workbook sent as base64 so that a test can open it again", async () => {
    const sim = createSimulator(book());
    const out = new ExcelJS.Workbook();
    out.addWorksheet("Elinvoima").getCell("A1").value = "Selvitys T2";
    const base64 = Buffer.from(await out.xlsx.writeBuffer()).toString("base64");
    await sim.Excel.createWorkbook(base64);
    await sim.Excel.createWorkbook();
    expect(sim.created().map((c) => (c.base64 === null ? null : c.base64.length))).toEqual([
      base64.length,
      null,
    ]);
    const opened = await sim.openCreated(0);
    expect(opened.getWorksheet("Elinvoima")?.getCell("A1").value).toBe("Selvitys T2");
    expect((await sim.openCreated(1)).worksheets).toHaveLength(1);
    // Creating a workbook is no batch of the open workbook.
    expect(sim.stats.syncs).toBe(0);
  });

  it("refuses what is not an .xlsx", async () => {
    const sim = createSimulator(book());
    await expect(
      sim.Excel.createWorkbook(Buffer.from("ei työkirja").toString("base64")),
    ).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    await expect(sim.Excel.createWorkbook("%%%")).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(sim.created()).toEqual([]);
  });
});
