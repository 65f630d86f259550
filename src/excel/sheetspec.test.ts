/**
 * The Office.js applier carrying out every part of a SheetSpec, in the Excel host simulator: charts,
 * drop-downs, protection, print settings, merges, links, the Input style, borders, alignment, font
 * size, locking, column widths, row heights, further tables, frozen panes.
 */
import * as ExcelJS from "exceljs";
import { createSimulator, type Simulator } from "../../test/simulator";
import { loadWorkbook } from "../../test/simulator/node";
import { excelApiSets, recordApiUse, versionOf } from "../../test/simulator/requirements";
import {
  fullSpec,
  freeFormTop,
  SOURCE_SHEET,
  STATUS_FILLS,
  STATUS_LABELS,
} from "../../test/support/sheetspec";
import type { SheetSpec } from "../edits/types";
import { literalList } from "./apply";
import { createOfficeHost } from "./officeHost";

function source(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SOURCE_SHEET);
  ws.getCell("A1").value = "Lähde";
  return wb;
}

function hostFor(wb: ExcelJS.Workbook): { sim: Simulator; host: ReturnType<typeof createOfficeHost> } {
  const sim = createSimulator(wb);
  return { sim, host: createOfficeHost(sim.run) };
}

/** A person types into a cell of the sheet; resolves to the error code when Excel refuses it. */
async function typeInto(
  sim: Simulator,
  sheet: string,
  address: string,
  value: string,
): Promise<string | null> {
  try {
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem(sheet).getRange(address).values = [[value]];
      await context.sync();
    });
    return null;
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
}

