/**
 * The snapshot of a workbook package read straight from its XML, in one pass over each part that
 * holds cells: the sheet list (workbook.xml), the number formats of the cell styles (styles.xml),
 * the shared strings and each worksheet's `<sheetData>` and `<mergeCells>`. Nothing else is parsed
 * and no model of the workbook is built, so reading costs a fraction of loading the file with a
 * general-purpose library: the cells are read at about the speed the bytes are inflated.
 *
 * What each cell becomes is what reading the same file with exceljs gave (src/xlsx/cells.test.ts
 * compares the two on every workbook of the fixtures and the corpus): a string, a number, a boolean
 * or a formula error; rich and inline text flattened (phonetic runs left out), `_xHHHH_` escapes
 * of shared strings decoded; a formula's last result with `formula: true` (a shared or array formula
 * too); numbers under a date format as the date shown, ISO dates (`t="d"`) and the 1904 date system
 * included; the text Excel would display (./numfmt.ts) and the number format; the covered cells of a
 * merged area empty. Where exceljs would have refused the file (a row or cell without its address,
 * merged areas that overlap, a shared string index out of range) this reads what is there instead.
 */
import type { Cell, Grid, MergeArea, WorkbookSnapshot } from "../model/grid";
import { formatCellValue, isGeneral } from "./numfmt";
import type { XlsxPackage } from "./package";
import { attrs, findElement, unescapeXml } from "./xml";

/** A shared string: plain text (shown under the cell's number format) or rich text (shown as it is). */
type SharedString = string | { rich: string };

/** What every sheet of the workbook reads its cells with. */
interface Book {
  date1904: boolean;
  /** The number format of each cell style (`s`), undefined for General or none. */
  formats: (string | undefined)[];
  /** Per style: true when exceljs would take its numbers for dates. */
  dates: boolean[];
  strings: SharedString[];
}

/** The snapshot of every worksheet of the package, in workbook order (chart and macro sheets skipped). */
export function snapshotFromPackage(pkg: XlsxPackage, name: string | null): WorkbookSnapshot {
  const wbPart = pkg.workbookPart() as string;
  const wbXml = pkg.text(wbPart);
  const prTag = findElement(wbXml, "workbookPr");
  const pr = prTag ? attrs(wbXml.slice(prTag.open.start, prTag.open.end)) : {};
  const styles = pkg.workbookRelPart("styles");
  const shared = pkg.workbookRelPart("sharedStrings");
  const { formats, dates } =
    styles && pkg.has(styles) ? cellFormats(pkg.text(styles)) : { formats: [], dates: [] };
  const book: Book = {
    date1904: pr.date1904 === "1" || pr.date1904 === "true",
    formats,
    dates,
    strings: shared && pkg.has(shared) ? sharedStrings(pkg.text(shared)) : [],
  };
  const sheets = pkg
    .sheets()
    .filter((s) => s.kind === "worksheet" && s.part)
    .map((s) => {
      const part = s.part as string;
      const grid = gridOf(pkg.has(part) ? pkg.text(part) : "", s.name, book);
      if (s.state !== "visible") grid.hidden = true;
      return grid;
    });
  return { name, sheets };
}

// ---------------------------------------------------------------------------------------------
// Scanning XML: tags by offset, attributes of a tag, text of an element

const GT = 62;
const SLASH = 47;
const QUOTE = 34;
const APOS = 39;

/** Offset just after the ">" of the tag starting at `i` ("<" at i), quotes respected. */
function tagEnd(xml: string, i: number): number {
  let quote = 0;
  for (let j = i + 1; j < xml.length; j++) {
    const d = xml.charCodeAt(j);
    if (quote) {
      if (d === quote) quote = 0;
    } else if (d === QUOTE || d === APOS) quote = d;
    else if (d === GT) return j + 1;
  }
  throw new Error(`unclosed tag at ${i}`);
}

