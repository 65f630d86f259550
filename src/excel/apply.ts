/**
 * apply(edits): carries out Edits with Office.js in a fixed, small number of context.sync() calls:
 *   1. one read, only when needed: the state sheet (captured cells), the cells to capture (value,
 *      formula, fill, font colour), which target sheets exist and their tables;
 *   2. the writes, queued in order and sent in batches kept under Excel's 5 MB request limit (one
 *      batch for ordinary edits; a huge sheet is written in as many batches as its size needs).
 * Values are always literal: every non-empty string is written with a leading apostrophe, which
 * Excel takes as "this is text" and does not store, so "=SUM(A1)", "-5", "+358…", "@x", "TRUE" or
 * "12" stay the text they are.
 */
import type {
  Box,
  CapturedCell,
  CellEdit,
  CellStyle,
  ChartSpec,
  Edit,
  LinkTarget,
  ListValidation,
  SheetSpec,
} from "../edits/types";
import { STATE_SHEET } from "../edits/types";
import { boxA1 } from "./address";
import { OP_BYTES, WRITE_BUDGET, pointsFromChars } from "./limits";
import type { Run } from "./snapshot";
import { headerRowOf } from "../edits/layout";

/** A worksheet proxy made on first use, so that it is created in the batch where it is first needed. */
class Handle {
  private ws: Excel.Worksheet | undefined;
  constructor(private readonly make: () => Excel.Worksheet) {}
  get(): Excel.Worksheet {
    if (this.ws === undefined) this.ws = this.make();
    return this.ws;
  }
}

/** A piece of work for the write phase: its estimated request size and how to queue it. */
interface Write {
  bytes: number;
  queue: () => void;
}

type StateRow = [string, string, number, number, string];

/** A value as written through Range.values: strings quoted so that Excel keeps them as text. */
export function literal(v: string | number | boolean | null | undefined): string | number | boolean {
  if (v === null || v === undefined || v === "") return "";
  if (typeof v === "string") return "'" + v;
  return v;
}

function sizeOf(x: unknown): number {
  return JSON.stringify(x).length + OP_BYTES;
}

interface CaptureRead {
  edit: Extract<Edit, { kind: "capture" }>;
  parts: {
    row0: number;
    col0: number;
    range: Excel.Range;
    props: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  }[];
}

const DENSE_CELLS = 50_000;

function cellKey(key: string, sheet: string, row: number, col: number): string {
  return JSON.stringify([key, sheet.toLowerCase(), row, col]);
}

