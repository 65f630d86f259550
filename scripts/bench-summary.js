#!/usr/bin/env node
// Benchmark of `toteuma summary`: FILES source files of MEASURES measures each (block-layout T2 2025
// reports of as many departments, generated into a temporary folder), summarised into one workbook by
// the command line in a process of its own: wall time and peak memory (the process's maximum resident
// set size). Measured, never asserted. Uses the compiled command line (dist-cli; npm run build:cli).
//   node scripts/bench-summary.js [files] [measures]      default 300 files × 200 measures
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const FILES = Number(process.argv[2] || 300);
const MEASURES = Number(process.argv[3] || 200);
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

const FOCUS = ["Kasvava Pori", "Osaava Pori", "Hyvinvoiva Pori", "Vetovoimainen Pori", "Kestävä Pori"];
/** City-wide goals, five per focus area (the same names in every department, as a strategy gives them). */
const GOALS = FOCUS.map((f, i) =>
  [
    "Palvelujen saatavuus",
    "Asukasmäärän kasvu",
    "Työllisyyden vahvistaminen",
    "Talouden tasapaino",
    "Digitaaliset palvelut",
  ].map((g, k) => `${g} ${i * 5 + k + 1}`),
);
const T2 = "Selvitys toimenpiteen edistymisestä toisella vuosikolmanneksella (T2):";

/** A department's name of letters only ("Koeabctoimiala"), as the reader finds it in a title. */
function departmentName(i) {
  let s = "";
  let n = i;
  for (let k = 0; k < 3; k++) {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26);
  }
  return `Koe${s}toimiala`;
}

/** The rows of one department's report: four measures per action, a Toteuma column, a T2 selvitys. */
function reportRows(d) {
  const rows = [[`TALOUSARVION 2025 TOIMINNALLISET TAVOITTEET – ${departmentName(d).toUpperCase()}`], []];
  const actions = Math.ceil(MEASURES / 4);
  let measure = 0;
  for (let a = 0; a < actions; a++) {
    const f = a % FOCUS.length;
    const g = Math.floor(a / FOCUS.length) % 5;
    rows.push(["PAINOPISTE", FOCUS[f]]);
    rows.push(["TAVOITE", GOALS[f][g]]);
    rows.push([
      "TEKO",
      `Toimialan ${d + 1} teko ${a + 1}: palvelujen kehittäminen yhdessä asukkaiden kanssa`,
    ]);
    rows.push(["TOIMENPIDE", `Toimenpide ${a + 1}: kehitämme palveluprosessia ja seuraamme sen vaikutuksia`]);
    rows.push(["MITTARI", null, "Lähtötaso", "Tavoitetaso", "Toteuma"]);
    for (let m = 0; m < 4 && measure < MEASURES; m++, measure++) {
      const actual = [25, 15, 8, null, "Valmis", "Kesken"][(measure + d) % 6];
      rows.push([
        null,
        `Mittari ${m + 1}. Asiakastyytyväisyys ja palvelun laatu (${measure + 1})`,
        10,
        20,
        actual,
      ]);
    }
    rows.push([`${T2} Toimenpide on edennyt suunnitellusti; osa mittareista on jo saavutettu.`]);
    rows.push([]);
  }
  return rows;
}

async function generate(dir) {
  const ExcelJS = require("exceljs");
  const files = [];
  for (let d = 0; d < FILES; d++) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("T2 2025");
    ws.addRows(reportRows(d));
    ws.getColumn(2).width = 60;
    const file = path.join(dir, `raportti-${String(d + 1).padStart(3, "0")}.xlsx`);
    await wb.xlsx.writeFile(file);
    files.push(file);
  }
  return files;
}

/** In the measuring process: the summary over the files, then its figures as one JSON line. */
async function measure(dir, out) {
  const { main } = require("../dist-cli/cli/main.js");
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .map((f) => path.join(dir, f));
  let json = "";
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  const code = await main(["summary", ...files, "-o", out, "--json", "--force"], {
    stdout: (s) => (json += s),
    stderr: (s) => process.stderr.write(s),
    env: {},
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  const summary = JSON.parse(json);
  process.stdout.write(
    JSON.stringify({
      code,
      ms,
      cpuMs: (cpu.user + cpu.system) / 1000,
      maxRss: process.resourceUsage().maxRSS * 1024,
      departments: summary.departments.length,
      measures: summary.total.measures,
      conflicts: summary.conflicts.length,
      bytes: fs.statSync(out).size,
    }) + "\n",
  );
}

(async () => {
  if (process.argv[2] === "--measure") return measure(process.argv[3], process.argv[4]);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "toteuma-bench-summary-"));
  const sources = path.join(dir, "raportit");
  fs.mkdirSync(sources);
  const t0 = Date.now();
  await generate(sources);
  console.log(
    `Toteuma benchmark: toteuma summary over ${FILES} files of ${MEASURES} measures each (generated in ${((Date.now() - t0) / 1000).toFixed(0)} s; node ${process.version})`,
  );
  const r = spawnSync(
    process.execPath,
    [__filename, "--measure", sources, path.join(dir, "yhteenveto.xlsx")],
    {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  fs.rmSync(dir, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`the measuring process failed (${r.status}): ${r.stdout}`);
  const m = JSON.parse(r.stdout.trim().split("\n").pop());
  console.log(
    `  summary of ${FILES} files${" ".repeat(Math.max(1, 22 - String(FILES).length))}${(m.ms / 1000).toFixed(1).padStart(7)} s   peak rss ${mb(m.maxRss)}` +
      // On a shared machine the wall time grows with the load; the CPU time (all the process's
      // threads, the collector's too) is what it would take alone, near enough.
      `   cpu ${(m.cpuMs / 1000).toFixed(1)} s (load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores)`,
  );
  console.log(
    `  → exit ${m.code}, ${m.departments} departments, ${m.measures} measures, ${m.conflicts} conflicts, output ${mb(m.bytes)}` +
      ` (targets: under 60 s and 2048 MB)`,
  );
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