/** True when the tag [i, end) names `local` (any prefix): "<c ", "<x:c>", "</c>". */
function isTag(xml: string, i: number, end: number, local: string): boolean {
  let j = i + 1;
  if (xml.charCodeAt(j) === SLASH) j++;
  let k = j;
  let start = j;
  while (k < end) {
    const d = xml.charCodeAt(k);
    if (d === 32 || d === 9 || d === 10 || d === 13 || d === GT || d === SLASH) break;
    if (d === 58 /* : */) start = k + 1;
    k++;
  }
  return k - start === local.length && xml.startsWith(local, start);
}

/** The value of the unprefixed attribute `name` in the tag [i, end), unescaped; undefined when absent. */
function attr(xml: string, i: number, end: number, name: string): string | undefined {
  let j = i + 1;
  // Skip the tag name.
  while (j < end) {
    const d = xml.charCodeAt(j);
    if (d === 32 || d === 9 || d === 10 || d === 13) break;
    j++;
  }
  while (j < end) {
    const eq = xml.indexOf("=", j);
    if (eq < 0 || eq >= end) return undefined;
    let a = j;
    while (a < eq) {
      const d = xml.charCodeAt(a);
      if (d !== 32 && d !== 9 && d !== 10 && d !== 13) break;
      a++;
    }
    let b = eq;
    while (b > a) {
      const d = xml.charCodeAt(b - 1);
      if (d !== 32 && d !== 9 && d !== 10 && d !== 13) break;
      b--;
    }
    let q = eq + 1;
    while (q < end && xml.charCodeAt(q) !== QUOTE && xml.charCodeAt(q) !== APOS) q++;
    if (q >= end) return undefined;
    const close = xml.indexOf(xml[q], q + 1);
    if (close < 0 || close >= end) return undefined;
    if (b - a === name.length && xml.startsWith(name, a)) {
      const v = xml.slice(q + 1, close);
      return v.indexOf("&") < 0 ? v : unescapeXml(v);
    }
    j = close + 1;
  }
  return undefined;
}

/** Character data as an XML parser gives it: line ends normalised, entities and CDATA resolved. */
function decodeText(raw: string): string {
  let s = raw;
  if (s.indexOf("<") >= 0) {
    // Comments and CDATA sections inside text (rare): comments dropped, CDATA taken literally.
    let out = "";
    let i = 0;
    for (;;) {
      const lt = s.indexOf("<", i);
      if (lt < 0) {
        out += decodeText(s.slice(i));
        return out;
      }
      out += decodeText(s.slice(i, lt));
      if (s.startsWith("<![CDATA[", lt)) {
        const e = s.indexOf("]]>", lt + 9);
        out += s.slice(lt + 9, e < 0 ? s.length : e);
        i = e < 0 ? s.length : e + 3;
      } else if (s.startsWith("<!--", lt)) {
        const e = s.indexOf("-->", lt + 4);
        i = e < 0 ? s.length : e + 3;
      } else {
        const e = s.indexOf(">", lt);
        i = e < 0 ? s.length : e + 1;
      }
    }
  }
  if (s.indexOf("\r") >= 0) s = s.replace(/\r\n?/g, "\n");
  return s.indexOf("&") < 0 ? s : unescapeXml(s);
}

