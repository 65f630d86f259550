import { readWorkbook } from "../read";
import { loadFixture } from "../../test/support/load";
import { actionsOf, countMeasures, type WorkbookReport } from "../model";
import { actionAt, countsUnder, EXPAND_LIMIT, initialDepth, TREE_LEVELS } from "./viewModel";

async function reportOf(file: string): Promise<WorkbookReport> {
  return readWorkbook(await loadFixture(file));
}

describe("tree helpers", () => {
  it("counts actions and measures under every node, adding up to the sheet's", async () => {
    const wr = await reportOf("elinvoima-ja-ymparisto-2023-vuosi.xlsx");
    const sheet = wr.sheets[0];
    const sum = sheet.focusAreas.map(countsUnder).reduce((a, b) => ({
      actions: a.actions + b.actions,
      measures: a.measures + b.measures,
    }));
    expect(sum).toEqual({ actions: 16, measures: 25 });
    const commitment = sheet.focusAreas[0].goals[0].commitments[0];
    expect(countsUnder(commitment).measures).toBe(
      commitment.actions.reduce((n, a) => n + a.measures.length, 0),
    );
  });

  it("opens small workbooks fully and starts large ones closed", async () => {
    const wr = await reportOf("elinvoima-ja-ymparisto-2023-vuosi.xlsx");
    expect(countMeasures(wr.sheets[0])).toBeLessThanOrEqual(EXPAND_LIMIT);
    expect(initialDepth(wr)).toBe(TREE_LEVELS);
    const doubled = { name: null, sheets: [wr.sheets[0], { ...wr.sheets[0], sheet: "Kopio" }] };
    expect(initialDepth(doubled)).toBe(0); // 50 measures
  });
});

describe("actionAt", () => {
  it("finds the action whose block holds a cell, for every measure of the year-end report", async () => {
    const wr = await reportOf("elinvoima-ja-ymparisto-2023-vuosi.xlsx");
    for (const { action } of actionsOf(wr.sheets[0])) {
      expect(actionAt(wr, action.cell)).toBe(action);
      for (const m of action.measures) {
        expect(actionAt(wr, m.cell)).toBe(action);
        if (m.target) expect(actionAt(wr, m.target.cell)).toBe(action);
      }
    }
  });

  it("finds each row's action in a flat table and nothing outside the blocks", async () => {
    const wr = await reportOf("kasvu-ja-tyollisyys-2026-taulukko.xlsx");
    const sheet = wr.sheets.find((r) => r.layout === "table")!;
    for (const { action } of actionsOf(sheet))
      for (const m of action.measures) expect(actionAt(wr, m.cell)?.text).toBe(action.text);
    expect(actionAt(wr, { sheet: sheet.sheet, row: 1, col: 1 })).toBeNull();
    expect(actionAt(wr, { sheet: "Ei ole", row: 5, col: 1 })).toBeNull();
  });
});
