/**
 * The file applier: carries out Edits on an .xlsx package by editing only the parts it must (the
 * touched cells of touched sheets, appended styles, new parts for new sheets), browser-safe. Decides
 * nothing: the planners (src/edits) did.
 *
 * - Values are always literal: strings are written as inline strings, so "=SUM(A1)", "+358…", "-5"
 *   and "@x" stay the text they are.
 * - A style change makes a new cell format from the cell's own (its font, fill, border… kept), so no
 *   other cell changes with it.
 * - Capture/restore keep cell states in the very hidden sheet STATE_SHEET (layout STATE_COLUMNS), the
 *   same rows the Office.js applier writes, so a workbook coloured in Excel can be cleared here and
 *   the other way round. Besides value, fill and font colour (which Excel reads), a capture keeps
 *   the cell's XML element and what its style and shared-string indexes meant, so that restoring
 *   puts the very element back, even after Excel re-saved the file and renumbered its styles.
 * - Something that cannot be kept (a damaged part, a formula others share) is never dropped: it is
 *   recorded on the package, and writing the file refuses with a sentence naming it.
 */
import type { CapturedCell, CellEdit, Edit } from "../edits/types";
import { STATE_SHEET } from "../edits/types";
import { Book, PartError, readPart } from "./book";
import { MissingSheetError } from "./errors";
import type { SheetEntry, XlsxPackage } from "./package";
import {
  a1,
  colLetters,
  literalCell,
  formulaCell,
  parseA1,
  parseCell,
  restyleCell,
  valueOfCell,
  type ParsedCell,
} from "./sheet";
import { writeSpec, SpecError } from "./spec";
import type { StyleFingerprint, Styles } from "./styles";
import { attrs, setAttr, findElement, toXstring } from "./xml";
import { Utf8Builder, type PartPacker, type ZipEntry } from "./zip";

type StateRow = [string, string, number, number, string];

const stateKey = (key: string, sheet: string, row: number, col: number): string =>
  JSON.stringify([key, sheet.toLowerCase(), row, col]);

/** Excel's limit on the text of one cell. */
const CELL_TEXT_LIMIT = 32_767;

/** What the file applier keeps of a captured cell, beyond what Excel reads. */
interface XmlState {
  /** The cell's element, or null when the sheet had none for it. */
  cell: string | null;
  /** For a shared string: its `<si>` element. */
  si?: string;
  /** What its style index meant. */
  style?: StyleFingerprint;
}

function isXmlState(x: unknown): x is XmlState {
  if (!x || typeof x !== "object") return false;
  const c = (x as { cell?: unknown }).cell;
  return c === null || (typeof c === "string" && /^<(\w+:)?c[\s/>]/.test(c));
}

// ---------------------------------------------------------------------------------------------
// Formulas

/** Shifts the relative references of a formula by rows and columns (a shared formula's copy). */
export function shiftFormula(formula: string, dr: number, dc: number): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(^|[^A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g,
            (m, pre: string, cAbs: string, col: string, rAbs: string, row: string) => {
              let c = col;
              let r = Number(row);
              if (!cAbs) {
                let n = 0;
                for (const ch of col) n = n * 26 + ch.charCodeAt(0) - 64;
                if (n + dc < 1) return m;
                c = colLetters(n + dc);
              }
              if (!rAbs) {
                if (r + dr < 1) return m;
                r += dr;
              }
              return `${pre}${cAbs}${c}${rAbs}${r}`;
            },
          ),
    )
    .join("");
}

// ---------------------------------------------------------------------------------------------
// The session

class Session {
  readonly book: Book;
  /** Formula text of each shared formula's master, per sheet part and si. */
  private shared = new Map<string, Map<string, { row: number; col: number; text: string; ref: string }>>();

  constructor(readonly pkg: XlsxPackage) {
    this.book = new Book(pkg);
  }

  sheet(name: string): SheetEntry {
    const s = this.book.findSheet(name);
    if (!s || !s.part || s.kind !== "worksheet") throw new MissingSheetError(name);
    return s;
  }