describe("applying a SheetSpec with every part (Office.js)", () => {
  const spec = fullSpec();
  const top = freeFormTop({ departments: 6, blocks: 3 });
  const name = spec.name;
  let sim: Simulator;

  beforeAll(async () => {
    const made = hostFor(source());
    sim = made.sim;
    await made.host.apply([{ kind: "sheet", spec, activate: true }]);
  });

  it("takes one read and one write", () => {
    expect(sim.stats.syncs).toBe(2);
    for (const b of sim.stats.batches) expect(b.error).toBeUndefined();
  });

  it("writes the table part: title, header, literal text, numbers, the Excel table, widths", () => {
    expect(sim.cell(name, "A1")).toMatchObject({ value: "Yhteenveto T2 2025", bold: true });
    expect(sim.cell(name, "A4")).toMatchObject({ value: "Toimiala", bold: true });
    expect(sim.cell(name, "A5")).toMatchObject({
      value: "=Toimiala (ei kaava)",
      formula: "=Toimiala (ei kaava)",
    });
    expect(sim.cell(name, "B6")).toMatchObject({ value: 7, text: "7" });
    expect(sim.cell(name, "B6")).toMatchObject({ fill: "#FFC7CE", fontColor: "#9C0006" });
    expect(sim.tables()).toEqual([
      { name: "Tilat_T2", sheet: name, address: "A4:E10", style: "TableStyleLight9" },
      { name: "Selite", sheet: name, address: `R${top}:S${top + 2}`, style: "TableStyleLight1" },
    ]);
    expect(sim.columnWidth(name, 1)).toBeCloseTo(34, 1);
    expect(sim.columnWidth(name, 8)).toBeCloseTo(16, 1);
  });

  it("links each summary row to its source cell and keeps the cell's text", () => {
    expect(sim.hyperlink(name, "A6")).toEqual({
      documentReference: `'${SOURCE_SHEET}'!B13`,
      textToDisplay: "Toimiala 1",
    });
    expect(sim.cell(name, "A6").value).toBe("Toimiala 1");
    // The hostile first row stays text, link and all.
    expect(sim.hyperlink(name, "A5")?.documentReference).toBe(`'${SOURCE_SHEET}'!B12`);
    expect(sim.cell(name, "A5").formula).toBe("=Toimiala (ei kaava)");
    expect(sim.hyperlink(name, `C${top - 2}`)).toEqual({
      address: "https://www.pori.fi/ohje",
      textToDisplay: "Ohje",
    });
    // A link without a value shows where it goes.
    expect(sim.cell(name, `D${top - 2}`).value).toBe(`'${SOURCE_SHEET}'!A1`);
  });

  it("places free cells with their styles: Input answers unlocked, borders, alignment, font size", () => {
    expect(sim.cell(name, `A${top}`)).toMatchObject({ value: "TOIMENPIDE", bold: true });
    const answer = sim.format(name, `B${top + 1}`);
    expect(answer).toMatchObject({ style: "Input", locked: false, wrap: true, vertical: "top" });
    expect(answer.border).toEqual({ top: "#7F7F7F", left: "#7F7F7F", bottom: "#7F7F7F", right: "#7F7F7F" });
    expect(sim.cell(name, `B${top + 1}`)).toMatchObject({ fill: "#FFCC99", fontColor: "#3F3F76" });
    // The whole merged answer area is styled, as Excel formats a merged cell.
    expect(sim.format(name, `F${top + 1}`)).toMatchObject({ style: "Input", locked: false });
    expect(sim.format(name, `A${top + 1}`)).toMatchObject({ style: "Normal", locked: true, vertical: "top" });
    const heading = sim.format(name, `A${top - 2}`);
    expect(heading).toMatchObject({ fontSize: 14, italic: true, horizontal: "center" });
    expect(heading.border.top).toBe("#7F7F7F");
    expect(sim.cell(name, `H${top}`)).toMatchObject({ value: "-5", numberFormat: "@" });
    expect(sim.cell(name, `H${top + 1}`)).toMatchObject({ value: 1234.5, text: "1\u00a0234,5" });
    expect(sim.cell(name, `H${top + 2}`).value).toBe(true);
  });

  it("merges the answer areas and sets their row heights", () => {
    expect(sim.merges(name)).toEqual([0, 1, 2].map((k) => `B${top + 1 + k * 4}:F${top + 1 + k * 4}`));
    expect(sim.rowHeight(name, top + 1)).toBe(60);
    expect(sim.rowHeight(name, top + 5)).toBe(60);
    expect(sim.rowHeight(name, top)).toBeNull();
  });

  it("gives the status cells a drop-down of the four labels with a prompt and an error alert", () => {
    expect(sim.validation(name, `B${top + 2}`)).toEqual({
      type: "List",
      source: STATUS_LABELS.join(","),
      inCellDropDown: true,
      prompt: {
        show: true,
        title: "Tila / Status",
        message: "Valitse kaupungin asteikolta. / Choose from the city's scale.",
      },
      error: {
        show: true,
        style: "Stop",
        title: "Ei asteikolla / Not on the scale",
        message: "Valitse luettelosta. / Choose from the list.",
      },
    });
    expect(sim.validation(name, `B${top + 1}`)).toBeNull();
  });

  it("puts a list with commas into a hidden column and points the drop-down at it", () => {
    const v = sim.validation(name, `D${top}`);
    expect(v?.source).toBe("=$U$1:$U$3");
    expect(["U1", "U2", "U3"].map((a) => sim.cell(name, a).value)).toEqual([
      "Valmis, hyväksytty",
      "Kesken",
      '=Ei kaava "lainattu"',
    ]);
    expect(sim.columnHidden(name, 21)).toBe(true);
    expect(sim.columnHidden(name, 20)).toBe(false);
  });

  it("draws a stacked bar chart: named, titled, placed, one coloured series per status, categories top to bottom", () => {
    expect(sim.charts()).toEqual([
      {
        sheet: name,
        name: "Tilat toimialoittain",
        type: "BarStacked",
        title: "Mittareiden tila toimialoittain",
        position: "H4:P22",
        series: STATUS_LABELS.map((label, i) => ({
          name: label,
          values: `'${name}'!$${"BCDE"[i]}$5:$${"BCDE"[i]}$10`,
          categories: `'${name}'!$A$5:$A$10`,
          color: STATUS_FILLS[i],
        })),
        // The first category at the top, as in the table (and in the .xlsx writer's chart).
        categoriesReversed: true,
      },
    ]);
  });

  it("freezes rows and columns, sets A4 landscape one page wide with title rows, activates", () => {
    expect(sim.frozenRows(name)).toBe(4);
    expect(sim.frozenColumns(name)).toBe(1);
    expect(sim.pageLayout(name)).toEqual({
      paperSize: "A4",
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0, scale: null },
      printTitleRows: "4:4",
    });
    expect(sim.activeSheet()).toBe(name);
  });

  it("protects the sheet without a password: answers take typing, labels do not", async () => {
    expect(sim.protection(name)).toMatchObject({
      protected: true,
      password: false,
      options: {
        allowFormatColumns: true,
        allowFormatRows: true,
        selectionMode: "Normal",
        allowFormatCells: false,
      },
    });
    expect(await typeInto(sim, name, `B${top + 1}`, "Edennyt suunnitellusti.")).toBeNull();
    expect(sim.cell(name, `B${top + 1}`).value).toBe("Edennyt suunnitellusti.");
    expect(await typeInto(sim, name, `B${top + 2}`, "Toteutunut")).toBeNull();
    expect(await typeInto(sim, name, `A${top}`, "x")).toBe("AccessDenied");
    expect(await typeInto(sim, name, "B5", "99")).toBe("AccessDenied");
    expect(sim.cell(name, `A${top}`).value).toBe("TOIMENPIDE");
  });
});