export async function applyEdits(run: Run, edits: Edit[]): Promise<void> {
  if (edits.length === 0) return;
  for (const e of edits) if (e.kind === "sheet") checkSpec(e.spec);
  await run(async (context) => {
    const worksheets = context.workbook.worksheets;
    const needsState = edits.some((e) => e.kind === "capture" || e.kind === "restore");
    const specNames = new Set<string>();
    for (const e of edits) {
      if (e.kind === "sheet") specNames.add(e.spec.name);
      if (e.kind === "deleteSheet") specNames.add(e.sheet);
    }

    // ---- 1. Read (one sync, skipped when only cells are written) ----
    const maybe = new Map<string, Excel.Worksheet>();
    for (const name of specNames) {
      const ws = worksheets.getItemOrNullObject(name);
      ws.tables.load("items/name");
      // A sheet Toteuma replaces may be a template it protected, with charts of its own.
      ws.charts.load("items/name");
      ws.protection.load("protected");
      maybe.set(name, ws);
    }
    const stateSheet = worksheets.getItemOrNullObject(STATE_SHEET);
    const stateUsed = stateSheet.getUsedRangeOrNullObject(true);
    if (needsState) stateUsed.load("values,rowIndex,columnIndex");
    const captures: CaptureRead[] = edits
      .filter((e): e is Extract<Edit, { kind: "capture" }> => e.kind === "capture")
      .map((edit) => ({ edit, parts: queueCaptureRead(worksheets.getItem(edit.sheet), edit) }));
    if (specNames.size > 0 || needsState) await context.sync();

    // ---- State rows: existing, then each capture/restore in order ----
    const existing: StateRow[] = [];
    let stateExtent = 0;
    if (needsState && !stateUsed.isNullObject && stateUsed.columnIndex === 0) {
      stateExtent = stateUsed.rowIndex + stateUsed.values.length;
      for (const row of stateUsed.values) {
        if (row[0] === "" || row[0] === null) continue;
        existing.push([String(row[0]), String(row[1]), Number(row[2]), Number(row[3]), String(row[4] ?? "")]);
      }
    }
    let rows = existing.slice();
    const present = new Set(rows.map((r) => cellKey(r[0], r[1], r[2], r[3])));
    const capturedByEdit = new Map<CaptureRead, CapturedCell[]>();
    for (const c of captures) capturedByEdit.set(c, capturedCells(c));
    for (const e of edits) {
      if (e.kind === "capture") {
        const read = captures.find((c) => c.edit === e) as CaptureRead;
        for (const cell of capturedByEdit.get(read) ?? []) {
          const k = cellKey(e.key, e.sheet, cell.row, cell.col);
          if (present.has(k)) continue; // a cell keeps its first captured state
          present.add(k);
          rows.push([e.key, e.sheet, cell.row, cell.col, JSON.stringify(cell)]);
        }
      } else if (e.kind === "restore") {
        const gone = new Set(e.cells.map((c) => cellKey(e.key, e.sheet, c.row, c.col)));
        rows = rows.filter((r) => !gone.has(cellKey(r[0], r[1], r[2], r[3])));
        for (const k of gone) present.delete(k);
      }
    }

    // ---- 2. Writes ----
    const writes: Write[] = [];
    // Sheets by name, decided now, their proxies made when the writes are queued (in order).
    const handles = new Map<string, Handle>();
    const deleted = new Set<string>();
    // Whether each sheet of a sheet edit is protected at this point of the writes, and the tables and
    // charts an earlier sheet edit of this batch gives it.
    const protectedNow = new Map<string, boolean>();
    const madeParts = new Map<string, { tables: string[]; charts: string[] }>();
    for (const [name, ws] of maybe)
      protectedNow.set(name, !ws.isNullObject && ws.protection.protected === true);
    const sheetRef = (name: string): Handle => {
      let h = handles.get(name);
      if (!h) {
        h = new Handle(() => worksheets.getItem(name));
        handles.set(name, h);
      }
      return h;
    };
    for (const e of edits) {
      switch (e.kind) {
        case "cells": {
          const h = sheetRef(e.sheet);
          writes.push(...cellWrites(() => h.get(), e.cells));
          break;
        }
        case "restore": {
          const h = sheetRef(e.sheet);
          writes.push(...restoreWrites(() => h.get(), e.cells));
          break;
        }
        case "capture":
          break;
        case "deleteSheet": {
          const old = maybe.get(e.sheet) as Excel.Worksheet;
          const made = handles.get(e.sheet);
          if (made) writes.push({ bytes: OP_BYTES, queue: () => made.get().delete() });
          else if (!old.isNullObject && !deleted.has(e.sheet))
            writes.push({ bytes: OP_BYTES, queue: () => old.delete() });
          deleted.add(e.sheet);
          handles.delete(e.sheet);
          protectedNow.set(e.sheet, false);
          madeParts.delete(e.sheet);
          break;
        }
        case "sheet": {
          const name = e.spec.name;
          const old = maybe.get(name) as Excel.Worksheet;
          const made = handles.get(name);
          const reuseOld = !made && !old.isNullObject && !deleted.has(name);
          const h = made ?? new Handle(() => (reuseOld ? old : worksheets.add(name)));
          handles.set(name, h);
          deleted.delete(name);
          writes.push(
            resetWrite(() => h.get(), {
              replace: !!made || reuseOld,
              unprotect: (!!made || reuseOld) && protectedNow.get(name) === true,
              tables: reuseOld ? old.tables.items : [],
              charts: reuseOld ? old.charts.items : [],
              made: made ? madeParts.get(name) : undefined,
            }),
          );
          writes.push(...sheetWrites(() => h.get(), e.spec, e.activate === true));
          protectedNow.set(name, e.spec.protect === true);
          madeParts.set(name, {
            tables: [
              ...(e.spec.table ? [e.spec.table.name] : []),
              ...(e.spec.tables ?? []).map((t) => t.name),
            ],
            charts: (e.spec.charts ?? []).map((c) => c.name),
          });
          break;
        }
      }
    }
    if (needsState && JSON.stringify(rows) !== JSON.stringify(existing))
      writes.push(...stateWrites(worksheets, stateSheet, stateExtent, rows));
    await flush(context, pack(writes));
  });
}

