/**
 * Round trip: a SheetSpec using every part, applied through the Office.js applier to the Excel host
 * simulator, then read back the way an add-in reads a workbook — the snapshot (values, displayed
 * text, merged areas) and Office.js reads (formats, named styles, locking, hyperlinks, list
 * validations, protection, print settings, charts with their series' sources and colours) — and
 * compared with what the spec asked for, part by part.
 */
import * as ExcelJS from "exceljs";
import { createSimulator } from "../../test/simulator";
import { freeFormTop, fullSpec, SOURCE_SHEET } from "../../test/support/sheetspec";
import { headerRowOf } from "../edits/layout";
import type { Box, CellStyle, LinkTarget, SheetSpec } from "../edits/types";
import { literalList } from "./apply";
import { createOfficeHost } from "./officeHost";

type Value = string | number | boolean;

/** Every cell the spec gives a value, by "row,col" (1-based). */
function expectedValues(spec: SheetSpec): Map<string, Value> {
  const out = new Map<string, Value>();
  const put = (r: number, c: number, v: Value | null | undefined) => {
    if (v !== null && v !== undefined && v !== "") out.set(`${r},${c}`, v);
  };
  (spec.title ?? []).forEach((t, i) => put(i + 1, 1, t));
  const h = headerRowOf(spec);
  spec.columns.forEach((c, j) => put(h, j + 1, c.header));
  spec.rows.forEach((row, i) => row.forEach((v, j) => put(h + 1 + i, j + 1, v)));
  for (const c of spec.cells ?? []) put(c.row, c.col, c.value);
  return out;
}

/** Where each styled cell is and what it asked for (table-part styles moved to absolute places). */
function styledCells(spec: SheetSpec): { row: number; col: number; style: CellStyle }[] {
  const h = headerRowOf(spec);
  return [
    ...(spec.styles ?? []).map((s) => ({ row: h + 1 + s.row, col: s.col + 1, style: s.style })),
    ...(spec.cells ?? []).filter((c) => c.style).map((c) => ({ row: c.row, col: c.col, style: c.style! })),
  ];
}

function linkedCells(spec: SheetSpec): { row: number; col: number; target: LinkTarget }[] {
  const h = headerRowOf(spec);
  return [
    ...(spec.links ?? []).map((l) => ({ row: h + 1 + l.row, col: l.col + 1, target: l.target })),
    ...(spec.cells ?? []).filter((c) => c.link).map((c) => ({ row: c.row, col: c.col, target: c.link! })),
  ];
}

/** What the Input style stands for in Excel's default theme. */
const INPUT = { fill: "#FFCC99", fontColor: "#3F3F76", border: "#7F7F7F" };

const H = { Left: "left", Center: "center", Right: "right" } as const;
const V = { Top: "top", Center: "center", Bottom: "bottom" } as const;

function byIndex(sheet: Excel.Worksheet, b: Box): Excel.Range {
  return sheet.getRangeByIndexes(b.top - 1, b.left - 1, b.bottom - b.top + 1, b.right - b.left + 1);
}

