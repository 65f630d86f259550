/**
 * Request sizes measured, not estimated (issue 14): the product's Office.js code run against the
 * real Excel runtime's request serialisation (harness.ts), every request and answer of snapshot,
 * validate, colour, clear and findings sheet kept under Excel on the web's 5 MB limits for a
 * 10,000-measure workbook and a 50,000-row sheet; the simulator's byte count checked against the real
 * one; batches refused as too big halved and sent again with the real runtime.
 *
 * With TOTEUMA_FIGURES=1 the figures (largest request and answer and syncs per command) are written
 * to test-results/request-sizes.json for the README's performance table.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type * as ExcelJS from "exceljs";
import { planClear, planColour } from "../../src/edits/colour";
import { planFindingsSheet } from "../../src/edits/findings";
import { cellWrites, restoreWrites } from "../../src/excel/apply";
import { CELLS_PER_WAVE, wire } from "../../src/excel/limits";
import { createOfficeHost } from "../../src/excel/officeHost";
import type { HostPort } from "../../src/app";
import { readWorkbook } from "../../src/read";
import { validateWorkbook } from "../../src/validate";
import { assessWorkbook } from "../../src/assess";
import { createSimulator, type Simulator } from "../simulator";
import { FIXTURES, loadWorkbook } from "../simulator/node";
import { createHarness, LIMIT, type Harness, type RecordedRequest } from "./harness";
import { copiesWorkbook, fiftyThousandRows, tenThousandMeasures } from "./workbooks";

interface Figures {
  syncs: number;
  request: number;
  response: number;
}

const figures: Record<string, Record<string, Figures>> = {};

function figuresOf(requests: RecordedRequest[]): Figures {
  return {
    syncs: requests.length,
    request: Math.max(0, ...requests.map((r) => r.bytes)),
    response: Math.max(0, ...requests.map((r) => r.responseBytes)),
  };
}

function expectUnderLimits(what: string, requests: RecordedRequest[]): void {
  for (const [i, r] of requests.entries()) {
    expect([what, i, r.error ?? null]).toEqual([what, i, null]);
    expect(r.bytes).toBeLessThan(LIMIT);
    expect(r.postedBytes).toBeLessThan(LIMIT);
    expect(r.responseBytes).toBeLessThan(LIMIT);
  }
}

/**
 * Every command of the pane through `host`: the snapshot (which "Tarkista raportti" is, in Excel),
 * then colouring, clearing and the findings sheet, each planned from its own snapshot.
 */
async function commands(
  host: HostPort,
  step: (name: string) => void,
  rulesOf = validateWorkbook,
): Promise<void> {
  const snapshot = await host.snapshot();
  step("snapshot");
  const report = readWorkbook(snapshot);
  const findings = rulesOf(report);
  await host.apply(planColour(report, assessWorkbook(report), snapshot));
  step("colour");
  const coloured = await host.snapshot();
  step("snapshot (coloured)");
  await host.apply(planClear(coloured));
  step("clear");
  await host.apply([planFindingsSheet(findings, report, "fi", snapshot)]);
  step("findings sheet");
}

/** Runs the commands through the real runtime, recording each step's requests. */
async function measure(
  wb: ExcelJS.Workbook,
  rulesOf?: typeof validateWorkbook,
): Promise<{ h: Harness; steps: Record<string, RecordedRequest[]> }> {
  const h = createHarness(wb);
  const steps: Record<string, RecordedRequest[]> = {};
  await commands(
    createOfficeHost(h.run),
    (name) => {
      steps[name] = h.requests.slice();
      h.reset();
    },
    rulesOf,
  );
  return { h, steps };
}

afterAll(() => {
  if (!process.env.TOTEUMA_FIGURES) return;
  const out = path.join(__dirname, "..", "..", "test-results", "request-sizes.json");
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const machine = `${os.cpus()[0]?.model ?? "?"} × ${os.cpus().length}, Node ${process.version}`;
  fs.writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), machine, figures }, null, 2));
});

