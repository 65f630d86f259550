/**
 * A workbook coloured in Excel clears with the command line, and one coloured by the command line
 * clears in Excel (issue 11): both appliers keep the same state sheet. Excel is the host simulator
 * (test/simulator) running the Office.js applier; the file side is src/xlsx.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { createOfficeHost } from "../../src/excel/officeHost";
import { connect } from "../../src/app";
import { planClear, planColour } from "../../src/edits/colour";
import { readWorkbook } from "../../src/read";
import { assessWorkbook } from "../../src/assess";
import { applyEdits, openWorkbook, snapshotOf, workbookBytes } from "../../src/xlsx/core";
import { snapshotFromExcelJs } from "../../src/xlsx/exceljs";
import { STATE_SHEET } from "../../src/edits/types";
import { createSimulator } from "../simulator";
import { exceljsOf } from "../support/xlsx";

const FILE = path.join(__dirname, "../fixtures/workbooks/elinvoima-ja-ymparisto-2023-vuosi.xlsx");
const SHEET = "Toteutuminen 2023";

/** What a person sees of each cell: its value, its solid fill colour. */
function looks(wb: ExcelJS.Workbook): string[] {
  const ws = wb.getWorksheet(SHEET) as ExcelJS.Worksheet;
  const out: string[] = [];
  for (let r = 1; r <= 210; r++)
    for (let c = 1; c <= 8; c++) {
      const cell = ws.findCell(r, c);
      const fill = cell?.fill as ExcelJS.FillPattern | undefined;
      const colour = fill?.pattern === "solid" ? (fill.fgColor?.argb ?? "theme") : "none";
      out.push(`${r},${c}: ${JSON.stringify(cell?.value ?? null)} ${colour}`);
    }
  return out;
}

async function original(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(FILE);
  return wb;
}

it("coloured in Excel, cleared by the command line", async () => {
  const sim = createSimulator(await original());
  const pane = connect(createOfficeHost(sim.run));
  await pane.colour();
  const coloured = sim.workbook as ExcelJS.Workbook;
  expect(looks(coloured)).not.toEqual(looks(await original()));
  const file = openWorkbook(new Uint8Array((await coloured.xlsx.writeBuffer()) as ArrayBuffer), "excel.xlsx");
  applyEdits(file, planClear(await snapshotOf(file)));
  const cleared = await exceljsOf(file);
  expect(looks(cleared)).toEqual(looks(await original()));
  expect(cleared.worksheets.map((w) => w.name)).toEqual([SHEET]);
});

it("coloured by the command line, cleared in Excel", async () => {
  const file = openWorkbook(new Uint8Array(fs.readFileSync(FILE)), "cli.xlsx");
  const snapshot = await snapshotOf(file);
  const wr = readWorkbook(snapshot);
  applyEdits(file, planColour(wr, assessWorkbook(wr), snapshot));
  const coloured = new ExcelJS.Workbook();
  await coloured.xlsx.load(workbookBytes(file) as unknown as ExcelJS.Buffer);
  expect(coloured.worksheets.map((w) => [w.name, w.state])).toEqual([
    [SHEET, "visible"],
    [STATE_SHEET, "veryHidden"],
  ]);
  const sim = createSimulator(coloured);
  const pane = connect(createOfficeHost(sim.run));
  await pane.clear();
  const cleared = sim.workbook as ExcelJS.Workbook;
  expect(looks(cleared)).toEqual(looks(await original()));
  expect(planClear(snapshotFromExcelJs(cleared, "x"))).toEqual([]);
});
