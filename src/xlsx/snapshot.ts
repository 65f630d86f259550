/**
 * The exceljs edge, reading side: an .xlsx file (or its bytes) as a WorkbookSnapshot, plain data.
 * Each cell keeps its value (rich text flattened, formulas as their last result, dates as the text
 * shown), the text Excel would display (src/xlsx/numfmt.ts), its number format and whether it is a
 * formula; merged areas come from the worksheet; hidden and very hidden sheets are flagged.
 * A file that cannot be read gives a WorkbookReadError with one sentence in Finnish and English,
 * never a stack trace.
 */
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import type { Cell, CellValue, Grid, MergeArea, WorkbookSnapshot } from "../model/grid";
import type { Bilingual } from "../model/text";
import { formatCellValue, isGeneral } from "./numfmt";

export type WorkbookReadProblem =
  "not-found" | "not-a-file" | "no-access" | "empty" | "encrypted" | "old-xls" | "damaged" | "not-a-workbook";

/** A workbook that could not be read, explained in one sentence in Finnish and in English. */
export class WorkbookReadError extends Error implements Bilingual {
  readonly fi: string;
  readonly en: string;
  constructor(
    readonly problem: WorkbookReadProblem,
    text: Bilingual,
  ) {
    super(text.en);
    this.name = "WorkbookReadError";
    this.fi = text.fi;
    this.en = text.en;
  }
}

const NAME = (name: string | null) => (name ? `"${name}"` : "");

function readError(problem: WorkbookReadProblem, name: string | null): WorkbookReadError {
  const n = NAME(name);
  const fiSubject = n ? `Tiedosto ${n}` : "Tiedosto";
  const enSubject = n ? `The file ${n}` : "The file";
  const text: Record<WorkbookReadProblem, Bilingual> = {
    "not-found": {
      fi: n ? `Tiedostoa ${n} ei löydy.` : "Tiedostoa ei löydy.",
      en: `${enSubject} does not exist.`,
    },
    "not-a-file": {
      fi: `${fiSubject} on kansio, ei Excel-työkirja.`,
      en: `${enSubject} is a folder, not an Excel workbook.`,
    },
    "no-access": {
      fi: `${fiSubject} ei ole luettavissa: käyttöoikeus puuttuu.`,
      en: `${enSubject} cannot be read: permission denied.`,
    },
    empty: {
      fi: `${fiSubject} on tyhjä (0 tavua), ei Excel-työkirja.`,
      en: `${enSubject} is empty (0 bytes), not an Excel workbook.`,
    },
    encrypted: {
      fi: `${fiSubject} on suojattu salasanalla; poista salaus Excelissä ja tallenna tiedosto uudelleen.`,
      en: `${enSubject} is password-protected; remove the encryption in Excel and save the file again.`,
    },
    "old-xls": {
      fi: `${fiSubject} on vanhaa .xls-muotoa; tallenna se Excelissä .xlsx-työkirjaksi.`,
      en: `${enSubject} is in the old .xls format; save it in Excel as an .xlsx workbook.`,
    },
    damaged: {
      fi: `${fiSubject} on vioittunut tai vajaa, joten sitä ei voi lukea.`,
      en: `${enSubject} is damaged or incomplete, so it cannot be read.`,
    },
    "not-a-workbook": {
      fi: `${fiSubject} ei ole Excel-työkirja (.xlsx).`,
      en: `${enSubject} is not an Excel workbook (.xlsx).`,
    },
  };
  return new WorkbookReadError(problem, text[problem]);
}

/** A workbook as loaded: exceljs's object (to apply edits to) and its snapshot. */
export interface LoadedWorkbook {
  workbook: ExcelJS.Workbook;
  snapshot: WorkbookSnapshot;
  /** The file it was read from, when read from a file. */
  path: string | null;
}

/** The file each loaded workbook came from, so that writing never overwrites it. */
const sources = new WeakMap<ExcelJS.Workbook, string>();

export function sourcePathOf(wb: ExcelJS.Workbook): string | null {
  return sources.get(wb) ?? null;
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(buf: Buffer, bytes: number[]): boolean {
  return buf.length >= bytes.length && bytes.every((b, i) => buf[i] === b);
}

/** Loads bytes into exceljs, or explains in a sentence why they are not a readable workbook. */
export async function loadXlsxBuffer(
  data: ArrayBuffer | Buffer,
  name: string | null,
): Promise<ExcelJS.Workbook> {
  const buf = Buffer.isBuffer(data) ? data : Buffer.from(new Uint8Array(data));
  if (buf.length === 0) throw readError("empty", name);
  if (startsWith(buf, OLE)) {
    // An OLE compound file: an encrypted .xlsx keeps an "EncryptionInfo" stream; else it is a .xls.
    const marker = Buffer.from("EncryptionInfo", "utf16le");
    throw readError(buf.includes(marker) ? "encrypted" : "old-xls", name);
  }
  const zip = buf[0] === 0x50 && buf[1] === 0x4b; // "PK"
  if (!zip) throw readError("not-a-workbook", name);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  } catch {
    // A zip whose end is missing (cut short in a download or a copy) or whose parts are broken is
    // damaged; a whole zip without a workbook part is some other kind of file.
    const whole = hasEndOfCentralDirectory(buf);
    throw readError(
      !whole || buf.includes(Buffer.from("xl/workbook.xml")) ? "damaged" : "not-a-workbook",
      name,
    );
  }
  if (wb.worksheets.length === 0) throw readError("not-a-workbook", name);
  return wb;
}

