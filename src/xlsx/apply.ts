/**
 * The exceljs edge, writing side: carries out Edits on an exceljs workbook (the command line and file
 * exports) and writes it to a new file. Decides nothing: the planners (src/edits) did.
 *
 * - Values are always literal: a string is stored as a string, so "=SUM(A1)", "+358…", "-5" and "@x"
 *   stay the text they are.
 * - Styles are copied before they are changed: exceljs shares one style object between all cells
 *   loaded with the same style, and changing it in place would colour cells nobody asked for.
 * - Capture/restore keep cell states in the very hidden sheet STATE_SHEET (layout STATE_COLUMNS), the
 *   same rows the Office.js applier writes, so that a workbook coloured in Excel can be cleared by the
 *   command line and the other way round. Captures are read before any other edit of the batch.
 */
import { promises as fs } from "fs";
import * as path from "path";
import type ExcelJS from "exceljs";
import type { CapturedCell, CellEdit, CellStyle, Edit, ExactState, SheetSpec } from "../edits/types";
import { STATE_SHEET } from "../edits/types";
import { headerRowOf } from "../edits/layout";
import type { Bilingual } from "../model/text";
import { sourcePathOf } from "./snapshot";

type StateRow = [string, string, number, number, string];

const stateKey = (key: string, sheet: string, row: number, col: number): string =>
  JSON.stringify([key, sheet.toLowerCase(), row, col]);

/** Excel's sheet names are case-insensitive; exceljs's getWorksheet(name) is not. */
export function findSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const lower = name.toLowerCase();
  return wb.worksheets.find((ws) => ws.name.toLowerCase() === lower);
}

/** "#RRGGBB" → exceljs ARGB "FFRRGGBB". */
export function argbOf(color: string): string {
  return "FF" + color.replace(/^#/, "").toUpperCase();
}

/** exceljs ARGB (or RGB) → "#RRGGBB"; null for theme/indexed colours and missing ones. */
export function hexOf(color: Partial<ExcelJS.Color> | undefined | null): string | null {
  const argb = color?.argb;
  if (typeof argb !== "string" || !/^[0-9A-Fa-f]{6,8}$/.test(argb)) return null;
  return "#" + argb.slice(-6).toUpperCase();
}

/** The solid fill colour of a cell as "#RRGGBB", or null when it has none (or not a plain colour). */
export function fillOf(cell: ExcelJS.Cell): string | null {
  const fill = cell.fill as ExcelJS.Fill | undefined;
  if (!fill || fill.type !== "pattern" || fill.pattern !== "solid") return null;
  return hexOf(fill.fgColor);
}

export function fontColorOf(cell: ExcelJS.Cell): string | null {
  return hexOf((cell.font as Partial<ExcelJS.Font> | undefined)?.color);
}

const clone = <T>(x: T): T => (x === undefined ? x : (JSON.parse(JSON.stringify(x)) as T));

/** Gives the cell a style object of its own, so that changing it does not change other cells. */
function ownStyle(cell: ExcelJS.Cell): Partial<ExcelJS.Style> {
  const style = { ...(cell.style ?? {}) } as Partial<ExcelJS.Style>;
  cell.style = style as ExcelJS.Style;
  return style;
}

function setFill(cell: ExcelJS.Cell, color: string | null): void {
  const style = ownStyle(cell);
  if (color === null) delete style.fill;
  else style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argbOf(color) } };
}

/** Sets the font colour keeping the rest of the font (name, size, bold…); null = automatic. */
function setFontColor(cell: ExcelJS.Cell, color: string | null): void {
  const style = ownStyle(cell);
  const font = { ...(style.font ?? {}) } as Partial<ExcelJS.Font>;
  if (color === null) delete font.color;
  else font.color = { argb: argbOf(color) };
  if (Object.keys(font).length === 0) delete style.font;
  else style.font = font;
}

function applyStyle(cell: ExcelJS.Cell, s: CellStyle | undefined): void {
  if (!s) return;
  if (s.fill !== undefined) setFill(cell, s.fill);
  if (s.fontColor !== undefined) setFontColor(cell, s.fontColor);
  if (s.bold !== undefined || s.italic !== undefined) {
    const style = ownStyle(cell);
    const font = { ...(style.font ?? {}) } as Partial<ExcelJS.Font>;
    if (s.bold !== undefined) font.bold = s.bold;
    if (s.italic !== undefined) font.italic = s.italic;
    style.font = font;
  }
  if (s.wrap !== undefined) {
    const style = ownStyle(cell);
    style.alignment = {
      ...(style.alignment ?? {}),
      wrapText: s.wrap,
      ...(s.wrap ? { vertical: "top" } : {}),
    };
  }
  if (s.numberFormat !== undefined) ownStyle(cell).numFmt = s.numberFormat;
}

