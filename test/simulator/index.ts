/**
 * The Excel host simulator: createSimulator(workbook) gives an `Excel` object with `run`, the
 * statistics of every context.sync() (count, request and response sizes) and a view of the
 * workbook for assertions. Runs under jest and, bundled, in the browser test page.
 */
import type * as ExcelJS from "exceljs";
import { boxA1, parseBox, type Box } from "../../src/excel/address";
import { openWorkbook, setCustomProperty, workbookBytes } from "../../src/xlsx/core";
import {
  PAYLOAD_LIMIT,
  RequestContext,
  customPropertiesOf,
  SimError,
  protectionState,
  type BatchStat,
  type SimCreatedWorkbook,
  type SimHyperlink,
  type SimState,
  type SimTable,
} from "./api";
import { readBorder, readCell, readFill, readFont } from "./cells";

export { RequestContext, SimError, PAYLOAD_LIMIT };
export type { BatchStat, SimTable, SimHyperlink, SimCreatedWorkbook };

export interface SimulatorOptions {
  /** Request and response payload limits in bytes (default 5 MB each, Excel on the web). */
  requestLimit?: number;
  responseLimit?: number;
  /** False: skip building each request to count its bytes (stats then say 0), for speed. */
  countBytes?: boolean;
}

/** What a test can read back from a cell of the simulated workbook. */
export interface SimCell {
  value: string | number | boolean;
  text: string;
  formula: string | number | boolean;
  numberFormat: string;
  fill: string | null;
  fontColor: string;
  bold: boolean;
}

/** The formats of a cell beyond SimCell, as a test reads them back. */
export interface SimFormat {
  fontSize: number;
  italic: boolean;
  wrap: boolean;
  horizontal: "left" | "center" | "right" | null;
  vertical: "top" | "center" | "bottom" | null;
  /** Border colour per side, null where the side has no line. */
  border: { top: string | null; left: string | null; bottom: string | null; right: string | null };
  locked: boolean;
  /** The named cell style: "Normal", "Input", "Note". */
  style: string;
}

/** A list validation on a cell: the literal list ("a,b,c") or its reference ("=$X$1:$X$4"). */
export interface SimValidation {
  type: string;
  source: string | null;
  inCellDropDown: boolean;
  prompt: { show: boolean; title: string; message: string };
  error: { show: boolean; style: string; title: string; message: string };
}

export interface SimChartView {
  sheet: string;
  name: string;
  type: string;
  title: string | null;
  /** "B20:J40": the cells the chart covers; null when never placed. */
  position: string | null;
  series: { name: string; values: string | null; categories: string | null; color: string | null }[];
  /** The category axis plots from last to first (a bar chart's first category at the top). */
  categoriesReversed: boolean;
}

