/**
 * Issue 10 in Excel: a 50,000-row report sheet (the year-end report copied 242 times down one sheet,
 * 6,050 measures) through the pane's own commands — check, colour, clear: the use cases of src/app
 * over the Office.js host — in the Excel host simulator. Every request and every answer stays under
 * Excel on the web's 5 MB, no batch is refused as too big (no round trip wasted), and the number of
 * context.sync() calls is set by the amount of data in chunks, never by rows or cells:
 *   - the snapshot: 2 syncs (the sheets; their used ranges) + 1 per wave of at most CELLS_PER_WAVE
 *     cells, exactly (here 2 + 7);
 *   - a check: exactly the snapshot (the workbook's settings are read in its first sync);
 *   - colour and clear after their snapshot: reads and writes packed by their
 *     bytes, so at most two syncs per 3.5 MB budget of what they send and receive (greedy packing:
 *     two batches in a row overflow one budget; here 8 each).
 * test/officejs/requests.test.ts sends the same workbook through the real Office.js runtime.
 */
import { connect } from "../app";
import { planColour } from "../edits/colour";
import { a1 } from "../model/cellref";
import { createSimulator, type BatchStat, type Simulator } from "../../test/simulator";
import { fiftyThousandRows } from "../../test/officejs/workbooks";
import { CELLS_PER_CHUNK, CELLS_PER_WAVE, RESPONSE_BUDGET, WRITE_BUDGET } from "./limits";
import { createOfficeHost } from "./officeHost";

const LIMIT = 5 * 1024 * 1024;

/** The snapshot's waves for a used range of `rows` × `cols` (snapshot.ts: row blocks packed into waves). */
function snapshotWaves(rows: number, cols: number): number {
  const rowsPerBlock = Math.max(1, Math.floor(CELLS_PER_CHUNK / cols));
  const blocks = Math.ceil(rows / rowsPerBlock);
  const blocksPerWave = Math.max(1, Math.floor(CELLS_PER_WAVE / (rowsPerBlock * cols)));
  return Math.ceil(blocks / blocksPerWave);
}

/** One command's result and the batches it sent. */
async function batchesOf<T>(sim: Simulator, command: () => Promise<T>): Promise<[T, BatchStat[]]> {
  const before = sim.stats.batches.length;
  const result = await command();
  return [result, sim.stats.batches.slice(before)];
}

function expectUnderLimits(batches: BatchStat[]): void {
  for (const [i, b] of batches.entries()) {
    expect([i, b.error ?? null]).toEqual([i, null]);
    expect(b.bytes).toBeLessThan(LIMIT);
    expect(b.responseBytes).toBeLessThan(LIMIT);
  }
}

/** At most two syncs per budget of bytes carried (greedy packing: two batches in a row overflow one). */
function bytesBound(batches: BatchStat[]): number {
  const sent = batches.reduce((n, b) => n + b.bytes, 0);
  const answered = batches.reduce((n, b) => n + b.responseBytes, 0);
  return 2 * (Math.ceil(sent / WRITE_BUDGET) + Math.ceil(answered / RESPONSE_BUDGET));
}

describe("a 50,000-row report sheet in Excel (simulator)", () => {
  it("check, colour and clear: every request and answer under 5 MB, syncs per chunk, never per row", async () => {
    const sim = createSimulator(await fiftyThousandRows());
    const app = connect(createOfficeHost(sim.run));

    // The snapshot: 2 syncs + one per wave of cells, exactly.
    const [snap, snapshot] = await batchesOf(sim, () => createOfficeHost(sim.run).snapshot());
    expectUnderLimits(snapshot);
    const grid = snap.sheets[0];
    expect(grid.rowCount).toBeGreaterThanOrEqual(50_000);
    const waves = snapshotWaves(grid.rowCount, grid.columnCount);
    expect(snapshot).toHaveLength(2 + waves);
    expect(waves).toBeLessThan(20);

    // A check is the snapshot, nothing more: the settings it uses come with it.
    const [{ report }, check] = await batchesOf(sim, () => app.check());
    expectUnderLimits(check);
    expect(report.sheets).toHaveLength(1);
    expect(check.length).toBe(snapshot.length);

    // Colour: its snapshot, then reads and writes packed by bytes.
    const [{ assessments }, colour] = await batchesOf(sim, () => app.colour());
    expectUnderLimits(colour);
    const own = colour.slice(snapshot.length);
    expect(own.length).toBeLessThanOrEqual(bytesBound(own));
    expect(own.length).toBeLessThan(20);
    expect(assessments.length).toBeGreaterThan(6_000);
    // The plan's last coloured cell, far down the sheet, has its colour.
    const cells = planColour(report, assessments, snap).flatMap((e) =>
      e.kind === "cells" ? e.cells.filter((c) => c.style?.fill) : [],
    );
    const last = cells.reduce((a, b) => (b.row > a.row ? b : a));
    expect(last.row).toBeGreaterThan(49_000);
    const address = a1({ row: last.row, col: last.col });
    const before = grid.cells[last.row - 1]?.[last.col - 1] ?? null;
    expect(sim.cell(grid.sheet, address).fill).toBe(last.style?.fill);

    // Clear: its snapshot (now with the state sheet), then reads and writes packed by bytes.
    const [, snapshotNow] = await batchesOf(sim, () => createOfficeHost(sim.run).snapshot());
    const [, clear] = await batchesOf(sim, () => app.clear());
    expectUnderLimits(clear);
    const restored = await createOfficeHost(sim.run).snapshot();
    const clearOwn = clear.slice(snapshotNow.length);
    expect(clearOwn.length).toBeLessThanOrEqual(bytesBound(clearOwn));
    expect(clearOwn.length).toBeLessThan(20);
    expect(sim.cell(grid.sheet, address).fill).toBeNull();
    expect(
      restored.sheets.find((g) => g.sheet === grid.sheet)?.cells[last.row - 1]?.[last.col - 1] ?? null,
    ).toEqual(before);
  });
});
