/**
 * apply(edits): carries out Edits with Office.js, all or nothing for the person, in a small number
 * of context.sync() calls that grows with the amount of data, never with the number of sheets or cells:
 *   1. the read (one sync; a few more only for very large edits), skipped when only cells are written:
 *      the sheets that specs replace and their tables, the state sheet's rows, the protection of every
 *      sheet to be written, and every cell the edits touch or expect (value, formula, fill, font
 *      colour), range by range in row runs, in waves kept under Excel's 5 MB request and response
 *      limits; a wave Excel refuses as too big is halved and read again;
 *   2. the checks, before anything is written: a protected sheet, a sheet gone, or a cell that no
 *      longer holds what the plan's snapshot read (an "expect" edit: someone typed meanwhile)
 *      refuses the whole apply with a WorkbookRefusal and changes nothing;
 *   3. the writes, packed into batches by their size as Office.js serialises them (limits.ts
 *      `wire`): first the state sheet with every cell about to change (so that "Poista värit" can
 *      always put it back), then the edits in order, then the state sheet as it ends. A batch Excel
 *      refuses as too big is halved and sent again. When a batch fails otherwise, the cells earlier
 *      batches changed are put back as the read found them, the state sheet too, and sheets this
 *      apply made are deleted; then the failure is reported (a WorkbookRefusal "partial" when even
 *      that failed).
 * Values are always literal: every non-empty string is written with a leading apostrophe, which
 * Excel takes as "this is text" and does not store, so "=SUM(A1)", "-5", "+358…", "@x", "TRUE" or
 * "12" stay the text they are.
 */
import type {
  CapturedCell,
  CellEdit,
  CellStyle,
  ChartSpec,
  Edit,
  ExpectedCell,
  LinkTarget,
  ListValidation,
  SheetSpec,
} from "../edits/types";
import { STATE_SHEET } from "../edits/types";
import type { CellValue } from "../model/grid";
import { a1 } from "../model/cellref";
import { boxA1, type Box } from "./address";
import { WorkbookRefusal, errorCode, isEditMode, isTooBig } from "./errors";
import {
  EDIT_MODE_PAUSE_MS,
  EDIT_MODE_RETRIES,
  OP_BYTES,
  READ_REQUEST_BUDGET,
  RESPONSE_BUDGET,
  STATE_ROWS_PER_READ,
  WRITE_BUDGET,
  pointsFromChars,
  utf8Length,
  wire,
} from "./limits";
import type { Run } from "./snapshot";
import { headerRowOf } from "../edits/layout";

/**
 * A worksheet proxy made on first use, so that it is created in the batch where it is first needed.
 * When that batch is refused as too big, the proxy is forgotten and made again in the batch sent
 * instead (its making never reached Excel).
 */
class Handle {
  private ws: Excel.Worksheet | undefined;
  private madeIn = -1;
  constructor(
    private readonly make: () => Excel.Worksheet,
    private readonly batches: Batches = NO_BATCHES,
  ) {
    batches.handles.push(this);
  }
  get(): Excel.Worksheet {
    if (this.ws === undefined) {
      this.ws = this.make();
      this.madeIn = this.batches.current;
    }
    return this.ws;
  }
  /** Forgets a proxy made in batch `n`. */
  forgetIfMadeIn(n: number): void {
    if (this.madeIn === n) this.ws = undefined;
  }
}

/** The batch being queued, and the handles to forget when it is refused. */
interface Batches {
  current: number;
  handles: Handle[];
}
const NO_BATCHES: Batches = { current: 0, handles: [] };

/** A cell of a sheet (1-based). */
interface Spot {
  sheet: string;
  row: number;
  col: number;
}

/** A piece of work for the write phase: its request size as Office.js serialises it, and how to queue it. */
interface Write {
  bytes: number;
  queue: () => void;
  /** Cells this write changes: put back as they were read when a later batch fails. */
  touches?: Spot[];
  /** A sheet this write makes: deleted again when a later batch fails. */
  creates?: string;
  /** True when this write changes the state sheet. */
  state?: boolean;
}

type StateRow = [string, string, number, number, string];

/** A value as written through Range.values: strings quoted so that Excel keeps them as text. */
export function literal(v: string | number | boolean | null | undefined): string | number | boolean {
  if (v === null || v === undefined || v === "") return "";
  if (typeof v === "string") return "'" + v;
  return v;
}

function sizeOf(x: unknown): number {
  return utf8Length(JSON.stringify(x)) + OP_BYTES;
}

function cellKey(key: string, sheet: string, row: number, col: number): string {
  return JSON.stringify([key, sheet.toLowerCase(), row, col]);
}

const spotKey = (sheet: string, row: number, col: number): string => `${sheet.toLowerCase()}!${row},${col}`;

