/**
 * The Office.js host of the use cases (src/app/port.ts): snapshot, apply and select over Excel.run,
 * settings in Office's document settings, new workbooks with Excel.createWorkbook. `run` defaults to
 * the real Excel.run, `settings` to Office.context.document.settings and `createWorkbook` to
 * Excel.createWorkbook; tests pass the simulator's and a stand-in for the settings.
 */
import type { CellRef } from "../model/cellref";
import { a1 } from "../model/cellref";
import { memorySettings, type HostPort } from "../app/port";
import { applyEdits } from "./apply";
import { refusalOf } from "./errors";
import { readSnapshot, type Run } from "./snapshot";

export type { Run };

/** The part of Office.Settings the host uses. */
export type DocumentSettings = Pick<Office.Settings, "get" | "set" | "saveAsync">;

/**
 * The add-in's settings of the open document; null where Office.js has no document (outside Office:
 * the browser tests' page, where the simulator supplies only Excel).
 */
function officeSettings(): DocumentSettings | null {
  const office = (globalThis as { Office?: typeof Office }).Office;
  return office?.context?.document?.settings ?? null;
}

/** Saves the settings into the document; rejects with Office's own message when it cannot. */
function save(settings: DocumentSettings): Promise<void> {
  return new Promise((resolve, reject) =>
    settings.saveAsync((result) => {
      // office.js reports "succeeded" / "failed" (the typings call them an enum).
      if (String(result.status) === "failed")
        reject(new Error(result.error?.message ?? "The settings could not be saved."));
      else resolve();
    }),
  );
}

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
  settings: () => DocumentSettings | null = officeSettings,
  // ExcelApi 1.8: opens the .xlsx (base64) as a new workbook in a window of its own.
  createWorkbook: (base64: string) => Promise<void> = (base64) => Excel.createWorkbook(base64),
): HostPort {
  // Outside Office there is no document to keep settings in: they last as long as the page.
  const memory = memorySettings();
  return {
    // Excel refusing as a whole (edit mode…) reaches the use case as a WorkbookRefusal: one sentence.
    snapshot: () => refused(readSnapshot(run)),
    apply: (edits) => refused(applyEdits(run, edits)),
    openWorkbook: (bytes) => refused(createWorkbook(toBase64(bytes))),
    select: (ref: CellRef) =>
      run(async (context) => {
        const worksheet = context.workbook.worksheets.getItem(ref.sheet);
        worksheet.activate();
        worksheet.getRange(a1(ref)).select();
        await context.sync();
      }),
    getSetting: async (key) => {
      const store = settings();
      if (!store) return memory.getSetting(key);
      const value: unknown = store.get(key);
      return typeof value === "string" ? value : null;
    },
    setSetting: async (key, value) => {
      const store = settings();
      if (!store) return memory.setSetting(key, value);
      store.set(key, value);
      await save(store);
    },
  };
}