describe("requests as the real Excel runtime serialises them", () => {
  it("the simulator counts every request within 10 % of the real serialisation", async () => {
    const workbooks: [string, () => Promise<ExcelJS.Workbook>][] = [
      ...fs
        .readdirSync(FIXTURES)
        .filter((f) => f.endsWith(".xlsx"))
        .map((f): [string, () => Promise<ExcelJS.Workbook>] => [f, () => loadWorkbook(f)]),
      ["2 sheets × 4 copies of the year-end report", () => copiesWorkbook(2, 4)],
    ];
    for (const [name, make] of workbooks) {
      const real: RecordedRequest[] = [];
      const h = createHarness(await make());
      await commands(createOfficeHost(h.run), () => undefined);
      real.push(...h.requests);
      const sim: Simulator = createSimulator(await make());
      await commands(createOfficeHost(sim.run), () => undefined);
      expect([name, sim.stats.batches.length]).toEqual([name, real.length]);
      real.forEach((r, i) => {
        const counted = sim.stats.batches[i].bytes;
        expect([name, i, Math.abs(counted - r.bytes) / r.bytes <= 0.1]).toEqual([name, i, true]);
      });
    }
  });

  it("counts writes at least as big as Office.js sends them, and not much bigger", async () => {
    const wb = await loadWorkbook("elinvoima-ja-ymparisto-2023-vuosi.xlsx");
    const h = createHarness(wb);
    const sheet = wb.worksheets[0].name;
    const cells = Array.from({ length: 400 }, (_, i) => ({
      row: 300 + i,
      col: 2 + (i % 4),
      value: i % 2 ? `Osittain toteutunut ${i}` : undefined,
      style: { fill: "#FFEB9C", fontColor: "#9C5700" },
    }));
    const restores = cells.map((c, i) => ({
      row: c.row,
      col: c.col,
      value: i % 3 ? `arvo ${i}` : null,
      fill: i % 2 ? "#C6EFCE" : null,
      fontColor: "#000000",
    }));
    /** The bytes the writes were counted at, and what Office.js sent for them. */
    const sizes = async (make: (ws: () => Excel.Worksheet) => { bytes: number; queue: () => void }[]) => {
      h.reset();
      let counted = wire.batch;
      await h.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        for (const w of make(() => ws)) {
          counted += w.bytes;
          w.queue();
        }
        await context.sync();
      });
      return { counted, sent: h.requests[0].bytes };
    };
    const colours = await sizes((ws) => cellWrites(ws, cells));
    const putBack = await sizes((ws) => restoreWrites(ws, restores));
    for (const { counted, sent } of [colours, putBack]) {
      expect(counted).toBeGreaterThanOrEqual(sent);
      expect(counted).toBeLessThan(sent * 1.4);
    }
  });

  it("halves and resends batches Excel refuses as too big, reads and writes, with the real runtime", async () => {
    const plain = createSimulator(await copiesWorkbook(1, 2));
    await commands(createOfficeHost(plain.run), () => undefined);
    const h = createHarness(await copiesWorkbook(1, 2), { requestLimit: 40_000, responseLimit: 40_000 });
    await commands(createOfficeHost(h.run), () => undefined);
    const refused = h.requests.map((r) => r.error).filter(Boolean);
    expect(refused).toContain("RequestPayloadSizeLimitExceeded");
    expect(refused).toContain("ResponsePayloadSizeLimitExceeded");
    const dump = (sim: Simulator) =>
      sim
        .sheets()
        .map((s) =>
          Array.from({ length: 420 }, (_, r) =>
            ["A", "B", "C", "D", "E", "F"].map((c) => sim.cell(s.name, `${c}${r + 1}`)),
          ),
        );
    expect(dump(h.sim)).toEqual(dump(plain));
  });

  it("a capture of 50,000 cells: its read answers stay under 5 MB, every cell kept in the state sheet", async () => {
    const wb = await copiesWorkbook(1, 49);
    const h = createHarness(wb);
    const sheet = wb.worksheets[0].name;
    const cells: { row: number; col: number }[] = [];
    for (let row = 1; row <= 10_000; row++) for (let col = 1; col <= 5; col++) cells.push({ row, col });
    const coloured = cells.filter((c) => c.row % 50 === 0);
    await createOfficeHost(h.run).apply([
      { kind: "capture", key: "status", sheet, cells },
      {
        kind: "cells",
        sheet,
        cells: coloured.map((c) => ({ ...c, style: { fill: "#C6EFCE", fontColor: "#006100" } })),
      },
    ]);
    expectUnderLimits("capture", h.requests);
    figures["50,000 cells captured"] = { colour: figuresOf(h.requests) };
    expect(h.sim.cell(sheet, "E10000").fill).toBe("#C6EFCE");
    const state = h.sim.workbook.getWorksheet("Toteuma_tila") as ExcelJS.Worksheet;
    expect(state.rowCount).toBe(50_000);
    expect(JSON.parse(String(state.getCell(50_000, 5).value))).toMatchObject({
      row: 10_000,
      col: 5,
      fill: null,
    });
  });

  it("a 50,000-row sheet: every request and answer of every command under 5 MB", async () => {
    const { steps } = await measure(await fiftyThousandRows());
    figures["50,000-row sheet"] = {};
    for (const [name, requests] of Object.entries(steps)) {
      expectUnderLimits(name, requests);
      figures["50,000-row sheet"][name] = figuresOf(requests);
    }
    // Syncs grow with the amount of data, not per sheet or per cell.
    expect(steps.snapshot.length).toBeLessThanOrEqual(2 + Math.ceil((1.5 * 50_094 * 5) / CELLS_PER_WAVE));
  });

  it("10,000 measures on 20 sheets: every request and answer of every command under 5 MB", async () => {
    const { steps } = await measure(await tenThousandMeasures());
    figures["10,000 measures"] = {};
    for (const [name, requests] of Object.entries(steps)) {
      expectUnderLimits(name, requests);
      figures["10,000 measures"][name] = figuresOf(requests);
    }
    expect(steps.snapshot.length).toBeLessThanOrEqual(2 + Math.ceil((1.5 * 20 * 4_140 * 5) / CELLS_PER_WAVE));
  });
});
