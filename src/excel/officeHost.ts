/**
 * The Office.js WorkbookHost: snapshot, apply and select over Excel.run. `run` defaults to the
 * real Excel.run; tests pass the simulator's.
 */
import type { CellRef } from "../model/cellref";
import { a1 } from "../model/cellref";
import type { WorkbookHost } from "./host";
import { applyEdits } from "./apply";
import { readSnapshot, type Run } from "./snapshot";

export type { Run };

export function createOfficeHost(run: Run = (batch) => Excel.run(batch)): WorkbookHost {
  return {
    snapshot: () => readSnapshot(run),
    apply: (edits) => applyEdits(run, edits),
    select: (ref: CellRef) =>
      run(async (context) => {
        const worksheet = context.workbook.worksheets.getItem(ref.sheet);
        worksheet.activate();
        worksheet.getRange(a1(ref)).select();
        await context.sync();
      }),
  };
}
