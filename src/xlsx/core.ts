/**
 * src/xlsx without Node: what the task pane can bundle (load it with `import()` only when used).
 * Bytes in (a picked file), bytes out (a new workbook to open in Excel); no fs, no Buffer.
 *
 *   openWorkbook(bytes, name)   → XlsxWorkbook (the package; unreadable input → WorkbookReadError)
 *   snapshotOf(workbook)        → WorkbookSnapshot (cells read by exceljs from a safe copy)
 *   snapshotFromBuffer(bytes)   → both at once
 *   applyEdits(workbook, edits) → every Edit of src/edits/types.ts, editing only what it must
 *   newWorkbook()               → an empty workbook (add sheets with "sheet" edits)
 *   workbookBytes(workbook)     → the .xlsx bytes (refuses when something could not be kept)
 *   get/setCustomProperty       → named strings kept with the workbook
 */
import { EMPTY_PARTS } from "./book";
import { WorkbookWriteError } from "./errors";
import { XlsxPackage } from "./package";
import type { XlsxWorkbook } from "./read";
import type { ZipCodec } from "./zip";

export { applyEdits, shiftFormula } from "./edit";
export {
  MissingSheetError,
  WorkbookReadError,
  WorkbookWriteError,
  readError,
  type WorkbookReadProblem,
} from "./errors";
export { customProperties, getCustomProperty, setCustomProperty } from "./props";
export { openWorkbook, snapshotFromBuffer, snapshotOf, type XlsxWorkbook } from "./read";
export { FFLATE_CODEC, ZIP_LIMITS, type ZipCodec } from "./zip";

/** A new, empty workbook: no sheets until a "sheet" edit adds one. */
export function newWorkbook(): XlsxWorkbook {
  const pkg = new XlsxPackage(null);
  for (const [name, text] of Object.entries(EMPTY_PARTS)) pkg.setText(name, text);
  return pkg;
}

/**
 * The workbook as .xlsx bytes. Refuses (WorkbookWriteError, one sentence naming what) when an edit
 * found something it could not keep, or when the workbook would have no visible sheet: never a file
 * with less in it than it should have. `codec` compresses the written parts (fflate when not given;
 * file.ts gives Node's zlib).
 */
export function workbookBytes(wb: XlsxWorkbook, name: string | null = wb.name, codec?: ZipCodec): Uint8Array {
  const n = name ? `"${name}"` : "";
  const problem = wb.problems[0];
  if (problem)
    throw new WorkbookWriteError({
      fi: `Tiedostoa ${n} ei kirjoitettu, koska ${problem.fi}; Toteuma ei kirjoita tiedostoa, josta puuttuisi jotain.`.replace(
        "  ",
        " ",
      ),
      en: `The file ${n} was not written because ${problem.en}; Toteuma never writes a file with anything missing.`.replace(
        "  ",
        " ",
      ),
    });
  let visible: boolean;
  try {
    visible = wb.sheets().some((s) => s.state === "visible");
  } catch {
    throw new WorkbookWriteError({
      fi: `Tiedostoa ${n} ei kirjoitettu, koska työkirjan osa on vioittunut; Toteuma ei kirjoita tiedostoa, josta puuttuisi jotain.`.replace(
        "  ",
        " ",
      ),
      en: `The file ${n} was not written because a part of the workbook is damaged; Toteuma never writes a file with anything missing.`.replace(
        "  ",
        " ",
      ),
    });
  }
  if (!visible)
    throw new WorkbookWriteError({
      fi: `Tiedostoa ${n} ei kirjoitettu, koska työkirjassa ei olisi yhtään näkyvää välilehteä.`.replace(
        "  ",
        " ",
      ),
      en: `The file ${n} was not written because the workbook would have no visible sheet.`.replace(
        "  ",
        " ",
      ),
    });
  return wb.toBytes({ codec });
}
