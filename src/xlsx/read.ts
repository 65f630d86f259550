/**
 * The reading side, browser-safe: bytes → an XlsxWorkbook (the package the writer edits) → a
 * WorkbookSnapshot. Cells are read by exceljs (the benchmarks compare against its load), but exceljs
 * sees only what reading needs: a copy of the package with just the workbook's sheet list, styles,
 * shared strings and each worksheet's cells and merges, under the part names exceljs expects. So no
 * chart, drawing, image, comment, pivot table, slicer, external link, table, validation or extension
 * written by any tool can make it fail; the file itself, and the package the writer keeps, are not
 * touched. Each cell keeps its value (rich text flattened, formulas as their last result, dates as
 * the text shown, 1904 dates included), the text Excel would display (src/xlsx/numfmt.ts), its number
 * format and whether it is a formula; merged areas and hidden sheets are kept.
 * A file that cannot be read gives a WorkbookReadError with one sentence, never a stack trace.
 */
import ExcelJS from "exceljs";
import type { Cell, CellValue, Grid, MergeArea, WorkbookSnapshot } from "../model/grid";
import { readError, WorkbookReadError } from "./errors";
import { formatCellValue, isGeneral } from "./numfmt";
import { NS, XlsxPackage } from "./package";
import { attrs, escapeAttr, findElement } from "./xml";
import { writeZip, ZipError, type ZipItem } from "./zip";

/** The workbook type of src/xlsx: an .xlsx package, edited by `applyEdits`, written by `workbookBytes`. */
export type XlsxWorkbook = XlsxPackage;

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(b: Uint8Array, bytes: number[]): boolean {
  return b.length >= bytes.length && bytes.every((x, i) => b[i] === x);
}