  private sharedMasters(part: string) {
    let m = this.shared.get(part);
    if (m) return m;
    m = new Map();
    for (const c of this.book.sheetXml(part).allCells()) {
      if (!c.xml.includes("shared")) continue;
      const p = parseCell(c.xml);
      if (p.f?.t === "shared" && p.f.si !== null && p.f.text !== "" && p.f.ref)
        m.set(p.f.si, { row: c.row, col: c.col, text: p.f.text, ref: p.f.ref });
    }
    this.shared.set(part, m);
    return m;
  }

  /** The formula of a cell as Excel shows it ("=…"), shared formulas translated to the cell. */
  private formulaOf(part: string, row: number, col: number, p: ParsedCell): string | null {
    if (!p.f) return null;
    if (p.f.text !== "") return "=" + p.f.text;
    if (p.f.t === "shared" && p.f.si !== null) {
      const master = this.sharedMasters(part).get(p.f.si);
      if (master) return "=" + shiftFormula(master.text, row - master.row, col - master.col);
    }
    return null;
  }

  private arrays = new Map<string, { top: number; left: number; bottom: number; right: number }[]>();

  /** The ranges of the sheet's array formulas (a cell inside one cannot be changed alone). */
  private arrayRanges(part: string) {
    let list = this.arrays.get(part);
    if (list) return list;
    list = [];
    const xml = this.book.sheetXml(part).xml;
    if (xml.includes("array"))
      for (const m of xml.matchAll(/<(?:\w+:)?f\b[^>]*>/g)) {
        const a = attrs(m[0]);
        const [from, to] = (a.ref ?? "").split(":");
        const p = parseA1(from ?? "");
        const q = parseA1(to ?? from ?? "");
        if (a.t === "array" && p && q) list.push({ top: p.row, left: p.col, bottom: q.row, right: q.col });
      }
    this.arrays.set(part, list);
    return list;
  }

  private baseStyle(part: string, row: number, col: number, p: ParsedCell | null): number {
    return p ? p.s : this.book.emptyCellStyle(part, row, col);
  }

  /** A style's part of a captured state's JSON, by style index (the styles do not change while capturing). */
  private styleJson = new Map<number, { colours: string; exact: string }>();
  private styleJsonOf: Styles | null = null;

  private styleParts(s: number): { colours: string; exact: string } {
    const styles = this.book.styles();
    if (this.styleJsonOf !== styles) {
      this.styleJson.clear();
      this.styleJsonOf = styles;
    }
    let known = this.styleJson.get(s);
    if (!known) {
      known = {
        colours: `,"fill":${JSON.stringify(styles.fillColor(s))},"fontColor":${JSON.stringify(styles.fontColor(s))}`,
        exact: `,"style":${JSON.stringify(styles.fingerprint(s))}`,
      };
      this.styleJson.set(s, known);
    }
    return known;
  }

  /**
   * The current state of one cell, as the JSON the state row holds: JSON.stringify of the CapturedCell
   * { row, col, value, fill, fontColor, exact: { xml: { cell, style, si? } }, formula? } (the same
   * characters, its style's part made once per style).
   */
  capture(entry: SheetEntry, row: number, col: number): string {
    const part = entry.part as string;
    const xml = this.book.sheetXml(part).cell(row, col);
    const p = xml ? parseCell(xml) : null;
    const s = this.baseStyle(part, row, col, p);
    const formula = p ? this.formulaOf(part, row, col, p) : null;
    const value = formula ?? (p ? valueOfCell(p, (i) => this.book.sharedString(i)) : null);
    const { colours, exact } = this.styleParts(s);
    let si: string | null = null;
    if (p?.t === "s" && p.v !== null) si = this.book.sharedStringXml(Number(p.v));
    const head = `{"row":${JSON.stringify(row)},"col":${JSON.stringify(col)},"value":${JSON.stringify(value)}${colours}`;
    const tail = formula !== null ? `,"formula":true}` : "}";
    const json =
      `${head},"exact":{"xml":{"cell":${JSON.stringify(xml)}${exact}` +
      `${si !== null ? `,"si":${JSON.stringify(si)}` : ""}}}${tail}`;
    // A state too long for one cell keeps only what Excel reads.
    return json.length > CELL_TEXT_LIMIT ? head + tail : json;
  }

