/**
 * The task pane's only door to the workbook. The Office.js implementation lives in this folder;
 * React components never see it — they get plain data and callbacks from the pane's controller.
 */
import type { CellRef, WorkbookSnapshot } from "../model";
import type { Edit } from "../edits/types";

export interface WorkbookHost {
  /** One snapshot of every sheet (values, displayed text, number formats, merges). */
  snapshot(): Promise<WorkbookSnapshot>;
  /** Carry out edits in as few context.sync() calls as possible. */
  apply(edits: Edit[]): Promise<void>;
  /** Select the cell (activating its sheet). */
  select(ref: CellRef): Promise<void>;
}