/** A value written as a literal: strings stay strings, never formulas. */
function writeLiteral(cell: ExcelJS.Cell, value: string | number | boolean | null): void {
  cell.value = value === "" ? null : value;
}

// ---------------------------------------------------------------------------------------------
// Capture and restore

/** The current state of one cell, for the state sheet. */
export function captureCell(cell: ExcelJS.Cell, row: number, col: number): CapturedCell {
  const raw = cell.value as unknown;
  const exact: ExactState = {
    fill: cell.fill ? clone(cell.fill) : null,
    font: cell.font ? clone(cell.font) : null,
  };
  let value: CapturedCell["value"] = null;
  let formula = false;
  if (raw === null || raw === undefined) value = null;
  else if (typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean") value = raw;
  else if (raw instanceof Date) {
    value = raw.getTime() / 86_400_000 + 25_569;
    exact.value = { date: raw.toISOString() };
  } else if (typeof raw === "object" && ("formula" in raw || "sharedFormula" in raw)) {
    value = "=" + (cell.formula ?? "");
    formula = true;
    const result = (raw as { result?: unknown }).result;
    if (result !== undefined)
      exact.result = result instanceof Date ? { date: result.toISOString() } : clone(result);
  } else {
    value = cell.text;
    exact.value = clone(raw);
  }
  const out: CapturedCell = { row, col, value, fill: fillOf(cell), fontColor: fontColorOf(cell), exact };
  if (formula) out.formula = true;
  return out;
}

function revive(v: unknown): unknown {
  if (v && typeof v === "object" && typeof (v as { date?: unknown }).date === "string")
    return new Date((v as { date: string }).date);
  return v;
}

/** The value of a cell as CapturedCell.value states it (formulas as "=…"). */
function currentValue(cell: ExcelJS.Cell): { value: CapturedCell["value"]; formula: boolean } {
  const c = captureCell(cell, 0, 0);
  return { value: c.value, formula: c.formula === true };
}

/** Puts a captured cell back: value (formula included), fill and font. */
export function restoreCell(cell: ExcelJS.Cell, c: CapturedCell): void {
  const exact = c.exact;
  // The value is written only when it changed, so that what a capture could only flatten (rich text,
  // a hyperlink) is never rewritten when Toteuma did not change it.
  const now = currentValue(cell);
  const same = now.formula === (c.formula === true) && now.value === c.value;
  if (!same) {
    if (exact?.value !== undefined) cell.value = revive(exact.value) as ExcelJS.CellValue;
    else if (c.formula && typeof c.value === "string") {
      const formula = c.value.replace(/^=/, "");
      const result = exact?.result !== undefined ? revive(exact.result) : undefined;
      cell.value = (result === undefined ? { formula } : { formula, result }) as ExcelJS.CellValue;
    } else writeLiteral(cell, c.value);
  }
  const style = ownStyle(cell);
  if (exact && exact.fill !== undefined) {
    if (exact.fill === null) delete style.fill;
    else style.fill = clone(exact.fill) as ExcelJS.Fill;
  } else setFill(cell, c.fill);
  if (exact && exact.font !== undefined) {
    if (exact.font === null) delete style.font;
    else style.font = clone(exact.font) as Partial<ExcelJS.Font>;
  } else setFontColor(cell, c.fontColor);
}

function readStateRows(wb: ExcelJS.Workbook): StateRow[] {
  const ws = findSheet(wb, STATE_SHEET);
  if (!ws) return [];
  const rows: StateRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    const text = (i: number) => {
      const v = row.getCell(i).value as unknown;
      return v === null || v === undefined ? "" : typeof v === "object" ? row.getCell(i).text : String(v);
    };
    const key = text(1);
    if (key === "") return;
    rows.push([key, text(2), Number(text(3)), Number(text(4)), text(5)]);
  });
  return rows;
}

function writeStateRows(wb: ExcelJS.Workbook, rows: StateRow[]): void {
  const old = findSheet(wb, STATE_SHEET);
  if (old) wb.removeWorksheet(old.id);
  if (rows.length === 0) return;
  const ws = wb.addWorksheet(STATE_SHEET, { state: "veryHidden" });
  for (const r of rows) ws.addRow(r);
}

// ---------------------------------------------------------------------------------------------
// Sheets

/** Replaces or creates a sheet; a replaced sheet keeps its place among the tabs. */
function freshSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const old = findSheet(wb, name);
  const orderNo = old ? (old as unknown as { orderNo: number }).orderNo : undefined;
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(name);
  if (orderNo !== undefined) (ws as unknown as { orderNo: number }).orderNo = orderNo;
  return ws;
}