export interface Simulator {
  Excel: {
    run<T>(batch: (context: RequestContext) => Promise<T>): Promise<T>;
    /** ExcelApi 1.8: opens an .xlsx (base64) as a new workbook; here it is recorded. */
    createWorkbook(base64?: string): Promise<void>;
    ErrorCodes: Record<string, string>;
  };
  /** `Excel.run`, typed as the real one for code under test. */
  run: typeof Excel.run;
  stats: SimState["stats"];
  selection(): { sheet: string; address: string } | null;
  activeSheet(): string | null;
  cell(sheet: string, address: string): SimCell;
  tables(): { name: string; sheet: string; address: string; style: string }[];
  /** Sheet names in order with their visibility ("Visible", "Hidden", "VeryHidden"). */
  sheets(): { name: string; visibility: string }[];
  /** The frozen rows of a sheet (0 when none). */
  frozenRows(sheet: string): number;
  /** The frozen columns of a sheet (0 when none). */
  frozenColumns(sheet: string): number;
  /** Font size, alignment, borders, lock and named style of a cell. */
  format(sheet: string, address: string): SimFormat;
  /** The hyperlink of a cell, or null. */
  hyperlink(sheet: string, address: string): SimHyperlink | null;
  /** The merged areas of a sheet ("B2:D3"), in order. */
  merges(sheet: string): string[];
  /** The list validation of a cell, or null when it has none. */
  validation(sheet: string, address: string): SimValidation | null;
  /** Whether the sheet is protected, with Office.js's options; `password` when it has one. */
  protection(sheet: string): {
    protected: boolean;
    password: boolean;
    options: Excel.WorksheetProtectionOptions;
  };
  /** Print settings as Office.js names them. */
  pageLayout(sheet: string): {
    paperSize: string;
    orientation: string;
    zoom: { horizontalFitToPages: number | null; verticalFitToPages: number | null; scale: number | null };
    printTitleRows: string | null;
  };
  /** Column widths in characters and row heights in points, as set (null: standard). */
  columnWidth(sheet: string, col: number): number | null;
  rowHeight(sheet: string, row: number): number | null;
  /** Whether a column is hidden. */
  columnHidden(sheet: string, col: number): boolean;
  /** Every chart of the workbook, with its series' sources ("'Sheet'!$B$2:$B$5") and colours. */
  charts(): SimChartView[];
  /** The workbooks opened with Excel.createWorkbook, in order. */
  created(): SimCreatedWorkbook[];
  /** A created workbook read back with exceljs (a new blank one when none was sent). */
  openCreated(index: number): Promise<ExcelJS.Workbook>;
  resetStats(): void;
  /** A person typing in a cell: while on, Excel refuses every batch (InvalidOperationInCellEditMode). */
  setEditMode(on: boolean): void;
  /**
   * Runs `f` before each later sync reaches the workbook, with that sync's number (counted as
   * `stats.syncs`): someone changing the workbook between the add-in's reads and writes.
   */
  beforeSync(f: ((sync: number) => void) | null): void;
  /** Request and response limits in bytes from now on. */
  setLimits(limits: { request?: number; response?: number }): void;
  /**
   * Makes sync number `sync` (counted as `stats.syncs`) fail with `code` after its first `afterOps`
   * operations ran: a batch that fails part-way, as Excel's batches do (they are not transactions).
   */
  failSync(sync: number, code: string, afterOps?: number): void;
  workbook: ExcelJS.Workbook;
  /** The workbook's custom document properties (Office.js's `workbook.properties.custom`). */
  customProperties(): { key: string; value: string | number | boolean }[];
  /** The workbook saved as Excel saves it: an .xlsx with its custom document properties. */
  save(): Promise<Uint8Array>;
}

