/**
 * The Excel host simulator: createSimulator(workbook) gives an `Excel` object with `run`, the
 * statistics of every context.sync() (count, request and response sizes) and a view of the
 * workbook for assertions. Runs under jest and, bundled, in the browser test page.
 */
import type * as ExcelJS from "exceljs";
import { boxA1, parseBox } from "../../src/excel/address";
import { PAYLOAD_LIMIT, RequestContext, SimError, type BatchStat, type SimState, type SimTable } from "./api";
import { readCell, readFill, readFont } from "./cells";

export { RequestContext, SimError, PAYLOAD_LIMIT };
export type { BatchStat, SimTable };

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

export interface Simulator {
  Excel: {
    run<T>(batch: (context: RequestContext) => Promise<T>): Promise<T>;
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

  function sheetOf(name: string): ExcelJS.Worksheet {
    const ws = wb.worksheets.find((w) => w.name.toLowerCase() === name.toLowerCase());
    if (!ws) throw new Error(`No sheet ${name}`);
    return ws;
  }

  return {
    Excel: { run, ErrorCodes },
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
}
