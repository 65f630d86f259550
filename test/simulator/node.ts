/** Node-only helper: a simulator over a workbook file (jest). */
import * as ExcelJS from "exceljs";
import * as path from "path";
import { customProperties, openWorkbook } from "../../src/xlsx/core";
import { customPropertiesOf } from "./api";
import { createSimulator, type Simulator, type SimulatorOptions } from "./index";

export const FIXTURES = path.join(__dirname, "..", "fixtures", "workbooks");

export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.isAbsolute(file) ? file : path.join(FIXTURES, file));
  return wb;
}

export async function simulatorFor(file: string, options?: SimulatorOptions): Promise<Simulator> {
  return createSimulator(await loadWorkbook(file), options);
}

/**
 * An .xlsx opened as Excel opens it: its cells by exceljs, its custom document properties (which
 * exceljs does not keep) beside them, for `createSimulator`.
 */
export async function openXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const props = customPropertiesOf(wb);
  for (const [key, value] of customProperties(openWorkbook(bytes, "opened.xlsx"))) props.push({ key, value });
  return wb;
}
