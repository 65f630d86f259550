/**
 * The parts of a selvitys, for every layout: a text split by measure ("Mittari 1. …"), by sub-goal
 * ("Osatavoite 1: …" with its "Raportointi: …") or into "Raportointi: …" alone. The block reader adds
 * lines as it meets them (`addToParts`); a table cell's whole text is split at once (`partsOfText`).
 */
import type { CellRef } from "../model/cellref";
import type { SelvitysPart } from "../model/report";
import { cleanText } from "../text";
import { NUMBERED_MEASURE, REPORTING_LINE, splitNumberedMeasures, SUBGOAL_LINE } from "./vocabulary";

/** The parts being built: the list, the part plain lines continue, and whether they continue its report. */
export interface PartsInProgress {
  selvitys: { parts: SelvitysPart[] };
  part: SelvitysPart | null;
  /** True while plain lines continue the part's "Raportointi" report. */
  inReport: boolean;
}

/**
 * The lines of a cell: its line breaks, and "Mittari 1. … Mittari 2. …" written on one line. `clean`:
 * cleanText of the whole of `raw` when the caller knows it (a cell's text), used for a raw text of one
 * line rather than cleaning it again.
 */
export function selvitysLines(raw: string, clean?: string): string[] {
  const out: string[] = [];
  const pieces = raw.split("\n");
  for (const piece of pieces) {
    const split = splitNumberedMeasures(piece);
    if (split.length > 1) {
      // Its pieces are clean already.
      for (const p of split) if (p.text) out.push(p.text);
    } else {
      const line = clean !== undefined && pieces.length === 1 ? clean : cleanText(piece);
      if (line) out.push(line);
    }
  }
  return out;
}

/**
 * A line of text in the parts of the selvitys: a new part, or more of the current one. `line` is
 * clean (a line of selvitysLines), and so is what the patterns take from it after a label: a part of
 * a clean line with no space at either end (each pattern's `\s*` before its `(.*)$` is greedy).
 */
export function addToParts(sel: PartsInProgress, line: string, cell: CellRef): void {
  const measureLine = NUMBERED_MEASURE.exec(line);
  const subgoal = SUBGOAL_LINE.exec(line);
  const reporting = REPORTING_LINE.exec(line);
  if (measureLine) {
    sel.part = { label: `Mittari ${measureLine[1]}`, text: measureLine[2], cell };
    sel.selvitys.parts.push(sel.part);
    sel.inReport = false;
  } else if (subgoal) {
    sel.part = { label: subgoal[1], text: subgoal[3], cell, report: null };
    sel.selvitys.parts.push(sel.part);
    sel.inReport = false;
  } else if (reporting) {
    const report = { text: reporting[2], cell };
    if (sel.part && sel.part.report === null) {
      sel.part.report = report;
    } else {
      sel.part = { label: "Raportointi", text: report.text, cell };
      sel.selvitys.parts.push(sel.part);
    }
    sel.inReport = true;
  } else if (sel.part) {
    // Plain lines continue the part's "Raportointi" report, else the part itself.
    if (sel.inReport && sel.part.report)
      sel.part.report.text = sel.part.report.text ? `${sel.part.report.text}\n${line}` : line;
    else sel.part.text = sel.part.text ? `${sel.part.text}\n${line}` : line;
  }
}

/** The parts of a whole text written in one cell (or cells read as one), all at `cell`. */
export function partsOfText(text: string, cell: CellRef): SelvitysPart[] {
  const sel: PartsInProgress = { selvitys: { parts: [] }, part: null, inReport: false };
  for (const line of selvitysLines(text)) addToParts(sel, line, cell);
  return sel.selvitys.parts;
}