  /** Puts a captured cell back: its very element when the capture kept it, else value and colours. */
  restore(entry: SheetEntry, c: CapturedCell): void {
    const part = entry.part as string;
    const sx = this.book.sheetXml(part);
    const styles = this.book.styles();
    const x = c.exact?.xml;
    const now = sx.cell(c.row, c.col);
    const nowParsed = now ? parseCell(now) : null;
    if (nowParsed?.f) this.book.dropCalcChain();
    if (isXmlState(x)) {
      if (x.cell === null) {
        sx.setCell(c.row, c.col, null);
        return;
      }
      let cell = x.cell;
      const p = parseCell(cell);
      if (p.t === "s" && x.si !== undefined && this.book.sharedStringXml(Number(p.v)) !== x.si) {
        // The shared strings changed since (Excel re-saved the file): the same text, inline.
        const inner = x.si.replace(/^<(\w+:)?si\b[^>]*>/, "").replace(/<\/(\w+:)?si>$/, "");
        cell = cell
          .replace(/(\s)t\s*=\s*("s"|'s')/, '$1t="inlineStr"')
          .replace(/<((?:\w+:)?)v>[^<]*<\/(\w+:)?v>/, `<$1is>${inner}</$1is>`);
      }
      if (x.style) {
        const s = styles.fromFingerprint(x.style, p.s);
        if (s !== p.s) cell = restyleCell(cell, s);
      }
      sx.setCell(c.row, c.col, cell);
      return;
    }
    // Captured by Excel (value, fill and font colour only).
    const base = this.baseStyle(part, c.row, c.col, nowParsed);
    const s = styles.derive(base, { fill: c.fill, fontColor: c.fontColor });
    const formula = nowParsed ? this.formulaOf(part, c.row, c.col, nowParsed) : null;
    const value = formula ?? (nowParsed ? valueOfCell(nowParsed, (i) => this.book.sharedString(i)) : null);
    const same = (formula !== null) === (c.formula === true) && value === c.value;
    const ref = a1(c.row, c.col);
    if (same) sx.setCell(c.row, c.col, now ? restyleCell(now, s) : literalCell(ref, s, null, sx.ns));
    else if (c.formula && typeof c.value === "string") {
      sx.setCell(c.row, c.col, formulaCell(ref, s, c.value, sx.ns));
      this.book.calcOnLoad();
    } else sx.setCell(c.row, c.col, literalCell(ref, s, c.value, sx.ns));
  }

  cells(entry: SheetEntry, edits: CellEdit[]): void {
    const part = entry.part as string;
    const sx = this.book.sheetXml(part);
    const styles = this.book.styles();
    for (const e of edits) {
      if (e.row < 1 || e.col < 1 || e.row > 1_048_576 || e.col > 16_384) continue;
      const now = sx.cell(e.row, e.col);
      const p = now ? parseCell(now) : null;
      const base = this.baseStyle(part, e.row, e.col, p);
      const s = e.style && Object.keys(e.style).length > 0 ? styles.derive(base, e.style) : base;
      const ref = a1(e.row, e.col);
      if (e.value === undefined) {
        if (s !== base || !now)
          sx.setCell(e.row, e.col, now ? restyleCell(now, s) : literalCell(ref, s, null, sx.ns));
        continue;
      }
      const inArray = this.arrayRanges(part).some(
        (b) => e.row >= b.top && e.row <= b.bottom && e.col >= b.left && e.col <= b.right,
      );
      if (p?.f || inArray) {
        if (inArray || p?.f?.t === "array" || (p?.f?.t === "shared" && p.f.ref)) {
          this.pkg.problems.push({
            fi: `välilehden "${entry.name}" solu ${ref} kuuluu kaavaan, jonka muut solut jakavat`,
            en: `the cell ${ref} of sheet "${entry.name}" belongs to a formula that other cells share`,
          });
          continue;
        }
        this.book.dropCalcChain();
      }
      sx.setCell(e.row, e.col, literalCell(ref, s, e.value, sx.ns));
    }
  }

  // ---- The state sheet ----

