/**
 * The file host of the use cases (src/app/port.ts): an .xlsx file opened on the first snapshot, edits
 * applied to it in memory, and `saveAs` writing the result to a new file (never over the input).
 *
 * Settings are custom document properties of the workbook (docProps/custom.xml), named
 * `Toteuma.<key>`: read from the file, and written with it by `saveAs`.
 */
import { loadXlsxFile, type LoadedWorkbook } from "../xlsx/snapshot";
import { applyEdits, getCustomProperty, setCustomProperty, writeXlsx } from "../xlsx/apply";
import { newWorkbook } from "../xlsx/core";
import type { HostPort } from "../app/port";

export interface FileHost extends HostPort {
  readonly file: string;
  /**
   * Writes the workbook, with every edit applied, to `out`: refused when it is the input, and when
   * `out` exists unless `force`.
   */
  saveAs(out: string, options?: { force?: boolean }): Promise<void>;
}

/**
 * A host over one .xlsx file. Nothing is read until the first snapshot. `settings` stand in for the
 * file's own for this run (`--departments FILE`): read before the file's, and never written into it.
 */
export function fileHost(file: string, settings: Readonly<Record<string, string>> = {}): FileHost {
  let loaded: LoadedWorkbook | null = null;
  let edited = false;
  const load = async (): Promise<LoadedWorkbook> => (loaded ??= await loadXlsxFile(file));
  const name = (key: string) => `Toteuma.${key}`;
  return {
    file,
    async snapshot() {
      // The snapshot is the file as read; one use case takes one snapshot, before it edits.
      if (edited) throw new Error("The file host gives its snapshot before edits, not after.");
      return (await load()).snapshot;
    },
    async apply(edits) {
      applyEdits((await load()).workbook, edits);
      if (edits.length > 0) edited = true;
    },
    async select(ref) {
      if (!(await load()).snapshot.sheets.some((g) => g.sheet === ref.sheet))
        throw new Error(`The workbook has no sheet "${ref.sheet}".`);
    },
    async getSetting(key) {
      if (Object.prototype.hasOwnProperty.call(settings, key)) return settings[key];
      return getCustomProperty((await load()).workbook, name(key));
    },
    async setSetting(key, value) {
      setCustomProperty((await load()).workbook, name(key), value);
    },
    async saveAs(out, options = {}) {
      await writeXlsx((await load()).workbook, out, { input: file, force: options.force === true });
    },
  };
}

/**
 * A host over a new, empty workbook (no sheets until edits add them), for a command whose output is
 * a workbook of its own (`toteuma summary`): its snapshot is empty, `saveAs` writes it. `settings`
 * stand in for its own for this run (`--departments FILE`), as in `fileHost`.
 */
export function newWorkbookHost(name: string, settings: Readonly<Record<string, string>> = {}): FileHost {
  const workbook = newWorkbook();
  const name_ = (key: string) => `Toteuma.${key}`;
  return {
    file: name,
    async snapshot() {
      return { name, sheets: [] };
    },
    async apply(edits) {
      applyEdits(workbook, edits);
    },
    async select(ref) {
      throw new Error(`The workbook has no sheet "${ref.sheet}".`);
    },
    async getSetting(key) {
      if (Object.prototype.hasOwnProperty.call(settings, key)) return settings[key];
      return getCustomProperty(workbook, name_(key));
    },
    async setSetting(key, value) {
      setCustomProperty(workbook, name_(key), value);
    },
    async saveAs(out, options = {}) {
      await writeXlsx(workbook, out, { force: options.force === true });
    },
  };
}
