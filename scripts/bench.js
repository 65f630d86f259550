#!/usr/bin/env node
// Benchmarks (measured, never asserted in tests; issue 10). Builds its workbooks into a temporary
// folder and runs, for each, exceljs alone (load the file, visit every cell) and Toteuma stage by
// stage (load, snapshot, read, validate, assess, then colour: plan, apply, write), each run in a
// child process of its own so that its peak memory is its own. Prints the median of the runs: CPU
// time and wall time of every stage, peak memory, and the ratios to exceljs' load of the same file.
// Uses the compiled command-line build (dist-cli): `npm run bench` builds it first.
//
//   npm run bench                       every case, 3 runs each
//   npm run bench -- --smoke            the smallest size of every case, 1 run, counts checked (CI)
//   npm run bench -- --only junk-after,wide --runs 5 --keep --json out.json --markdown
//   TOTEUMA_DIST=/tmp/old/dist-cli node scripts/bench.js   another build (an older commit, for before/after)
//
// A case is an entry of CASES below: an id, a title, `build(dir)` writing its input into the
// temporary folder and saying how many measures it holds, and the child pipeline that runs on it
// (scripts/bench/child.js). A case of another kind (the summary of 300 files) adds a builder that
// writes a folder of files and a pipeline in child.js that takes that folder.
"use strict";
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { BUILD, SIZES } = require("./bench/workbooks");

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};

const SMOKE = flag("--smoke");
const RUNS = Number(option("--runs", SMOKE ? 1 : 3));
const ONLY = option("--only", null)?.split(",") ?? null;
const size = SMOKE ? SIZES.smoke : SIZES.full;
const measureSizes = SMOKE ? [500] : [10_000, 50_000];

/** Every case: its input, and how Toteuma's stages compare with exceljs on it. */
const CASES = [
  ...measureSizes.map((measures) => ({
    id: `measures-${measures}`,
    title: `${measures.toLocaleString("en")} measures (block layout, sheets of 500)`,
    build: (file) => BUILD.measures(file, { measures }),
  })),
  {
    id: "junk-after",
    title: `report + ${size.junkRows.toLocaleString("en")} junk rows after it`,
    build: (f) => BUILD.junkAfter(f, size),
  },
  {
    id: "junk-before",
    title: `${size.junkRows.toLocaleString("en")} junk rows + report`,
    build: (f) => BUILD.junkBefore(f, size),
  },
  {
    id: "merged",
    title: `report + one merged area 16 × ${size.mergeRows.toLocaleString("en")}`,
    build: (f) => BUILD.merged(f, size),
  },
  {
    id: "wide",
    title: `report + ${size.wideRows} rows × ${size.wideColumns.toLocaleString("en")} columns`,
    build: (f) => BUILD.wide(f, size),
  },
  {
    id: "long-cells",
    title: `report ×${size.longCopies}, selvitys + ${size.longCells} notes of 32,000 chars`,
    build: (f) => BUILD.longCells(f, size),
  },
  {
    id: "sheets",
    title: `${size.sheets} small sheets (the report on each)`,
    build: (f) => BUILD.sheets(f, size),
  },
].filter((c) => !ONLY || ONLY.includes(c.id));

const TOTEUMA_STAGES = ["load", "snapshot", "read", "validate", "assess", "plan", "apply", "write"];
const READ_SIDE = ["load", "snapshot", "read", "validate", "assess"];
const COLOUR = ["plan", "apply", "write"];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function child(pipeline, file, dir) {
  const out = execFileSync(process.execPath, [path.join(__dirname, "bench/child.js"), pipeline, file, dir], {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
    stdio: ["ignore", "pipe", "inherit"],
  });
  return JSON.parse(out.trim().split("\n").pop());
}

/** The median over runs of each stage's CPU and wall time, and of the peak memory. */
function summarise(runs) {
  const stages = {};
  for (const name of runs[0].stages.map((s) => s.name)) {
    const of = runs.map((r) => r.stages.find((s) => s.name === name));
    stages[name] = {
      cpuMs: median(of.map((s) => s.cpuMs)),
      wallMs: median(of.map((s) => s.wallMs)),
      maxRssKb: median(of.map((s) => s.maxRssKb)),
    };
  }
  return { stages, counts: runs[0].counts };
}

const sum = (stages, names, key) => names.reduce((n, name) => n + stages[name][key], 0);
const sec = (ms) => (ms / 1000).toFixed(2);
const mb = (kb) => (kb / 1024).toFixed(0);
const ratio = (x) => x.toFixed(2);