function usedTableNames(wb: ExcelJS.Workbook): Set<string> {
  const names = new Set<string>();
  for (const ws of wb.worksheets)
    for (const t of ws.getTables() as unknown as { name?: string; table?: { name?: string } }[]) {
      const n = t.name ?? t.table?.name;
      if (n) names.add(n.toLowerCase());
    }
  return names;
}

function uniqueHeaders(columns: SheetSpec["columns"]): string[] {
  const seen = new Set<string>();
  return columns.map((c, i) => {
    let name = c.header.trim() === "" ? `Sarake ${i + 1}` : c.header;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${c.header} ${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

function writeSheet(wb: ExcelJS.Workbook, spec: SheetSpec, activate: boolean): void {
  const ws = freshSheet(wb, spec.name);
  const cols = Math.max(1, spec.columns.length);
  const title = spec.title ?? [];
  title.forEach((t, i) => writeLiteral(ws.getCell(i + 1, 1), t));
  if (title.length > 0) applyStyle(ws.getCell(1, 1), { bold: true });
  const h = headerRowOf(spec);
  const rows = spec.rows.map((r) => Array.from({ length: cols }, (_, c) => r[c] ?? null));
  if (spec.table) {
    let tableName = spec.table.name;
    const taken = usedTableNames(wb);
    for (let n = 2; taken.has(tableName.toLowerCase()); n++) tableName = `${spec.table.name}_${n}`;
    ws.addTable({
      name: tableName,
      ref: `A${h}`,
      headerRow: true,
      totalsRow: false,
      style: {
        theme: (spec.table.style ?? "TableStyleMedium2") as ExcelJS.TableStyleProperties["theme"],
        showRowStripes: true,
      },
      columns: uniqueHeaders(spec.columns).map((name) => ({ name, filterButton: true })),
      // An Excel table has at least one data row.
      rows: rows.length > 0 ? rows : [Array.from({ length: cols }, () => null)],
    });
  } else {
    spec.columns.forEach((c, i) => writeLiteral(ws.getCell(h, i + 1), c.header));
    rows.forEach((r, i) => r.forEach((v, c) => writeLiteral(ws.getCell(h + 1 + i, c + 1), v)));
  }
  for (let c = 0; c < cols; c++) applyStyle(ws.getCell(h, c + 1), { bold: true });
  spec.columns.forEach((c, i) => {
    if (c.width !== undefined) ws.getColumn(i + 1).width = c.width;
    if (!c.wrap && !c.numberFormat) return;
    for (let r = 0; r < rows.length; r++)
      applyStyle(ws.getCell(h + 1 + r, i + 1), {
        ...(c.wrap ? { wrap: true } : {}),
        ...(c.numberFormat ? { numberFormat: c.numberFormat } : {}),
      });
  });
  for (const s of spec.styles ?? []) applyStyle(ws.getCell(h + 1 + s.row, s.col + 1), s.style);
  if (spec.freezeHeader) ws.views = [{ state: "frozen", xSplit: 0, ySplit: h, topLeftCell: `A${h + 1}` }];
  if (activate) activateSheet(wb, ws);
}

function activateSheet(wb: ExcelJS.Workbook, target: ExcelJS.Worksheet): void {
  const index = wb.worksheets.indexOf(target);
  if (index < 0) return;
  const view = wb.views?.[0];
  if (view) wb.views[0] = { ...view, activeTab: index, firstSheet: 0 };
  else
    wb.views = [
      { x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: index, visibility: "visible" },
    ];
  for (const ws of wb.worksheets) {
    const views = ws.views && ws.views.length > 0 ? ws.views : [{}];
    ws.views = views.map((v, i) =>
      i === 0 ? { ...v, tabSelected: ws === target } : v,
    ) as ExcelJS.WorksheetView[];
  }
}

// ---------------------------------------------------------------------------------------------
// The applier

/** A sheet named in an edit that the workbook does not have. */
export class MissingSheetError extends Error implements Bilingual {
  readonly fi: string;
  readonly en: string;
  constructor(readonly sheet: string) {
    super(`The workbook has no sheet "${sheet}".`);
    this.name = "MissingSheetError";
    this.fi = `Työkirjassa ei ole välilehteä "${sheet}".`;
    this.en = `The workbook has no sheet "${sheet}".`;
  }
}

function sheetOf(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = findSheet(wb, name);
  if (!ws) throw new MissingSheetError(name);
  return ws;
}

function applyCells(ws: ExcelJS.Worksheet, cells: CellEdit[]): void {
  for (const c of cells) {
    const cell = ws.getCell(c.row, c.col);
    applyStyle(cell, c.style);
    if (c.value !== undefined) writeLiteral(cell, c.value);
  }
}

/** Carries out the edits in order (captures first, as the contract says). */
export function applyEdits(wb: ExcelJS.Workbook, edits: Edit[]): void {
  if (edits.length === 0) return;
  const needsState = edits.some((e) => e.kind === "capture" || e.kind === "restore");
  const existing = needsState ? readStateRows(wb) : [];
  // Captures read the cells as they are before any edit of the batch.
  const captured = new Map<Edit, CapturedCell[]>();
  for (const e of edits)
    if (e.kind === "capture") {
      const ws = sheetOf(wb, e.sheet);
      const seen = new Set<string>();
      const cells: CapturedCell[] = [];
      for (const { row, col } of e.cells) {
        if (seen.has(`${row},${col}`)) continue;
        seen.add(`${row},${col}`);
        cells.push(captureCell(ws.getCell(row, col), row, col));
      }
      captured.set(e, cells);
    }
  let rows = existing.slice();
  const present = new Set(rows.map((r) => stateKey(r[0], r[1], r[2], r[3])));
  for (const e of edits) {
    switch (e.kind) {
      case "capture": {
        const sheetName = sheetOf(wb, e.sheet).name;
        for (const cell of captured.get(e) ?? []) {
          const k = stateKey(e.key, sheetName, cell.row, cell.col);
          if (present.has(k)) continue; // a cell keeps its first captured state
          present.add(k);
          rows.push([e.key, sheetName, cell.row, cell.col, JSON.stringify(cell)]);
        }
        break;
      }
      case "restore": {
        const ws = findSheet(wb, e.sheet);
        if (ws) for (const c of e.cells) restoreCell(ws.getCell(c.row, c.col), c);
        const gone = new Set(e.cells.map((c) => stateKey(e.key, e.sheet, c.row, c.col)));
        rows = rows.filter((r) => !gone.has(stateKey(r[0], r[1], r[2], r[3])));
        for (const k of gone) present.delete(k);
        break;
      }
      case "cells":
        applyCells(sheetOf(wb, e.sheet), e.cells);
        break;
      case "sheet":
        writeSheet(wb, e.spec, e.activate === true);
        break;
      case "deleteSheet": {
        const ws = findSheet(wb, e.sheet);
        if (ws) wb.removeWorksheet(ws.id);
        break;
      }
    }
  }
  if (needsState && JSON.stringify(rows) !== JSON.stringify(existing)) writeStateRows(wb, rows);
}

// ---------------------------------------------------------------------------------------------
// Writing a file

export class WorkbookWriteError extends Error implements Bilingual {
  readonly fi: string;
  readonly en: string;
  constructor(text: Bilingual) {
    super(text.en);
    this.name = "WorkbookWriteError";
    this.fi = text.fi;
    this.en = text.en;
  }
}

async function realOrResolved(file: string): Promise<string> {
  try {
    return await fs.realpath(file);
  } catch {
    return path.resolve(file);
  }
}

/**
 * Writes the workbook to `file`, never over the file it was read from (nor `options.input`): the
 * original stays untouched. Written to a temporary file first and renamed, so that a failed write
 * leaves no half-written workbook behind.
 */
export async function writeXlsx(
  wb: ExcelJS.Workbook,
  file: string,
  options: { input?: string } = {},
): Promise<void> {
  const target = await realOrResolved(file);
  const inputs = [sourcePathOf(wb), options.input].filter((p): p is string => !!p);
  for (const input of inputs)
    if ((await realOrResolved(input)) === target || path.resolve(input) === path.resolve(file))
      throw new WorkbookWriteError({
        fi: "Tulostiedosto ei voi olla sama kuin lähtötiedosto: alkuperäistä ei kirjoiteta yli.",
        en: "The output file cannot be the input file: the original is never overwritten.",
      });
  const name = path.basename(file);
  const tmp = path.join(path.dirname(path.resolve(file)), `.${name}.${process.pid}.tmp`);
  try {
    const data = await wb.xlsx.writeBuffer();
    await fs.writeFile(tmp, Buffer.from(data as ArrayBuffer));
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code;
    const why: Bilingual =
      code === "ENOENT"
        ? { fi: "kansiota ei ole", en: "the folder does not exist" }
        : code === "EACCES" || code === "EPERM" || code === "EROFS"
          ? { fi: "kirjoitusoikeus puuttuu", en: "permission denied" }
          : { fi: "kirjoitus epäonnistui", en: "the write failed" };
    throw new WorkbookWriteError({
      fi: `Tiedostoa "${name}" ei voitu kirjoittaa: ${why.fi}.`,
      en: `The file "${name}" could not be written: ${why.en}.`,
    });
  }
}
