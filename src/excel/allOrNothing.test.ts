/**
 * "Väritä tila" and "Poista värit" in Excel are all or nothing for the person (issue 11): a protected
 * sheet, a cell in edit mode or a cell changed since the workbook was read gives one sentence and
 * changes nothing; a batch that fails after others went through leaves no half-coloured sheet. Played
 * on the Excel host simulator, through the pane's controller and its error sentences.
 */
import type * as ExcelJS from "exceljs";
import { createSimulator, type Simulator } from "../../test/simulator";
import { loadWorkbook } from "../../test/simulator/node";
import { STATE_SHEET } from "../edits/types";
import { strings } from "../i18n";
import { connect, describeError, type AppActions } from "../app";
import { createOfficeHost } from "./officeHost";

const YEAR_END = "elinvoima-ja-ymparisto-2023-vuosi.xlsx";
const SHEET = "Toteutuminen 2023";
const fi = strings("fi");

interface Setup {
  sim: Simulator;
  pane: AppActions;
  ws: ExcelJS.Worksheet;
}

async function setup(): Promise<Setup> {
  const wb = await loadWorkbook(YEAR_END);
  const sim = createSimulator(wb);
  return { sim, pane: connect(createOfficeHost(sim.run)), ws: wb.worksheets[0] };
}

/** Every cell's value, fill and font colour, and the sheets: what the person sees. */
function dump(sim: Simulator): unknown {
  const sheets = sim.sheets();
  const cells: unknown[] = [];
  for (const { name } of sheets) {
    if (name === STATE_SHEET) continue;
    const ws = sim.workbook.getWorksheet(name) as ExcelJS.Worksheet;
    for (let r = 1; r <= ws.rowCount; r++)
      for (let c = 1; c <= 8; c++) {
        const a = `${String.fromCharCode(64 + c)}${r}`;
        const { value, fill, fontColor } = sim.cell(name, a);
        cells.push([name, a, value, fill, fontColor]);
      }
  }
  return { sheets, cells };
}

/** The sentence the pane shows for a failed command. */
async function sentenceOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return describeError(e, fi).message;
  }
  throw new Error("the command did not fail");
}

