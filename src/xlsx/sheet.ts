/**
 * A worksheet's XML edited cell by cell: rows and cells are found by their offsets in the original
 * text; a changed cell's `<c>` element is replaced, a new one inserted in column order (its row
 * inserted in row order when new), and every other character of the part stays as it was.
 */
import { NS } from "./package";
import {
  attrs,
  elementAt,
  type Element,
  escapeText,
  findElement,
  fromXstring,
  nextTag,
  textOfRuns,
  toXstring,
  unescapeXml,
  XmlError,
} from "./xml";

/** "A" → 1, "AB" → 28. */
export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** 1 → "A", 28 → "AB". */
export function colLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export const a1 = (row: number, col: number): string => `${colLetters(col)}${row}`;

/** "B12" → { row: 12, col: 2 } (dollars allowed), or null. */
export function parseA1(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  return m ? { row: Number(m[2]), col: colNumber(m[1]) } : null;
}

interface RowSpan {
  r: number;
  start: number;
  /** End of the open tag. */
  openEnd: number;
  /** Start of the closing tag (= openEnd for an empty row). */
  innerEnd: number;
  end: number;
  empty: boolean;
}

interface CellSpan {
  col: number;
  start: number;
  end: number;
}

/** A cell's parts as written. */
export interface ParsedCell {
  s: number;
  t: string | null;
  /** <v> text, unescaped. */
  v: string | null;
  f: { text: string; t: string | null; ref: string | null; si: string | null } | null;
  /** The <is> element's content (inline string), as written. */
  is: string | null;
  /** Attributes as written (r, s, t, cm, vm, ph…). */
  a: Record<string, string>;
}

export function parseCell(xml: string): ParsedCell {
  const open = nextTag(xml, 0);
  if (!open) throw new XmlError("no cell");
  const a = attrs(xml.slice(open.start, open.end));
  const out: ParsedCell = { s: Number(a.s ?? 0) || 0, t: a.t ?? null, v: null, f: null, is: null, a };
  if (open.kind === "empty") return out;
  const el = elementAt(xml, open);
  let at = el.inner;
  for (;;) {
    const t = nextTag(xml, at, el.innerEnd);
    if (!t) break;
    if (t.kind === "close") {
      at = t.end;
      continue;
    }
    const e = elementAt(xml, t, el.innerEnd);
    const inner = xml.slice(e.inner, e.innerEnd);
    if (t.local === "v") out.v = unescapeXml(inner);
    else if (t.local === "f") {
      const fa = attrs(xml.slice(t.start, t.end));
      out.f = { text: unescapeXml(inner), t: fa.t ?? null, ref: fa.ref ?? null, si: fa.si ?? null };
    } else if (t.local === "is") out.is = inner;
    at = e.end;
  }
  return out;
}

/** A cell's value as the captured state says it (text, number, boolean; errors as their text). */
export function valueOfCell(
  c: ParsedCell,
  sharedString: (i: number) => string | null,
): string | number | boolean | null {
  switch (c.t) {
    case "s": {
      const i = Number(c.v);
      return c.v === null || !Number.isInteger(i) ? null : sharedString(i);
    }
    case "inlineStr":
      return c.is !== null ? textOfRuns(c.is) : c.v !== null ? fromXstring(c.v) : null;
    case "str":
      return c.v === null ? null : fromXstring(c.v);
    case "e":
      return c.v;
    case "b":
      return c.v === null ? null : c.v.trim() === "1" || c.v.trim().toLowerCase() === "true";
    case "d":
      return c.v;
    default: {
      if (c.v === null || c.v.trim() === "") return null;
      const n = Number(c.v);
      return Number.isFinite(n) ? n : c.v;
    }
  }
}

/** The XML of a cell holding a literal value (strings inline, never formulas) with style `s`. */
export function literalCell(
  ref: string,
  s: number,
  value: string | number | boolean | null,
  ns = "",
): string {
  const style = s ? ` s="${s}"` : "";
  if (value === null || value === "" || (typeof value === "number" && !Number.isFinite(value)))
    return `<c r="${ref}"${style}${ns}/>`;
  if (typeof value === "number") return `<c r="${ref}"${style}${ns}><v>${String(value)}</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}"${style} t="b"${ns}><v>${value ? 1 : 0}</v></c>`;
  const text = escapeText(toXstring(value));
  const space = /^\s|\s$|\n/.test(value) ? ' xml:space="preserve"' : "";
  return `<c r="${ref}"${style} t="inlineStr"${ns}><is><t${space}>${text}</t></is></c>`;
}

/** The XML of a cell holding a formula (written back from a captured state) with style `s`. */
export function formulaCell(ref: string, s: number, formula: string, ns = ""): string {
  const style = s ? ` s="${s}"` : "";
  return `<c r="${ref}"${style}${ns}><f>${escapeText(formula.replace(/^=/, ""))}</f></c>`;
}

