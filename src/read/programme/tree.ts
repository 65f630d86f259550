/**
 * The numbered blocks as the city's hierarchy: one focus area (kind "pitkan-aikavalin-tavoite") per
 * distinct long-term goal text, in order of first appearance, and within it one goal per distinct
 * operational goal text; an implied commitment (the format has no TEKO) holds the actions; each
 * Toimenpide is an action with its block number and Vastuuhenkilö, each Mittari a measure. The
 * programme repeats the long-term goal in every block: the tree shows it once with its actions under
 * it, even when the blocks are not consecutive (a long-term goal is an identity, not a position).
 */
import type { CellRef } from "../../model/cellref";
import type { Action, Commitment, FocusArea, Goal, Measure, TextAt } from "../../model/report";
import { labelKey } from "../../text";
import { splitNumberedMeasures } from "../vocabulary";
import type { ActionPart, OpenBlock } from "./blocks";

/** Blocks → focus areas (long-term goals) → goals (operational goals) → implied commitment → action. */
export function buildTree(items: OpenBlock[]): FocusArea[] {
  const focusAreas: FocusArea[] = [];
  /** Each long-term goal's focus area with its goals by operational goal text. */
  const byKey = new Map<string, { focus: FocusArea; goals: Map<string, Goal> }>();
  for (const it of items) {
    const f = it.fields;
    const ltg = f.longTermGoal;
    let entry = ltg ? byKey.get(labelKey(ltg.text)) : undefined;
    if (!entry) {
      const focus: FocusArea = ltg
        ? withLabel<FocusArea>(
            { text: ltg.text, cell: ltg.cell, kind: "pitkan-aikavalin-tavoite", unit: null, goals: [] },
            it.labelCells.longTermGoal,
            ltg.cell,
          )
        : { text: "", cell: it.cell, implied: true, kind: "pitkan-aikavalin-tavoite", unit: null, goals: [] };
      entry = { focus, goals: new Map() };
      if (ltg) byKey.set(labelKey(ltg.text), entry);
      focusAreas.push(focus);
    }
    const { focus, goals } = entry;
    const og = f.operationalGoal;
    let goal: Goal | undefined = og ? goals.get(labelKey(og.text)) : undefined;
    if (!goal) {
      goal = og
        ? withLabel<Goal>(
            { text: og.text, cell: og.cell, commitments: [] },
            it.labelCells.operationalGoal,
            og.cell,
          )
        : { text: "", cell: it.cell, implied: true, commitments: [] };
      if (og) goals.set(labelKey(og.text), goal);
      focus.goals.push(goal);
    }
    const actionCell = f.action?.cell ?? it.cell;
    let commitment: Commitment | undefined = goal.commitments[0];
    if (!commitment) {
      // The programme format has no TEKO: one implied commitment per goal holds its actions.
      commitment = { text: "", cell: actionCell, implied: true, actions: [] };
      goal.commitments.push(commitment);
    }
    // No Toimenpide and no Mittari: one implied action, so the block still shows in the tree.
    const parts: ActionPart[] =
      it.parts.length > 0 ? it.parts : [{ action: null, labelCell: undefined, measures: [] }];
    for (const part of parts) {
      const action: Action = part.action
        ? withLabel<Action>(
            { text: part.action.text, cell: part.action.cell, measures: [], reports: [] },
            part.labelCell,
            part.action.cell,
          )
        : { text: "", cell: it.cell, implied: true, measures: [], reports: [] };
      action.number = it.number;
      action.responsible = f.responsible;
      const measureTexts: TextAt[] = [];
      for (const m of part.measures) {
        const split = splitNumberedMeasures(m.text);
        if (split.length >= 2) for (const x of split) measureTexts.push({ text: x.text, cell: m.cell });
        else measureTexts.push(m);
      }
      for (const m of measureTexts) {
        const measure: Measure = {
          text: m.text,
          cell: m.cell,
          index: action.measures.length + 1,
          baseline: null,
          target: null,
          actual: null,
          ownStatus: null,
          responsible: f.responsible,
        };
        action.measures.push(measure);
      }
      commitment.actions.push(action);
    }
  }
  return focusAreas;
}

function withLabel<T extends { labelCell?: CellRef }>(node: T, label: CellRef | undefined, text: CellRef): T {
  if (label && (label.row !== text.row || label.col !== text.col)) node.labelCell = label;
  return node;
}
