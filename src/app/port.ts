/**
 * The host port: all a use case needs from the place the workbook lives, as plain data. Two hosts
 * implement it: Excel through Office.js (src/excel/officeHost.ts) and an .xlsx file (src/cli/fileHost.ts).
 */
import type { CellRef, WorkbookSnapshot } from "../model";
import type { Edit } from "../edits/types";
import type { Slice } from "../model/slices";
import type { CoreRunner } from "./core";
import type { Stage } from "./errors";

export interface HostPort {
  /**
   * One snapshot of every sheet (values, displayed text, number formats, merges). `settings`: keys
   * of settings the use case will need, which a host that can may read in the same round trip and
   * give in `WorkbookSnapshot.settings` (Excel does, saving a sync each); others leave them out.
   */
  snapshot(options?: { settings?: readonly string[] }): Promise<WorkbookSnapshot>;
  /** Carries out edits; in Excel in as few context.sync() calls as possible. */
  apply(edits: Edit[]): Promise<void>;
  /** Selects the cell, activating its sheet. A file has no selection: there it only checks the sheet exists. */
  select(ref: CellRef): Promise<void>;
  /**
   * A setting this workbook remembers (a status scale profile, a department list…), or null when it
   * was never set. In both hosts a custom document property of the workbook named `Toteuma.<key>`
   * (in Excel `workbook.properties.custom`), so that either host reads what the other wrote.
   */
  getSetting(key: string): Promise<string | null>;
  /**
   * Remembers a setting in the workbook: in Excel at once (saved with the workbook, as every change);
   * a file host writes it with the file.
   */
  setSetting(key: string, value: string): Promise<void>;
  /**
   * Opens a new workbook made of these .xlsx bytes beside this one (Excel: `Excel.createWorkbook`).
   * Optional: a file host has no window to open it in.
   */
  openWorkbook?(bytes: Uint8Array): Promise<void>;
  /**
   * Told how far a use case has come, for a progress bar: `done` of `total` steps, and the step that
   * starts now (when done === total, the step that just finished). Long steps (read, validate,
   * assess) are also told as they go, with `within`: the sheets (or measures) of the step done so
   * far. Optional: hosts without a person watching leave it out.
   */
  onProgress?(done: number, total: number, what: Stage, within?: Slice): void;
  /**
   * Lets the person's screen answer (paint, take clicks) before the work goes on: the task pane's
   * host gives a pause of one turn of the browser's event loop, taken at each step and whenever a
   * step has run for PAUSE_EVERY_MS (job.ts). Optional: the command line has no screen to keep alive.
   */
  pause?(): Promise<void>;
  /**
   * Runs the pure core's long work (reading, checking, assessing) off the screen's thread: the task
   * pane's web worker (coreWorker.ts). Optional: without it (the command line, tests, a pane whose
   * worker cannot start) the work runs in slices on the host's own thread, with the same results.
   */
  core?: CoreRunner;
}

/** Settings kept in memory only: for hosts with nowhere to keep them (yet), and for tests. */
export function memorySettings(): Pick<HostPort, "getSetting" | "setSetting"> {
  const values = new Map<string, string>();
  return {
    getSetting: async (key) => values.get(key) ?? null,
    setSetting: async (key, value) => {
      values.set(key, value);
    },
  };
}

/**
 * A setting as a use case reads it: from the snapshot when the host read it there, else on its own.
 */
export async function settingOf(
  port: HostPort,
  snapshot: WorkbookSnapshot | null,
  key: string,
): Promise<string | null> {
  const read = snapshot?.settings;
  if (read && Object.prototype.hasOwnProperty.call(read, key)) return read[key];
  return port.getSetting(key);
}
