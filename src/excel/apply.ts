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
import type { CapturedCell, CellEdit, CellStyle, Edit, SheetSpec } from "../edits/types";
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
          const oldTables = reuseOld ? old.tables.items : [];
          writes.push({
            bytes: OP_BYTES * (4 + oldTables.length),
            queue: () => {
              const ws = h.get();
              for (const t of oldTables) t.delete();
              if (made || reuseOld) {
                ws.getRange().clear("All");
                ws.freezePanes.unfreeze();
              }
            },
          });
          writes.push(...sheetWrites(() => h.get(), e.spec, e.activate === true));
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

function styleOps(target: Excel.Range, style: CellStyle | undefined): void {
  if (!style) return;
  if (style.numberFormat !== undefined) target.numberFormat = [[style.numberFormat]];
  if (style.fill === null) target.format.fill.clear();
  else if (style.fill !== undefined) target.format.fill.color = style.fill;
  if (style.fontColor !== undefined) target.format.font.color = style.fontColor ?? "#000000";
  if (style.bold !== undefined) target.format.font.bold = style.bold;
  if (style.italic !== undefined) target.format.font.italic = style.italic;
  if (style.wrap !== undefined) target.format.wrapText = style.wrap;
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
      if (spec.table) {
        const address = boxA1({ top: h + 1, left: 1, bottom: last + 1, right: cols });
        const table = ws().tables.add(address, true);
        table.name = spec.table.name;
        if (spec.table.style) table.style = spec.table.style;
      }
      if (spec.freezeHeader) ws().freezePanes.freezeRows(h + 1);
    },
  });
  for (const s of spec.styles ?? [])
    out.push({
      bytes: sizeOf(s) + OP_BYTES * 3,
      queue: () => styleOps(ws().getRangeByIndexes(h + 1 + s.row, s.col, 1, 1), s.style),
    });
  if (activate)
    out.push({
      bytes: OP_BYTES,
      queue: () => ws().activate(),
    });
  return out;
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