/** `_xHHHH_` escapes of a SpreadsheetML string, decoded as exceljs decodes them (upper-case hex). */
function fromEscapes(s: string): string {
  return s.indexOf("_x") < 0
    ? s
    : s.replace(/_x([0-9A-F]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** Where the element whose open tag is [i, end) closes: [start of its close tag, end of it]. */
function closeOf(xml: string, i: number, end: number, local: string): [number, number] {
  const name = xml.slice(i + 1, qualifiedEnd(xml, i + 1, end));
  const closing = `</${name}`;
  let at = end;
  for (;;) {
    const k = xml.indexOf(closing, at);
    if (k < 0) throw new Error(`<${local}> is not closed`);
    const after = xml.charCodeAt(k + closing.length);
    if (after === GT || after === 32 || after === 9 || after === 10 || after === 13)
      return [k, tagEnd(xml, k)];
    at = k + closing.length;
  }
}

function qualifiedEnd(xml: string, j: number, end: number): number {
  let k = j;
  while (k < end) {
    const d = xml.charCodeAt(k);
    if (d === 32 || d === 9 || d === 10 || d === 13 || d === GT || d === SLASH) break;
    k++;
  }
  return k;
}

const selfClosing = (xml: string, end: number): boolean => xml.charCodeAt(end - 2) === SLASH;

/**
 * The content [inner, innerEnd) and end of the first element named `local` at or after `from`, for
 * an element a part holds once (sheetData, sst, cellXfs…): its end is found from the back of the
 * part, so the tags inside it are not scanned. Null when there is none.
 */
function elementRange(
  xml: string,
  local: string,
  from = 0,
): { inner: number; innerEnd: number; end: number } | null {
  let i = from;
  for (;;) {
    i = xml.indexOf("<", i);
    if (i < 0) return null;
    const special = skipSpecial(xml, i);
    if (special >= 0) {
      i = special;
      continue;
    }
    const end = tagEnd(xml, i);
    if (xml.charCodeAt(i + 1) !== SLASH && isTag(xml, i, end, local)) {
      if (selfClosing(xml, end)) return { inner: end, innerEnd: end, end };
      const closing = `</${xml.slice(i + 1, qualifiedEnd(xml, i + 1, end))}`;
      const k = xml.lastIndexOf(closing);
      if (k < end) throw new Error(`<${local}> is not closed`);
      return { inner: end, innerEnd: k, end: tagEnd(xml, k) };
    }
    i = end;
  }
}

/**
 * The close tag of a text-only element (`<v>`, `<t>`, `<f>`) whose open tag ends at `from`: the next
 * tag, unless a comment or CDATA section comes first. [start of the close tag, its end].
 */
function textClose(xml: string, i: number, from: number, local: string): [number, number] {
  const k = xml.indexOf("<", from);
  if (k >= 0 && xml.charCodeAt(k + 1) === SLASH) {
    const e = tagEnd(xml, k);
    if (isTag(xml, k, e, local)) return [k, e];
  }
  return closeOf(xml, i, from, local);
}

/** Skips a comment, CDATA section, processing instruction or declaration starting at `i`; else -1. */
function skipSpecial(xml: string, i: number): number {
  const c = xml.charCodeAt(i + 1);
  if (c === 33 /* ! */) {
    if (xml.startsWith("<!--", i)) return after(xml, "-->", i + 4);
    if (xml.startsWith("<![CDATA[", i)) return after(xml, "]]>", i + 9);
    return after(xml, ">", i + 2);
  }
  if (c === 63 /* ? */) return after(xml, "?>", i + 2);
  return -1;
}

function after(xml: string, token: string, from: number): number {
  const k = xml.indexOf(token, from);
  if (k < 0) throw new Error(`unterminated ${token}`);
  return k + token.length;
}

/**
 * The text of the `<t>` elements in [from, to): directly inside (`plain`), or of rich text runs
 * (`<r><t>`; null when there are none). Phonetic runs (`<rPh>`) are left out.
 */
function stringItem(
  xml: string,
  from: number,
  to: number,
  escapes = true,
): { plain: string | null; runs: string[] | null } {
  let plain: string | null = null;
  let runs: string[] | null = null;
  let inRun = false;
  let i = from;
  for (;;) {
    i = xml.indexOf("<", i);
    if (i < 0 || i >= to) break;
    const special = skipSpecial(xml, i);
    if (special >= 0) {
      i = special;
      continue;
    }
    const end = tagEnd(xml, i);
    const closing = xml.charCodeAt(i + 1) === SLASH;
    if (isTag(xml, i, end, "rPh") && !closing) {
      i = selfClosing(xml, end) ? end : closeOf(xml, i, end, "rPh")[1];
      continue;
    }
    if (isTag(xml, i, end, "r")) {
      if (!closing && !selfClosing(xml, end)) {
        inRun = true;
        (runs ??= []).push("");
      } else if (!closing) (runs ??= []).push("");
      else inRun = false;
      i = end;
      continue;
    }
    if (!closing && isTag(xml, i, end, "t")) {
      let text = "";
      let next = end;
      if (!selfClosing(xml, end)) {
        const [k, e] = textClose(xml, i, end, "t");
        text = decodeText(xml.slice(end, k));
        // exceljs decodes "_xHHHH_" in shared strings and rich runs, not in an inline string's own text.
        if (escapes || inRun) text = fromEscapes(text);
        next = e;
      }
      if (inRun && runs) runs[runs.length - 1] += text;
      else plain = text;
      i = next;
      continue;
    }
    i = end;
  }
  return { plain, runs };
}

// ---------------------------------------------------------------------------------------------
// Styles and shared strings

/** Number formats built into Excel, by id, as exceljs names them (locale-dependent ids have none). */
const BUILT_IN_FORMATS: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** True when exceljs reads a number under this format as a date (any of y m d h s b outside quotes and brackets). */
function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  return /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** The number format of each cell style (`<cellXfs>`), by index. */
function cellFormats(xml: string): { formats: (string | undefined)[]; dates: boolean[] } {
  const custom = new Map<number, string>();
  const numFmts = elementRange(xml, "numFmts");
  if (numFmts)
    eachTag(xml, numFmts.inner, numFmts.innerEnd, "numFmt", (i, end) => {
      const id = parseInt(attr(xml, i, end, "numFmtId") ?? "", 10);
      const code = attr(xml, i, end, "formatCode");
      // As exceljs reads a format: escapes taken off ("d\\.m\\.yyyy" is "d.m.yyyy").
      if (Number.isFinite(id) && code !== undefined) custom.set(id, code.replace(/[\\](.)/g, "$1"));
    });
  const formats: (string | undefined)[] = [];
  const dates: boolean[] = [];
  const xfs = elementRange(xml, "cellXfs");
  if (xfs) {
    let depth = 0;
    eachTag(xml, xfs.inner, xfs.innerEnd, null, (i, end, closing) => {
      // Direct children only: an <xf> may hold <alignment/> and <protection/>.
      if (closing) {
        depth--;
        return;
      }
      if (depth === 0 && isTag(xml, i, end, "xf")) {
        const id = parseInt(attr(xml, i, end, "numFmtId") ?? "", 10);
        // exceljs: no format for id 0 (General) or none; a custom code, else the built-in one.
        const fmt = id ? (custom.get(id) ?? BUILT_IN_FORMATS[id]) : undefined;
        formats.push(fmt);
        dates.push(isDateFormat(fmt));
      }
      if (!selfClosing(xml, end)) depth++;
    });
  }
  return { formats, dates };
}

/** Calls `visit` for each tag in [from, to) (named `local` when given), comments and the like skipped. */
function eachTag(
  xml: string,
  from: number,
  to: number,
  local: string | null,
  visit: (i: number, end: number, closing: boolean) => void,
): void {
  let i = from;
  for (;;) {
    i = xml.indexOf("<", i);
    if (i < 0 || i >= to) return;
    const special = skipSpecial(xml, i);
    if (special >= 0) {
      i = special;
      continue;
    }
    const end = tagEnd(xml, i);
    if (local === null || isTag(xml, i, end, local)) visit(i, end, xml.charCodeAt(i + 1) === SLASH);
    i = end;
  }
}

/** The shared strings, in order. */
function sharedStrings(xml: string): SharedString[] {
  const out: SharedString[] = [];
  const sst = elementRange(xml, "sst");
  if (!sst) return out;
  let i = sst.inner;
  for (;;) {
    i = xml.indexOf("<", i);
    if (i < 0 || i >= sst.innerEnd) return out;
    const special = skipSpecial(xml, i);
    if (special >= 0) {
      i = special;
      continue;
    }
    const end = tagEnd(xml, i);
    if (xml.charCodeAt(i + 1) !== SLASH && isTag(xml, i, end, "si")) {
      if (selfClosing(xml, end)) {
        out.push("");
        i = end;
        continue;
      }
      const [k, e] = closeOf(xml, i, end, "si");
      const { plain, runs } = stringItem(xml, end, k);
      out.push(runs ? { rich: runs.join("") } : (plain ?? ""));
      i = e;
      continue;
    }
    i = end;
  }
}

// ---------------------------------------------------------------------------------------------
// Worksheets

/** "BC12" → column 55 (1-based) and row 12; null when it is no cell address. */
function decodeAddress(ref: string): { row: number; col: number } | null {
  let col = 0;
  let k = 0;
  for (; k < ref.length; k++) {
    const d = ref.charCodeAt(k) | 0x20;
    if (d < 97 || d > 122) break;
    col = col * 26 + (d - 96);
  }
  let row = 0;
  let digits = 0;
  for (; k < ref.length; k++) {
    const d = ref.charCodeAt(k);
    if (d === 36 /* $ */ && digits === 0) continue;
    if (d < 48 || d > 57) return null;
    row = row * 10 + (d - 48);
    digits++;
  }
  return col > 0 && row > 0 ? { row, col } : null;
}

/** The column (1-based) of a cell address ("BC12" → 55), 0 when it has none. */
function columnOf(ref: string): number {
  let col = 0;
  for (let k = 0; k < ref.length; k++) {
    const d = ref.charCodeAt(k) | 0x20;
    if (d < 97 || d > 122) break;
    col = col * 26 + (d - 96);
  }
  return col;
}

/** A value as it was stored, before it is shown. */
type Stored = string | number | boolean | Date | { error: string } | { rich: string } | undefined;

/**
 * A stored value as the snapshot keeps it, with the text shown under `fmt` (exceljs' reading): a new
 * cell object, which the caller completes (formula, number format).
 */
function plain(v: Stored, fmt: string | undefined): Cell | null {
  if (v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean")
    return { value: v, text: formatCellValue(v, fmt) };
  if (v instanceof Date) {
    const text = formatCellValue(v, fmt);
    return { value: text, text };
  }
  if ("rich" in v) return { value: v.rich, text: v.rich };
  return { value: { error: v.error }, text: v.error };
}

/** A serial day number as exceljs makes it a date: to the millisecond, in UTC. */
function excelToDate(v: unknown, date1904: boolean): Date {
  return new Date(Math.round((Number(v) - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

/** An ISO 8601 date of a `t="d"` cell as a serial day number, or null when it does not parse. */
function isoToSerial(iso: string, date1904: boolean): number | null {
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(iso) ? iso : iso + "Z");
  return Number.isFinite(ms) ? ms / 86_400_000 + (date1904 ? 24_107 : 25_569) : null;
}

/** Decodes the few XML entities exceljs decodes a second time in a `t="str"` value. */
function xmlDecode(text: string): string {
  return text.replace(/&([a-z]*);/g, (c) => {
    switch (c) {
      case "&lt;":
        return "<";
      case "&gt;":
        return ">";
      case "&amp;":
        return "&";
      case "&apos;":
        return "'";
      case "&quot;":
        return '"';
      default:
        return c;
    }
  });
}

/** The parts of one `<c>` element. */
interface RawCell {
  /** The column of its address (`r`), 0 when it has none. */
  col: number;
  t: string | undefined;
  style: number;
  /** The text of `<v>` (or of `<is><t>`), undefined when empty or missing. */
  value: string | undefined;
  /** Rich text runs of an inline string. */
  runs: string[] | null;
  formula: boolean;
  /**
   * A shared string's index read from the digits of `<c t="s"><v>12</v></c>` (`value` then stays
   * undefined, no text made for it); -1 otherwise.
   */
  index: number;
}

/** The cell of the snapshot for a `<c>` element, or null for an empty one. */
function cellOf(raw: RawCell, book: Book): Cell | null {
  const fmtRaw = raw.style ? book.formats[raw.style] : undefined;
  const styled = raw.style > 0 && raw.style < book.formats.length;
  const date = styled && book.dates[raw.style];
  const fmt = isGeneral(fmtRaw) ? undefined : fmtRaw;
  const v = raw.value;
  let out: Cell;
  if (raw.formula) {
    let result: Stored;
    if (v) {
      if (raw.t === "str") result = xmlDecode(v);
      else if (raw.t === "b") result = parseInt(v, 10) !== 0;
      else if (raw.t === "e") result = { error: v };
      else result = parseFloat(v);
      if (date) result = excelToDate(result, book.date1904);
    }
    out = plain(result, fmt) ?? { value: null, text: "" };
    out.formula = true;
  } else {
    let stored: Stored;
    if (raw.runs) stored = { rich: raw.runs.join("") };
    else if (raw.index >= 0) stored = book.strings[raw.index];
    else if (v === undefined) return null;
    else if (raw.t === "s") stored = book.strings[parseInt(v, 10)];
    else if (raw.t === "str") stored = xmlDecode(v);
    else if (raw.t === "inlineStr") stored = v;
    else if (raw.t === "b") stored = parseInt(v, 10) !== 0;
    else if (raw.t === "e") stored = { error: v };
    else {
      const serial = raw.t === "d" ? isoToSerial(v, book.date1904) : null;
      stored = serial ?? parseFloat(v);
      if (date) stored = excelToDate(stored, book.date1904);
    }
    const p = plain(stored, fmt);
    if (p === null || p.value === "") return null;
    out = p;
  }
  if (fmt) out.numberFormat = fmt;
  return out;
}

/** The attributes r, s and t of the `<c>` tag [i, end), in one pass. */
function cellAttributes(xml: string, i: number, end: number, raw: RawCell): void {
  raw.col = 0;
  raw.t = undefined;
  raw.style = 0;
  let j = i + 2;
  for (;;) {
    const eq = xml.indexOf("=", j);
    if (eq < 0 || eq >= end) return;
    let b = eq;
    while (b > j && xml.charCodeAt(b - 1) <= 32) b--;
    let a = b;
    while (a > j && xml.charCodeAt(a - 1) > 32) a--;
    let q = eq + 1;
    while (q < end && xml.charCodeAt(q) !== QUOTE && xml.charCodeAt(q) !== APOS) q++;
    if (q >= end) return;
    const close = xml.indexOf(xml[q], q + 1);
    if (close < 0 || close >= end) return;
    if (b - a === 1) {
      const name = xml.charCodeAt(a);
      // r and s read from the characters (no string made) when they are plain letters and digits.
      if (name === 114 /* r */) raw.col = columnAt(xml, q + 1, close);
      else if (name === 115 /* s */) raw.style = styleAt(xml, q + 1, close);
      else if (name === 116 /* t */) {
        const v = xml.slice(q + 1, close);
        raw.t = v.indexOf("&") >= 0 ? unescapeXml(v) : v;
      }
    }
    j = close + 1;
  }
}

/** `columnOf` of the attribute value [from, to), read from its characters when it holds no entity. */
function columnAt(xml: string, from: number, to: number): number {
  let col = 0;
  for (let k = from; k < to; k++) {
    const c = xml.charCodeAt(k);
    if (c === 38 /* & */) return columnOf(unescapeXml(xml.slice(from, to)));
    const d = c | 0x20;
    if (d < 97 || d > 122) {
      // Letters end at the first other character; an entity after them cannot change the column.
      return col;
    }
    col = col * 26 + (d - 96);
  }
  return col;
}

/** The style index `parseInt(v, 10) || 0` of the attribute value [from, to); plain digits read directly. */
function styleAt(xml: string, from: number, to: number): number {
  if (to === from) return 0;
  let n = 0;
  for (let k = from; k < to; k++) {
    const d = xml.charCodeAt(k) - 48;
    if (d < 0 || d > 9 || k - from > 9) {
      let v = xml.slice(from, to);
      if (v.indexOf("&") >= 0) v = unescapeXml(v);
      return v ? parseInt(v, 10) || 0 : 0;
    }
    n = n * 10 + d;
  }
  return n;
}

/**
 * The shared string index of a `<v>` whose text is [from, to) when it is 1 to 9 digits and `</c>`
 * follows its `</v>` at `to` (so no other `<v>` can add to it): what parseInt made of the text; else -1.
 */
function sharedIndexAt(xml: string, from: number, to: number): number {
  if (to <= from || to - from > 9) return -1;
  if (
    xml.charCodeAt(to + 4) !== 60 /* < */ ||
    xml.charCodeAt(to + 5) !== SLASH ||
    xml.charCodeAt(to + 6) !== 99 /* c */ ||
    xml.charCodeAt(to + 7) !== GT
  )
    return -1;
  let n = 0;
  for (let k = from; k < to; k++) {
    const d = xml.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Reads the `<c>` element whose open tag is [i, end) into `raw`; returns where the element ends. */
function readCell(xml: string, i: number, end: number, raw: RawCell): number {
  cellAttributes(xml, i, end, raw);
  raw.value = undefined;
  raw.runs = null;
  raw.formula = false;
  raw.index = -1;
  if (selfClosing(xml, end)) return end;
  let j = end;
  for (;;) {
    j = xml.indexOf("<", j);
    if (j < 0) throw new Error("<c> is not closed");
    // The usual shapes first, read without scanning the tags: "<v>text</v>" and "</c>"; anything
    // else (a prefix, attributes, a comment) goes the general way below, with the same result.
    const c1 = xml.charCodeAt(j + 1);
    if (c1 === 118 /* v */ && xml.charCodeAt(j + 2) === GT) {
      const k = xml.indexOf("<", j + 3);
      if (
        k >= 0 &&
        xml.charCodeAt(k + 1) === SLASH &&
        xml.charCodeAt(k + 2) === 118 &&
        xml.charCodeAt(k + 3) === GT
      ) {
        if (raw.t === "s" && raw.value === undefined && !raw.formula && raw.runs === null) {
          const index = sharedIndexAt(xml, j + 3, k);
          if (index >= 0) {
            raw.index = index;
            return k + 8;
          }
        }
        const text = decodeText(xml.slice(j + 3, k));
        if (text !== "") raw.value = (raw.value ?? "") + text;
        j = k + 4;
        continue;
      }
    } else if (c1 === SLASH && xml.charCodeAt(j + 2) === 99 /* c */ && xml.charCodeAt(j + 3) === GT)
      return j + 4;
    const special = skipSpecial(xml, j);
    if (special >= 0) {
      j = special;
      continue;
    }
    const e = tagEnd(xml, j);
    if (xml.charCodeAt(j + 1) === SLASH) {
      if (isTag(xml, j, e, "c")) return e;
      j = e;
      continue;
    }
    const empty = selfClosing(xml, e);
    if (isTag(xml, j, e, "v")) {
      if (!empty) {
        const [k, ce] = textClose(xml, j, e, "v");
        const text = decodeText(xml.slice(e, k));
        if (text !== "") raw.value = (raw.value ?? "") + text;
        j = ce;
      } else j = e;
    } else if (isTag(xml, j, e, "f")) {
      // exceljs: a formula when the element has text or a type (shared, array).
      if (attr(xml, j, e, "t") !== undefined) raw.formula = true;
      if (!empty) {
        const [k, ce] = textClose(xml, j, e, "f");
        if (k > e) raw.formula = true;
        j = ce;
      } else j = e;
    } else if (isTag(xml, j, e, "is")) {
      if (!empty) {
        const [k, ce] = closeOf(xml, j, e, "is");
        const { plain: text, runs } = stringItem(xml, e, k, false);
        if (runs) raw.runs = runs;
        else if (text) raw.value = (raw.value ?? "") + text;
        j = ce;
      } else j = e;
    } else j = e;
  }
}

/** A merged area from its reference ("A1:C2"; "A1" alone is one cell), 0-based; null when it is none. */
function mergeOf(ref: string): MergeArea | null {
  const colon = ref.indexOf(":");
  const a = decodeAddress(colon < 0 ? ref : ref.slice(0, colon));
  const b = colon < 0 ? a : decodeAddress(ref.slice(colon + 1));
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row) - 1,
    left: Math.min(a.col, b.col) - 1,
    bottom: Math.max(a.row, b.row) - 1,
    right: Math.max(a.col, b.col) - 1,
  };
}

/** The merged areas of a worksheet, in the order written. */
function mergesOf(xml: string, from: number): MergeArea[] {
  const out: MergeArea[] = [];
  const el = elementRange(xml, "mergeCells", from);
  if (!el) return out;
  eachTag(xml, el.inner, el.innerEnd, "mergeCell", (i, end, closing) => {
    if (closing) return;
    const m = mergeOf(attr(xml, i, end, "ref") ?? "");
    if (m) out.push(m);
  });
  return out;
}

/**
 * One worksheet as a Grid: rows end at their last cell (empty cells before it are null), the covered
 * cells of merged areas are empty, and the grid reaches the last filled cell or merged area.
 */
function gridOf(xml: string, sheet: string, book: Book): Grid {
  const rows: (Cell | null)[][] = [];
  const data = elementRange(xml, "sheetData");
  const raw: RawCell = {
    col: 0,
    t: undefined,
    style: 0,
    value: undefined,
    runs: null,
    formula: false,
    index: -1,
  };
  if (data && data.innerEnd > data.inner) {
    let r = 0;
    let c = 0;
    let line: (Cell | null)[] | null = null;
    let i = data.inner;
    for (;;) {
      i = xml.indexOf("<", i);
      if (i < 0 || i >= data.innerEnd) break;
      const special = skipSpecial(xml, i);
      if (special >= 0) {
        i = special;
        continue;
      }
      const end = tagEnd(xml, i);
      const c1 = xml.charCodeAt(i + 1);
      if (c1 === SLASH) {
        i = end;
        continue;
      }
      // "<c " or "<c>" without a prefix is a cell for certain; else the name is compared.
      const c2 = xml.charCodeAt(i + 2);
      if (
        (c1 === 99 /* c */ &&
          (c2 === 32 || c2 === GT || c2 === SLASH || c2 === 9 || c2 === 10 || c2 === 13)) ||
        isTag(xml, i, end, "c")
      ) {
        i = readCell(xml, i, end, raw);
        // The cell goes in the row it is written in, at the column of its address (exceljs does the
        // same); a cell without its address is the one after the last.
        c = raw.col > 0 ? raw.col : c + 1;
        const cell = cellOf(raw, book);
        if (cell && line) {
          while (line.length < c - 1) line.push(null);
          line[c - 1] = cell;
        }
        continue;
      }
      if (isTag(xml, i, end, "row")) {
        const n = parseInt(attr(xml, i, end, "r") ?? "", 10);
        r = Number.isFinite(n) && n > 0 ? n : r + 1;
        // A row written twice: the later one counts.
        line = rows[r - 1] = [];
        c = 0;
      }
      i = end;
    }
  }
  const merges = mergesOf(xml, data ? data.end : 0);
  // The covered cells of a merged area are empty in Excel, whatever the file holds there.
  for (const m of merges)
    for (let r = m.top; r <= m.bottom && r < rows.length; r++) {
      const line = rows[r];
      if (!line) continue;
      for (let c = m.left; c <= m.right && c < line.length; c++)
        if (r !== m.top || c !== m.left) line[c] = null;
    }
  let rowCount = 0;
  let columnCount = 0;
  for (let r = 0; r < rows.length; r++) {
    const line = rows[r];
    if (!line) {
      rows[r] = [];
      continue;
    }
    while (line.length > 0 && line[line.length - 1] === null) line.pop();
    for (let c = 0; c < line.length; c++) if (line[c] === undefined) line[c] = null;
    if (line.length > 0) {
      rowCount = r + 1;
      columnCount = Math.max(columnCount, line.length);
      // Kept at its length: a list grown by push holds room for 17 cells, three times a report's row,
      // and the snapshot lives as long as the workbook is worked on.
      rows[r] = line.slice();
    } else rows[r] = [];
  }
  rows.length = rowCount;
  for (const m of merges) {
    rowCount = Math.max(rowCount, m.bottom + 1);
    columnCount = Math.max(columnCount, m.right + 1);
  }
  while (rows.length < rowCount) rows.push([]);
  return { sheet, cells: rows, rowCount, columnCount, merges };
}
