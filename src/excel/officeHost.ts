/**
 * The Office.js host of the use cases (src/app/port.ts): snapshot, apply and select over Excel.run,
 * settings in the workbook's custom document properties (`workbook.properties.custom`, ExcelApi 1.7),
 * named `Toteuma.<key>` as the file host names them, so that a setting made in the pane is what the
 * command line reads from the saved file and the other way round (Office's document settings live in
 * the add-in's own part of the file, which no other tool reads); new workbooks with
 * Excel.createWorkbook. `run` defaults to the real Excel.run and `createWorkbook` to
 * Excel.createWorkbook; tests pass the simulator's.
 */
import type { CellRef } from "../model/cellref";
import { a1 } from "../model/cellref";
import type { HostPort } from "../app/port";
import { applyEdits } from "./apply";
import { refusalOf } from "./errors";
import { settingProperty, settingValue } from "./settings";
import { readSnapshot, type Run } from "./snapshot";

export type { Run };

export { settingProperty };

/** Excel's refusals as WorkbookRefusals; other failures as they are. */
async function refused<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (e) {
    throw refusalOf(e) ?? e;
  }
}

/** Bytes as base64, without Buffer (the pane runs in a browser): what `Excel.createWorkbook` takes. */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function createOfficeHost(
  run: Run = (batch) => Excel.run(batch),
  // ExcelApi 1.8: opens the .xlsx (base64) as a new workbook in a window of its own.
  createWorkbook: (base64: string) => Promise<void> = (base64) => Excel.createWorkbook(base64),
): HostPort {
  return {
    // Excel refusing as a whole (edit mode…) reaches the use case as a WorkbookRefusal: one sentence.
    snapshot: (options) => refused(readSnapshot(run, options?.settings ?? [])),
    apply: (edits) => refused(applyEdits(run, edits)),
    openWorkbook: (bytes) => refused(createWorkbook(toBase64(bytes))),
    select: (ref: CellRef) =>
      run(async (context) => {
        const worksheet = context.workbook.worksheets.getItem(ref.sheet);
        worksheet.activate();
        worksheet.getRange(a1(ref)).select();
        await context.sync();
      }),
    // One sync each way (the use cases that snapshot get theirs with the snapshot); Excel saves the
    // property with the workbook.
    getSetting: (key) =>
      refused(
        run(async (context) => {
          const property = context.workbook.properties.custom.getItemOrNullObject(settingProperty(key));
          property.load("value");
          await context.sync();
          return settingValue(property);
        }),
      ),
    setSetting: (key, value) =>
      refused(
        run(async (context) => {
          context.workbook.properties.custom.add(settingProperty(key), value);
          await context.sync();
        }),
      ),
  };
}