/** The cell XML with its style index replaced (0 drops the attribute). */
export function restyleCell(xml: string, s: number): string {
  const open = nextTag(xml, 0) as { end: number };
  const tag = xml.slice(0, open.end);
  const re = /(\s)s\s*=\s*("[^"]*"|'[^']*')/;
  let next: string;
  if (re.test(tag)) next = s ? tag.replace(re, `$1s="${s}"`) : tag.replace(re, "");
  else if (!s) next = tag;
  else {
    const close = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
    next = `${tag.slice(0, close).replace(/\s+$/, "")} s="${s}"${tag.slice(close)}`;
  }
  return next + xml.slice(open.end);
}

/**
 * The <sheetData> element: `findElement`'s answer, found without scanning every tag inside it (a
 * sheet of 140,000 cells has half a million) when nothing can make the only "</sheetData" in the
 * rest of the part other than its close: no comment, CDATA, declaration or processing instruction
 * after it, and no second "<sheetData" opening. Else (or when that close does not look right) the
 * general `findElement`.
 */
function sheetDataOf(xml: string): Element | null {
  let at = 0;
  for (;;) {
    const t = nextTag(xml, at);
    if (!t) return null;
    if (t.local === "sheetData" && t.kind !== "close") {
      if (t.kind === "empty") return elementAt(xml, t);
      const closing = `</${t.name}`;
      const k = xml.indexOf(closing, t.end);
      if (
        k >= 0 &&
        xml.charCodeAt(k + closing.length) === 62 /* > */ &&
        xml.indexOf(closing, k + 1) < 0 &&
        xml.indexOf(`<${t.name}`, t.end) < 0 &&
        xml.indexOf("<!", t.end) < 0 &&
        xml.indexOf("<?", t.end) < 0
      )
        return { open: t, inner: t.end, innerEnd: k, end: k + closing.length + 1 };
      return findElement(xml, "sheetData", t.start);
    }
    at = t.end;
  }
}

export class SheetXml {
  private readonly rows: RowSpan[] = [];
  private readonly rowAt = new Map<number, RowSpan>();
  private readonly cellsOf = new Map<number, CellSpan[]>();
  private readonly edits = new Map<number, Map<number, string | null>>();
  private readonly inner: number;
  private readonly innerEnd: number;
  private readonly sdOpen: { start: number; end: number; empty: boolean; name: string };
  /** "x:" when the sheet's elements carry a prefix. */
  readonly prefix: string;
  /** Attribute to add to new elements so that they are in the main namespace under a prefix. */
  readonly ns: string;

