/**
 * Selvitys: an action's report for a period. A heading ("Selvitys toimenpiteen edistymisestä
 * toisella vuosikolmanneksella (T2):", "Tilannekatsaus (T2)") in the label columns opens it; the
 * text after the heading in its cell, the cells right of it and the lines under it are its text,
 * split into parts (../parts.ts) by measure ("Mittari 1. …"), sub-goal ("Osatavoite 1: …" with its
 * "Raportointi: …") or "Raportointi: …" alone. It runs until the next label, heading or goal.
 */
import type { Action, Selvitys } from "../../model/report";
import { cleanText } from "../../text";
import type { ReadLog } from "../log";
import { periodOf } from "../period";
import type { SheetView } from "../sheet";
import { addToParts, selvitysLines, type PartsInProgress } from "../parts";
import { isCleanSelvitysHeading, REFERENCE_LINE } from "../vocabulary";
import { LABEL_COLUMNS, type Row } from "./row";
import type { BlockState } from "./state";

/** The selvitys being read. */
export interface OpenSelvitys extends PartsInProgress {
  selvitys: Selvitys;
  lines: string[];
}

/** Every selvitys of the sheet, in order, and the one open. */
export class Selvitykset {
  readonly all: Selvitys[] = [];
  open: OpenSelvitys | null = null;

  constructor(
    private readonly view: SheetView,
    private readonly log: ReadLog,
  ) {}

  /** Opens the selvitys headed at (r, c) under `action`; the rest of the heading's row is its text. */
  start(r: number, c: number, cols: readonly number[], action: Action | null): void {
    const raw = this.view.rawText(r, c);
    const end = selvitysHeadingEnd(raw);
    const head = cleanText(raw.slice(0, end));
    const { period, year } = periodOf(head);
    const selvitys: Selvitys = { heading: head, cell: this.view.at(r, c), period, year, text: "", parts: [] };
    if (action) action.reports.push(selvitys);
    else
      this.log.problem(
        r,
        c,
        "selvitys-without-action",
        "Selvitys ilman edeltävää toimenpidettä.",
        "A selvitys with no action before it.",
      );
    this.all.push(selvitys);
    const open: OpenSelvitys = { selvitys, lines: [], part: null, inReport: false };
    this.open = open;
    if (end < raw.length) this.addLine(open, raw.slice(end), r, c);
    for (const other of cols) if (other > c) this.addCell(open, r, other);
  }

  /**
   * Adds the whole text of the cell at (r, c): addLine with the cell's clean text known (the same as
   * cleaning its raw text, but for a formula error, whose raw text is what the cell shows).
   */
  addCell(sel: OpenSelvitys, r: number, c: number): void {
    const view = this.view;
    this.addLine(sel, view.rawText(r, c), r, c, view.isError(r, c) ? undefined : view.text(r, c));
  }

  /**
   * Adds the text of a cell (line breaks and "Mittari 1. … Mittari 2. …" split into lines); an earlier
   * report kept as reference ("Edellinen selvitys (T1 2026): …") is no part of this one.
   */
  addLine(sel: OpenSelvitys, raw: string, r: number, c: number, clean?: string): void {
    if (REFERENCE_LINE.test(raw)) return;
    for (const line of selvitysLines(raw, clean)) {
      sel.lines.push(line);
      // lines.join("\n") a line at a time: joining them all again for every line was quadratic.
      sel.selvitys.text = sel.lines.length === 1 ? line : `${sel.selvitys.text}\n${line}`;
      addToParts(sel, line, this.view.at(r, c));
    }
  }
}

/**
 * Takes the last line back out of the selvitys (a short line that turned out to be the heading of the
 * section below), also from the end of the part it was added to.
 */
export function takeBackLine(sel: OpenSelvitys, line: string): void {
  sel.lines.pop();
  sel.selvitys.text = sel.lines.join("\n");
  const part = sel.part;
  if (!part) return;
  const strip = (s: string): string => {
    const idx = s.lastIndexOf(line);
    return idx >= 0 && idx + line.length === s.length ? s.slice(0, idx).replace(/\n$/, "") : s;
  };
  if (sel.inReport && part.report) part.report.text = strip(part.report.text);
  else part.text = strip(part.text);
}

/** A selvitys heading in the label columns opens a selvitys of the open action. */
export function selvitysHeadingRow(s: BlockState, row: Row): boolean {
  const { r, c0, t0, cols } = row;
  if (c0 >= LABEL_COLUMNS) return false;
  const sh = isCleanSelvitysHeading(t0);
  if (!sh) return false;
  if (sh.nearMiss) s.log.nearMiss(r, c0, t0.split(/[\s:]/, 1)[0], "Selvitys");
  s.sawContent = true;
  s.headings.clear();
  s.closeText();
  s.selvitys.start(r, c0, cols, s.tree.action);
  s.measures.close();
  s.lastKind = null;
  return true;
}

/** A period named at the end of a selvitys heading: "(T2)", "T1/2024", "Q3", "vuonna 2023", "2023 aikana". */
const PERIOD_TOKEN =
  /\(\s*[TQH][1-4](?:\s*\/\s*\d{2,4})?\s*\)|(?<![\p{L}\d])[TQH][1-4](?:\s*\/\s*(?:19|20)?\d\d)?(?![\p{L}\d])|vuo(?:nna|delta|den|si)\s+(?:19|20)\d\d|(?:19|20)\d\d\s*(?:aikana|osalta)/iu;

/**
 * Where a selvitys heading ends in its cell and the report text begins: after the colon
 * ("Selvitys … (T1): text"); without a colon after the period it names ("SELVITYS … VUONNA 2024 Text",
 * "Selvitys … (H1)" with the text on the next rows); else at the first line break.
 */
export function selvitysHeadingEnd(raw: string): number {
  const colon = raw.indexOf(":");
  const token = PERIOD_TOKEN.exec(raw.slice(0, 200));
  const tokenEnd = token ? token.index + token[0].length : -1;
  if (colon >= 0 && (tokenEnd < 0 || colon - tokenEnd <= 40)) return colon >= tokenEnd ? colon + 1 : tokenEnd;
  if (tokenEnd >= 0) return tokenEnd;
  const newline = raw.indexOf("\n");
  return newline >= 0 ? newline : raw.length;
}
