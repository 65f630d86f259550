#!/usr/bin/env node
// Benchmarks: speed and memory of the core on large workbooks, measured (never asserted in tests).
// Uses the compiled command-line build (dist-cli, made by `npm ci` / `npm run build:cli`).
//   node scripts/bench.js [rows]      default 60000
"use strict";
const path = require("path");
const ExcelJS = require("exceljs");
const fs = require("fs");
const os = require("os");
const { loadXlsxFile, snapshotFromExcelJs } = require("../dist-cli/xlsx/snapshot.js");
const { applyEdits, writeXlsx } = require("../dist-cli/xlsx/apply.js");
const { readWorkbook } = require("../dist-cli/read/index.js");
const { validateWorkbook } = require("../dist-cli/validate/index.js");
const { assessWorkbook } = require("../dist-cli/assess/index.js");
const { planColour } = require("../dist-cli/edits/colour.js");

const ROWS = Number(process.argv[2] || 60000);
const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;

function measure(name, fn) {
  global.gc && global.gc();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = process.hrtime.bigint();
  const result = fn();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const heap = process.memoryUsage().heapUsed - heap0;
  console.log(`  ${name.padEnd(34)} ${ms.toFixed(0).padStart(7)} ms   heap +${mb(Math.max(0, heap))}`);
  return result;
}

(async () => {
  const sample = new ExcelJS.Workbook();
  await sample.xlsx.readFile(path.join(__dirname, "../test/fixtures/workbooks/elinvoima-ja-ymparisto-2023-vuosi.xlsx"));
  const src = sample.worksheets[0];
  const wb = new ExcelJS.Workbook();
  // A goal sheet of about ROWS rows: the year-end report repeated.
  const goals = wb.addWorksheet("Tavoitteet");
  let r = 0;
  while (r < ROWS) {
    src.eachRow({ includeEmpty: true }, (row) => {
      if (r >= ROWS) return;
      r++;
      row.eachCell((c, col) => (goals.getRow(r).getCell(col).value = c.value));
    });
  }
  // A sheet of junk of ROWS rows.
  const junk = wb.addWorksheet("Roskaa");
  for (let i = 1; i <= ROWS; i++)
    junk.addRow([`rivi ${i}`, i * 1.5, i % 7 === 0 ? "TOIMENPIDE?" : "x".repeat(i % 40)]);

  console.log(
    `Toteuma benchmark: a goal sheet and a junk sheet of ${ROWS} rows each (node ${process.version})`,
  );
  const snapshot = measure("snapshot (exceljs → grids)", () => snapshotFromExcelJs(wb, "bench"));
  const report = measure("read", () => readWorkbook(snapshot));
  const measures = report.sheets.reduce((n, s) => n + s.focusAreas.length, 0);
  const findings = measure("validate", () => validateWorkbook(report));
  const assessments = measure("assess", () => assessWorkbook(report));
  const edits = measure("plan colours", () => planColour(report, assessments, snapshot));
  // The file edge: reading the same workbook from a file (exceljs alone, then Toteuma's reader,
  // which gives exceljs a copy holding only what reading needs), and colouring it into a new file.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "toteuma-bench-"));
  const file = path.join(dir, "bench.xlsx");
  await wb.xlsx.writeFile(file);
  const timed = async (name, fn) => {
    global.gc && global.gc();
    const t0 = process.hrtime.bigint();
    const result = await fn();
    console.log(`  ${name.padEnd(34)} ${(Number(process.hrtime.bigint() - t0) / 1e6).toFixed(0).padStart(7)} ms`);
    return result;
  };
  await timed("file load (exceljs alone)", () => new ExcelJS.Workbook().xlsx.readFile(file));
  const loaded = await timed("file load (Toteuma: safe copy)", () => loadXlsxFile(file));
  await timed("colour edits + write (surgical)", async () => {
    applyEdits(loaded.workbook, edits);
    await writeXlsx(loaded.workbook, path.join(dir, "out.xlsx"));
  });
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(
    `  → ${measures} focus areas, ${assessments.length} measures, ${findings.length} findings, ${edits.length} edits; ` +
      `rss ${mb(process.memoryUsage().rss)}`,
  );
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
