/**
 * Reading with exceljs: a snapshot of a workbook built or loaded with exceljs (tests build theirs so),
 * and the reading Toteuma did before it read cells straight from the XML (./cells.ts), kept as the
 * reference that reading is compared with (cells.test.ts). exceljs is given a copy of the package
 * holding only what reading needs (the sheet list, styles, shared strings, each worksheet's cells and
 * merges), so that no chart, drawing, pivot table or extension can make it fail.
 * Not used by the product's reading: it is not part of the browser bundle's path.
 */
// Types only: exceljs itself is loaded when a workbook is to be read with it, so that neither the
// command line nor the pane loads it to read files.
import type ExcelJS from "exceljs";
import type { Cell, CellValue, Grid, MergeArea, WorkbookSnapshot } from "../model/grid";
import { readError } from "./errors";
import { formatCellValue, isGeneral } from "./numfmt";
import { NS, type XlsxPackage } from "./package";
import { attrs, escapeAttr, findElement } from "./xml";
import { writeZip, type ZipItem } from "./zip";

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

/** The cells of a workbook package as exceljs reads them from the readable copy. */
export async function loadWithExcelJs(
  pkg: XlsxPackage,
  name: string | null = pkg.name,
): Promise<ExcelJS.Workbook> {
  const { default: exceljs } = await import("exceljs");
  const wb = new exceljs.Workbook();
  try {
    await wb.xlsx.load(readableCopy(pkg) as unknown as ExcelJS.Buffer);
  } catch {
    throw readError("damaged", name);
  }
  if (wb.worksheets.length === 0) throw readError("not-a-workbook", name);
  return wb;
}

/** The snapshot exceljs' reading of a workbook package gives (the reference of ./cells.ts). */
export async function snapshotByExcelJs(
  pkg: XlsxPackage,
  name: string | null = pkg.name,
): Promise<WorkbookSnapshot> {
  const wb = await loadWithExcelJs(pkg, name);
  try {
    return snapshotFromExcelJs(wb, name);
  } catch {
    throw readError("damaged", name);
  }
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

/** ExcelJS.ValueType.Merge (the enum is not imported: exceljs is loaded only when used). */
const MERGE = 1;

function cellOf(cell: ExcelJS.Cell): Cell | null {
  // The covered cells of a merged area are empty in Excel; exceljs repeats the master's value there.
  if (cell.type === MERGE) return null;
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
