/**
 * The reading side, browser-safe: bytes → an XlsxWorkbook (the package the writer edits) → a
 * WorkbookSnapshot. The cells are read straight from the parts that hold them (./cells.ts: the sheet
 * list, styles, shared strings, each worksheet's cells and merges), so no chart, drawing, image,
 * comment, pivot table, slicer, external link, table, validation or extension written by any tool can
 * make reading fail; the package the writer keeps is not touched. Each cell keeps its value (rich
 * text flattened, formulas as their last result, dates as the text shown, 1904 dates included), the
 * text Excel would display (src/xlsx/numfmt.ts), its number format and whether it is a formula;
 * merged areas and hidden sheets are kept.
 * A file that cannot be read gives a WorkbookReadError with one sentence, never a stack trace.
 */
import type { WorkbookSnapshot } from "../model/grid";
import { snapshotFromPackage } from "./cells";
import { readError, WorkbookReadError } from "./errors";
import { XlsxPackage } from "./package";
import { ZipError, type ZipCodec } from "./zip";

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

/**
 * Opens bytes as an .xlsx package, or explains in a sentence why they are not a readable workbook.
 * `codec` inflates its parts: fflate when not given (the task pane); the command line gives Node's
 * zlib (`openWorkbookBytes` in ./file.ts), with the same limits, checks and sentences.
 */
export function openWorkbook(
  data: Uint8Array | ArrayBuffer,
  name: string | null,
  codec?: ZipCodec,
): XlsxWorkbook {
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
    pkg = XlsxPackage.fromBytes(b, name, codec);
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

/** The snapshot of a workbook package (as it is now, edits included), read from its XML (./cells.ts). */
export async function snapshotOf(
  pkg: XlsxWorkbook,
  name: string | null = pkg.name,
): Promise<WorkbookSnapshot> {
  let snapshot: WorkbookSnapshot;
  try {
    snapshot = snapshotFromPackage(pkg, name);
  } catch {
    throw readError("damaged", name);
  }
  if (snapshot.sheets.length === 0) throw readError("not-a-workbook", name);
  return snapshot;
}

/** Snapshot of an .xlsx given as bytes (a file picked in the browser, a download). */
export async function snapshotFromBuffer(
  data: Uint8Array | ArrayBuffer,
  name: string | null,
): Promise<WorkbookSnapshot> {
  return snapshotOf(openWorkbook(data, name), name);
}