/** Queues the reads of one capture: the cells' bounding box when dense, else one range per row run. */
function queueCaptureRead(
  ws: Excel.Worksheet,
  edit: Extract<Edit, { kind: "capture" }>,
): CaptureRead["parts"] {
  if (edit.cells.length === 0) return [];
  const rowsOf = edit.cells.map((c) => c.row);
  const colsOf = edit.cells.map((c) => c.col);
  const top = Math.min(...rowsOf);
  const left = Math.min(...colsOf);
  const bottom = Math.max(...rowsOf);
  const right = Math.max(...colsOf);
  const boxes: { top: number; left: number; bottom: number; right: number }[] = [];
  if ((bottom - top + 1) * (right - left + 1) <= Math.max(DENSE_CELLS, edit.cells.length * 4))
    boxes.push({ top, left, bottom, right });
  else {
    const byRow = new Map<number, number[]>();
    for (const c of edit.cells) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c.col]);
    for (const [row, cols] of byRow)
      boxes.push({ top: row, bottom: row, left: Math.min(...cols), right: Math.max(...cols) });
  }
  return boxes.map((b) => {
    const range = ws.getRangeByIndexes(b.top - 1, b.left - 1, b.bottom - b.top + 1, b.right - b.left + 1);
    range.load("values,formulas,valueTypes");
    const props = range.getCellProperties({
      format: { fill: { color: true, pattern: true }, font: { color: true } },
    });
    return { row0: b.top, col0: b.left, range, props };
  });
}

/** The captured state of each asked cell, read from the capture's ranges (after the sync). */
function capturedCells(read: CaptureRead): CapturedCell[] {
  const out: CapturedCell[] = [];
  const seen = new Set<string>();
  for (const { row, col } of read.edit.cells) {
    const k = `${row},${col}`;
    if (seen.has(k)) continue;
    seen.add(k);
    const part = read.parts.find(
      (p) =>
        row >= p.row0 &&
        col >= p.col0 &&
        row < p.row0 + p.range.values.length &&
        col < p.col0 + (p.range.values[0]?.length ?? 0),
    );
    if (!part) continue;
    const i = row - part.row0;
    const j = col - part.col0;
    const value = part.range.values[i][j] as string | number | boolean;
    const formula = part.range.formulas[i][j] as string | number | boolean;
    const type = part.range.valueTypes[i][j];
    const props = part.props.value[i][j];
    const isFormula = typeof formula === "string" && formula.startsWith("=") && formula !== value;
    const fill = props.format?.fill;
    const cell: CapturedCell = {
      row,
      col,
      value: isFormula ? formula : type === "Empty" || value === "" ? null : value,
      fill: !fill || fill.pattern === "None" || !fill.color ? null : fill.color.toUpperCase(),
      fontColor: props.format?.font?.color ? props.format.font.color.toUpperCase() : null,
    };
    if (isFormula) cell.formula = true;
    out.push(cell);
  }
  return out;
}

/** Office.js's names of CellStyle's alignments and of the four edges of a cell. */
const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", center: "Center", bottom: "Bottom" } as const;
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

/**
 * Queues a CellStyle on a range of `rows` × `cols` cells. A built-in style goes first (it replaces
 * the cells' formats), the other properties over it.
 */