  readState(): StateRow[] {
    const entry = this.book.findSheet(STATE_SHEET);
    if (!entry?.part) return [];
    const sx = this.book.sheetXml(entry.part);
    const byRow = new Map<number, string[]>();
    for (const c of sx.allCells()) {
      if (c.col > 5) continue;
      const v = valueOfCell(parseCell(c.xml), (i) => this.book.sharedString(i));
      const line = byRow.get(c.row) ?? ["", "", "", "", ""];
      line[c.col - 1] = v === null ? "" : String(v);
      byRow.set(c.row, line);
    }
    const rows: StateRow[] = [];
    for (const [, l] of [...byRow.entries()].sort((x, y) => x[0] - y[0]))
      if (l[0] !== "") rows.push([l[0], l[1], Number(l[2]), Number(l[3]), l[4]]);
    return rows;
  }

  writeState(rows: StateRow[]): void {
    if (rows.length === 0) {
      const entry = this.book.findSheet(STATE_SHEET);
      if (entry) this.book.deleteSheet(entry);
      return;
    }
    // Its size, near enough: the texts, a quarter more for escapes, the markup of a row.
    let expected = 512;
    for (const r of rows) expected += (r[0].length + r[1].length + r[4].length) * 1.3 + 260;
    const out = new StateWriter(rows.length, expected, this.pkg.packer());
    for (const r of rows) out.row(r[0], r[1], r[2], r[3], r[4]);
    this.putState(out.end());
  }

  /** Puts the state sheet's XML (StateWriter's) in place: its part replaced, or a new sheet. */
  putState(xml: ZipEntry): void {
    const entry = this.book.findSheet(STATE_SHEET);
    if (entry?.part) {
      this.book.clearSheet(entry);
      this.pkg.setPacked(entry.part, xml);
      this.book.setSheetAttr(entry, "state", "veryHidden");
    } else this.book.addSheet(STATE_SHEET, xml, "veryHidden");
  }

