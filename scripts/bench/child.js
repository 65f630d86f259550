// One measurement in a process of its own, so that its peak memory is its own:
//   node child.js <pipeline> <file> [<out-dir>]
// prints one line of JSON: { stages: [{ name, wallMs, cpuMs, maxRssKb }], counts }.
// maxRssKb is the process's peak resident memory at the end of the stage (it never goes down).
// Pipelines (PIPELINES below): "exceljs" — exceljs alone, loading the file and visiting every cell;
// "toteuma" — what `toteuma status` and `toteuma colour` do, stage by stage, with the compiled
// command-line build (dist-cli). A new kind of case (the summary of many files) adds its pipeline here.
"use strict";
const fs = require("fs");
const path = require("path");

// The compiled build measured: dist-cli, or another build (a "before" build of an older commit) named
// by TOTEUMA_DIST.
const DIST = path.resolve(process.env.TOTEUMA_DIST || path.join(__dirname, "../../dist-cli"));

function stopwatch() {
  const stages = [];
  let wall = process.hrtime.bigint();
  let cpu = process.cpuUsage();
  return {
    stages,
    /** Ends the stage running since the last lap. */
    lap(name) {
      const w = process.hrtime.bigint();
      const c = process.cpuUsage(cpu);
      stages.push({
        name,
        wallMs: Number(w - wall) / 1e6,
        cpuMs: (c.user + c.system) / 1000,
        maxRssKb: process.resourceUsage().maxRSS,
      });
      wall = process.hrtime.bigint();
      cpu = process.cpuUsage();
    },
  };
}

const PIPELINES = {
  /** exceljs alone: the file read and parsed, every cell's value visited. */
  async exceljs(file) {
    const ExcelJS = require("exceljs");
    const t = stopwatch();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(file));
    let cells = 0;
    let chars = 0;
    for (const ws of wb.worksheets)
      ws.eachRow({ includeEmpty: false }, (row) =>
        row.eachCell({ includeEmpty: false }, (cell) => {
          cells++;
          const v = cell.value;
          if (typeof v === "string") chars += v.length;
        }),
      );
    t.lap("exceljs");
    return { stages: t.stages, counts: { sheets: wb.worksheets.length, cells, chars } };
  },

  /** Toteuma on a file: open (unzip the package), snapshot (its cells as a grid), read, validate, assess, then colour planned, applied, written. */
  async toteuma(file, outDir) {
    // The command line's way in (Node's zlib inflating), or an older build's openWorkbook.
    const { openWorkbook, snapshotOf } = require(`${DIST}/xlsx/read.js`);
    const { openWorkbookBytes = openWorkbook } = require(`${DIST}/xlsx/file.js`);
    const { readWorkbook } = require(`${DIST}/read/index.js`);
    const { validateWorkbook } = require(`${DIST}/validate/index.js`);
    const { assessWorkbook } = require(`${DIST}/assess/index.js`);
    const { planColour } = require(`${DIST}/edits/colour.js`);
    const { applyEdits, writeXlsx } = require(`${DIST}/xlsx/apply.js`);
    const { countMeasures } = require(`${DIST}/model/report.js`);
    const t = stopwatch();
    const name = path.basename(file);
    const pkg = openWorkbookBytes(new Uint8Array(fs.readFileSync(file)), name);
    t.lap("load");
    const snapshot = await snapshotOf(pkg, name);
    t.lap("snapshot");
    const report = readWorkbook(snapshot);
    t.lap("read");
    const findings = validateWorkbook(report);
    t.lap("validate");
    const assessments = assessWorkbook(report);
    t.lap("assess");
    const edits = planColour(report, assessments, snapshot);
    t.lap("plan");
    applyEdits(pkg, edits);
    t.lap("apply");
    const out = path.join(outDir, `${process.pid}-${name}`);
    await writeXlsx(pkg, out, { force: true });
    t.lap("write");
    fs.rmSync(out, { force: true });
    const measures = report.sheets.reduce((n, sheet) => n + countMeasures(sheet), 0);
    return {
      stages: t.stages,
      counts: {
        sheets: snapshot.sheets.length,
        measures,
        findings: findings.length,
        assessments: assessments.length,
        edits: edits.length,
      },
    };
  },
};

(async () => {
  const [pipeline, file, outDir = path.dirname(file)] = process.argv.slice(2);
  const run = PIPELINES[pipeline];
  if (!run) throw new Error(`no pipeline "${pipeline}" (${Object.keys(PIPELINES).join(", ")})`);
  const result = await run(file, outDir);
  process.stdout.write(JSON.stringify(result) + "\n");
})().catch((e) => {
  process.stderr.write(`${e && e.stack ? e.stack : e}\n`);
  process.exit(1);
});