function styleOps(target: Excel.Range, style: CellStyle | undefined, rows = 1, cols = 1): void {
  if (!style) return;
  if (style.builtin !== undefined) target.style = style.builtin;
  const fmt = style.numberFormat;
  if (fmt !== undefined)
    target.numberFormat = Array.from({ length: rows }, () => Array<string>(cols).fill(fmt));
  if (style.fill === null) target.format.fill.clear();
  else if (style.fill !== undefined) target.format.fill.color = style.fill;
  if (style.fontColor !== undefined) target.format.font.color = style.fontColor ?? "#000000";
  if (style.bold !== undefined) target.format.font.bold = style.bold;
  if (style.italic !== undefined) target.format.font.italic = style.italic;
  if (style.wrap !== undefined) target.format.wrapText = style.wrap;
  if (style.fontSize !== undefined) target.format.font.size = style.fontSize;
  if (style.horizontal !== undefined) target.format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical !== undefined) target.format.verticalAlignment = VERTICAL[style.vertical];
  if (style.border !== undefined)
    for (const edge of EDGES) {
      const border = target.format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
      border.color = style.border;
    }
  if (style.locked !== undefined) target.format.protection.locked = style.locked;
}

/** Queued operations of styleOps for a style (each property a setter and its share of the proxies). */
function styleOpCount(style: CellStyle | undefined): number {
  if (!style) return 0;
  return Object.keys(style).reduce((n, k) => n + (k === "border" ? 4 * 4 + 2 : 2), 0);
}

function cellWrites(ws: () => Excel.Worksheet, cells: CellEdit[]): Write[] {
  return cells.map((c) => ({
    bytes: sizeOf(c) + OP_BYTES * (1 + Object.keys(c.style ?? {}).length),
    queue: () => {
      const target = ws().getRangeByIndexes(c.row - 1, c.col - 1, 1, 1);
      styleOps(target, c.style);
      if (c.value !== undefined) target.values = [[literal(c.value)]];
    },
  }));
}

function restoreWrites(ws: () => Excel.Worksheet, cells: CapturedCell[]): Write[] {
  return cells.map((c) => ({
    bytes: sizeOf(c) + OP_BYTES * 3,
    queue: () => {
      const target = ws().getRangeByIndexes(c.row - 1, c.col - 1, 1, 1);
      if (c.formula && typeof c.value === "string") target.formulas = [[c.value]];
      else
        target.values = [[c.value === null ? "" : typeof c.value === "string" ? literal(c.value) : c.value]];
      if (c.fill === null) target.format.fill.clear();
      else target.format.fill.color = c.fill;
      target.format.font.color = c.fontColor ?? "#000000";
    },
  }));
}

const ROWS_PER_WRITE = 2_000;

/**
 * Before a sheet is written: a sheet Toteuma replaces is unprotected (it may be a template Toteuma
 * protected; Excel refuses writes to a protected sheet, and refuses `unprotect` on a sheet that is
 * not protected, so it is called only when the sheet is), loses its tables and charts, and is
 * cleared of contents, formats, merges, hyperlinks, list validations, column widths, row heights,
 * hidden columns and frozen panes. A new sheet needs none of it.
 */
function resetWrite(
  ws: () => Excel.Worksheet,
  old: {
    replace: boolean;
    unprotect: boolean;
    tables: Excel.Table[];
    charts: Excel.Chart[];
    /** The tables and charts an earlier sheet edit of the same batch made, by name. */
    made?: { tables: string[]; charts: string[] };
  },
): Write {
  const madeTables = old.made?.tables ?? [];
  const madeCharts = old.made?.charts ?? [];
  const parts = old.tables.length + old.charts.length + (madeTables.length + madeCharts.length) * 2;
  return {
    bytes: OP_BYTES * (12 + parts) + sizeOf(old.made ?? null),
    queue: () => {
      const sheet = ws();
      if (old.unprotect) sheet.protection.unprotect();
      for (const t of old.tables) t.delete();
      for (const c of old.charts) c.delete();
      for (const t of madeTables) sheet.tables.getItemOrNullObject(t).delete();
      for (const c of madeCharts) sheet.charts.getItemOrNullObject(c).delete();
      if (!old.replace) return;
      const all = sheet.getRange();
      all.clear("All");
      all.unmerge();
      all.dataValidation.clear();
      all.format.useStandardWidth = true;
      all.format.useStandardHeight = true;
      all.columnHidden = false;
      sheet.freezePanes.unfreeze();
    },
  };
}

/**
 * Everything a SheetSpec says, queued in an order Excel accepts: the table part (title, header,
 * rows, widths, table, styles, links), then the free-form parts (placed cells with their styles and
 * links, column widths, row heights, merges, further tables, list validations, charts), frozen panes,
 * print settings, activation, and protection last: a protected sheet refuses writes.
 */
