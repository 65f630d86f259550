/**
 * The block layout (seeds 001, 002, 004): a label in one of the first columns with its text to the
 * right (or after a colon in the same cell), MITTARI rows with Lähtötaso / Tavoitetaso / Toteuma /
 * Tila headers and values on the same row or the rows under it, selvitys headings followed by report
 * text, section headings (units), department rows, and financial goals.
 *
 * One pass over the rows, constant work per cell: a sheet of any size reads in linear time. Each row
 * goes to the first of the row readers below that takes it; what they know lives in `BlockState`:
 * - ./labels.ts, ./hierarchy.ts: hierarchy labels and the nodes they open (./tree.ts);
 * - ./selvitys.ts: selvitys headings and their text, split into parts;
 * - ./measures.ts: MITTARI rows, measure rows, value headers and values;
 * - ./financial.ts: financial goals and their outcomes;
 * - ./headings.ts: the title block and section (unit) headings;
 * - here: earlier reports kept as reference (skipped), department rows and plain text lines, and the sheet's metadata at the end (../meta.ts).
 */
import type { Report } from "../../model/report";
import {
  departmentOf,
  isDepartmentName,
  isKnownNameOnly,
  isPageFooter,
  sheetPeriod,
  sheetYear,
  unitInTitle,
} from "../meta";
import { reportPeriod } from "../period";
import type { SheetView } from "../sheet";
import { financialRow } from "./financial";
import { isHeadingLike, looksLikeTitle } from "./headings";
import { labelRow, pendingTextRow } from "./hierarchy";
import { measureRow } from "./measures";
import { REFERENCE_LINE } from "../vocabulary";
import { LABEL_COLUMNS, lineOf, rowAt, type Row } from "./row";
import { selvitysHeadingRow } from "./selvitys";
import { BlockState } from "./state";

export { exactBlockLabel } from "./labels";
export { selvitysHeadingEnd } from "./selvitys";

/** The readers of a row, in the order they are tried: the first that takes the row reads it. */
const ROW_READERS: readonly ((s: BlockState, row: Row) => boolean)[] = [
  referenceRow,
  labelRow,
  pendingTextRow,
  selvitysHeadingRow,
  departmentRow,
  financialRow,
  measureRow,
  textLine,
];

export function readBlock(view: SheetView): Report {
  const s = new BlockState(view);
  for (let r = 0; r < view.rowCount; r++) {
    const row = rowAt(view, r);
    if (!row) continue;
    for (const read of ROW_READERS) if (read(s, row)) break;
  }
  return report(s);
}

/**
 * An earlier period's report kept as reference ("Edellinen selvitys (T1 2026): …"): skipped, and
 * nothing around it ends (it may stand between a sub-goal and its "Raportointi:").
 */
function referenceRow(s: BlockState, row: Row): boolean {
  // REFERENCE_LINE starts with "edellinen" after whitespace, and the cell's clean text t0 starts with
  // the same first letter as its raw text: other rows are told without building the raw text (which
  // was a twelfth of what reading allocates).
  const first = row.t0.charCodeAt(0);
  if (first !== 0x65 && first !== 0x45) return false;
  return row.c0 < LABEL_COLUMNS && REFERENCE_LINE.test(s.view.rawText(row.r, row.c0));
}

/** A department row ("Elinvoima- ja ympäristötoimiala") between or inside blocks. */
function departmentRow(s: BlockState, row: Row): boolean {
  if (!row.lone || !isDepartmentName(row.t0)) return false;
  const inBlock = s.lastKind === "commitment" || s.lastKind === "goal";
  // Between blocks a name known only as a name may be a section (unit) heading: left to the headings.
  if (!inBlock && isKnownNameOnly(row.t0)) return false;
  s.departmentRow ??= { text: row.t0, cell: s.view.at(row.r, row.c0) };
  if (!inBlock) {
    // A department heading between blocks: the sections under it start afresh.
    s.tree.unit = null;
    s.headings.clear();
    s.closeText();
  }
  return true;
}