/** True when the zip ends with its whole end-of-central-directory record (a zip not cut short). */
function hasEndOfCentralDirectory(buf: Buffer): boolean {
  const at = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (at < 0 || at + 22 > buf.length) return false;
  return at + 22 + buf.readUInt16LE(at + 20) === buf.length;
}

async function readBytes(file: string): Promise<Buffer> {
  const name = path.basename(file);
  try {
    return await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw readError("not-found", name);
    if (code === "EISDIR") throw readError("not-a-file", name);
    if (code === "EACCES" || code === "EPERM") throw readError("no-access", name);
    throw readError("not-a-workbook", name);
  }
}

/** Reads an .xlsx file: exceljs's workbook and its snapshot. */
export async function loadXlsxFile(file: string): Promise<LoadedWorkbook> {
  const name = path.basename(file);
  const wb = await loadXlsxBuffer(await readBytes(file), name);
  sources.set(wb, path.resolve(file));
  return { workbook: wb, snapshot: snapshotFromExcelJs(wb, name), path: path.resolve(file) };
}

/** Reads an .xlsx file as a snapshot. */
export async function readXlsxFile(file: string): Promise<WorkbookSnapshot> {
  return (await loadXlsxFile(file)).snapshot;
}

/** Snapshot of an .xlsx given as bytes (a file picked in the browser, a download). */
export async function snapshotFromBuffer(
  data: ArrayBuffer | Buffer,
  name: string | null,
): Promise<WorkbookSnapshot> {
  return snapshotFromExcelJs(await loadXlsxBuffer(data, name), name);
}

/** Snapshot of a workbook loaded (or built) with exceljs. */
export function snapshotFromExcelJs(wb: ExcelJS.Workbook, name: string | null): WorkbookSnapshot {
  return { name, sheets: wb.worksheets.map(gridOf) };
}

/** Flattens exceljs rich text runs to their text. */
function richText(v: unknown): string | null {
  if (v && typeof v === "object" && Array.isArray((v as { richText?: unknown }).richText))
    return (v as { richText: { text?: string }[] }).richText.map((r) => r.text ?? "").join("");
  return null;
}

interface Plain {
  value: CellValue;
  text: string;
}

/** A stored (non-formula) value as the snapshot keeps it, with the text shown under `fmt`. */
function plain(v: unknown, fmt: string | undefined): Plain | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return { value: v, text: formatCellValue(v, fmt) };
  if (typeof v === "string") return { value: v, text: formatCellValue(v, fmt) };
  if (typeof v === "boolean") return { value: v, text: formatCellValue(v, fmt) };
  if (v instanceof Date) {
    const text = formatCellValue(v, fmt);
    return { value: text, text };
  }
  const rich = richText(v);
  if (rich !== null) return { value: rich, text: rich };
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (typeof o.error === "string") return { value: { error: o.error }, text: o.error };
    if ("hyperlink" in o || "text" in o) {
      const t = typeof o.text === "string" ? o.text : (richText(o.text) ?? "");
      return { value: t, text: t };
    }
  }
  return { value: String(v), text: String(v) };
}

function cellOf(cell: ExcelJS.Cell): Cell | null {
  // The covered cells of a merged area are empty in Excel; exceljs repeats the master's value there.
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  const v = cell.value as unknown;
  if (v === null || v === undefined) return null;
  const fmt = isGeneral(cell.numFmt) ? undefined : cell.numFmt;
  let out: Cell;
  if (typeof v === "object" && !(v instanceof Date) && ("formula" in v || "sharedFormula" in v)) {
    const result = plain((v as { result?: unknown }).result, fmt) ?? { value: null, text: "" };
    out = { value: result.value, text: result.text, formula: true };
  } else {
    const p = plain(v, fmt);
    if (p === null || p.value === "") return null;
    out = { value: p.value, text: p.text };
  }
  if (fmt) out.numberFormat = fmt;
  return out;
}

interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function mergesOf(ws: ExcelJS.Worksheet): MergeArea[] {
  // exceljs keeps the merges it loaded by master address; the public `model.merges` would build the
  // model of every row, which for a 60,000-row sheet costs memory for nothing.
  const own = (ws as unknown as { _merges?: Record<string, MergeRange | undefined> })._merges;
  const ranges: MergeRange[] = own
    ? Object.values(own).filter((m): m is MergeRange => !!m)
    : ws.model.merges.map(parseRange).filter((m): m is MergeRange => m !== null);
  return ranges.map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }));
}

function parseRange(a1: string): MergeRange | null {
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/i.exec(a1);
  if (!m) return null;
  const col = (s: string) => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { top: Number(m[2]), left: col(m[1]), bottom: Number(m[4]), right: col(m[3]) };
}

function gridOf(ws: ExcelJS.Worksheet): Grid {
  const rows: (Cell | null)[][] = [];
  let rowCount = 0;
  let columnCount = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const out: (Cell | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const got = cellOf(cell);
      if (!got) return;
      while (out.length < c - 1) out.push(null);
      out[c - 1] = got;
    });
    if (out.length === 0) return;
    while (rows.length < r - 1) rows.push([]);
    rows[r - 1] = out;
    rowCount = r;
    columnCount = Math.max(columnCount, out.length);
  });
  const merges = mergesOf(ws);
  for (const m of merges) {
    rowCount = Math.max(rowCount, m.bottom + 1);
    columnCount = Math.max(columnCount, m.right + 1);
  }
  while (rows.length < rowCount) rows.push([]);
  const grid: Grid = { sheet: ws.name, cells: rows, rowCount, columnCount, merges };
  if (ws.state === "hidden" || ws.state === "veryHidden") grid.hidden = true;
  return grid;
}