function sheetWrites(ws: () => Excel.Worksheet, spec: SheetSpec, activate: boolean): Write[] {
  const out: Write[] = [];
  const cols = Math.max(1, spec.columns.length);
  const title = spec.title ?? [];
  if (title.length > 0)
    out.push({
      bytes: sizeOf(title) + OP_BYTES * 2,
      queue: () => {
        ws().getRangeByIndexes(0, 0, title.length, 1).values = title.map((t) => [literal(t)]);
        ws().getRangeByIndexes(0, 0, 1, 1).format.font.bold = true;
      },
    });
  const h = headerRowOf(spec) - 1; // 0-based header row
  if (spec.columns.length > 0)
    out.push({
      bytes: sizeOf(spec.columns) + OP_BYTES * 2,
      queue: () => {
        const header = ws().getRangeByIndexes(h, 0, 1, cols);
        header.values = [spec.columns.map((c) => literal(c.header))];
        header.format.font.bold = true;
      },
    });
  // Data rows in blocks; each block carries its columns' number formats.
  for (let start = 0; start < spec.rows.length; start += ROWS_PER_WRITE) {
    const block = spec.rows.slice(start, start + ROWS_PER_WRITE);
    const values = block.map((r) => Array.from({ length: cols }, (_, c) => literal(r[c] ?? null)));
    const formats = spec.columns.map((c) => c.numberFormat);
    out.push({
      bytes: sizeOf(values) + formats.filter(Boolean).length * (block.length * 12 + OP_BYTES),
      queue: () => {
        const first = h + 1 + start;
        formats.forEach((fmt, c) => {
          if (fmt) ws().getRangeByIndexes(first, c, block.length, 1).numberFormat = block.map(() => [fmt]);
        });
        ws().getRangeByIndexes(first, 0, block.length, cols).values = values;
      },
    });
  }
  const last = h + Math.max(1, spec.rows.length); // 0-based last row of the table area
  out.push({
    bytes: OP_BYTES * (cols * 2 + 6),
    queue: () => {
      spec.columns.forEach((c, i) => {
        if (c.width !== undefined)
          ws().getRangeByIndexes(0, i, 1, 1).format.columnWidth = pointsFromChars(c.width);
        if (c.wrap && spec.rows.length > 0)
          ws().getRangeByIndexes(h + 1, i, spec.rows.length, 1).format.wrapText = true;
      });
      if (spec.table && spec.columns.length > 0) {
        const address = boxA1({ top: h + 1, left: 1, bottom: last + 1, right: cols });
        const table = ws().tables.add(address, true);
        table.name = spec.table.name;
        if (spec.table.style) table.style = spec.table.style;
      }
      if (spec.freezeHeader && !spec.freeze) ws().freezePanes.freezeRows(h + 1);
    },
  });
  for (const s of spec.styles ?? [])
    out.push({
      bytes: sizeOf(s) + OP_BYTES * (1 + styleOpCount(s.style)),
      queue: () => styleOps(ws().getRangeByIndexes(h + 1 + s.row, s.col, 1, 1), s.style),
    });
  for (const l of spec.links ?? []) {
    const value = spec.rows[l.row]?.[l.col] ?? null;
    out.push(linkWrite(ws, h + 2 + l.row, l.col + 1, l.target, value));
  }
  out.push(...freeFormWrites(ws, spec));
  if (activate)
    out.push({
      bytes: OP_BYTES,
      queue: () => ws().activate(),
    });
  if (spec.protect)
    out.push({
      bytes: OP_BYTES * 3,
      queue: () =>
        ws().protection.protect({ allowFormatColumns: true, allowFormatRows: true, selectionMode: "Normal" }),
    });
  return out;
}

/** A spec Excel cannot carry out is refused before anything is read or written (nothing is lost). */
function checkSpec(spec: SheetSpec): void {
  for (const c of spec.charts ?? [])
    if (c.series.length === 0)
      throw new Error(`Kaaviolla "${c.name}" ei ole yhtään sarjaa. / The chart "${c.name}" has no series.`);
  for (const v of spec.validations ?? [])
    if (v.values.length === 0)
      throw new Error(
        `Pudotusvalikossa (${boxA1(v.box)}) ei ole yhtään vaihtoehtoa. / The drop-down list at ${boxA1(v.box)} has no values.`,
      );
}

