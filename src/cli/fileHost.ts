/**
 * The file host of the use cases (src/app/port.ts): an .xlsx file opened on the first snapshot, edits
 * applied to it in memory, and `saveAs` writing the result to a new file (never over the input).
 *
 * Settings are custom document properties of the workbook (docProps/custom.xml), named
 * `Toteuma.<key>`. The file edge (src/xlsx) is to offer them as `DocumentProperties` over a loaded
 * workbook — string values by name, written with the file by writeXlsx; exceljs can neither read nor
 * write docProps/custom.xml, so until then the host keeps them in memory for the life of the command
 * (pass `properties` to use the workbook's own).
 */
import { loadXlsxFile, type LoadedWorkbook } from "../xlsx/snapshot";
import { applyEdits, writeXlsx } from "../xlsx/apply";
import { memorySettings, type HostPort } from "../app/port";

/** What the file edge must offer for settings: the workbook's custom document properties. */
export interface DocumentProperties {
  get(name: string): string | null;
  set(name: string, value: string): void;
}

export interface FileHost extends HostPort {
  readonly file: string;
  /** Writes the workbook, with every edit applied, to `out` (refused when it is the input). */
  saveAs(out: string): Promise<void>;
}

/** A host over one .xlsx file. Nothing is read until the first snapshot. */
export function fileHost(file: string, properties?: DocumentProperties): FileHost {
  let loaded: LoadedWorkbook | null = null;
  let edited = false;
  const load = async (): Promise<LoadedWorkbook> => (loaded ??= await loadXlsxFile(file));
  const name = (key: string) => `Toteuma.${key}`;
  const settings: Pick<HostPort, "getSetting" | "setSetting"> = properties
    ? {
        getSetting: async (key) => properties.get(name(key)),
        setSetting: async (key, value) => properties.set(name(key), value),
      }
    : memorySettings();
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
    ...settings,
    async saveAs(out) {
      await writeXlsx((await load()).workbook, out, { input: file });
    },
  };
}
