/**
 * Workbooks picked from disk for the summary ("Lisää työkirjoja…"), read in the browser. The file
 * reader (src/xlsx/core: the package, exceljs for the cells) is loaded with `import()` only when a
 * picked file is first read, so the pane's first load stays small; webpack makes it a chunk of its own.
 */
import type { HostPort } from "../app/port";
import type { SummaryFile } from "../app/summarise";

/** A file as picked: its name and its bytes, kept until the person removes it. */
export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

/** A file's bytes through FileReader, which every webview Office uses has (Blob.arrayBuffer is newer). */
function bytesOf(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("The file could not be read."));
    reader.readAsArrayBuffer(file);
  });
}

/** The picked files' bytes (a FileList or the files of a drop). */
export async function readPicked(files: Iterable<File> | ArrayLike<File>): Promise<PickedFile[]> {
  const out: PickedFile[] = [];
  for (const f of Array.from(files)) out.push({ name: f.name, bytes: await bytesOf(f) });
  return out;
}

const readOnly = (name: string) => () =>
  Promise.reject(new Error(`"${name}" is only read for the summary; nothing is written into it.`));

/** A picked file as a source of the summary: read (and its settings looked up) when its turn comes. */
export function pickedSource(file: PickedFile): SummaryFile {
  return {
    name: file.name,
    async open(): Promise<HostPort> {
      const xlsx = await import(/* webpackChunkName: "xlsx" */ "../xlsx/core");
      const workbook = xlsx.openWorkbook(file.bytes, file.name);
      const snapshot = await xlsx.snapshotOf(workbook, file.name);
      return {
        snapshot: async () => snapshot,
        apply: readOnly(file.name),
        select: readOnly(file.name),
        getSetting: async (key) => xlsx.getCustomProperty(workbook, `Toteuma.${key}`),
        setSetting: readOnly(file.name),
      };
    },
  };
}