describe("replacing a sheet Toteuma wrote", () => {
  it("unprotects a template it protected, drops its charts, validations, merges, links and sizes", async () => {
    const { sim, host } = hostFor(source());
    const spec = fullSpec();
    const top = freeFormTop({ departments: 6, blocks: 3 });
    await host.apply([{ kind: "sheet", spec }]);
    sim.resetStats();
    const plain: SheetSpec = { name: spec.name, columns: [{ header: "Vain" }], rows: [["yksi"]] };
    await host.apply([{ kind: "sheet", spec: plain }]);
    expect(sim.stats.syncs).toBe(2);
    expect(sim.protection(spec.name).protected).toBe(false);
    expect(sim.charts()).toEqual([]);
    expect(sim.tables()).toEqual([]);
    expect(sim.merges(spec.name)).toEqual([]);
    expect(sim.validation(spec.name, `B${top + 2}`)).toBeNull();
    expect(sim.hyperlink(spec.name, "A6")).toBeNull();
    expect(sim.format(spec.name, `B${top + 1}`)).toMatchObject({ style: "Normal", locked: true });
    expect(sim.columnWidth(spec.name, 8)).toBeNull();
    expect(sim.rowHeight(spec.name, top + 1)).toBeNull();
    expect(sim.columnHidden(spec.name, 21)).toBe(false);
    expect(sim.frozenRows(spec.name)).toBe(0);
    expect(sim.cell(spec.name, "A2").value).toBe("yksi");
    expect(sim.cell(spec.name, `A${top}`).value).toBe("");
  });

  it("replaces a protected template with a protected one, also twice in one apply", async () => {
    const { sim, host } = hostFor(source());
    const spec = fullSpec();
    await host.apply([{ kind: "sheet", spec }]);
    await host.apply([{ kind: "sheet", spec }]);
    expect(sim.protection(spec.name).protected).toBe(true);
    expect(sim.charts()).toHaveLength(1);
    sim.resetStats();
    await host.apply([
      { kind: "sheet", spec },
      { kind: "sheet", spec: { ...spec, title: ["Toinen"] } },
    ]);
    expect(sim.stats.syncs).toBe(2);
    expect(sim.cell(spec.name, "A1").value).toBe("Toinen");
    expect(sim.protection(spec.name).protected).toBe(true);
    expect(sim.charts()).toHaveLength(1);
  });

  it("fails with Excel's reason on a sheet a person protected with a password, and writes nothing of it", async () => {
    const wb = source();
    wb.addWorksheet("Oma").getCell("A1").value = "Henkilön oma";
    const { sim, host } = hostFor(wb);
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Oma").protection.protect({}, "salasana");
      await context.sync();
    });
    await expect(
      host.apply([{ kind: "sheet", spec: { name: "Oma", columns: [{ header: "x" }], rows: [] } }]),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(sim.cell("Oma", "A1").value).toBe("Henkilön oma");
  });
});