async function roundTrip(spec: SheetSpec) {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet(SOURCE_SHEET).getCell("A1").value = "Lähde";
  const sim = createSimulator(wb);
  const host = createOfficeHost(sim.run);
  await host.apply([{ kind: "sheet", spec }]);
  const snapshot = await host.snapshot();
  sim.resetStats();
  const read = await sim.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(spec.name);
    const styles = styledCells(spec).map(({ row, col, style }) => {
      const r = sheet.getRangeByIndexes(row - 1, col - 1, 1, 1);
      r.load("style,numberFormat");
      r.format.load("wrapText,horizontalAlignment,verticalAlignment");
      r.format.fill.load("color");
      r.format.font.load("color,bold,italic,size");
      r.format.protection.load("locked");
      const edges = (["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const).map((e) =>
        r.format.borders.getItem(e).load("style,color"),
      );
      return { row, col, style, r, edges };
    });
    const links = linkedCells(spec).map((l) => ({
      ...l,
      r: sheet.getRangeByIndexes(l.row - 1, l.col - 1, 1, 1).load("hyperlink"),
    }));
    const validations = (spec.validations ?? []).map((v) => ({
      v,
      dv: byIndex(sheet, v.box).dataValidation.load("type,rule,prompt,errorAlert"),
    }));
    const protection = sheet.protection.load("protected,options");
    const layout = sheet.pageLayout.load("paperSize,orientation,zoom");
    const titleRows = sheet.pageLayout.getPrintTitleRowsOrNullObject().load("rowIndex,rowCount");
    const charts = sheet.charts.load("items/name");
    await context.sync();
    const chartReads = charts.items.map((chart) => {
      chart.title.load("text");
      const series = chart.series.load("items/name");
      return { chart, series };
    });
    await context.sync();
    const seriesReads = chartReads.map(({ chart, series }) => ({
      name: chart.name,
      title: chart.title.text,
      series: series.items.map((s) => ({
        name: s.name,
        values: s.getDimensionDataSourceString("Values"),
        categories: s.getDimensionDataSourceString("Categories"),
        color: s.format.fill.getSolidColor(),
      })),
    }));
    await context.sync();
    return {
      styles: styles.map(({ row, col, style, r, edges }) => ({
        row,
        col,
        style,
        got: {
          builtin: r.style,
          numberFormat: r.numberFormat[0][0],
          fill: r.format.fill.color,
          fontColor: r.format.font.color,
          bold: r.format.font.bold,
          italic: r.format.font.italic,
          fontSize: r.format.font.size,
          wrap: r.format.wrapText,
          horizontal: r.format.horizontalAlignment,
          vertical: r.format.verticalAlignment,
          locked: r.format.protection.locked,
          edges: edges.map((e) => (e.style === "None" ? null : e.color)),
        },
      })),
      links: links.map((l) => ({ ...l, got: l.r.hyperlink })),
      validations: validations.map(({ v, dv }) => ({
        v,
        got: { type: dv.type, rule: dv.rule, prompt: dv.prompt, errorAlert: dv.errorAlert },
      })),
      protection: { protected: protection.protected, options: protection.options },
      layout: {
        paperSize: layout.paperSize,
        orientation: layout.orientation,
        zoom: layout.zoom,
        titleRows: titleRows.isNullObject
          ? null
          : { from: titleRows.rowIndex + 1, to: titleRows.rowIndex + titleRows.rowCount },
      },
      charts: seriesReads.map((c) => ({
        ...c,
        series: c.series.map((s) => ({
          name: s.name,
          values: s.values.value,
          categories: s.categories.value,
          color: s.color.value,
        })),
      })),
    };
  });
  return { sim, snapshot, read };
}

/** "$B$5:$B$10" on the spec's sheet, as Excel states a series' source. */
function source(sheet: string, b: Box): string {
  const cell = (r: number, c: number) => `$${String.fromCharCode(64 + c)}$${r}`;
  return `='${sheet}'!${cell(b.top, b.left)}:${cell(b.bottom, b.right)}`;
}

