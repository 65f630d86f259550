/**
 * The template use case through the Office.js host over the Excel host simulator: "Luo pohja" writes
 * each department's template into the workbook with every part (Input style, unlocked answer cells,
 * drop-downs, protection, print settings) in a number of syncs that does not grow with the number of
 * departments; "Luo erillisinä työkirjoina" opens each as a workbook of its own (Excel.createWorkbook),
 * which reads back as the template.
 */
import * as ExcelJS from "exceljs";
import { createOfficeHost } from "../excel/officeHost";
import { readWorkbook } from "../read";
import { countActions, countMeasures } from "../model";
import { applyEdits, newWorkbook, snapshotFromBuffer, workbookBytes } from "../xlsx/core";
import { createSimulator } from "../../test/simulator";
import { loadWorkbook } from "../../test/simulator/node";
import { memorySettings } from "./port";
import { connect } from ".";

const T2 = "konsernipalvelut-2025-T2.xlsx";
const DEPARTMENTS = ["KONSERNIPALVELUT", "SIVISTYSTOIMIALA", "TEKNINEN TOIMIALA", "PERUSTURVAN TOIMIALA"];

/** The T2 report once per department: the same sheet under each department's title. */
async function departments(n: number): Promise<ExcelJS.Workbook> {
  const source = (await loadWorkbook(T2)).worksheets[0];
  const wb = new ExcelJS.Workbook();
  for (let i = 0; i < n; i++) {
    const ws = wb.addWorksheet(`T2 2025 (${i + 1})`);
    source.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        ws.getCell(r, c).value = cell.value;
      }),
    );
    ws.getCell("A1").value = `TALOUSARVION 2025 TOIMINNALLISET TAVOITTEET – ${DEPARTMENTS[i]}`;
  }
  return wb;
}

async function luoPohja(n: number) {
  const sim = createSimulator(await departments(n));
  const app = connect(createOfficeHost(sim.run, sim.Excel.createWorkbook));
  sim.resetStats();
  const result = await app.template({ period: "year", into: "workbook" });
  return { sim, result, syncs: sim.stats.syncs };
}