describe("lists, texts and specs Excel cannot take as they are", () => {
  it("types a list in only when Excel can read it back as the same values", () => {
    expect(literalList(STATUS_LABELS)).toBe("Toteutunut,Osittain toteutunut,Ei toteutunut,Ei arvioitavissa");
    expect(literalList(["Kyllä, valmis", "Ei"])).toBeNull();
    expect(literalList(["=SUM(A1)", "b"])).toBeNull();
    expect(literalList(["-5", "@x", "+1"])).toBe("-5,@x,+1");
    expect(literalList(Array.from({ length: 30 }, (_, i) => `Vaihtoehto ${i}`))).toBeNull();
  });

  it("cuts a prompt and an error alert to Excel's limits instead of failing", async () => {
    const { sim, host } = hostFor(source());
    const long = "Valitse tila kaupungin nelikohtaiselta asteikolta / Choose the status";
    await host.apply([
      {
        kind: "sheet",
        spec: {
          name: "Pohja",
          columns: [],
          rows: [],
          validations: [
            {
              box: { top: 2, left: 2, bottom: 3, right: 2 },
              values: STATUS_LABELS,
              prompt: { title: long, text: "x".repeat(300) },
              error: { title: long, text: "y".repeat(300) },
            },
          ],
        },
      },
    ]);
    const v = sim.validation("Pohja", "B3");
    expect(v?.prompt.title).toHaveLength(32);
    expect(v?.prompt.title.endsWith("…")).toBe(true);
    expect(v?.prompt.message).toHaveLength(255);
    expect(v?.error.title).toHaveLength(32);
    expect(v?.error.message).toHaveLength(224);
  });

  it.each([
    ["a chart without series", { charts: [{ ...fullSpec().charts![0], series: [] }] }, /no series/],
    [
      "a drop-down without values",
      { validations: [{ box: { top: 1, left: 1, bottom: 1, right: 1 }, values: [] }] },
      /has no values/,
    ],
  ])("refuses %s before writing anything", async (_what, part, message) => {
    const wb = source();
    const { sim, host } = hostFor(wb);
    const spec: SheetSpec = { name: "Uusi", columns: [{ header: "x" }], rows: [["a"]], ...part };
    await expect(host.apply([{ kind: "sheet", spec }])).rejects.toThrow(message);
    expect(sim.sheets().map((s) => s.name)).toEqual([SOURCE_SHEET]);
    expect(sim.stats.syncs).toBe(0);
  });
});

describe("requirement sets", () => {
  it("uses nothing newer than ExcelApi 1.9, the manifest's minimum, to create and replace a full sheet", async () => {
    const sets = excelApiSets();
    const { host } = hostFor(source());
    const recorder = recordApiUse();
    let used: Set<string>;
    try {
      await host.apply([{ kind: "sheet", spec: fullSpec(), activate: true }]);
      await host.apply([{ kind: "sheet", spec: fullSpec() }]);
    } finally {
      used = recorder.stop();
    }
    const members = [...used].sort();
    // What a full sheet needs, among others: a sign that the recorder saw the calls.
    expect(members).toEqual(
      expect.arrayContaining([
        "ChartCollection.add",
        "ChartSeries.setXAxisValues",
        "DataValidation.rule",
        "PageLayout.zoom",
        "Range.hyperlink",
        "Range.style",
        "WorksheetProtection.protect",
        "WorksheetProtection.unprotect",
      ]),
    );
    const needs = members.map((m) => [m, sets.get(m) ?? "unknown"]);
    expect(
      needs.filter(([, set]) => !set.startsWith("ExcelApi ") || versionOf(set) > versionOf("ExcelApi 1.9")),
    ).toEqual([]);
  });
});

it("applies to a real fixture workbook beside the person's sheets without touching them", async () => {
  const wb = await loadWorkbook("konsernipalvelut-2025-T2.xlsx");
  const before = JSON.stringify(wb.worksheets[0].getSheetValues());
  const { sim, host } = hostFor(wb);
  await host.apply([{ kind: "sheet", spec: { ...fullSpec(), name: "Yhteenveto" } }]);
  expect(sim.sheets().map((s) => s.name)).toEqual(["T2 2025", "Yhteenveto"]);
  expect(JSON.stringify(sim.workbook.worksheets[0].getSheetValues())).toBe(before);
  expect(sim.protection("T2 2025").protected).toBe(false);
});
