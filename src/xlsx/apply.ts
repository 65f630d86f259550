/**
 * Writing files (Node): the names callers have always imported from here. The applier itself is
 * edit.ts (browser-safe, through core.ts); files on disk in file.ts.
 */
export { applyEdits } from "./edit";
export { MissingSheetError, WorkbookWriteError } from "./errors";
export { writeXlsx } from "./file";
export { newWorkbook, workbookBytes } from "./core";
export { getCustomProperty, setCustomProperty } from "./props";