/** Any other line: the title block, a page footer, report text, or a heading candidate. */
function textLine(s: BlockState, row: Row): boolean {
  const { r, c0, t0, cols, lone } = row;
  const title = s.title;
  if (!s.sawContent && !title.title && lone) {
    title.title = { text: t0, cell: s.view.at(r, c0) };
    title.add(title.title);
    if (!looksLikeTitle(t0)) s.headings.add(t0);
    return true;
  }
  // More title rows before the first label ("Toiminnalliset tavoitteet 2025" under the name): part
  // of the title, not a section heading. Repeated on every printed page, they are skipped again.
  if (
    !s.sawContent &&
    lone &&
    title.texts.size < 5 &&
    /tavoit|talousarvi|toteutu|raportt|(19|20)\d\d/i.test(t0)
  ) {
    title.add({ text: t0, cell: s.view.at(r, c0) });
    return true;
  }
  const lineText = lineOf(s.view, row);
  if (title.texts.has(lineText) || isPageFooter(lineText)) return true;
  const headingLike = lone && isHeadingLike(t0);
  const fin = s.financial.open;
  if (fin) {
    if (headingLike && fin.inOutcome && fin.goal.outcome?.text) {
      // A heading after the outcome ends the financial goal.
      s.financial.open = null;
      s.headings.restart(t0);
      return true;
    }
    s.financial.append(fin, lineText, r, c0);
    return true;
  }
  const sel = s.selvitys.open;
  if (sel) {
    for (const c of cols) s.selvitys.addCell(sel, r, c);
    if (headingLike) s.headings.add(t0, sel);
    else s.headings.clear();
    return true;
  }
  if (headingLike) s.headings.add(t0);
  else s.headings.clear();
  return true;
}

/** The report of the sheet read: the tree and the sheet's metadata. */
function report(s: BlockState): Report {
  const sheet = s.view.sheet;
  const { title, lines } = s.title;
  const focusAreas = s.tree.focusAreas;
  // Focus areas before any section heading belong to the unit the title names, if it names one.
  const titleUnit = title ? unitInTitle(title.text) : null;
  if (titleUnit)
    for (const f of focusAreas) if (f.unit === null && isBefore(f, focusAreas)) f.unit = titleUnit;
  // The title, else a later title line naming a department (not a unit standing for one), else the
  // department row, else the sheet name.
  const department = departmentOf({
    sheet,
    title: lines,
    unitFromTitle: "first-line",
    row: s.departmentRow ? { line: s.departmentRow, read: "whole" } : null,
  });
  const fromSelvitys = reportPeriod(s.selvitys.all);
  const titleText = lines.map((l) => l.text);
  // Structure, not stray words: three exact levels, or an explicit TOIMENPIDE and one more level.
  const kinds = s.kindsSeen;
  const looksLikeGoals = kinds.size >= 3 || (kinds.has("action") && kinds.size >= 2);
  return {
    sheet,
    layout: looksLikeGoals ? "block" : "none",
    title,
    ...department,
    // No selvitys names the period: the title ("toteutuminen 1.1.–30.9.2024") or the sheet ("Sivistys T2").
    ...sheetPeriod(fromSelvitys.period, { title: titleText, sheet }),
    year: sheetYear(fromSelvitys.year, { title: titleText, sheet }),
    focusAreas: looksLikeGoals ? focusAreas : [],
    financialGoals: s.financial.all,
    hasActualColumn: s.measures.hasActual,
    ownStatusColumn: s.measures.ownStatusColumn,
    nearMisses: looksLikeGoals ? s.log.nearMisses : [],
    problems: looksLikeGoals ? s.log.problems : [],
    looksLikeGoals,
  };
}

/** Only focus areas before the first one with a unit of its own get the title's unit. */
function isBefore(f: { unit: string | null }, all: { unit: string | null }[]): boolean {
  for (const g of all) {
    if (g === f) return true;
    if (g.unit !== null) return false;
  }
  return false;
}