/** The options of the read of each touched cell's fill and font colour. */
const CELL_PROPS: Excel.CellPropertiesLoadOptions = {
  format: { fill: { color: true, pattern: true }, font: { color: true } },
};

/** Response bytes of one cell read (value, formula, value type, fill and font), beside its text. */
const CELL_READ_BYTES = 110;
/** Response bytes of one range read beside its cells: three results ({"ActionId","Value"}) and keys. */
const BOX_READ_BYTES = 150;
/**
 * Text bytes assumed for a cell whose value the edits do not say (colouring and clearing expect every
 * cell they touch, so this is for other edits and for the odd cell inside a row run). Texts are
 * answered twice (values and formulas); a wave of long texts Excel refuses is halved and read again.
 */
const UNKNOWN_TEXT_BYTES = 128;
/** Response bytes of one state row (key, sheet, row, column, the captured cell's JSON). */
const STATE_ROW_BYTES = 260;
/** State rows read with the first read (most workbooks have fewer; an empty row answers 15 bytes). */
const STATE_ROWS_FIRST = 2_000;
/**
 * State rows per write: small pieces (about 9 KB) that batches pack together, so that a batch Excel
 * refuses can be halved down to pieces far under any limit.
 */
const STATE_ROWS_PER_WRITE = 50;

/** A cell as the read found it. */
interface Found {
  captured: CapturedCell;
  /** The value as a snapshot holds it (null when empty, errors as {error}). */
  value: CellValue;
  formula: boolean;
}

/** A sheet whose cells the edits touch or expect. */
interface Target {
  /** The name as the first edit naming it wrote it. */
  name: string;
  /** True when cells of it are written (its protection matters). */
  written: boolean;
  /** Cells to read, by "row,col". */
  cells: Map<string, { row: number; col: number; expected?: ExpectedCell }>;
  ws?: Excel.Worksheet;
  protection?: Excel.WorksheetProtection;
}

interface Before {
  /** Each target sheet, by lower-case name. */
  targets: Map<string, Target>;
  /** Sheets that specs replace or delete, as they were (null objects when absent). */
  specSheets: Map<string, Excel.Worksheet>;
  /** Their protection (only for sheets that exist). */
  specProtection: Map<string, Excel.WorksheetProtection>;
  /**
   * The state sheet: `sheetExists` when there is a sheet of that name, `exists` when it holds state
   * rows from A1 (its `rows`, up to row `extent`).
   */
  state: { sheet: Excel.Worksheet; sheetExists: boolean; exists: boolean; rows: StateRow[]; extent: number };
  /** Every touched or expected cell as it is now, by spotKey. */
  cells: Map<string, Found>;
}

/** A read for the read phase: its estimated request and response, how to queue it, how to halve it. */
interface Read {
  request: number;
  response: number;
  /** Queues the read; the returned function takes its results after the sync. */
  queue: () => () => void;
  split?: () => Read[] | null;
}

