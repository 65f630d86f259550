/** Node-only helper: a simulator over a workbook file (jest). */
import * as ExcelJS from "exceljs";
import * as path from "path";
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