function machine() {
  const cpus = os.cpus();
  return `${cpus[0]?.model.trim() ?? "?"}, ${cpus.length} cores, load ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(" ")}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
}

(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "toteuma-bench-"));
  const results = [];
  let failed = false;
  console.log(`Toteuma benchmark${SMOKE ? " (smoke)" : ""}: median of ${RUNS} run(s) each; ${machine()}`);
  console.log(`Temporary folder: ${dir}`);
  if (process.env.TOTEUMA_DIST) console.log(`Build measured: ${process.env.TOTEUMA_DIST}`);
  try {
    for (const c of CASES) {
      const file = path.join(dir, `${c.id}.xlsx`);
      const built = await c.build(file);
      const bytes = fs.statSync(file).size;
      const exceljsRuns = [];
      const toteumaRuns = [];
      for (let i = 0; i < RUNS; i++) {
        exceljsRuns.push(child("exceljs", file, dir));
        toteumaRuns.push(child("toteuma", file, dir));
      }
      const exceljs = summarise(exceljsRuns);
      const toteuma = summarise(toteumaRuns);
      const x = exceljs.stages.exceljs;
      const t = toteuma.stages;
      const row = {
        id: c.id,
        title: c.title,
        bytes,
        measures: toteuma.counts.measures,
        expected: built.measures,
        exceljs: x,
        stages: t,
        counts: toteuma.counts,
        readSideCpu: sum(t, READ_SIDE, "cpuMs"),
        readSideWall: sum(t, READ_SIDE, "wallMs"),
        colourCpu: sum(t, COLOUR, "cpuMs"),
        colourWall: sum(t, COLOUR, "wallMs"),
        peakReadKb: t.assess.maxRssKb,
        peakKb: t.write.maxRssKb,
      };
      results.push(row);
      if (row.measures !== row.expected) {
        failed = true;
        console.error(`${c.id}: read ${row.measures} measures, expected ${row.expected}`);
      }
      print(row);
    }
  } finally {
    if (!flag("--keep")) fs.rmSync(dir, { recursive: true, force: true });
  }
  summary(results);
  if (flag("--markdown")) markdown(results);
  const json = option("--json", null);
  if (json) fs.writeFileSync(json, JSON.stringify({ machine: machine(), runs: RUNS, results }, null, 2));
  if (failed) process.exit(1);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});

function print(r) {
  const t = r.stages;
  const x = r.exceljs;
  console.log(
    `\n${r.id}: ${r.title} — ${(r.bytes / 1048576).toFixed(1)} MB file, ${r.measures} measures, ` +
      `${r.counts.findings} findings, ${r.counts.edits} edits`,
  );
  console.log(
    `  ${"stage".padEnd(10)} ${"cpu s".padStart(7)} ${"wall s".padStart(7)} ${"× exceljs".padStart(9)} ${"peak MB".padStart(8)}`,
  );
  const line = (name, s) =>
    console.log(
      `  ${name.padEnd(10)} ${sec(s.cpuMs).padStart(7)} ${sec(s.wallMs).padStart(7)} ${ratio(s.cpuMs / x.cpuMs).padStart(9)} ${mb(s.maxRssKb).padStart(8)}`,
    );
  line("exceljs", x);
  for (const name of TOTEUMA_STAGES) line(name, t[name]);
  console.log(
    `  read side (load…assess) ${sec(r.readSideCpu)} s cpu = ${ratio(r.readSideCpu / x.cpuMs)} × exceljs (goal ≤ 1.25); ` +
      `colour ${sec(r.colourCpu)} s = ${ratio(r.colourCpu / x.cpuMs)} × (goal ≤ 2); ` +
      `peak ${mb(r.peakKb)} MB = ${ratio(r.peakKb / x.maxRssKb)} × exceljs' ${mb(x.maxRssKb)} MB (goal ≤ 1.5)`,
  );
}

function summary(results) {
  console.log("\nSummary (CPU time, median; ratios to exceljs load + visit of the same file)");
  console.log(
    `  ${"case".padEnd(16)} ${"exceljs s".padStart(9)} ${"read side".padStart(9)} ${"×".padStart(5)} ${"read".padStart(6)} ${"assess".padStart(6)} ${"colour".padStart(6)} ${"×".padStart(5)} ${"peak ×".padStart(6)}`,
  );
  for (const r of results)
    console.log(
      `  ${r.id.padEnd(16)} ${sec(r.exceljs.cpuMs).padStart(9)} ${sec(r.readSideCpu).padStart(9)} ${ratio(r.readSideCpu / r.exceljs.cpuMs).padStart(5)} ${sec(r.stages.read.cpuMs).padStart(6)} ${sec(r.stages.assess.cpuMs).padStart(6)} ${sec(r.colourCpu).padStart(6)} ${ratio(r.colourCpu / r.exceljs.cpuMs).padStart(5)} ${ratio(r.peakKb / r.exceljs.maxRssKb).padStart(6)}`,
    );
  const small = results.find((r) => r.id === "measures-10000");
  const big = results.find((r) => r.id === "measures-50000");
  if (small && big) {
    const k = (key) => ratio(big[key] / small[key]);
    console.log(
      `  50,000 / 10,000 measures: read side ${k("readSideCpu")} ×, read ${ratio(big.stages.read.cpuMs / small.stages.read.cpuMs)} ×, ` +
        `colour ${k("colourCpu")} ×, exceljs ${ratio(big.exceljs.cpuMs / small.exceljs.cpuMs)} × (goal ≤ 5.5)`,
    );
  }
}

function markdown(results) {
  console.log(
    "\n| Workbook | exceljs load | Toteuma load | snapshot | read | validate | assess | read side | colour (plan, apply, write) | peak memory (exceljs) |",
  );
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of results) {
    const t = r.stages;
    const x = r.exceljs.cpuMs;
    const cell = (ms) => `${sec(ms)} s`;
    console.log(
      `| ${r.title} | ${cell(x)} | ${cell(t.load.cpuMs)} | ${cell(t.snapshot.cpuMs)} | ${cell(t.read.cpuMs)} | ${cell(t.validate.cpuMs)} | ${cell(t.assess.cpuMs)} | ${cell(r.readSideCpu)} (${ratio(r.readSideCpu / x)} ×) | ${cell(r.colourCpu)} (${ratio(r.colourCpu / x)} ×) | ${mb(r.peakKb)} MB (${mb(r.exceljs.maxRssKb)} MB, ${ratio(r.peakKb / r.exceljs.maxRssKb)} ×) |`,
    );
  }
}