export async function applyEdits(run: Run, edits: Edit[]): Promise<void> {
  if (edits.length === 0) return;
  for (const e of edits) if (e.kind === "sheet") checkSpec(e.spec);
  await run(async (context) => {
    const worksheets = context.workbook.worksheets;
    const batches: Batches = { current: 0, handles: [] };
    const needsState = edits.some((e) => e.kind === "capture" || e.kind === "restore");
    const specNames = new Set<string>();
    for (const e of edits) {
      if (e.kind === "sheet") specNames.add(e.spec.name);
      if (e.kind === "deleteSheet") specNames.add(e.sheet);
    }

    // ---- 1. Read (skipped when only cells are written) and 2. checks ----
    const reads = needsState || specNames.size > 0 || edits.some((e) => e.kind === "expect");
    const before = reads ? await readBefore(context, edits, specNames, needsState) : null;
    if (before) check(before, edits);

    // ---- State rows: existing; with every capture (written first); as they end ----
    const existing = before?.state.rows ?? [];
    const union = existing.slice();
    const present = new Set(union.map((r) => cellKey(r[0], r[1], r[2], r[3])));
    for (const e of edits)
      if (e.kind === "capture")
        for (const cell of capturedOf(e, before)) {
          const k = cellKey(e.key, e.sheet, cell.row, cell.col);
          if (present.has(k)) continue; // a cell keeps its first captured state
          present.add(k);
          union.push([e.key, e.sheet, cell.row, cell.col, JSON.stringify(cell)]);
        }
    let rows = union;
    for (const e of edits)
      if (e.kind === "restore") {
        const gone = new Set(e.cells.map((c) => cellKey(e.key, e.sheet, c.row, c.col)));
        rows = rows.filter((r) => !gone.has(cellKey(r[0], r[1], r[2], r[3])));
      }

    // ---- 3. Writes ----
    const writes: Write[] = [];
    const stateExtent = before?.state.extent ?? 0;
    const stateSheet = before?.state.sheet;
    const stateHandle = new Handle(() => {
      if (before?.state.sheetExists && stateSheet) return stateSheet;
      const made = worksheets.add(STATE_SHEET);
      made.visibility = "VeryHidden";
      return made;
    }, batches);
    const stateCreated = !before?.state.sheetExists;
    if (needsState && JSON.stringify(union) !== JSON.stringify(existing))
      writes.push(...stateWrites(stateHandle, stateExtent, union, stateCreated));
    // Sheets by name, decided now, their proxies made when the writes are queued (in order).
    const handles = new Map<string, Handle>();
    const deleted = new Set<string>();
    // Whether each sheet of a sheet edit is protected at this point of the writes, and the tables and
    // charts an earlier sheet edit of this batch gives it.
    const protectedNow = new Map<string, boolean>();
    const madeParts = new Map<string, { tables: string[]; charts: string[] }>();
    for (const [name, ws] of before?.specSheets ?? [])
      protectedNow.set(name, !ws.isNullObject && before?.specProtection.get(name)?.protected === true);
    const sheetRef = (name: string): Handle => {
      let h = handles.get(name);
      if (!h) {
        h = new Handle(() => worksheets.getItem(name), batches);
        handles.set(name, h);
      }
      return h;
    };
    for (const e of edits) {
      switch (e.kind) {
        case "cells": {
          const h = sheetRef(e.sheet);
          writes.push(...cellWrites(() => h.get(), e.cells, e.sheet));
          break;
        }
        case "restore": {
          const h = sheetRef(e.sheet);
          writes.push(...restoreWrites(() => h.get(), e.cells, e.sheet));
          break;
        }
        case "capture":
        case "expect":
          break;
        case "deleteSheet": {
          const old = before?.specSheets.get(e.sheet) as Excel.Worksheet;
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
          const old = before?.specSheets.get(name) as Excel.Worksheet;
          const made = handles.get(name);
          const reuseOld = !made && !old.isNullObject && !deleted.has(name);
          const h = made ?? new Handle(() => (reuseOld ? old : worksheets.add(name)), batches);
          handles.set(name, h);
          deleted.delete(name);
          writes.push({
            ...resetWrite(() => h.get(), {
              replace: !!made || reuseOld,
              unprotect: (!!made || reuseOld) && protectedNow.get(name) === true,
              tables: reuseOld ? old.tables.items : [],
              charts: reuseOld ? old.charts.items : [],
              made: made ? madeParts.get(name) : undefined,
            }),
            creates: made || reuseOld ? undefined : name,
          });
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
    if (needsState && JSON.stringify(rows) !== JSON.stringify(union))
      writes.push(...stateWrites(stateHandle, Math.max(stateExtent, union.length), rows, false));
    const sent: Write[] = [];
    try {
      await send(context, batches, pack(writes), sent, 0);
    } catch (failure) {
      if (!(failure instanceof SendFailure)) throw failure;
      await rollBack(context, failure, before, existing, stateExtent, union.length);
    }
  });
}

/** The captured state of each cell of a capture, as the read found it (a cell once, in order). */
function capturedOf(e: Extract<Edit, { kind: "capture" }>, before: Before | null): CapturedCell[] {
  const out: CapturedCell[] = [];
  const seen = new Set<string>();
  for (const { row, col } of e.cells) {
    const k = spotKey(e.sheet, row, col);
    if (seen.has(k)) continue;
    seen.add(k);
    const found = before?.cells.get(k);
    if (found) out.push(found.captured);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// 1. The read

/** The sheets and cells the edits touch or expect, by lower-case sheet name. */
function targetsOf(edits: Edit[]): Map<string, Target> {
  const out = new Map<string, Target>();
  const target = (sheet: string): Target => {
    const k = sheet.toLowerCase();
    let t = out.get(k);
    if (!t) {
      t = { name: sheet, written: false, cells: new Map() };
      out.set(k, t);
    }
    return t;
  };
  for (const e of edits) {
    if (e.kind === "cells" || e.kind === "restore" || e.kind === "capture") {
      const t = target(e.sheet);
      if (e.kind !== "capture") t.written = true;
      for (const c of e.cells) {
        const k = `${c.row},${c.col}`;
        if (!t.cells.has(k)) t.cells.set(k, { row: c.row, col: c.col });
      }
    } else if (e.kind === "expect") {
      const t = target(e.sheet);
      for (const c of e.cells) {
        const k = `${c.row},${c.col}`;
        t.cells.set(k, { row: c.row, col: c.col, expected: c });
      }
    }
  }
  return out;
}

/**
 * The cells as boxes to read: per row, runs of columns (a gap of one empty column is read through),
 * and runs of consecutive rows with the same columns as one box.
 */
export function boxesOf(cells: Iterable<{ row: number; col: number }>): Box[] {
  const byRow = new Map<number, number[]>();
  for (const { row, col } of cells) {
    const cols = byRow.get(row);
    if (cols) cols.push(col);
    else byRow.set(row, [col]);
  }
  const out: Box[] = [];
  const last = new Map<string, Box>();
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cols = [...new Set(byRow.get(row))].sort((a, b) => a - b);
    let left = cols[0];
    let prev = cols[0];
    const runs: [number, number][] = [];
    for (const c of cols.slice(1)) {
      if (c - prev > 2) {
        runs.push([left, prev]);
        left = c;
      }
      prev = c;
    }
    runs.push([left, prev]);
    for (const [l, r] of runs) {
      const k = `${l},${r}`;
      const open = last.get(k);
      if (open && open.bottom === row - 1) open.bottom = row;
      else {
        const box = { top: row, left: l, bottom: row, right: r };
        out.push(box);
        last.set(k, box);
      }
    }
  }
  return out;
}

/** Halves a box: by rows, else by columns; null for a single cell. */
function halveBox(b: Box): [Box, Box] | null {
  if (b.bottom > b.top) {
    const mid = (b.top + b.bottom) >> 1;
    return [
      { ...b, bottom: mid },
      { ...b, top: mid + 1 },
    ];
  }
  if (b.right > b.left) {
    const mid = (b.left + b.right) >> 1;
    return [
      { ...b, right: mid },
      { ...b, left: mid + 1 },
    ];
  }
  return null;
}

/** The value as a snapshot holds it: null when empty, errors as {error}. */
function valueOf(raw: unknown, type: string): CellValue {
  if (type === "Empty" || raw === "" || raw === null || raw === undefined) return null;
  if (type === "Error") return { error: String(raw) };
  return raw as string | number | boolean;
}

/** Records the cells of a box read (after its sync): their state to capture and their value to check. */
function takeBox(
  before: Before,
  target: Target,
  box: Box,
  range: Excel.Range,
  props: OfficeExtension.ClientResult<Excel.CellProperties[][]>,
): void {
  if (target.ws?.isNullObject) return;
  const rows = box.bottom - box.top + 1;
  const cols = box.right - box.left + 1;
  const values = range.values;
  const formulas = range.formulas;
  const types = range.valueTypes;
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < cols; j++) {
      const row = box.top + i;
      const col = box.left + j;
      if (!target.cells.has(`${row},${col}`)) continue;
      const raw = values[i][j];
      const formula = formulas[i][j];
      const p = props.value[i][j];
      const isFormula = typeof formula === "string" && formula.startsWith("=") && formula !== raw;
      const value = valueOf(raw, types[i][j]);
      const fill = p.format?.fill;
      const captured: CapturedCell = {
        row,
        col,
        value: isFormula ? (formula as string) : value === null ? null : (raw as string | number | boolean),
        fill: !fill || fill.pattern === "None" || !fill.color ? null : fill.color.toUpperCase(),
        fontColor: p.format?.font?.color ? p.format.font.color.toUpperCase() : null,
      };
      if (isFormula) captured.formula = true;
      before.cells.set(spotKey(target.name, row, col), { captured, value, formula: isFormula });
    }
}

function boxRead(before: Before, target: Target, box: Box): Read {
  const rows = box.bottom - box.top + 1;
  const cols = box.right - box.left + 1;
  let text = 0;
  for (let r = box.top; r <= box.bottom; r++)
    for (let c = box.left; c <= box.right; c++) {
      const want = target.cells.get(`${r},${c}`);
      text += want?.expected ? utf8Length(JSON.stringify(want.expected.value)) : UNKNOWN_TEXT_BYTES;
    }
  const args = [box.top - 1, box.left - 1, rows, cols];
  return {
    request:
      wire.method("GetRangeByIndexes", args) +
      wire.load(["values", "formulas", "valueTypes"]) +
      wire.call("GetCellProperties", [CELL_PROPS]),
    response: BOX_READ_BYTES + rows * cols * CELL_READ_BYTES + 2 * text,
    queue: () => {
      const range = (target.ws as Excel.Worksheet).getRangeByIndexes(args[0], args[1], rows, cols);
      range.load("values,formulas,valueTypes");
      const props = range.getCellProperties(CELL_PROPS);
      return () => takeBox(before, target, box, range, props);
    },
    split: () => {
      const halves = halveBox(box);
      return halves ? halves.map((h) => boxRead(before, target, h)) : null;
    },
  };
}

/** Records state rows read (after their sync). */
function takeStateRows(before: Before, range: Excel.Range): void {
  if (before.state.sheet.isNullObject) return;
  for (const row of range.values) {
    if (row[0] === "" || row[0] === null) continue;
    before.state.rows.push([
      String(row[0]),
      String(row[1]),
      Number(row[2]),
      Number(row[3]),
      String(row[4] ?? ""),
    ]);
  }
}

/** Records where the state sheet is (after the first read's sync). */
function takeState(before: Before, used: Excel.Range): void {
  before.state.sheetExists = !before.state.sheet.isNullObject;
  if (used.isNullObject || used.columnIndex !== 0) return;
  before.state.exists = true;
  before.state.extent = used.rowIndex + used.rowCount;
}

function stateRead(before: Before, start: number, count: number): Read {
  return {
    request: wire.method("GetRangeByIndexes", [start, 0, count, 5]) + wire.load(["values"]),
    response: count * STATE_ROW_BYTES,
    queue: () => {
      const range = before.state.sheet.getRangeByIndexes(start, 0, count, 5);
      range.load("values");
      return () => takeStateRows(before, range);
    },
    split: () => {
      if (count < 2) return null;
      const half = count >> 1;
      return [stateRead(before, start, half), stateRead(before, start + half, count - half)];
    },
  };
}

async function readBefore(
  context: Excel.RequestContext,
  edits: Edit[],
  specNames: Set<string>,
  needsState: boolean,
): Promise<Before> {
  const worksheets = context.workbook.worksheets;
  const before: Before = {
    targets: targetsOf(edits),
    specSheets: new Map(),
    specProtection: new Map(),
    state: {
      sheet: worksheets.getItemOrNullObject(STATE_SHEET),
      sheetExists: false,
      exists: false,
      rows: [],
      extent: 0,
    },
    cells: new Map(),
  };
  // The first read: sheets, protection, the state sheet's extent and first rows; then every cell.
  const first: Read = {
    request: wire.batch * 2,
    response: 2_000,
    queue: () => {
      // Made afresh each time this read is queued (a refused wave is queued again).
      const stateSheet = worksheets.getItemOrNullObject(STATE_SHEET);
      before.state.sheet = stateSheet;
      for (const name of specNames) {
        const ws = worksheets.getItemOrNullObject(name);
        const { protection, tables, charts } = ws;
        protection.load("protected");
        // A sheet Toteuma replaces may be a template it protected, with tables and charts of its own.
        tables.load("items/name");
        charts.load("items/name");
        before.specSheets.set(name, ws);
        before.specProtection.set(name, protection);
      }
      for (const t of before.targets.values()) {
        t.ws = worksheets.getItemOrNullObject(t.name);
        if (t.written) {
          t.protection = t.ws.protection;
          t.protection.load("protected");
        }
      }
      if (!needsState) return () => undefined;
      const used = stateSheet.getUsedRangeOrNullObject(true);
      used.load("rowIndex,rowCount,columnIndex");
      return () => takeState(before, used);
    },
  };
  // The state sheet's first rows are read at once, beside its extent (most have fewer rows).
  const head = needsState ? [stateRead(before, 0, STATE_ROWS_FIRST)] : [];
  const boxes: Read[] = [];
  for (const t of before.targets.values())
    for (const box of boxesOf(t.cells.values())) boxes.push(...fitted(boxRead(before, t, box)));
  const [firstWave, ...restWaves] = packReads([first, ...head, ...boxes]);
  await readWaves(context, [firstWave]);
  // Refuse before reading further when a sheet is gone or protected.
  checkSheets(before);
  const more: Read[] = [];
  if (needsState && before.state.extent > STATE_ROWS_FIRST)
    for (let start = STATE_ROWS_FIRST; start < before.state.extent; start += STATE_ROWS_PER_READ)
      more.push(stateRead(before, start, Math.min(STATE_ROWS_PER_READ, before.state.extent - start)));
  await readWaves(context, [...restWaves, ...packReads(more)]);
  if (!before.state.exists) before.state.rows = [];
  return before;
}

/** A read split until each part's estimated request and response fit the budgets. */
function fitted(read: Read): Read[] {
  if (read.request <= READ_REQUEST_BUDGET && read.response <= RESPONSE_BUDGET) return [read];
  const parts = read.split?.() ?? null;
  return parts ? parts.flatMap(fitted) : [read];
}

/** Groups reads into waves whose estimated request and response stay under the budgets. */
function packReads(reads: Read[]): Read[][] {
  const out: Read[][] = [];
  let cur: Read[] = [];
  let request = 0;
  let response = 0;
  for (const r of reads) {
    if (
      cur.length > 0 &&
      (request + r.request > READ_REQUEST_BUDGET || response + r.response > RESPONSE_BUDGET)
    ) {
      out.push(cur);
      cur = [];
      request = 0;
      response = 0;
    }
    cur.push(r);
    request += r.request;
    response += r.response;
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

/** Halves a wave: two waves, or one read split in two. */
function splitWave(wave: Read[]): Read[][] | null {
  if (wave.length > 1) return [wave.slice(0, wave.length >> 1), wave.slice(wave.length >> 1)];
  const parts = wave[0].split?.() ?? null;
  return parts ? parts.map((p) => [p]) : null;
}

/** Reads the waves one after the other, one sync each (by recursion); a refused wave is halved. */
async function readWaves(context: Excel.RequestContext, todo: Read[][]): Promise<void> {
  if (todo.length === 0) return;
  const [wave, ...rest] = todo;
  const takes = wave.map((r) => r.queue());
  try {
    await context.sync();
  } catch (e) {
    const halves = isTooBig(e) ? splitWave(wave) : null;
    if (!halves) throw e;
    return readWaves(context, [...halves, ...rest]);
  }
  for (const take of takes) take();
  return readWaves(context, rest);
}

// ---------------------------------------------------------------------------------------------
// 2. The checks

function checkSheets(before: Before): void {
  for (const t of before.targets.values()) {
    if (!t.ws || t.ws.isNullObject)
      throw new WorkbookRefusal("changed", t.name, `Sheet '${t.name}' is no longer in the workbook.`);
    if (t.protection?.protected)
      throw new WorkbookRefusal("protected", t.name, `Sheet '${t.name}' is protected.`);
  }
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if (a === null || b === null) return a === b;
  if (typeof a === "object" || typeof b === "object")
    return typeof a === "object" && typeof b === "object" && a.error === b.error;
  return a === b || (typeof a === "number" && typeof b === "number" && Number.isNaN(a) && Number.isNaN(b));
}

function check(before: Before, edits: Edit[]): void {
  checkSheets(before);
  for (const e of edits) {
    if (e.kind !== "expect") continue;
    for (const c of e.cells) {
      const now = before.cells.get(spotKey(e.sheet, c.row, c.col));
      const same = now
        ? c.formula
          ? now.formula
          : !now.formula && sameValue(now.value, c.value)
        : c.value === null && !c.formula;
      if (!same)
        throw new WorkbookRefusal(
          "changed",
          e.sheet,
          `Cell ${a1(c)} on sheet '${e.sheet}' changed after the workbook was read.`,
        );
    }
  }
}

// ---------------------------------------------------------------------------------------------
// 3. The writes

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

const STYLE_KEYS_COUNTED = new Set(["numberFormat", "fill", "fontColor", "bold", "italic", "wrap"]);

/** Request bytes of styleOps(target, style) on a range already sent. */
function styleBytes(style: CellStyle | undefined): number {
  if (!style) return 0;
  let bytes = 0;
  let format = false;
  const onFormat = (): void => {
    if (!format) bytes += wire.property("Format");
    format = true;
  };
  if (style.numberFormat !== undefined) bytes += wire.set("NumberFormat", [[style.numberFormat]]);
  if (style.fill !== undefined) {
    onFormat();
    bytes +=
      wire.property("Fill") + (style.fill === null ? wire.call("Clear", []) : wire.set("Color", style.fill));
  }
  if (style.fontColor !== undefined || style.bold !== undefined || style.italic !== undefined) {
    onFormat();
    bytes += wire.property("Font");
  }
  if (style.fontColor !== undefined) bytes += wire.set("Color", style.fontColor ?? "#000000");
  if (style.bold !== undefined) bytes += wire.set("Bold", style.bold);
  if (style.italic !== undefined) bytes += wire.set("Italic", style.italic);
  if (style.wrap !== undefined) {
    onFormat();
    bytes += wire.set("WrapText", style.wrap);
  }
  // Whatever else a style says (alignment, size, lock…): an object and an action or two each; a
  // border four edges of three settings each.
  for (const k of Object.keys(style))
    if (!STYLE_KEYS_COUNTED.has(k)) bytes += (k === "border" ? 16 : 2) * OP_BYTES;
  return bytes;
}

/** One write per cell: its style, then its value (literal). Exported for the request-size tests. */
export function cellWrites(ws: () => Excel.Worksheet, cells: CellEdit[], sheet = ""): Write[] {
  return cells.map((c) => {
    const value = c.value === undefined ? undefined : [[literal(c.value)]];
    return {
      bytes:
        wire.method("GetRangeByIndexes", [c.row - 1, c.col - 1, 1, 1]) +
        styleBytes(c.style) +
        (value === undefined ? 0 : wire.set("Values", value)),
      touches: [{ sheet, row: c.row, col: c.col }],
      queue: () => {
        const target = ws().getRangeByIndexes(c.row - 1, c.col - 1, 1, 1);
        styleOps(target, c.style);
        if (value !== undefined) target.values = value;
      },
    };
  });
}

/** One write per cell putting back its captured value (or formula), fill and font colour. */
export function restoreWrites(ws: () => Excel.Worksheet, cells: CapturedCell[], sheet = ""): Write[] {
  return cells.map((c) => {
    const asFormula = c.formula === true && typeof c.value === "string";
    const value = asFormula
      ? [[c.value]]
      : [[c.value === null ? "" : typeof c.value === "string" ? literal(c.value) : c.value]];
    return {
      bytes:
        wire.method("GetRangeByIndexes", [c.row - 1, c.col - 1, 1, 1]) +
        wire.set(asFormula ? "Formulas" : "Values", value) +
        wire.property("Format") +
        wire.property("Fill") +
        (c.fill === null ? wire.call("Clear", []) : wire.set("Color", c.fill)) +
        wire.property("Font") +
        wire.set("Color", c.fontColor ?? "#000000"),
      touches: [{ sheet, row: c.row, col: c.col }],
      queue: () => {
        const target = ws().getRangeByIndexes(c.row - 1, c.col - 1, 1, 1);
        if (asFormula) target.formulas = value;
        else target.values = value;
        if (c.fill === null) target.format.fill.clear();
        else target.format.fill.color = c.fill;
        target.format.font.color = c.fontColor ?? "#000000";
      },
    };
  });
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
    bytes: OP_BYTES * (cols * 3 + 6),
    queue: () => {
      spec.columns.forEach((c, i) => {
        if (c.width !== undefined)
          ws().getRangeByIndexes(0, i, 1, 1).format.columnWidth = pointsFromChars(c.width);
        if (c.wrap && spec.rows.length > 0) {
          // Wrapped cells sit at the top of their row, as the .xlsx writer aligns them.
          const format = ws().getRangeByIndexes(h + 1, i, spec.rows.length, 1).format;
          format.wrapText = true;
          format.verticalAlignment = "Top";
        }
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
      bytes: sizeOf(s) + OP_BYTES + styleBytes(s.style),
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
      bytes: sizeOf(c) + OP_BYTES * 2 + styleBytes(c.style),
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
    bytes: sizeOf(c) + OP_BYTES * (9 + c.series.length * 7),
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
      // A bar chart draws its first category at the bottom; reversed, the bars read top to bottom
      // in the table's order, as the .xlsx writer's chart does (its category axis runs maxMin).
      chart.axes.categoryAxis.reversePlotOrder = true;
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

/**
 * Rewrites the state sheet with `rows` (deleting it when there are none): the sheet comes from `h`,
 * which makes it (very hidden) when it does not exist; rows beyond `rows` up to `oldCount` are cleared.
 */
function stateWrites(h: Handle, oldCount: number, rows: StateRow[], creates: boolean): Write[] {
  if (rows.length === 0) return [{ bytes: OP_BYTES, state: true, queue: () => h.get().delete() }];
  const out: Write[] = [];
  out.push({
    bytes:
      wire.method("Add", [STATE_SHEET]) +
      wire.set("Visibility", "VeryHidden") +
      wire.method("GetRangeByIndexes", [0, 0, 1, 5]) +
      wire.call("Clear", ["Contents"]),
    state: true,
    creates: creates ? STATE_SHEET : undefined,
    queue: () => {
      const ws = h.get();
      if (oldCount > rows.length)
        ws.getRangeByIndexes(rows.length, 0, oldCount - rows.length, 5).clear("Contents");
    },
  });
  for (let start = 0; start < rows.length; start += STATE_ROWS_PER_WRITE) {
    const block = rows.slice(start, start + STATE_ROWS_PER_WRITE).map((r) => r.map((v) => literal(v)));
    out.push({
      bytes: wire.method("GetRangeByIndexes", [start, 0, block.length, 5]) + wire.set("Values", block),
      state: true,
      queue: () => {
        h.get().getRangeByIndexes(start, 0, block.length, 5).values = block;
      },
    });
  }
  return out;
}

/** Packs writes into batches whose request, as Office.js serialises it, stays under WRITE_BUDGET. */
function pack(writes: Write[]): Write[][] {
  const out: Write[][] = [];
  let cur: Write[] = [];
  let bytes = wire.batch;
  for (const w of writes) {
    if (cur.length > 0 && bytes + w.bytes > WRITE_BUDGET) {
      out.push(cur);
      cur = [];
      bytes = wire.batch;
    }
    cur.push(w);
    bytes += w.bytes;
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

/** A batch failed: what was sent before it, the batch, and why. */
class SendFailure extends Error {
  constructor(
    readonly error: unknown,
    readonly sent: Write[],
    readonly failed: Write[],
  ) {
    super(error instanceof Error ? error.message : String(error));
  }
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends the batches one after the other: one sync per batch, by recursion. A batch refused as too big
 * is halved and sent again; while a person edits a cell, a batch is tried again `patience` times.
 */
async function send(
  context: Excel.RequestContext,
  batches: Batches,
  todo: Write[][],
  sent: Write[],
  patience: number,
): Promise<void> {
  if (todo.length === 0) return;
  const [batch, ...rest] = todo;
  batches.current++;
  for (const w of batch) w.queue();
  try {
    await context.sync();
  } catch (e) {
    for (const h of batches.handles) h.forgetIfMadeIn(batches.current);
    if (errorCode(e) === "RequestPayloadSizeLimitExceeded" && batch.length > 1) {
      const half = batch.length >> 1;
      return send(context, batches, [batch.slice(0, half), batch.slice(half), ...rest], sent, patience);
    }
    if (isEditMode(e) && patience > 0) {
      await pause(EDIT_MODE_PAUSE_MS);
      return send(context, batches, todo, sent, patience - 1);
    }
    throw new SendFailure(e, sent, batch);
  }
  sent.push(...batch);
  return send(context, batches, rest, sent, patience);
}

/** Looks up sheets by name (one sync, tried again while a person edits a cell). */
async function lookUp(
  context: Excel.RequestContext,
  names: string[],
  patience: number,
): Promise<Map<string, Excel.Worksheet>> {
  const out = new Map<string, Excel.Worksheet>();
  if (names.length === 0) return out;
  for (const name of names) {
    const ws = context.workbook.worksheets.getItemOrNullObject(name);
    ws.load("name");
    out.set(name, ws);
  }
  try {
    await context.sync();
  } catch (e) {
    if (!isEditMode(e) || patience <= 0) throw e;
    await pause(EDIT_MODE_PAUSE_MS);
    return lookUp(context, names, patience - 1);
  }
  return out;
}

/** The refusal the pane shows for a failed write, once what it changed is put back. */
function refusalFor(error: unknown): unknown {
  if (isEditMode(error)) return new WorkbookRefusal("editMode", null, "Excel is in cell edit mode.", error);
  if (errorCode(error) === "AccessDenied")
    return new WorkbookRefusal("protected", null, "The workbook or a sheet is protected.", error);
  return error;
}

/**
 * A batch failed: puts back the cells that batches sent so far (and the failed one, which may have
 * run in part) changed, as the read found them; the state sheet as it was; deletes the sheets this
 * apply made. Then throws what the pane should say.
 */
async function rollBack(
  context: Excel.RequestContext,
  failure: SendFailure,
  before: Before | null,
  existing: StateRow[],
  stateExtent: number,
  unionLength: number,
): Promise<never> {
  const refusedWhole = isTooBig(failure.error) || isEditMode(failure.error);
  const done = refusedWhole ? failure.sent : [...failure.sent, ...failure.failed];
  if (done.length === 0 || !before) throw refusalFor(failure.error);
  const worksheets = context.workbook.worksheets;
  const batches: Batches = { current: 0, handles: [] };
  try {
    const created = [...new Set(done.map((w) => w.creates).filter((n): n is string => !!n))];
    const stateTouched = done.some((w) => w.state);
    const found = await lookUp(context, created, EDIT_MODE_RETRIES);
    const writes: Write[] = [];
    const bySheet = new Map<string, CapturedCell[]>();
    const seen = new Set<string>();
    for (const w of done)
      for (const s of w.touches ?? []) {
        const k = spotKey(s.sheet, s.row, s.col);
        const was = before.cells.get(k);
        if (!was || seen.has(k)) continue;
        seen.add(k);
        const list = bySheet.get(s.sheet) ?? [];
        list.push(was.captured);
        bySheet.set(s.sheet, list);
      }
    for (const [sheet, cells] of bySheet) {
      const h = new Handle(() => worksheets.getItem(sheet), batches);
      writes.push(...restoreWrites(() => h.get(), cells, sheet));
    }
    if (stateTouched && before.state.sheetExists) {
      const h = new Handle(() => worksheets.getItem(STATE_SHEET), batches);
      writes.push(...stateWrites(h, Math.max(stateExtent, unionLength), existing, false));
    }
    for (const [, ws] of found)
      if (!ws.isNullObject) writes.push({ bytes: OP_BYTES, queue: () => ws.delete() });
    await send(context, batches, pack(writes), [], EDIT_MODE_RETRIES);
  } catch (e) {
    throw new WorkbookRefusal(
      "partial",
      null,
      `A write failed (${failure.message}) and the cells changed before it could not all be put back (${
        e instanceof Error ? e.message : String(e)
      }).`,
      failure.error,
    );
  }
  throw refusalFor(failure.error);
}
