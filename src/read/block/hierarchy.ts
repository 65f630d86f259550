/**
 * Hierarchy label rows: PAINOPISTE / TEEMA, TAVOITE, TEKO, TOIMENPIDE and MITTARI open their node
 * with the text after the colon or in the first filled cell to the right. A label written alone
 * ("PAINOPISTE:") takes its text from the row under it.
 */
import type { CellRef } from "../../model/cellref";
import type { Action, Commitment, FocusArea, Goal } from "../../model/report";
import { isDepartmentName } from "../meta";
import { isCleanSelvitysHeading, matchMeasureHeader } from "../vocabulary";
import { rowLabel, writtenLabel } from "./labels";
import { measureLabelRow, pendingMeasures } from "./measures";
import { LABEL_COLUMNS, lineOf, type Row } from "./row";
import type { BlockState } from "./state";

/** A label written alone whose text is on the next row: the node it named, or the MITTARI. */
export interface Pending {
  node: { text: string; cell: CellRef; labelCell?: CellRef };
  measure: boolean;
}

/** A row starting with a hierarchy label opens its node. */
export function labelRow(s: BlockState, row: Row): boolean {
  const label = rowLabel(s.view, row, { inProse: s.inProse(), measureBlockOpen: s.measures.open });
  if (!label) return false;
  const { r, c0, t0, rest } = row;
  const kind = label.kind;
  if (label.nearMiss) s.log.nearMiss(r, c0, writtenLabel(t0, label), label.canonical);
  else s.kindsSeen.add(kind);
  s.sawContent = true;
  s.closeText();
  // The text: after the colon, else the first filled cell to the right.
  let textCol = c0;
  let text = label.rest;
  if (!text && rest.length > 0 && kind !== "measure") {
    textCol = rest[0];
    text = s.view.text(r, textCol);
  }
  const cell = s.view.at(r, textCol);
  const labelCell = textCol !== c0 ? { labelCell: s.view.at(r, c0) } : {};
  s.pending = null;
  if (kind !== "measure") s.measures.close();
  if (kind === "painopiste" || kind === "teema") {
    const heading = s.headings.take();
    if (heading !== null) s.tree.unit = heading;
    const focus: FocusArea = { text, cell, ...labelCell, kind, unit: s.tree.unit, goals: [] };
    s.tree.addFocus(focus);
    if (!text) s.pending = { node: focus, measure: false };
  } else if (kind === "goal") {
    s.headings.clear();
    const goal: Goal = { text, cell, ...labelCell, commitments: [] };
    s.tree.addGoal(goal);
    if (!text) s.pending = { node: goal, measure: false };
  } else if (kind === "commitment") {
    s.headings.clear();
    const commitment: Commitment = { text, cell, ...labelCell, actions: [] };
    s.tree.addCommitment(commitment);
    if (!text) s.pending = { node: commitment, measure: false };
  } else if (kind === "action") {
    s.headings.clear();
    const action: Action = { text, cell, ...labelCell, measures: [], reports: [] };
    s.startAction(action);
    if (!text) s.pending = { node: action, measure: false };
  } else {
    s.headings.clear();
    measureLabelRow(s, row, label);
  }
  s.lastKind = kind;
  return true;
}

/** The row under a label written alone: the label's text, unless the row is something else. */
export function pendingTextRow(s: BlockState, row: Row): boolean {
  const p = s.pending;
  if (!p) return false;
  s.pending = null;
  const { r, c0, t0, cols } = row;
  const isHeaderRow = cols.some((c) => matchMeasureHeader(s.view.text(r, c), { fuzzy: false }) !== null);
  if (c0 > LABEL_COLUMNS || isHeaderRow || isCleanSelvitysHeading(t0) || isDepartmentName(t0)) return false;
  const text = lineOf(s.view, row);
  if (p.measure) pendingMeasures(s, row, text);
  else {
    const labelCell = p.node.cell;
    p.node.text = text;
    p.node.cell = s.view.at(r, c0);
    p.node.labelCell = labelCell;
  }
  return true;
}
