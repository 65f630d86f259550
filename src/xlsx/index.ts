/**
 * src/xlsx: .xlsx files. Reading gives a snapshot (cells read by exceljs from a copy holding only
 * what reading needs); writing edits the package surgically (only the touched cells, appended
 * styles, new parts), so every part Toteuma did not mean to change is kept byte for byte.
 * core.ts is the browser-safe part (the task pane bundles it); file.ts is the Node edge (disk).
 */
export * from "./core";
export { loadXlsxFile, readXlsxFile, writeXlsx, type LoadedWorkbook } from "./file";
