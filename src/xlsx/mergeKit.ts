/**
 * What the merge use case (src/app/merge.ts) needs of .xlsx packages, in one object: opening a file's
 * bytes, its snapshot and settings, copying sheets between packages (./merge.ts SheetCopier), the
 * contents sheet's edits and the merged workbook's bytes. No Node: the task pane loads it with
 * `import()` when it merges; the command line gives Node's zlib as the codec (file.ts NODE_CODEC).
 */
import type { MergeXlsx } from "../app/merge";
import { newWorkbook, workbookBytes } from "./core";
import { applyEdits } from "./edit";
import { SheetCopier } from "./merge";
import { getCustomProperty } from "./props";
import { openWorkbook, snapshotOf, type XlsxWorkbook } from "./read";
import type { ZipCodec } from "./zip";

/** The merge's package operations; `codec` inflates and deflates the parts (fflate when not given). */
export function mergeXlsx(codec?: ZipCodec): MergeXlsx<XlsxWorkbook> {
  return {
    open: (bytes, name) => openWorkbook(bytes, name, codec),
    snapshotOf: (workbook, name) => snapshotOf(workbook, name),
    setting: (workbook, key) => getCustomProperty(workbook, key),
    sheets: (workbook) => workbook.sheets().map((s) => ({ name: s.name, kind: s.kind, state: s.state })),
    newWorkbook,
    applyEdits: (workbook, edits) => applyEdits(workbook, edits),
    copy(target, items) {
      const copier = new SheetCopier(target);
      const result = copier.copy(items);
      copier.finish();
      return result;
    },
    bytes: (workbook, name) => workbookBytes(workbook, name, codec),
  };
}