describe("a SheetSpec with every part, applied and read back", () => {
  const spec = fullSpec();
  let result: Awaited<ReturnType<typeof roundTrip>>;
  beforeAll(async () => {
    result = await roundTrip(spec);
  });

  it("reads back every value in its cell, literal, and nothing else but the link texts and list cells", () => {
    const grid = result.snapshot.sheets.find((g) => g.sheet === spec.name)!;
    const got = new Map<string, Value>();
    grid.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell && typeof cell.value !== "object") got.set(`${r + 1},${c + 1}`, cell.value);
      }),
    );
    const want = expectedValues(spec);
    for (const [k, v] of want) expect([k, got.get(k)]).toEqual([k, v]);
    const extra = [...got.keys()].filter((k) => !want.has(k)).sort();
    const top = freeFormTop({ departments: 6, blocks: 3 });
    // The link without a value shows its target; the list with commas sits in the hidden column U.
    expect(extra).toEqual([`${top - 2},4`, "1,21", "2,21", "3,21"].sort());
    expect(got.get(`${top - 2},4`)).toBe(`'${SOURCE_SHEET}'!A1`);
    expect(grid.cells.flat().some((c) => c?.formula)).toBe(false);
  });

  it("reads back the merged areas", () => {
    const grid = result.snapshot.sheets.find((g) => g.sheet === spec.name)!;
    expect(grid.merges).toEqual(
      spec.merges!.map((m) => ({
        top: m.top - 1,
        left: m.left - 1,
        bottom: m.bottom - 1,
        right: m.right - 1,
      })),
    );
  });

  it("reads back every style as asked (the Input style as Excel's theme draws it)", () => {
    for (const { row, col, style, got } of result.read.styles) {
      const where = `${row},${col}`;
      const want: Record<string, unknown> = {};
      if (style.builtin) {
        want.builtin = style.builtin;
        want.fill = INPUT.fill;
        want.fontColor = INPUT.fontColor;
        want.edges = [INPUT.border, INPUT.border, INPUT.border, INPUT.border];
      }
      if (style.fill) want.fill = style.fill;
      if (style.fontColor) want.fontColor = style.fontColor;
      if (style.bold !== undefined) want.bold = style.bold;
      if (style.italic !== undefined) want.italic = style.italic;
      if (style.wrap !== undefined) want.wrap = style.wrap;
      if (style.numberFormat !== undefined) want.numberFormat = style.numberFormat;
      if (style.fontSize !== undefined) want.fontSize = style.fontSize;
      if (style.horizontal) want.horizontal = style.horizontal;
      if (style.vertical) want.vertical = style.vertical;
      if (style.border) want.edges = [style.border, style.border, style.border, style.border];
      want.locked = style.locked ?? true;
      const asRead: Record<string, unknown> = {
        ...got,
        horizontal: H[got.horizontal as keyof typeof H],
        vertical: V[got.vertical as keyof typeof V],
      };
      const picked = Object.fromEntries(Object.keys(want).map((k) => [k, asRead[k]]));
      expect([where, picked]).toEqual([where, want]);
    }
    expect(result.read.styles.length).toBeGreaterThan(10);
  });

  it("reads back every link: cells of the workbook with the sheet quoted, addresses as given", () => {
    for (const { row, col, target, got } of result.read.links) {
      const want =
        "url" in target ? { address: target.url } : { documentReference: `'${target.sheet}'!${target.cell}` };
      expect([row, col, got]).toEqual([row, col, expect.objectContaining(want)]);
    }
    expect(result.read.links).toHaveLength(spec.rows.length + 2);
  });

  it("reads back every drop-down: its values, prompt and error alert", () => {
    const sheetName = spec.name;
    for (const { v, got } of result.read.validations) {
      const literal = literalList(v.values);
      expect(got.type).toBe("List");
      const src = String(got.rule.list?.source);
      if (literal !== null) expect(src).toBe(literal);
      else {
        // A list Excel cannot take typed in points at its cells, which hold the values.
        const m = /^=\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(src);
        expect(m).not.toBeNull();
        const grid = result.snapshot.sheets.find((g) => g.sheet === sheetName)!;
        const col = m![1].charCodeAt(0) - 64;
        const values = Array.from(
          { length: Number(m![4]) - Number(m![2]) + 1 },
          (_, i) => grid.cells[Number(m![2]) - 1 + i]?.[col - 1]?.value,
        );
        expect(values).toEqual(v.values);
      }
      expect(got.rule.list?.inCellDropDown).toBe(true);
      if (v.prompt)
        expect(got.prompt).toEqual({ showPrompt: true, title: v.prompt.title, message: v.prompt.text });
      if (v.error)
        expect(got.errorAlert).toEqual({
          showAlert: true,
          style: "Stop",
          title: v.error.title,
          message: v.error.text,
        });
    }
  });

  it("reads back the protection, the print settings and the chart", () => {
    expect(result.read.protection).toEqual({
      protected: true,
      options: expect.objectContaining({
        allowFormatColumns: true,
        allowFormatRows: true,
        allowFormatCells: false,
        allowInsertRows: false,
        allowDeleteRows: false,
        selectionMode: "Normal",
      }),
    });
    expect(result.read.layout).toEqual({
      paperSize: "A4",
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0, scale: null },
      titleRows: spec.print!.titleRows,
    });
    expect(result.read.charts).toEqual(
      spec.charts!.map((c) => ({
        name: c.name,
        title: c.title,
        series: c.series.map((s) => ({
          name: s.name,
          values: source(spec.name, s.values),
          categories: source(spec.name, c.categories),
          color: s.color,
        })),
      })),
    );
  });

  it("read everything back in three syncs", () => {
    expect(result.sim.stats.syncs).toBe(3);
  });
});