describe("Luo pohja: templates into this workbook", () => {
  it("writes every department's template in the same number of syncs as one", async () => {
    const one = await luoPohja(1);
    const four = await luoPohja(4);
    expect(one.result.templates.map((p) => p.template.sheet)).toEqual(["Konsernipalvelut vuosi 2025"]);
    expect(four.result.templates.map((p) => p.template.sheet)).toEqual([
      "Konsernipalvelut vuosi 2025",
      "Sivistystoimiala vuosi 2025",
      "Tekninen toimiala vuosi 2025",
      "Perusturvan toimiala vuosi 2025",
    ]);
    expect(four.syncs).toBe(one.syncs);
    // The snapshot (sheets, used ranges, cells) and the writes: never one sync per sheet, cell or part.
    expect(one.syncs).toBeLessThanOrEqual(6);
    for (const b of four.sim.stats.batches) expect(b.bytes).toBeLessThan(5 * 1024 * 1024);
  });

  it("writes answer cells in Excel's Input style and unlocked, a drop-down of the four labels, protection without a password and A4 print settings", async () => {
    const { sim, result } = await luoPohja(1);
    const [planned] = result.templates;
    const sheet = planned.template.sheet;
    expect(sim.activeSheet()).toBe(sheet);
    const address = (row: number, col: number) => `${String.fromCharCode(64 + col)}${row}`;
    for (const a of planned.answers) {
      const f = sim.format(sheet, address(a.row, a.col));
      expect([a.kind, f.style, f.locked, f.wrap]).toEqual([a.kind, "Input", false, true]);
    }
    const title = sim.format(sheet, "A1");
    expect([title.style, title.locked]).toEqual(["Normal", true]);
    const tila = planned.answers.find((a) => a.kind === "tila");
    expect(sim.validation(sheet, address(tila!.row, tila!.col))).toMatchObject({
      type: "List",
      source: "Toteutunut,Osittain toteutunut,Ei toteutunut,Ei arvioitavissa",
      inCellDropDown: true,
    });
    expect(sim.protection(sheet)).toMatchObject({ protected: true, password: false });
    expect(sim.pageLayout(sheet)).toMatchObject({
      paperSize: "A4",
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1 },
      printTitleRows: "1:1",
    });
    const selvitys = planned.answers.filter((a) => a.kind === "raportointi");
    expect(selvitys).toHaveLength(12);
    expect(sim.merges(sheet)).toContain(`B${selvitys[0].row}:F${selvitys[0].row}`);
    expect(sim.rowHeight(sheet, selvitys[0].row)).toBe(60);
    // The source sheet is untouched.
    expect(sim.cell("T2 2025 (1)", "A10").value).toBe(
      "Selvitys toimenpiteen edistymisestä toisella vuosikolmanneksella (T2):",
    );
  });

  it("reads back from the workbook as the template: same actions and measures, the year, unanswered", async () => {
    const { sim } = await luoPohja(1);
    const app = connect(createOfficeHost(sim.run));
    const wr = await app.read();
    const [source, made] = wr.sheets;
    expect(made).toMatchObject({
      sheet: "Konsernipalvelut vuosi 2025",
      department: "Konsernipalvelut",
      period: "year",
      year: 2025,
    });
    expect([countActions(made), countMeasures(made)]).toEqual([countActions(source), countMeasures(source)]);
    const errors = (await app.check()).findings.filter(
      (f) => f.severity === "error" && f.cell.sheet === made.sheet,
    );
    expect(new Set(errors.map((f) => f.code))).toEqual(
      new Set(["action-without-selvitys", "measure-without-actual"]),
    );
  });

  it("never writes over a sheet of the same name: a second run adds '(2)'", async () => {
    const { sim } = await luoPohja(1);
    const again = await connect(createOfficeHost(sim.run)).template({
      period: "year",
      into: "workbook",
    });
    expect(again.templates[0].template.sheet).toBe("Konsernipalvelut vuosi 2025 (2)");
    expect(sim.sheets().map((s) => s.name)).toEqual([
      "T2 2025 (1)",
      "Konsernipalvelut vuosi 2025",
      "Konsernipalvelut vuosi 2025 (2)",
    ]);
  });
});

describe("Luo erillisinä työkirjoina: one workbook per department", () => {
  it("opens each template as a new workbook (Excel.createWorkbook) that reads back as the template", async () => {
    const sim = createSimulator(await departments(2));
    const app = connect(createOfficeHost(sim.run, sim.Excel.createWorkbook));
    const result = await app.template({ period: "T1", year: 2026 });
    // Planned only: this workbook is not touched.
    expect(sim.sheets()).toHaveLength(2);
    for (const { spec } of result.templates) {
      const wb = newWorkbook();
      applyEdits(wb, [{ kind: "sheet", spec, activate: true }]);
      await app.openWorkbook(workbookBytes(wb, `${spec.name}.xlsx`));
    }
    expect(sim.created()).toHaveLength(2);
    const opened = await sim.openCreated(1);
    expect(opened.worksheets.map((w) => w.name)).toEqual(["Sivistystoimiala T1 2026"]);
    const bytes = Uint8Array.from(Buffer.from(sim.created()[1].base64 as string, "base64"));
    const [r] = readWorkbook(await snapshotFromBuffer(bytes, "x.xlsx")).sheets;
    expect(r).toMatchObject({ department: "Sivistystoimiala", period: "T1", year: 2026 });
    expect(countActions(r)).toBe(4);
  });

  it("says so on a host that cannot open workbooks", async () => {
    const sim = createSimulator(await departments(1));
    const host = createOfficeHost(sim.run);
    const { openWorkbook: _none, ...withoutOpen } = { ...host, ...memorySettings() };
    // Its own stage: the pane says a new workbook could not be opened, not that this one is protected.
    await expect(connect(withoutOpen).openWorkbook(new Uint8Array([80, 75]))).rejects.toMatchObject({
      stage: "open",
    });
  });
});
