/**
 * All or nothing with the real Excel runtime (harness.ts): the refusals and the putting back that
 * src/excel/allOrNothing.test.ts proves on the simulator, here through Office.js's own request
 * building and error handling (a failed request, proxies used again after it, protection loaded).
 */
import type * as ExcelJS from "exceljs";
import { STATE_SHEET } from "../../src/edits/types";
import { createOfficeHost } from "../../src/excel/officeHost";
import { strings } from "../../src/i18n";
import { connect, describeError, type AppActions } from "../../src/app";
import type { Simulator } from "../simulator";
import { loadWorkbook } from "../simulator/node";
import { createHarness, type Harness } from "./harness";

const YEAR_END = "elinvoima-ja-ymparisto-2023-vuosi.xlsx";
const SHEET = "Toteutuminen 2023";
const fi = strings("fi");

async function setup(limits?: {
  requestLimit: number;
}): Promise<{ h: Harness; pane: AppActions; ws: ExcelJS.Worksheet }> {
  const wb = await loadWorkbook(YEAR_END);
  const h = createHarness(wb, limits);
  return { h, pane: connect(createOfficeHost(h.run)), ws: wb.worksheets[0] };
}

function dump(sim: Simulator): unknown {
  const out: unknown[] = [sim.sheets()];
  for (let r = 1; r <= 207; r++)
    for (const c of ["A", "B", "C", "D", "E", "F"]) {
      const { value, fill, fontColor } = sim.cell(SHEET, `${c}${r}`);
      out.push([c, r, value, fill, fontColor]);
    }
  return out;
}

async function sentenceOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return describeError(e, fi).message;
  }
  throw new Error("the command did not fail");
}

describe("all or nothing, through the real Excel runtime", () => {
  it("a protected sheet and a cell typed over after the snapshot each refuse with their sentence, nothing changed", async () => {
    const { h, pane, ws } = await setup();
    const before = dump(h.sim);
    await ws.protect("", {});
    expect(await sentenceOf(pane.colour())).toBe(fi.errorProtected);
    expect(dump(h.sim)).toEqual(before);
    ws.unprotect();
    h.reset();
    h.sim.beforeSync((n) => {
      if (n === 4) ws.getCell("D12").value = "Mittaristo valmis ja käytössä.";
    });
    expect(await sentenceOf(pane.colour())).toBe(fi.errorChanged);
    expect(h.sim.cell(SHEET, "F12").value).toBe("");
    expect(h.sim.sheets().map((s) => s.name)).toEqual([SHEET]);
  });

  it("a batch failing part-way after others went through: everything put back", async () => {
    const probe = await setup({ requestLimit: 20_000 });
    await probe.pane.colour();
    const writes = probe.h.requests.map((r, i) => (i >= 4 && !r.error ? i + 1 : 0)).filter(Boolean);
    expect(writes.length).toBeGreaterThanOrEqual(3);

    const { h, pane } = await setup({ requestLimit: 20_000 });
    const before = dump(h.sim);
    // The simulator counts the requests it answers: the third write batch fails after 10 operations.
    h.sim.failSync(writes[2], "GeneralException", 10);
    expect(await sentenceOf(pane.colour())).toBe(fi.errorApply);
    expect(dump(h.sim)).toEqual(before);
    expect(h.sim.sheets().some((s) => s.name === STATE_SHEET)).toBe(false);
    // And the same colouring goes through afterwards.
    h.sim.failSync(-1, "GeneralException");
    await pane.colour();
    expect(h.sim.cell(SHEET, "F12").value).toBe("Osittain toteutunut");
  });
});
