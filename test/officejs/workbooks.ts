/**
 * Large workbooks for the request-size tests, made from the year-end fixture (25 measures on 207 rows
 * of the block layout): its rows copied `copies` times down each of `sheets` sheets. Each copy reads as
 * the same 16 actions and 25 measures again, so a workbook of 20 sheets × 20 copies holds 10,000
 * measures, and one sheet of 242 copies runs to 50,094 rows.
 */
import * as ExcelJS from "exceljs";
import { loadWorkbook } from "../simulator/node";

export const YEAR_END = "elinvoima-ja-ymparisto-2023-vuosi.xlsx";
export const YEAR_END_ROWS = 207;
export const YEAR_END_MEASURES = 25;

interface SourceCell {
  row: number;
  col: number;
  value: ExcelJS.CellValue;
  numFmt: string;
}

let source: Promise<SourceCell[]> | null = null;

function sourceCells(): Promise<SourceCell[]> {
  source ??= loadWorkbook(YEAR_END).then((wb) => {
    const out: SourceCell[] = [];
    wb.worksheets[0].eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) =>
        out.push({ row: r, col: c, value: cell.value, numFmt: cell.numFmt }),
      ),
    );
    return out;
  });
  return source;
}

/** `sheets` sheets, each the year-end report copied `copies` times, one copy under the other. */
export async function copiesWorkbook(sheets: number, copies: number): Promise<ExcelJS.Workbook> {
  const cells = await sourceCells();
  const wb = new ExcelJS.Workbook();
  for (let s = 1; s <= sheets; s++) {
    const ws = wb.addWorksheet(sheets === 1 ? "Toteutuminen 2023" : `Toimiala ${s}`);
    for (let k = 0; k < copies; k++) {
      const offset = k * YEAR_END_ROWS;
      for (const c of cells) {
        const cell = ws.getCell(c.row + offset, c.col);
        cell.value = c.value;
        if (c.numFmt) cell.numFmt = c.numFmt;
      }
    }
  }
  return wb;
}

/** 10,000 measures: 20 departments' sheets of 500 measures (4,140 rows) each. */
export const tenThousandMeasures = (): Promise<ExcelJS.Workbook> => copiesWorkbook(20, 20);

/** One sheet of 50,094 rows (6,050 measures). */
export const fiftyThousandRows = (): Promise<ExcelJS.Workbook> => copiesWorkbook(1, 242);
