/**
 * The actions and measures of a sheet with their ancestors, walked once for all the rules of one
 * sheet's check: most rules walk every action or every measure, and each walk made a path object
 * per action or measure anew. validateReport and validatingWorkbook open a walk around the rules of
 * one sheet (`withWalk`, with no yield inside it); a rule's check run on its own walks afresh.
 * The loops are indexed: a rule runs once a sheet, mostly unoptimised, where for…of makes an
 * iterator and a result object at every step.
 */
import type { ActionPath, MeasurePath, Report } from "../model/report";

interface Walk {
  report: Report;
  actions: ActionPath[] | null;
  measures: MeasurePath[] | null;
}

let current: Walk | null = null;

/** Runs `f` with the walks of `report` shared by everything it asks for them. */
export function withWalk<T>(report: Report, f: () => T): T {
  const outer = current;
  current = { report, actions: null, measures: null };
  try {
    return f();
  } finally {
    current = outer;
  }
}

function walkActions(report: Report): ActionPath[] {
  const out: ActionPath[] = [];
  const fs = report.focusAreas;
  for (let f = 0; f < fs.length; f++) {
    const focusArea = fs[f];
    for (let g = 0; g < focusArea.goals.length; g++) {
      const goal = focusArea.goals[g];
      for (let c = 0; c < goal.commitments.length; c++) {
        const commitment = goal.commitments[c];
        for (let a = 0; a < commitment.actions.length; a++)
          out.push({ focusArea, goal, commitment, action: commitment.actions[a] });
      }
    }
  }
  return out;
}

function walkMeasures(report: Report): MeasurePath[] {
  const out: MeasurePath[] = [];
  let ordinal = 0;
  const fs = report.focusAreas;
  for (let f = 0; f < fs.length; f++) {
    const focusArea = fs[f];
    for (let g = 0; g < focusArea.goals.length; g++) {
      const goal = focusArea.goals[g];
      for (let c = 0; c < goal.commitments.length; c++) {
        const commitment = goal.commitments[c];
        for (let a = 0; a < commitment.actions.length; a++) {
          const action = commitment.actions[a];
          for (let m = 0; m < action.measures.length; m++)
            out.push({
              focusArea,
              goal,
              commitment,
              action,
              measure: action.measures[m],
              ordinal: ordinal++,
            });
        }
      }
    }
  }
  return out;
}

/** Every action of the sheet with its ancestors, in sheet order (as model's actionsOf). Do not change it. */
export function actionPaths(report: Report): readonly ActionPath[] {
  if (current?.report !== report) return walkActions(report);
  return (current.actions ??= walkActions(report));
}

/** Every measure of the sheet with its ancestors and ordinal, in sheet order (as model's measuresOf). Do not change it. */
export function measurePaths(report: Report): readonly MeasurePath[] {
  if (current?.report !== report) return walkMeasures(report);
  return (current.measures ??= walkMeasures(report));
}