  /** Leaves `active` the only selected tab (several selected tabs would group them in Excel). */
  selectOnly(active: SheetEntry): void {
    this.book.flush();
    for (const s of this.book.sheets()) {
      if (!s.part || s.rid === active.rid) continue;
      const xml = this.pkg.text(s.part);
      const data = xml.search(/<(\w+:)?sheetData[\s>/]/);
      const view = findElement(xml, "sheetView", 0, data < 0 ? xml.length : data);
      if (!view || !/tabSelected\s*=\s*["'](1|true)["']/.test(xml.slice(view.open.start, view.open.end)))
        continue;
      this.pkg.setText(
        s.part,
        xml.slice(0, view.open.start) +
          setAttr(xml.slice(view.open.start, view.open.end), "tabSelected", null) +
          xml.slice(view.open.end),
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The applier

/** Carries out the edits in order (captures first, as the contract says). */
export function applyEdits(pkg: XlsxPackage, edits: Edit[]): void {
  if (edits.length === 0) return;
  try {
    run(new Session(pkg), edits);
  } catch (e) {
    if (e instanceof MissingSheetError) throw e;
    if (e instanceof SpecError) pkg.problems.push({ fi: e.fi, en: e.en });
    else if (e instanceof PartError)
      pkg.problems.push({
        fi: `työkirjan osa ${e.part} on vioittunut, eikä sitä voi muokata`,
        en: `the part ${e.part} of the workbook is damaged and cannot be edited`,
      });
    else
      pkg.problems.push({
        fi: "työkirjan jotakin osaa ei voitu lukea muokattavaksi",
        en: "a part of the workbook could not be read for editing",
      });
  }
}

function run(session: Session, edits: Edit[]): void {
  const { book } = session;
  if (
    edits.some((e) => e.kind === "capture") &&
    edits.every((e) => e.kind === "capture" || e.kind === "cells" || e.kind === "expect")
  ) {
    captureAndColour(session, edits);
    return;
  }
  const needsState = edits.some((e) => e.kind === "capture" || e.kind === "restore");
  const existing = needsState ? session.readState() : [];
  // Captures read the cells as they are before any edit of the batch.
  const captured = new Map<Edit, { row: number; col: number; json: string }[]>();
  for (const e of edits)
    if (e.kind === "capture") {
      const entry = session.sheet(e.sheet);
      const seen = new Set<string>();
      const cells: { row: number; col: number; json: string }[] = [];
      for (const { row, col } of e.cells) {
        if (seen.has(`${row},${col}`)) continue;
        seen.add(`${row},${col}`);
        cells.push({
          row,
          col,
          json: readPart(entry.part as string, () => session.capture(entry, row, col)),
        });
      }
      captured.set(e, cells);
    }
  let rows = existing.slice();
  const present = new Set(rows.map((r) => stateKey(r[0], r[1], r[2], r[3])));
  for (const e of edits) {
    switch (e.kind) {
      case "capture": {
        const sheetName = session.sheet(e.sheet).name;
        for (const { row, col, json } of captured.get(e) ?? []) {
          const k = stateKey(e.key, sheetName, row, col);
          if (present.has(k)) continue; // a cell keeps its first captured state
          present.add(k);
          rows.push([e.key, sheetName, row, col, json]);
        }
        break;
      }
      case "restore": {
        const entry = book.findSheet(e.sheet);
        if (entry?.part && entry.kind === "worksheet") {
          const part = entry.part;
          for (const c of e.cells) readPart(part, () => session.restore(entry, c));
        }
        const gone = new Set(e.cells.map((c) => stateKey(e.key, e.sheet, c.row, c.col)));
        rows = rows.filter((r) => !gone.has(stateKey(r[0], r[1], r[2], r[3])));
        for (const k of gone) present.delete(k);
        break;
      }
      case "cells": {
        const entry = session.sheet(e.sheet);
        readPart(entry.part as string, () => session.cells(entry, e.cells));
        break;
      }
      case "sheet":
        writeSpec(book, e.spec, e.activate === true);
        if (e.activate) session.selectOnly(book.findSheet(e.spec.name) as SheetEntry);
        break;
      case "deleteSheet": {
        const entry = book.findSheet(e.sheet);
        if (entry) book.deleteSheet(entry);
        break;
      }
    }
  }
  if (needsState && !sameRows(rows, existing)) session.writeState(rows);
  book.flush();
}

/**
 * `run` for a batch of captures and cell edits only (what colouring plans), the same state rows and
 * cells: the rows to add are known from the keys alone (existing rows first, then each capture's new
 * cells in order, a cell keeping its first state), so each captured state is written into the state
 * sheet's bytes as soon as it is taken, instead of every captured cell being held until the end.
 */
function captureAndColour(session: Session, edits: Edit[]): void {
  const existing = session.readState();
  const present = new Set(existing.map((r) => stateKey(r[0], r[1], r[2], r[3])));
  // Which cells each capture adds (row, column pairs), before anything is captured.
  const todo: { key: string; entry: SheetEntry; cells: number[] }[] = [];
  let added = 0;
  for (const e of edits) {
    if (e.kind !== "capture") continue;
    const entry = session.sheet(e.sheet);
    const cells: number[] = [];
    for (const { row, col } of e.cells) {
      const k = stateKey(e.key, entry.name, row, col);
      if (present.has(k)) continue;
      present.add(k);
      cells.push(row, col);
    }
    todo.push({ key: e.key, entry, cells });
    added += cells.length / 2;
  }
  present.clear();
  let state: ZipEntry | null = null;
  if (added > 0) {
    let expected = 512 + 900 * added;
    for (const r of existing) expected += (r[0].length + r[1].length + r[4].length) * 1.3 + 260;
    const out = new StateWriter(existing.length + added, expected, session.pkg.packer());
    for (const r of existing) out.row(r[0], r[1], r[2], r[3], r[4]);
    // Captures read the cells as they are before any edit of the batch.
    for (const { key, entry, cells } of todo) {
      const part = entry.part as string;
      for (let i = 0; i < cells.length; i += 2) {
        const row = cells[i];
        const col = cells[i + 1];
        out.row(
          key,
          entry.name,
          row,
          col,
          readPart(part, () => session.capture(entry, row, col)),
        );
      }
    }
    state = out.end();
  }
  for (const e of edits)
    if (e.kind === "cells") {
      const entry = session.sheet(e.sheet);
      readPart(entry.part as string, () => session.cells(entry, e.cells));
    }
  if (state) session.putState(state);
  session.book.flush();
}

const TEXT_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/**
 * literalCell(ref, 0, value), the same characters, with the text escaped in one pass (one new string
 * rather than three: a state is mostly XML, full of "<" and ">").
 */
export function stateCell(ref: string, value: string | number): string {
  if (typeof value !== "string" || value === "") return literalCell(ref, 0, value);
  const text = toXstring(value).replace(/[&<>]/g, (c) => TEXT_ENTITIES[c]);
  const space = /^\s|\s$|\n/.test(value) ? ' xml:space="preserve"' : "";
  return `<c r="${ref}" t="inlineStr"><is><t${space}>${text}</t></is></c>`;
}

/**
 * The state sheet's XML written row by row straight into UTF-8 bytes: the state of 130,000 cells is
 * 110 MB of XML, and building it as one string (then encoding it to write it) held several times that
 * in memory at once. `count` rows must be written (the dimension, written first, says how many).
 */
export class StateWriter {
  private readonly out: Utf8Builder;
  private n = 0;

  /** With a packer, the XML goes to it a megabyte at a time (deflated as it comes). */
  constructor(
    private readonly count: number,
    expected: number,
    private readonly packer: PartPacker | null = null,
  ) {
    this.out = new Utf8Builder(packer ? Math.min(expected, STATE_CHUNK + (1 << 16)) : expected);
    this.out.add(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
        `<dimension ref="A1:E${count}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
        `<sheetData>`,
    );
  }

  /** The next row: key, sheet, row, column, state (the cells stateCell writes, in pieces). */
  row(key: string, sheet: string, row: number, col: number, state: string): void {
    const n = ++this.n;
    const out = this.out;
    out.add(`<row r="${n}">`);
    addStateCell(out, `A${n}`, key);
    addStateCell(out, `B${n}`, sheet);
    addStateCell(out, `C${n}`, row);
    addStateCell(out, `D${n}`, col);
    addStateCell(out, `E${n}`, state);
    out.add("</row>");
    if (this.packer && out.length >= STATE_CHUNK) this.packer.push(out.take());
  }

  private close(): void {
    if (this.n !== this.count) throw new Error(`state rows: ${this.n} written, ${this.count} declared`);
    this.out.add(
      `</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
    );
  }

  /** The XML's bytes (made without a packer). */
  bytes(): Uint8Array {
    if (this.packer) throw new Error("a packed state sheet has no bytes to give");
    this.close();
    return this.out.bytes();
  }

  /** The XML packed (made with a packer). */
  end(): ZipEntry {
    if (!this.packer) throw new Error("no packer");
    this.close();
    this.packer.push(this.out.take());
    return this.packer.end();
  }
}

/** The state sheet goes to its packer in pieces of about this many bytes. */
const STATE_CHUNK = 1 << 20;

const SPACE = /^\s$/;

/** stateCell(ref, value) added to `out` in pieces (never joined into one string first). */
function addStateCell(out: Utf8Builder, ref: string, value: string | number): void {
  if (typeof value !== "string" || value === "") {
    out.add(literalCell(ref, 0, value));
    return;
  }
  // /^\s|\s$|\n/ (literalCell's test) without a regular expression run over a long text.
  const space = SPACE.test(value[0]) || SPACE.test(value[value.length - 1]) || value.indexOf("\n") >= 0;
  out.add(`<c r="${ref}" t="inlineStr"><is><t${space ? ' xml:space="preserve"' : ""}>`);
  out.addText(value);
  out.add("</t></is></c>");
}

/**
 * Whether the state rows are what they were: rows kept are the very arrays read, so only a row in
 * a changed place is compared by content (a cell captured again after its restore in one batch).
 */
function sameRows(rows: StateRow[], existing: StateRow[]): boolean {
  if (rows.length !== existing.length) return false;
  for (let i = 0; i < rows.length; i++) {
    const a = rows[i];
    const b = existing[i];
    if (a !== b && (a[0] !== b[0] || a[1] !== b[1] || a[2] !== b[2] || a[3] !== b[3] || a[4] !== b[4]))
      return false;
  }
  return true;
}