export function createSimulator(wb: ExcelJS.Workbook, options: SimulatorOptions = {}): Simulator {
  const first = wb.worksheets.find((w) => w.state === "visible" || !w.state) ?? null;
  const activeTab = (wb as unknown as { views?: { activeTab?: number }[] }).views?.[0]?.activeTab;
  const active = (activeTab !== undefined ? wb.worksheets[activeTab] : null) ?? first;
  const st: SimState = {
    wb,
    stats: { syncs: 0, batches: [] },
    activeSheet: active?.name ?? null,
    selection: active ? { sheet: active.name, address: "A1" } : null,
    tables: [],
    limits: {
      request: options.requestLimit ?? PAYLOAD_LIMIT,
      response: options.responseLimit ?? PAYLOAD_LIMIT,
    },
    charts: [],
    links: new Map(),
    cellStyles: new Map(),
    created: [],
    editMode: false,
    hooks: {},
    countBytes: options.countBytes ?? true,
  };

  async function run<T>(batch: (context: RequestContext) => Promise<T>): Promise<T> {
    const ctx = new RequestContext(st);
    const result = await batch(ctx);
    // Like Office.js, actions still queued when the batch resolves are sent in a last sync.
    if (ctx.pending > 0) await ctx.sync();
    return result;
  }

  const ErrorCodes: Record<string, string> = {
    itemNotFound: "ItemNotFound",
    itemAlreadyExists: "ItemAlreadyExists",
    invalidArgument: "InvalidArgument",
    invalidOperation: "InvalidOperation",
    invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
    accessDenied: "AccessDenied",
    propertyNotLoaded: "PropertyNotLoaded",
    requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
    responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  };

  /**
   * Excel.createWorkbook(base64): refuses what is not an .xlsx (a zip, "PK…"), records the rest.
   * Not part of a batch: Office.js sends it on its own.
   */
  async function createWorkbook(base64?: string): Promise<void> {
    await new Promise((r) => setTimeout(r, 0));
    if (base64 === undefined || base64 === null || base64 === "") {
      st.created.push({ base64: null });
      return;
    }
    let head = "";
    try {
      head = atob(String(base64).slice(0, 8));
    } catch {
      head = "";
    }
    if (!head.startsWith("PK\u0003\u0004"))
      throw new SimError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
    st.created.push({ base64 });
  }

  function sheetOf(name: string): ExcelJS.Worksheet {
    const ws = wb.worksheets.find((w) => w.name.toLowerCase() === name.toLowerCase());
    if (!ws) throw new Error(`No sheet ${name}`);
    return ws;
  }

  const sim: Simulator = {
    Excel: { run, createWorkbook, ErrorCodes },
    run: run as unknown as typeof Excel.run,
    stats: st.stats,
    selection: () => (st.selection ? { ...st.selection } : null),
    activeSheet: () => st.activeSheet,
    cell(sheet, address) {
      const box = parseBox(address);
      if (!box) throw new Error(`Bad address ${address}`);
      const cell = sheetOf(sheet).findCell(box.top, box.left);
      const r = readCell(cell);
      const fill = readFill(cell);
      const font = readFont(cell);
      return {
        value: r.value,
        text: r.text,
        formula: r.formula,
        numberFormat: r.numberFormat,
        fill: fill.pattern === "None" ? null : fill.color,
        fontColor: font.color,
        bold: font.bold,
      };
    },
    tables: () =>
      st.tables.map((t) => ({
        name: t.name,
        sheet: t.ws.name,
        address: boxA1(t.box),
        style: t.style,
      })),
    sheets: () =>
      wb.worksheets.map((w) => ({
        name: w.name,
        visibility: w.state === "veryHidden" ? "VeryHidden" : w.state === "hidden" ? "Hidden" : "Visible",
      })),
    frozenRows(sheet) {
      const v = sheetOf(sheet).views?.[0] as { state?: string; ySplit?: number } | undefined;
      return v?.state === "frozen" ? (v.ySplit ?? 0) : 0;
    },
    frozenColumns(sheet) {
      const v = sheetOf(sheet).views?.[0] as { state?: string; xSplit?: number } | undefined;
      return v?.state === "frozen" ? (v.xSplit ?? 0) : 0;
    },
    format(sheet, address) {
      const box = parseBox(address);
      if (!box) throw new Error(`Bad address ${address}`);
      const cell = sheetOf(sheet).findCell(box.top, box.left);
      const font = readFont(cell);
      const side = (s: "top" | "left" | "bottom" | "right") => {
        const b = readBorder(cell, s);
        return b.style === "None" ? null : b.color;
      };
      const h = cell?.alignment?.horizontal;
      const v = cell?.alignment?.vertical;
      return {
        fontSize: font.size,
        italic: font.italic,
        wrap: !!cell?.alignment?.wrapText,
        horizontal: h === "left" || h === "center" || h === "right" ? h : null,
        vertical: v === "top" || v === "bottom" ? v : v === "middle" ? "center" : null,
        border: { top: side("top"), left: side("left"), bottom: side("bottom"), right: side("right") },
        locked: cell?.protection?.locked !== false,
        style: st.cellStyles.get(sheetOf(sheet))?.get(`${box.top},${box.left}`) ?? "Normal",
      };
    },
    hyperlink(sheet, address) {
      const box = parseBox(address);
      if (!box) throw new Error(`Bad address ${address}`);
      const link = st.links.get(sheetOf(sheet))?.get(`${box.top},${box.left}`);
      return link ? { ...link } : null;
    },
    merges(sheet) {
      const merges = (sheetOf(sheet) as unknown as { _merges: Record<string, { model: Box }> })._merges ?? {};
      return Object.values(merges)
        .map((m) => m.model)
        .sort((a, b) => a.top - b.top || a.left - b.left)
        .map((b) => boxA1(b));
    },
    validation(sheet, address) {
      const ws = sheetOf(sheet);
      const model = (ws as unknown as { dataValidations: { model: Record<string, Record<string, unknown>> } })
        .dataValidations.model;
      const v = model[address.replace(/\$/g, "").toUpperCase()];
      if (!v) return null;
      const formula = Array.isArray(v.formulae) ? String(v.formulae[0]) : null;
      const source =
        formula === null
          ? null
          : formula.startsWith('"')
            ? formula.slice(1, -1).replace(/""/g, '"')
            : "=" + formula;
      const style = String(v.errorStyle ?? "stop");
      return {
        type: v.type === "list" ? "List" : String(v.type),
        source,
        inCellDropDown: v.showDropDown !== true,
        prompt: {
          show: !!v.showInputMessage,
          title: String(v.promptTitle ?? ""),
          message: String(v.prompt ?? ""),
        },
        error: {
          show: v.showErrorMessage !== false,
          style: style[0].toUpperCase() + style.slice(1),
          title: String(v.errorTitle ?? ""),
          message: String(v.error ?? ""),
        },
      };
    },
    protection(sheet) {
      return protectionState(sheetOf(sheet));
    },
    pageLayout(sheet) {
      const ps = sheetOf(sheet).pageSetup;
      const paper: Record<number, string> = { 1: "Letter", 5: "Legal", 8: "A3", 9: "A4", 11: "A5" };
      return {
        paperSize: ps.paperSize ? (paper[ps.paperSize] ?? String(ps.paperSize)) : "Letter",
        orientation: ps.orientation === "landscape" ? "Landscape" : "Portrait",
        zoom: ps.fitToPage
          ? { horizontalFitToPages: ps.fitToWidth ?? 1, verticalFitToPages: ps.fitToHeight ?? 1, scale: null }
          : { horizontalFitToPages: null, verticalFitToPages: null, scale: ps.scale ?? 100 },
        printTitleRows: ps.printTitlesRow ?? null,
      };
    },
    columnWidth(sheet, col) {
      const c = (sheetOf(sheet) as unknown as { _columns?: ExcelJS.Column[] })._columns?.[col - 1];
      return c?.width ?? null;
    },
    rowHeight(sheet, row) {
      return sheetOf(sheet).findRow(row)?.height ?? null;
    },
    columnHidden(sheet, col) {
      const c = (sheetOf(sheet) as unknown as { _columns?: ExcelJS.Column[] })._columns?.[col - 1];
      return !!c?.hidden;
    },
    charts: () =>
      st.charts.map((c) => ({
        sheet: c.ws.name,
        name: c.name,
        type: c.type,
        title: c.title.visible ? c.title.text : null,
        position: c.position
          ? boxA1({
              top: c.position.start.top,
              left: c.position.start.left,
              bottom: c.position.end.bottom,
              right: c.position.end.right,
            })
          : null,
        series: c.series.map((s) => ({
          name: s.name,
          values: s.values ? qualifiedAbsolute(s.values.ws.name, s.values.box) : null,
          categories: s.categories ? qualifiedAbsolute(s.categories.ws.name, s.categories.box) : null,
          color: s.color,
        })),
        categoriesReversed: c.categoriesReversed,
      })),
    created: () => st.created.map((c) => ({ ...c })),
    customProperties: () => customPropertiesOf(wb).map((p) => ({ ...p })),
    async save() {
      const file = openWorkbook(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), "saved.xlsx");
      for (const p of customPropertiesOf(wb)) setCustomProperty(file, p.key, String(p.value));
      return workbookBytes(file);
    },
    async openCreated(index) {
      const entry = st.created[index];
      if (!entry) throw new Error(`No workbook ${index} was created`);
      const Workbook = wb.constructor as new () => ExcelJS.Workbook;
      const out = new Workbook();
      if (entry.base64 === null) {
        out.addWorksheet("Sheet1");
        return out;
      }
      const bin = atob(entry.base64);
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      await out.xlsx.load(bytes.buffer);
      return out;
    },
    resetStats() {
      st.stats.syncs = 0;
      st.stats.batches.length = 0;
    },
    setEditMode(on) {
      st.editMode = on;
    },
    beforeSync(f) {
      st.hooks.beforeSync = f ?? undefined;
    },
    failSync(sync, code, afterOps = 0) {
      st.hooks.fail = { sync, code, afterOps };
    },
    setLimits(limits) {
      if (limits.request !== undefined) st.limits.request = limits.request;
      if (limits.response !== undefined) st.limits.response = limits.response;
    },
    workbook: wb,
  };
  return sim;
}

/** "'Sheet'!$B$2:$B$5", as Excel writes a chart series' source. */
function qualifiedAbsolute(sheet: string, b: Box): string {
  const one = (r: number, c: number) =>
    boxA1({ top: r, left: c, bottom: r, right: c }).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  const area =
    b.top === b.bottom && b.left === b.right
      ? one(b.top, b.left)
      : `${one(b.top, b.left)}:${one(b.bottom, b.right)}`;
  return `'${sheet.replace(/'/g, "''")}'!${area}`;
}
