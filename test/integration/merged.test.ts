/**
 * Merged cells as city reports have them (test/fixtures/make-merged.py): labels merged down over
 * their value rows, texts merged across the empty columns right of them, titles and headings merged
 * across the sheet, repeated departments merged down a table. Each merged twin reads the same hierarchy
 * and findings as its unmerged original, through the file loader (src/xlsx) and through the Office.js
 * snapshot over the Excel host simulator. And Excel's limit of 512 merged areas per query never
 * stops a snapshot.
 */
import * as fs from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { createOfficeHost } from "../../src/excel/officeHost";
import { MERGE_BAND_ROWS } from "../../src/excel/limits";
import { measuresOf, type WorkbookReport } from "../../src/model";
import type { WorkbookSnapshot } from "../../src/model/grid";
import { readWorkbook } from "../../src/read";
import { validateWorkbook } from "../../src/validate";
import { loadXlsxFile } from "../../src/xlsx/snapshot";
import { createSimulator } from "../simulator";
import { MAX_MERGED_AREAS } from "../simulator/api";
import { FIXTURES, loadWorkbook } from "../simulator/node";

const MERGED = path.join(FIXTURES, "merged");
const twins = fs.readdirSync(MERGED).filter((f) => f.endsWith(".xlsx"));

/** What was read: each sheet's layout and header, every action and measure with its cells and texts. */
function hierarchy(wr: WorkbookReport): unknown {
  return wr.sheets.map((r) => ({
    sheet: r.sheet,
    layout: r.layout,
    department: r.department,
    period: r.period,
    actions: [...measuresOf(r)].map(({ focusArea, goal, commitment, action, measure }) => [
      focusArea.text,
      goal.text,
      commitment.text,
      action.text,
      action.cell,
      measure.text,
      measure.cell,
      measure.baseline?.text ?? null,
      measure.target?.text ?? null,
      measure.actual?.text ?? null,
      action.reports.length,
    ]),
  }));
}

function findings(wr: WorkbookReport): string[] {
  return validateWorkbook(wr).map((f) => `${f.cell.sheet}!${f.cell.row},${f.cell.col} ${f.code}`);
}

async function officeSnapshot(wb: ExcelJS.Workbook): Promise<WorkbookSnapshot> {
  return createOfficeHost(createSimulator(wb).run).snapshot();
}

describe("merged cells read the same hierarchy as their unmerged twins", () => {
  it("has a merged twin of every fixture, with merges in it", async () => {
    expect(twins.sort()).toEqual(
      fs
        .readdirSync(FIXTURES)
        .filter((f) => f.endsWith(".xlsx"))
        .sort(),
    );
    for (const f of twins) {
      const { snapshot } = await loadXlsxFile(path.join(MERGED, f));
      expect([f, snapshot.sheets[0].merges.length > 0]).toEqual([f, true]);
    }
  });

  it.each(twins)("%s through the file loader", async (f) => {
    const plain = readWorkbook((await loadXlsxFile(path.join(FIXTURES, f))).snapshot);
    const merged = readWorkbook((await loadXlsxFile(path.join(MERGED, f))).snapshot);
    expect([...measuresOf(plain.sheets[0])].length).toBeGreaterThan(0);
    expect(hierarchy(merged)).toEqual(hierarchy(plain));
    expect(findings(merged)).toEqual(findings(plain));
  });

  it.each(twins)("%s through the Office.js snapshot", async (f) => {
    const plainSnap = await officeSnapshot(await loadWorkbook(f));
    const mergedSnap = await officeSnapshot(await loadWorkbook(path.join(MERGED, f)));
    const fromFile = (await loadXlsxFile(path.join(MERGED, f))).snapshot;
    // Excel lists the same merged areas as the file holds (the first sheet's; others have none).
    expect(mergedSnap.sheets[0].merges).toEqual(
      [...fromFile.sheets[0].merges].sort((a, b) => a.top - b.top || a.left - b.left),
    );
    const plain = readWorkbook(plainSnap);
    const merged = readWorkbook(mergedSnap);
    expect(hierarchy(merged)).toEqual(hierarchy(plain));
    expect(hierarchy(merged)).toEqual(
      hierarchy(readWorkbook((await loadXlsxFile(path.join(FIXTURES, f))).snapshot)),
    );
    expect(findings(merged)).toEqual(findings(plain));
  });
});

describe("more merged areas than Excel lists in one query", () => {
  /** A sheet of `rows` rows, each with `perRow` merged pairs of cells and a value in each pair. */
  function manyMerges(rows: number, perRow: number): ExcelJS.Workbook {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Yhdistetyt");
    for (let r = 1; r <= rows; r++)
      for (let k = 0; k < perRow; k++) {
        ws.getCell(r, 2 * k + 1).value = `R${r}K${k}`;
        ws.mergeCells(r, 2 * k + 1, r, 2 * k + 2);
      }
    return wb;
  }

  it("reads every merged area of a sheet with thousands, in bands of rows", async () => {
    const wb = manyMerges(3000, 2);
    const sim = createSimulator(wb);
    const snap = await createOfficeHost(sim.run).snapshot();
    expect(snap.sheets[0].merges).toHaveLength(6000);
    expect(snap.sheets[0].mergesIncomplete).toBeUndefined();
    // One merged-areas query over the whole sheet would have failed; the snapshot took no more syncs.
    expect(6000).toBeGreaterThan(MAX_MERGED_AREAS);
    expect(sim.stats.syncs).toBe(3);
    expect(snap.sheets[0].cells[2999][2]).toEqual({ value: "R3000K1", text: "R3000K1" });
    // D3000 is covered by the merge C3000:D3000: empty, so the row ends at C.
    expect(snap.sheets[0].cells[2999]).toHaveLength(3);
  });

  it("reads a band with more than 512 in halves, the cells once, and goes on", async () => {
    const perRow = Math.ceil((MAX_MERGED_AREAS + 1) / MERGE_BAND_ROWS) + 1;
    const wb = manyMerges(MERGE_BAND_ROWS * 3, perRow);
    const sim = createSimulator(wb);
    const snap = await createOfficeHost(sim.run).snapshot();
    expect(snap.sheets[0].merges).toHaveLength(MERGE_BAND_ROWS * 3 * perRow);
    expect(snap.sheets[0].mergesIncomplete).toBeUndefined();
    expect(sim.stats.batches.some((b) => b.error === "GeneralException")).toBe(true);
    expect(snap.sheets[0].cells[MERGE_BAND_ROWS * 3 - 1][0]?.value).toBe(`R${MERGE_BAND_ROWS * 3}K0`);
  });

  it("gives up the merged areas of a single row over the limit, says so, and reads everything else", async () => {
    const wb = manyMerges(4, 2);
    const ws = wb.addWorksheet("Leveä");
    for (let k = 0; k < MAX_MERGED_AREAS + 1; k++) {
      ws.getCell(1, 2 * k + 1).value = k;
      ws.mergeCells(1, 2 * k + 1, 1, 2 * k + 2);
    }
    ws.getCell(2, 1).value = "TOIMENPIDE";
    const snap = await officeSnapshot(wb);
    expect(snap.sheets[0].merges).toHaveLength(8);
    expect(snap.sheets[0].mergesIncomplete).toBeUndefined();
    expect(snap.sheets[1].mergesIncomplete).toBe(true);
    expect(snap.sheets[1].cells[1][0]?.value).toBe("TOIMENPIDE");
    expect(snap.sheets[1].cells[0][2 * MAX_MERGED_AREAS]?.value).toBe(MAX_MERGED_AREAS);
  });
});
