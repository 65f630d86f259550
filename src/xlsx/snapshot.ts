/**
 * Reading files (Node): the names callers have always imported from here. The browser-safe reading
 * code is in read.ts (through core.ts); files on disk in file.ts.
 */
export { loadXlsxFile, readXlsxFile, type LoadedWorkbook } from "./file";
export { WorkbookReadError, type WorkbookReadProblem } from "./errors";
export { openWorkbook, snapshotFromBuffer, snapshotOf, type XlsxWorkbook } from "./read";
// Snapshots of workbooks built with exceljs (tests build theirs so); not on the browser path.
export { snapshotFromExcelJs } from "./exceljs";
