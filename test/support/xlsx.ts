/**
 * Test helpers between the file writer's workbook (src/xlsx: an .xlsx package) and exceljs, which
 * tests use to look at cells (fills, fonts, values) and to build workbooks cell by cell.
 */
import ExcelJS from "exceljs";
import { openWorkbook, workbookBytes, type XlsxWorkbook } from "../../src/xlsx/core";

/** The package as exceljs reads it (the whole file, as Excel would get it). */
export async function exceljsOf(wb: XlsxWorkbook): Promise<ExcelJS.Workbook> {
  const out = new ExcelJS.Workbook();
  await out.xlsx.load(workbookBytes(wb) as unknown as ExcelJS.Buffer);
  return out;
}

/** A workbook built with exceljs as the file writer's package (through its bytes). */
export async function packageOf(wb: ExcelJS.Workbook, name = "test.xlsx"): Promise<XlsxWorkbook> {
  return openWorkbook(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), name);
}