function rangeOf(ws: Excel.Worksheet, b: Box): Excel.Range {
  return ws.getRangeByIndexes(b.top - 1, b.left - 1, b.bottom - b.top + 1, b.right - b.left + 1);
}

/** A reference to a cell of this workbook as a hyperlink wants it: the sheet always quoted. */
function documentReference(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell.replace(/\$/g, "")}`;
}

/**
 * A hyperlink on a cell (1-based), then the cell's value again: Excel shows `textToDisplay` as the
 * cell's text, and writing the value after it keeps a number a number and text literal. A cell
 * without a value shows where it leads.
 */
function linkWrite(
  ws: () => Excel.Worksheet,
  row: number,
  col: number,
  target: LinkTarget,
  value: string | number | boolean | null,
): Write {
  const empty = value === null || value === "";
  const link: Excel.RangeHyperlink =
    "url" in target
      ? { address: target.url, textToDisplay: empty ? target.url : String(value) }
      : {
          documentReference: documentReference(target.sheet, target.cell),
          textToDisplay: empty ? documentReference(target.sheet, target.cell) : String(value),
        };
  return {
    bytes: sizeOf(link) + OP_BYTES * 3,
    queue: () => {
      const cell = ws().getRangeByIndexes(row - 1, col - 1, 1, 1);
      cell.hyperlink = link;
      if (!empty) cell.values = [[literal(value)]];
    },
  };
}

/** Excel's limits on the texts of a validation's prompt and error alert (longer ones are cut). */
const PROMPT_TITLE = 32;
const PROMPT_TEXT = 255;
const ERROR_TITLE = 32;
const ERROR_TEXT = 224;
/** Longest list Excel takes typed in ("a,b,c"). */
const LITERAL_LIST = 255;

function clip(text: string, limit: number): string {
  return text.length <= limit ? text : text.slice(0, limit - 1) + "…";
}

/**
 * The list as Excel takes it typed in ("Toteutunut,Osittain toteutunut,…"), or null when it cannot
 * be: a value with a comma (the list separator, which has no escape), a list over 255 characters, or
 * one starting with "=" (Excel would read a formula). Such lists are written into cells instead.
 */
export function literalList(values: string[]): string | null {
  const joined = values.join(",");
  if (values.some((v) => v.includes(",")) || joined.length > LITERAL_LIST || joined.startsWith("="))
    return null;
  return joined;
}

/** The rightmost column (1-based) any part of the spec writes to or covers. */
function lastColumn(spec: SheetSpec): number {
  const boxes: Box[] = [
    ...(spec.merges ?? []),
    ...(spec.tables ?? []).map((t) => t.box),
    ...(spec.validations ?? []).map((v) => v.box),
    ...(spec.charts ?? []).flatMap((c) => [c.anchor, c.categories, ...c.series.map((s) => s.values)]),
  ];
  return Math.max(
    spec.columns.length,
    ...(spec.title ?? []).map(() => 1),
    ...(spec.cells ?? []).map((c) => c.col),
    ...(spec.columnWidths ?? []).map((w) => w.col),
    ...boxes.map((b) => b.right),
  );
}

/** The free-form parts of a SheetSpec, in absolute 1-based positions. */
function freeFormWrites(ws: () => Excel.Worksheet, spec: SheetSpec): Write[] {
  const out: Write[] = [];
  const merges = spec.merges ?? [];
  const mergeAt = new Map(merges.map((m) => [`${m.top},${m.left}`, m]));
  for (const c of spec.cells ?? []) {
    // A cell that starts a merged area is styled as a whole, as Excel formats a merged cell.
    const area = mergeAt.get(`${c.row},${c.col}`) ?? { top: c.row, left: c.col, bottom: c.row, right: c.col };
    const empty = c.value === null || c.value === "";
    out.push({
      bytes: sizeOf(c) + OP_BYTES * (2 + styleOpCount(c.style)),
      queue: () => {
        styleOps(rangeOf(ws(), area), c.style, area.bottom - area.top + 1, area.right - area.left + 1);
        if (!empty && !c.link)
          ws().getRangeByIndexes(c.row - 1, c.col - 1, 1, 1).values = [[literal(c.value)]];
      },
    });
    if (c.link) out.push(linkWrite(ws, c.row, c.col, c.link, c.value));
  }
  for (const w of spec.columnWidths ?? [])
    out.push({
      bytes: OP_BYTES * 3,
      queue: () => {
        ws().getRangeByIndexes(0, w.col - 1, 1, 1).format.columnWidth = pointsFromChars(w.width);
      },
    });
  for (const r of spec.rowHeights ?? [])
    out.push({
      bytes: OP_BYTES * 3,
      queue: () => {
        ws().getRangeByIndexes(r.row - 1, 0, 1, 1).format.rowHeight = r.height;
      },
    });
  for (const m of merges)
    out.push({
      bytes: OP_BYTES * 2,
      queue: () => rangeOf(ws(), m).merge(false),
    });
  for (const t of spec.tables ?? [])
    out.push({
      bytes: sizeOf(t) + OP_BYTES * 4,
      queue: () => {
        const table = ws().tables.add(boxA1(t.box), true);
        table.name = t.name;
        if (t.style) table.style = t.style;
      },
    });
  out.push(...validationWrites(ws, spec));
  for (const c of spec.charts ?? []) out.push(chartWrite(ws, c));
  const f = spec.freeze;
  if (f && (f.rows > 0 || (f.columns ?? 0) > 0))
    out.push({
      bytes: OP_BYTES * 3,
      queue: () => {
        const panes = ws().freezePanes;
        const columns = f.columns ?? 0;
        if (f.rows > 0 && columns > 0) panes.freezeAt(ws().getRangeByIndexes(0, 0, f.rows, columns));
        else if (f.rows > 0) panes.freezeRows(f.rows);
        else panes.freezeColumns(columns);
      },
    });
  const p = spec.print;
  if (p)
    out.push({
      bytes: OP_BYTES * 6,
      queue: () => {
        const layout = ws().pageLayout;
        layout.paperSize = p.paper;
        layout.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
        // Fit all columns on one page: one page wide, as many tall as needed (0 = automatic).
        layout.zoom = p.fitToWidth ? { horizontalFitToPages: 1, verticalFitToPages: 0 } : { scale: 100 };
        if (p.titleRows) layout.setPrintTitleRows(`$${p.titleRows.from}:$${p.titleRows.to}`);
      },
    });
  return out;
}

/**
 * List validations. A list Excel cannot take typed in (see literalList) is written, as text, into a
 * hidden column right of everything else the spec writes, one column per such list, and the
 * validation points at those cells.
 */
function validationWrites(ws: () => Excel.Worksheet, spec: SheetSpec): Write[] {
  const out: Write[] = [];
  const listColumns = new Map<string, number>();
  let nextColumn = lastColumn(spec) + 2;
  for (const v of spec.validations ?? []) {
    const literalSource = literalList(v.values);
    let column = 0;
    if (literalSource === null) {
      const key = JSON.stringify(v.values);
      column = listColumns.get(key) ?? 0;
      if (column === 0) {
        column = nextColumn++;
        listColumns.set(key, column);
        const col = column;
        const cells = v.values.map((x) => [literal(x)]);
        out.push({
          bytes: sizeOf(cells) + OP_BYTES * 4,
          queue: () => {
            ws().getRangeByIndexes(0, col - 1, cells.length, 1).values = cells;
            ws().getRangeByIndexes(0, col - 1, 1, 1).columnHidden = true;
          },
        });
      }
    }
    out.push(validationWrite(ws, v, literalSource, column));
  }
  return out;
}

function validationWrite(
  ws: () => Excel.Worksheet,
  v: ListValidation,
  literalSource: string | null,
  listColumn: number,
): Write {
  const prompt = v.prompt && {
    showPrompt: true,
    title: clip(v.prompt.title, PROMPT_TITLE),
    message: clip(v.prompt.text, PROMPT_TEXT),
  };
  const error = v.error && {
    showAlert: true,
    style: "Stop" as const,
    title: clip(v.error.title, ERROR_TITLE),
    message: clip(v.error.text, ERROR_TEXT),
  };
  return {
    bytes: sizeOf({ v: v.box, literalSource, prompt, error }) + OP_BYTES * 6,
    queue: () => {
      const validation = rangeOf(ws(), v.box).dataValidation;
      validation.clear();
      const source =
        literalSource ??
        rangeOf(ws(), { top: 1, left: listColumn, bottom: v.values.length, right: listColumn });
      validation.rule = { list: { inCellDropDown: true, source } };
      if (prompt) validation.prompt = prompt;
      if (error) validation.errorAlert = error;
    },
  };
}

/**
 * A native chart: made from the first series' values (one column or one row, so that Excel makes
 * exactly one series whatever its guess about headers), then each series named, pointed at its
 * values and the categories, and coloured; titled, named and placed over its anchor cells.
 */
function chartWrite(ws: () => Excel.Worksheet, c: ChartSpec): Write {
  const byRows = (b: Box) => b.top === b.bottom && b.right > b.left;
  return {
    bytes: sizeOf(c) + OP_BYTES * (8 + c.series.length * 7),
    queue: () => {
      const sheet = ws();
      const [first] = c.series;
      const chart = sheet.charts.add(
        "BarStacked",
        rangeOf(sheet, first.values),
        byRows(first.values) ? "Rows" : "Columns",
      );
      chart.name = c.name;
      chart.title.text = c.title;
      chart.setPosition(
        boxA1({ top: c.anchor.top, left: c.anchor.left, bottom: c.anchor.top, right: c.anchor.left }),
        boxA1({ top: c.anchor.bottom, left: c.anchor.right, bottom: c.anchor.bottom, right: c.anchor.right }),
      );
      const categories = rangeOf(sheet, c.categories);
      c.series.forEach((s, i) => {
        const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
        if (i === 0) series.name = s.name;
        else series.setValues(rangeOf(sheet, s.values));
        series.setXAxisValues(categories);
        series.format.fill.setSolidColor(s.color);
      });
    },
  };
}

/** Rewrites the state sheet with `rows` (creating or deleting the sheet as needed). */
function stateWrites(
  worksheets: Excel.WorksheetCollection,
  sheet: Excel.Worksheet,
  oldCount: number,
  rows: StateRow[],
): Write[] {
  if (rows.length === 0) return sheet.isNullObject ? [] : [{ bytes: OP_BYTES, queue: () => sheet.delete() }];
  const out: Write[] = [];
  let target: Excel.Worksheet | null = null;
  const ws = (): Excel.Worksheet => target as Excel.Worksheet;
  out.push({
    bytes: OP_BYTES * 3,
    queue: () => {
      if (sheet.isNullObject) {
        target = worksheets.add(STATE_SHEET);
        target.visibility = "VeryHidden";
      } else target = sheet;
      if (oldCount > rows.length)
        ws()
          .getRangeByIndexes(rows.length, 0, oldCount - rows.length, 5)
          .clear("Contents");
    },
  });
  for (let start = 0; start < rows.length; start += ROWS_PER_WRITE) {
    const block = rows.slice(start, start + ROWS_PER_WRITE).map((r) => r.map((v) => literal(v)));
    out.push({
      bytes: sizeOf(block),
      queue: () => {
        ws().getRangeByIndexes(start, 0, block.length, 5).values = block;
      },
    });
  }
  return out;
}

/** Packs writes into batches whose estimated request stays under WRITE_BUDGET. */
function pack(writes: Write[]): Write[][] {
  const out: Write[][] = [];
  let cur: Write[] = [];
  let bytes = 0;
  for (const w of writes) {
    if (cur.length > 0 && bytes + w.bytes > WRITE_BUDGET) {
      out.push(cur);
      cur = [];
      bytes = 0;
    }
    cur.push(w);
    bytes += w.bytes;
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

/** Sends the batches one after the other: one sync per batch, by recursion. */
async function flush(context: Excel.RequestContext, batches: Write[][]): Promise<void> {
  if (batches.length === 0) return;
  const [batch, ...rest] = batches;
  for (const w of batch) w.queue();
  await context.sync();
  await flush(context, rest);
}