  constructor(readonly xml: string) {
    const sd = sheetDataOf(xml);
    if (!sd) throw new XmlError("no sheetData");
    this.sdOpen = {
      start: sd.open.start,
      end: sd.open.end,
      empty: sd.open.kind === "empty",
      name: sd.open.name,
    };
    this.inner = sd.inner;
    this.innerEnd = sd.innerEnd;
    this.prefix = sd.open.name.includes(":") ? sd.open.name.slice(0, sd.open.name.indexOf(":") + 1) : "";
    this.ns = this.prefix ? ` xmlns="${NS.main}"` : "";
    let at = this.inner;
    let last = 0;
    for (;;) {
      const t = nextTag(xml, at, this.innerEnd);
      if (!t) break;
      if (t.kind === "close") throw new XmlError(`stray </${t.name}>`);
      if (t.local !== "row") {
        at = elementAt(xml, t, this.innerEnd).end;
        continue;
      }
      const tag = xml.slice(t.start, t.end);
      const m = /\sr\s*=\s*["'](\d+)["']/.exec(tag);
      const r = m ? Number(m[1]) : last + 1;
      let innerEnd = t.end;
      let end = t.end;
      if (t.kind === "open") {
        innerEnd = xml.indexOf(`</${t.name}>`, t.end);
        if (innerEnd < 0 || innerEnd > this.innerEnd) throw new XmlError(`row ${r} is not closed`);
        end = innerEnd + `</${t.name}>`.length;
      }
      const span: RowSpan = { r, start: t.start, openEnd: t.end, innerEnd, end, empty: t.kind === "empty" };
      if (r <= last || this.rowAt.has(r)) throw new XmlError(`rows out of order at ${r}`);
      this.rows.push(span);
      this.rowAt.set(r, span);
      last = r;
      at = end;
    }
  }

  private cells(r: number): CellSpan[] {
    let list = this.cellsOf.get(r);
    if (list) return list;
    list = [];
    const span = this.rowAt.get(r);
    if (span && !span.empty) {
      let at = span.openEnd;
      let last = 0;
      for (;;) {
        const t = nextTag(this.xml, at, span.innerEnd);
        if (!t) break;
        if (t.local !== "c" || t.kind === "close") {
          at = t.kind === "close" ? t.end : elementAt(this.xml, t, span.innerEnd).end;
          continue;
        }
        const tag = this.xml.slice(t.start, t.end);
        const m = /\sr\s*=\s*["']\$?([A-Za-z]{1,3})\$?\d+["']/.exec(tag);
        const col = m ? colNumber(m[1]) : last + 1;
        let end = t.end;
        if (t.kind === "open") {
          // Closed by its own name: a sheet may mix <x:c> and <c xmlns="…"> (cells Toteuma added).
          const close = this.xml.indexOf(`</${t.name}>`, t.end);
          if (close < 0 || close > span.innerEnd) throw new XmlError(`cell in row ${r} is not closed`);
          end = close + `</${t.name}>`.length;
        }
        if (col <= last) throw new XmlError(`cells out of order in row ${r}`);
        list.push({ col, start: t.start, end });
        last = col;
        at = end;
      }
    }
    this.cellsOf.set(r, list);
    return list;
  }

  /** The `<c>` element of a cell as it is now (edits included), or null when the cell has none. */
  cell(row: number, col: number): string | null {
    const e = this.edits.get(row);
    if (e?.has(col)) return e.get(col) ?? null;
    const span = this.cells(row).find((c) => c.col === col);
    return span ? this.xml.slice(span.start, span.end) : null;
  }

  /** Every cell of the sheet as written (edits not included), row by row. */
  allCells(): { row: number; col: number; xml: string }[] {
    const out: { row: number; col: number; xml: string }[] = [];
    for (const span of this.rows)
      for (const c of this.cells(span.r))
        out.push({ row: span.r, col: c.col, xml: this.xml.slice(c.start, c.end) });
    return out;
  }

  private colStyles: { min: number; max: number; s: number }[] | null = null;

  /** The column's own format (<cols><col style>), or null. */
  columnStyle(col: number): number | null {
    if (!this.colStyles) this.colStyles = columnStyles(this.xml.slice(0, this.sdOpen.start));
    return this.colStyles.find((c) => col >= c.min && col <= c.max)?.s ?? null;
  }

  /** The row's own format (s with customFormat), or null. */
  rowStyle(row: number): number | null {
    const span = this.rowAt.get(row);
    if (!span) return null;
    // Most rows have no format of their own: no attribute to parse without the word in the tag.
    const tag = this.xml.slice(span.start, span.openEnd);
    if (tag.indexOf("customFormat") < 0) return null;
    const a = attrs(tag);
    return a.customFormat === "1" || a.customFormat === "true" ? Number(a.s ?? 0) : null;
  }

  /** Replaces (or with null removes) the cell's element. */
  setCell(row: number, col: number, xml: string | null): void {
    let e = this.edits.get(row);
    if (!e) this.edits.set(row, (e = new Map()));
    e.set(col, xml);
  }

  get edited(): boolean {
    return this.edits.size > 0;
  }

  /** Every row and column that holds a cell (for the dimension). */
  private extent(): { top: number; left: number; bottom: number; right: number } | null {
    let box: { top: number; left: number; bottom: number; right: number } | null = null;
    const add = (r: number, c: number) => {
      if (!box) box = { top: r, left: c, bottom: r, right: c };
      else {
        box.top = Math.min(box.top, r);
        box.bottom = Math.max(box.bottom, r);
        box.left = Math.min(box.left, c);
        box.right = Math.max(box.right, c);
      }
    };
    for (const [r, cols] of this.edits) for (const [c, x] of cols) if (x !== null) add(r, c);
    return box;
  }

  private rowXml(r: number): string | null {
    const cols = this.edits.get(r) as Map<number, string | null>;
    const span = this.rowAt.get(r);
    const p = this.prefix;
    if (!span) {
      const cells = [...cols.entries()].filter(([, x]) => x !== null).sort((x, y) => x[0] - y[0]);
      if (cells.length === 0) return null;
      return `<${p}row r="${r}"${this.ns}>${cells.map(([, x]) => x).join("")}</${p}row>`;
    }
    let open = this.xml.slice(span.start, span.openEnd);
    const existing = this.cells(r);
    const pending = [...cols.entries()].sort((x, y) => x[0] - y[0]);
    let body = "";
    let at = span.openEnd;
    let k = 0;
    for (const c of existing) {
      while (k < pending.length && pending[k][0] < c.col) {
        if (pending[k][1] !== null) body += pending[k][1];
        k++;
      }
      body += this.xml.slice(at, c.start);
      if (k < pending.length && pending[k][0] === c.col) {
        if (pending[k][1] !== null) body += pending[k][1];
        k++;
      } else body += this.xml.slice(c.start, c.end);
      at = c.end;
    }
    for (; k < pending.length; k++) if (pending[k][1] !== null) body += pending[k][1];
    if (!span.empty) body += this.xml.slice(at, span.innerEnd);
    // A "spans" hint that no longer covers the cells is dropped (it is optional).
    const spans = /\sspans\s*=\s*["'](\d+):(\d+)["']/.exec(open);
    if (spans) {
      const cols2 = pending.filter(([, x]) => x !== null).map(([c]) => c);
      if (cols2.some((c) => c < Number(spans[1]) || c > Number(spans[2]))) open = open.replace(spans[0], "");
    }
    const hasCells = /<(\w+:)?c[\s>/]/.test(body);
    if (!hasCells) {
      // A row left with nothing but its number (and spans) was made for the cells now gone.
      const a = attrs(open);
      if (Object.keys(a).every((n) => n === "r" || n === "spans")) return null;
    }
    if (span.empty) return body === "" ? open : `${open.replace(/\s*\/>$/, ">")}${body}</${p}row>`;
    return `${open}${body}</${p}row>`;
  }

  /** The sheet XML with the edits made. */
  toXml(): string {
    if (this.edits.size === 0) return this.xml;
    const fresh = [...this.edits.keys()].filter((r) => !this.rowAt.has(r)).sort((x, y) => x - y);
    let out = "";
    let pos = 0;
    let f = 0;
    const emitFresh = (before: number) => {
      let s = "";
      while (f < fresh.length && fresh[f] < before) s += this.rowXml(fresh[f++]) ?? "";
      return s;
    };
    if (this.sdOpen.empty) {
      const rows = emitFresh(Infinity);
      out =
        this.xml.slice(0, this.sdOpen.start) +
        (rows
          ? `<${this.sdOpen.name}>${rows}</${this.sdOpen.name}>`
          : this.xml.slice(this.sdOpen.start, this.sdOpen.end));
      pos = this.sdOpen.end;
    } else {
      for (const span of this.rows) {
        const before = emitFresh(span.r);
        if (before) {
          out += this.xml.slice(pos, span.start) + before;
          pos = span.start;
        }
        if (this.edits.has(span.r)) {
          out += this.xml.slice(pos, span.start) + (this.rowXml(span.r) ?? "");
          pos = span.end;
        }
      }
      out += this.xml.slice(pos, this.innerEnd) + emitFresh(Infinity);
      pos = this.innerEnd;
    }
    out += this.xml.slice(pos);
    return this.widenDimension(out);
  }

  /** Widens <dimension ref> to cover cells added outside it. */
  private widenDimension(xml: string): string {
    const box = this.extent();
    const dim = findElement(xml, "dimension", 0, this.sdOpen.start);
    if (!box || !dim) return xml;
    const tag = xml.slice(dim.open.start, dim.open.end);
    const ref = attrs(tag).ref ?? "";
    const [from, to] = ref.split(":");
    const a = parseA1(from ?? "");
    const b = parseA1(to ?? from ?? "");
    const cur = a && b ? { top: a.row, left: a.col, bottom: b.row, right: b.col } : null;
    const nb = cur
      ? {
          top: Math.min(cur.top, box.top),
          left: Math.min(cur.left, box.left),
          bottom: Math.max(cur.bottom, box.bottom),
          right: Math.max(cur.right, box.right),
        }
      : box;
    if (
      cur &&
      nb.top === cur.top &&
      nb.left === cur.left &&
      nb.bottom === cur.bottom &&
      nb.right === cur.right
    )
      return xml;
    const next = `${a1(nb.top, nb.left)}:${a1(nb.bottom, nb.right)}`;
    const newTag = tag.replace(/(\sref\s*=\s*)("[^"]*"|'[^']*')/, `$1"${next}"`);
    return xml.slice(0, dim.open.start) + newTag + xml.slice(dim.open.end);
  }
}

/** Column formats of a sheet (<cols><col min max style>): the format of a column's empty cells. */
export function columnStyles(xml: string): { min: number; max: number; s: number }[] {
  const cols = findElement(xml, "cols");
  if (!cols) return [];
  const out: { min: number; max: number; s: number }[] = [];
  for (let t = nextTag(xml, cols.inner, cols.innerEnd); t; t = nextTag(xml, t.end, cols.innerEnd)) {
    if (t.local !== "col" || t.kind === "close") continue;
    const a = attrs(xml.slice(t.start, t.end));
    if (a.style !== undefined) out.push({ min: Number(a.min), max: Number(a.max), s: Number(a.style) });
  }
  return out;
}