function contains(b: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= b.length; i++) {
    for (let j = 0; j < needle.length; j++) if (b[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

const utf16 = (s: string) => new Uint8Array([...s].flatMap((c) => [c.charCodeAt(0), 0]));

/** True when the bytes look like delimited text: two or more lines with the same delimiter count. */
function looksLikeCsv(b: Uint8Array, name: string | null): boolean {
  const head = b.subarray(0, 64 * 1024);
  if (head.includes(0)) return false;
  const text = new TextDecoder("utf-8").decode(head);
  if (/^\s*</.test(text)) return false;
  if (name && /\.(csv|tsv|txt)$/i.test(name)) return true;
  const lines = text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "")
    .slice(0, 20);
  if (lines.length < 2) return false;
  return [";", ",", "\t"].some((d) => {
    const counts = lines.map((l) => l.split(d).length - 1);
    return counts[0] > 0 && counts.filter((c) => c === counts[0]).length >= Math.max(2, lines.length * 0.8);
  });
}

/** A text file that Excel itself opens as a workbook: Excel 2003 XML or an HTML table saved as .xls. */
function looksLikeOldExcelText(b: Uint8Array): boolean {
  const text = new TextDecoder("utf-8").decode(b.subarray(0, 4096)).toLowerCase();
  return (
    text.includes("urn:schemas-microsoft-com:office:spreadsheet") ||
    (/^\s*(<\?xml[^>]*>\s*)?<(html|table)/.test(text) && text.includes("urn:schemas-microsoft-com:office"))
  );
}

/** Opens bytes as an .xlsx package, or explains in a sentence why they are not a readable workbook. */
export function openWorkbook(data: Uint8Array | ArrayBuffer, name: string | null): XlsxWorkbook {
  const b = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (b.length === 0) throw readError("empty", name);
  if (startsWith(b, OLE)) {
    // An OLE compound file: an encrypted .xlsx keeps an "EncryptionInfo" stream; else it is a .xls.
    throw readError(contains(b, utf16("EncryptionInfo")) ? "encrypted" : "old-xls", name);
  }
  if (!(b[0] === 0x50 && b[1] === 0x4b)) {
    if (looksLikeOldExcelText(b)) throw readError("old-xls", name);
    throw readError(looksLikeCsv(b, name) ? "csv" : "not-a-workbook", name);
  }
  let pkg: XlsxPackage;
  try {
    pkg = XlsxPackage.fromBytes(b, name);
  } catch (e) {
    if (e instanceof ZipError)
      throw readError(
        e.problem === "bomb" ? "too-large" : e.problem === "not-zip" ? "not-a-workbook" : "damaged",
        name,
      );
    throw readError("damaged", name);
  }
  try {
    if (
      pkg.has("mimetype") &&
      new TextDecoder().decode(pkg.bytes("mimetype")).includes("opendocument.spreadsheet")
    )
      throw readError("ods", name);
    if (pkg.has("xl/workbook.bin")) throw readError("xlsb", name);
    const wb = pkg.workbookPart();
    if (!wb) throw readError("not-a-workbook", name);
    if (pkg.text(wb).includes("http://purl.oclc.org/ooxml/spreadsheetml/main"))
      throw readError("strict", name);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    throw readError("damaged", name);
  }
  return pkg;
}

// ---------------------------------------------------------------------------------------------
// The copy exceljs reads

/** The XML with the namespace prefix `p` ("x:") taken off element names, for a reader that wants none. */
function unprefixed(xml: string, p: string): string {
  if (!p) return xml;
  const esc = p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return xml.replace(new RegExp(`<(/?)${esc}`, "g"), "<$1");
}

function prefixOf(name: string): string {
  return name.includes(":") ? name.slice(0, name.indexOf(":") + 1) : "";
}

/** An element (by local name) as text without its prefix, or "". */
function elementText(xml: string, local: string): { text: string; prefix: string } {
  const e = findElement(xml, local);
  if (!e) return { text: "", prefix: "" };
  const p = prefixOf(e.open.name);
  return { text: unprefixed(xml.slice(e.open.start, e.end), p), prefix: p };
}

/** Cells of type "d" (ISO 8601 dates) as serial numbers, which is how exceljs can read them. */
function isoDatesToSerial(sheetData: string, date1904: boolean): string {
  if (!sheetData.includes('t="d"')) return sheetData;
  return sheetData.replace(
    /<c\b([^>]*?)\st="d"([^>]*)>\s*<v>([^<]*)<\/v>/g,
    (m, a: string, b: string, iso: string) => {
      const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(iso) ? iso : iso + "Z");
      if (!Number.isFinite(ms)) return m;
      const serial = ms / 86_400_000 + (date1904 ? 24_107 : 25_569);
      return `<c${a}${b}><v>${serial}</v>`;
    },
  );
}

/** The minimal package exceljs reads: sheets' cells and merges, styles, shared strings. */
export function readableCopy(pkg: XlsxPackage): Uint8Array {
  const wbPart = pkg.workbookPart() as string;
  const wbXml = pkg.text(wbPart);
  const prTag = findElement(wbXml, "workbookPr");
  const pr = prTag ? attrs(wbXml.slice(prTag.open.start, prTag.open.end)) : {};
  const date1904 = pr.date1904 === "1" || pr.date1904 === "true";
  const enc = new TextEncoder();
  const items: ZipItem[] = [];
  const add = (name: string, text: string) => items.push({ name, data: enc.encode(text), store: true });
  const rels: string[] = [];
  const sheets: string[] = [];
  pkg
    .sheets()
    .filter((s) => s.kind === "worksheet" && s.part)
    .forEach((s, i) => {
      const xml = pkg.text(s.part as string);
      const data = elementText(xml, "sheetData");
      const merges = elementText(xml, "mergeCells").text;
      const body = isoDatesToSerial(data.text || "<sheetData/>", date1904);
      add(
        `xl/worksheets/sheet${i + 1}.xml`,
        `<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">${body}${merges}</worksheet>`,
      );
      rels.push(
        `<Relationship Id="rId${i + 1}" Type="${NS.rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      );
      const state = s.state === "visible" ? "" : ` state="${s.state}"`;
      sheets.push(`<sheet name="${escapeAttr(s.name)}" sheetId="${i + 1}"${state} r:id="rId${i + 1}"/>`);
    });
  for (const [type, file] of [
    ["styles", "styles.xml"],
    ["sharedStrings", "sharedStrings.xml"],
  ]) {
    const part = pkg.workbookRelPart(type);
    if (!part) continue;
    const xml = pkg.text(part);
    const root = findElement(xml, type === "styles" ? "styleSheet" : "sst");
    if (!root) continue;
    add(`xl/${file}`, unprefixed(xml, prefixOf(root.open.name)));
    rels.push(`<Relationship Id="x${type}" Type="${NS.rel}/${type}" Target="${file}"/>`);
  }
  add(
    "[Content_Types].xml",
    `<Types xmlns="${NS.contentTypes}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
  );
  add(
    "_rels/.rels",
    `<Relationships xmlns="${NS.pkgRels}"><Relationship Id="rId1" Type="${NS.rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  add(
    "xl/workbook.xml",
    `<workbook xmlns="${NS.main}" xmlns:r="${NS.rel}"><workbookPr${date1904 ? ' date1904="1"' : ""}/><sheets>${sheets.join("")}</sheets></workbook>`,
  );
  add("xl/_rels/workbook.xml.rels", `<Relationships xmlns="${NS.pkgRels}">${rels.join("")}</Relationships>`);
  return writeZip(items);
}

/** The snapshot of a workbook package (as it is now, edits included). */
export async function snapshotOf(
  pkg: XlsxWorkbook,
  name: string | null = pkg.name,
): Promise<WorkbookSnapshot> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(readableCopy(pkg) as unknown as ExcelJS.Buffer);
  } catch {
    throw readError("damaged", name);
  }
  if (wb.worksheets.length === 0) throw readError("not-a-workbook", name);
  try {
    return snapshotFromExcelJs(wb, name);
  } catch {
    throw readError("damaged", name);
  }
}

/** Snapshot of an .xlsx given as bytes (a file picked in the browser, a download). */
export async function snapshotFromBuffer(
  data: Uint8Array | ArrayBuffer,
  name: string | null,
): Promise<WorkbookSnapshot> {
  return snapshotOf(openWorkbook(data, name), name);
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
