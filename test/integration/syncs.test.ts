/**
 * The Office.js edge with the real core, counted in the Excel host simulator: checking a report and
 * colouring its measures take the same number of context.sync() calls whatever the number of sheets
 * (one snapshot; batched edits), and on a very large sheet a number that grows with its size only.
 */
import * as ExcelJS from "exceljs";
import { createOfficeHost } from "../../src/excel/officeHost";
import { connect } from "../../src/app";
import { createSimulator } from "../simulator";
import { loadWorkbook } from "../simulator/node";
import { freeFormTop, fullSpec, SOURCE_SHEET, STATUS_LABELS } from "../support/sheetspec";
import { copiesWorkbook } from "../officejs/workbooks";
import { CELLS_PER_WAVE, WRITE_BUDGET } from "../../src/excel/limits";

/** The year-end report, and the same report copied into `copies` sheets of one workbook. */
async function workbook(copies: number): Promise<ExcelJS.Workbook> {
  const source = await loadWorkbook("elinvoima-ja-ymparisto-2023-vuosi.xlsx");
  if (copies === 1) return source;
  const wb = new ExcelJS.Workbook();
  const from = source.worksheets[0];
  for (let i = 1; i <= copies; i++) {
    const ws = wb.addWorksheet(`Toimiala ${i}`);
    from.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        ws.getCell(r, c).value = cell.value;
        ws.getCell(r, c).numFmt = cell.numFmt;
      }),
    );
  }
  return wb;
}

async function counts(copies: number) {
  const sim = createSimulator(await workbook(copies));
  const pane = connect(createOfficeHost(sim.run));
  sim.resetStats();
  const validation = await pane.check();
  const validate = sim.stats.syncs;
  sim.resetStats();
  const status = await pane.colour();
  const colour = sim.stats.syncs;
  sim.resetStats();
  await pane.clear();
  const clear = sim.stats.syncs;
  const biggest = Math.max(...sim.stats.batches.map((b) => b.bytes));
  return {
    validate,
    colour,
    clear,
    measures: status.assessments.length,
    findings: validation.findings,
    biggest,
  };
}

it("takes the same number of syncs for 1 sheet of 25 measures and 8 sheets of 200", async () => {
  const one = await counts(1);
  const eight = await counts(8);
  expect(one.measures).toBe(25);
  expect(eight.measures).toBe(200);
  expect(eight.validate).toBe(one.validate);
  expect(eight.colour).toBe(one.colour);
  expect(eight.clear).toBe(one.clear);
  expect(one.validate).toBeLessThanOrEqual(4);
  expect(eight.biggest).toBeLessThan(5 * 1024 * 1024);
});

it("writes a sheet with every part (chart, drop-downs, merges, links, tables, protection, print) in syncs that grow with its bytes only", async () => {
  const apply = async (size: { departments: number; blocks: number }) => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet(SOURCE_SHEET);
    const sim = createSimulator(wb);
    await createOfficeHost(sim.run).apply([{ kind: "sheet", spec: fullSpec(size), activate: true }]);
    return sim;
  };
  const small = await apply({ departments: 3, blocks: 1 });
  const size = { departments: 1500, blocks: 250 };
  const big = await apply(size);
  expect(small.stats.syncs).toBe(2);
  // One read, then as many write batches as the request bytes need at WRITE_BUDGET each: never one
  // per part, row or cell.
  const written = big.stats.batches.slice(1).reduce((n, b) => n + b.bytes, 0);
  expect(big.stats.syncs).toBeLessThanOrEqual(1 + Math.ceil(written / WRITE_BUDGET) + 1);
  expect(big.stats.syncs).toBeLessThan(6);
  for (const b of big.stats.batches) {
    expect(b.error).toBeUndefined();
    expect(b.bytes).toBeLessThan(5 * 1024 * 1024);
  }
  // Every part made it, the last of each too.
  const name = fullSpec().name;
  const top = freeFormTop(size);
  expect(big.merges(name)).toHaveLength(250);
  expect(big.validation(name, `B${top + 2 + 249 * 4}`)?.source).toBe(STATUS_LABELS.join(","));
  expect(big.hyperlink(name, "A1504")?.documentReference).toBe(`'${SOURCE_SHEET}'!B1511`);
  expect(big.charts()[0].series[3].values).toBe(`'${name}'!$E$5:$E$1504`);
  expect(big.protection(name).protected).toBe(true);
});

it("a 50,000-row sheet: syncs grow with its size only, every batch under 5 MB as Office.js sends it", async () => {
  const wb = await copiesWorkbook(1, 242);
  const sim = createSimulator(wb);
  const pane = connect(createOfficeHost(sim.run));
  const cells = 50_094 * 5;
  // The snapshot: sheets, used ranges, then the cells in waves of CELLS_PER_WAVE.
  const snapshotSyncs = 2 + Math.ceil(cells / CELLS_PER_WAVE);
  await pane.check();
  expect(sim.stats.syncs).toBeLessThanOrEqual(snapshotSyncs + 1);
  sim.resetStats();
  const status = await pane.colour();
  expect(status.assessments).toHaveLength(242 * 25);
  const colour = sim.stats.syncs;
  // Beside the snapshot, a few reads and write batches for some 15,000 cells: by size, not per cell.
  expect(colour).toBeLessThanOrEqual(snapshotSyncs + 12);
  for (const b of sim.stats.batches) {
    expect(b.error).toBeUndefined();
    expect(b.bytes).toBeLessThan(5 * 1024 * 1024);
    expect(b.responseBytes).toBeLessThan(5 * 1024 * 1024);
  }
  sim.resetStats();
  await pane.clear();
  expect(sim.stats.syncs).toBeLessThanOrEqual(colour + 4);
  expect(sim.stats.batches.every((b) => !b.error)).toBe(true);
});