describe("colouring and clearing in Excel are all or nothing", () => {
  it("a protected sheet: one sentence, nothing changed, nothing but reads sent", async () => {
    const { sim, pane, ws } = await setup();
    await ws.protect("", {});
    const before = dump(sim);
    expect(await sentenceOf(pane.colour())).toBe(fi.errorProtected);
    expect(dump(sim)).toEqual(before);
    expect(sim.sheets().map((s) => s.name)).toEqual([SHEET]);
    // The snapshot's three syncs (the workbook's settings read in the first) and the apply's one read:
    // no write was sent.
    expect(sim.stats.syncs).toBe(4);
    expect(sim.stats.batches.every((b) => !b.error)).toBe(true);
  });

  it("a cell in edit mode: one sentence whether Excel refuses the snapshot or the apply's read", async () => {
    const { sim, pane } = await setup();
    const before = dump(sim);
    sim.setEditMode(true);
    expect(await sentenceOf(pane.colour())).toBe(fi.errorEditMode);
    sim.setEditMode(false);
    // Someone starts typing during the snapshot (before its last sync, 3) or after it, before the
    // apply's read (4).
    for (const at of [3, 4]) {
      sim.resetStats();
      sim.beforeSync((n) => {
        if (n === at) sim.setEditMode(true);
      });
      expect(await sentenceOf(pane.colour())).toBe(fi.errorEditMode);
      sim.beforeSync(null);
      sim.setEditMode(false);
    }
    expect(dump(sim)).toEqual(before);
    expect(sim.sheets().map((s) => s.name)).toEqual([SHEET]);
  });

  it("a cell the plan relies on changed after the snapshot: one sentence, nothing changed", async () => {
    const { sim, pane, ws } = await setup();
    sim.beforeSync((n) => {
      // E12 is the actual of the first measure: its colour was judged from what the snapshot read.
      if (n === 4) ws.getCell("E12").value = "Valmis ja käytössä.";
    });
    const typed = await (async () => {
      const s = await sentenceOf(pane.colour());
      return { s, after: dump(sim) };
    })();
    expect(typed.s).toBe(fi.errorChanged);
    expect(sim.cell(SHEET, "E12")).toMatchObject({ value: "Valmis ja käytössä.", fill: null });
    expect(sim.sheets().map((s) => s.name)).toEqual([SHEET]);
    // A cell the plan does not touch or judge from (the title) may change: colouring goes ahead.
    sim.resetStats();
    sim.beforeSync((n) => {
      if (n === 4) ws.getCell("A1").value = "Uusi otsikko";
    });
    await pane.colour();
    // Judged afresh from the new actual.
    expect(sim.cell(SHEET, "F12").value).toBe("Toteutunut");
  });

  it("a coloured label typed over after the snapshot: clearing refuses and keeps what was typed", async () => {
    const { sim, pane, ws } = await setup();
    await pane.colour();
    const coloured = dump(sim);
    sim.resetStats();
    sim.beforeSync((n) => {
      if (n === 4) ws.getCell("F12").value = "Oma arvio: kesken";
    });
    expect(await sentenceOf(pane.clear())).toBe(fi.errorChanged);
    expect(sim.cell(SHEET, "F12").value).toBe("Oma arvio: kesken");
    ws.getCell("F12").value = "Osittain toteutunut";
    expect(dump(sim)).toEqual(coloured);
  });

  /** The batches of a colouring under `limit`: which syncs wrote, which were refused. */
  async function colourBatches(limit: number): Promise<{ writes: number[]; refused: number }> {
    const { sim, pane } = await setup();
    sim.setLimits({ request: limit });
    await pane.colour();
    const writes: number[] = [];
    sim.stats.batches.forEach((b, i) => {
      if (i >= 4 && !b.error) writes.push(i + 1);
    });
    return { writes, refused: sim.stats.batches.filter((b) => b.error).length };
  }

  it("a batch failing part-way after others went through: every changed cell put back, the state sheet gone", async () => {
    const { writes, refused } = await colourBatches(20_000);
    expect(refused).toBeGreaterThan(0);
    expect(writes.length).toBeGreaterThanOrEqual(3);
    const { sim, pane } = await setup();
    sim.setLimits({ request: 20_000 });
    const before = dump(sim);
    sim.failSync(writes[2], "GeneralException", 10);
    expect(await sentenceOf(pane.colour())).toBe(fi.errorApply);
    expect(dump(sim)).toEqual(before);
    expect(sim.sheets().map((s) => s.name)).toEqual([SHEET]);
  });

  it("when even putting back fails, the state written first lets 'Poista värit' put everything back", async () => {
    const { writes } = await colourBatches(20_000);
    const { sim, pane } = await setup();
    sim.setLimits({ request: 20_000 });
    const before = dump(sim);
    sim.failSync(writes[2], "GeneralException", 10);
    sim.beforeSync((n) => {
      // From the failure on, a person is typing in a cell: putting back is refused until they stop.
      if (n === writes[2] + 1) sim.setEditMode(true);
    });
    expect(await sentenceOf(pane.colour())).toBe(fi.errorPartial);
    sim.setEditMode(false);
    sim.beforeSync(null);
    expect(dump(sim)).not.toEqual(before);
    await pane.clear();
    expect(dump(sim)).toEqual(before);
    expect(sim.sheets().map((s) => s.name)).toEqual([SHEET]);
  });

  it("edit mode part-way: put back once the person stops typing, and the sentence says why", async () => {
    const { writes } = await colourBatches(20_000);
    const { sim, pane } = await setup();
    sim.setLimits({ request: 20_000 });
    const before = dump(sim);
    sim.beforeSync((n) => {
      if (n === writes[2]) sim.setEditMode(true);
      if (n === writes[2] + 2) sim.setEditMode(false);
    });
    expect(await sentenceOf(pane.colour())).toBe(fi.errorEditMode);
    expect(dump(sim)).toEqual(before);
    expect(sim.sheets().map((s) => s.name)).toEqual([SHEET]);
  });

  it("an empty state sheet left in the workbook is used again, not added a second time", async () => {
    const { sim, pane } = await setup();
    sim.workbook.addWorksheet(STATE_SHEET).state = "veryHidden";
    await pane.colour();
    expect(sim.cell(SHEET, "F12").value).toBe("Osittain toteutunut");
    expect(sim.sheets().filter((s) => s.name === STATE_SHEET)).toHaveLength(1);
    await pane.clear();
    expect(sim.cell(SHEET, "F12").value).toBe("");
  });

  it("batches refused as too big are halved and sent again, reads and writes alike, to the same result", async () => {
    const plain = await setup();
    await plain.pane.colour();
    const small = await setup();
    small.sim.setLimits({ request: 16_000, response: 6_000 });
    await small.pane.colour();
    const refused = small.sim.stats.batches.map((b) => b.error).filter(Boolean);
    expect(refused).toContain("RequestPayloadSizeLimitExceeded");
    expect(refused).toContain("ResponsePayloadSizeLimitExceeded");
    expect(dump(small.sim)).toEqual(dump(plain.sim));
    small.sim.resetStats();
    await small.pane.clear();
    const original = await setup();
    expect(dump(small.sim)).toEqual(dump(original.sim));
  });
});
