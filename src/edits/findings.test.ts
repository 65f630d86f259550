import * as path from "path";
import ExcelJS from "exceljs";
import type { Finding } from "../model/finding";
import type { Report, WorkbookReport } from "../model/report";
import { applyEdits } from "../xlsx/apply";
import { loadXlsxFile, snapshotFromExcelJs, snapshotOf } from "../xlsx/snapshot";
import { exceljsOf, packageOf } from "../../test/support/xlsx";
import type { WorkbookSnapshot } from "../model/grid";
import {
  FINDINGS_SHEET,
  FINDINGS_TABLE,
  findingsSheetName,
  isFindingsSheet,
  planFindingsSheet,
} from "./findings";
import type { SheetSpec } from "./types";

const emptyReport = (sheet: string): Report => ({
  sheet,
  layout: "block",
  title: null,
  department: null,
  period: null,
  year: null,
  focusAreas: [],
  financialGoals: [],
  hasActualColumn: false,
  ownStatusColumn: null,
  nearMisses: [],
  problems: [],
  looksLikeGoals: true,
});

const wr: WorkbookReport = {
  name: "konsernipalvelut.xlsx",
  sheets: [emptyReport("T2 2025"), emptyReport("Muu")],
};

const noSheets: WorkbookSnapshot = { name: "konsernipalvelut.xlsx", sheets: [] };

const finding = (
  sheet: string,
  row: number,
  col: number,
  severity: Finding["severity"],
  code: string,
): Finding => ({
  code,
  severity,
  cell: { sheet, row, col },
  message: { fi: `Viesti ${code}`, en: `Message ${code}` },
  suggestion: severity === "info" ? undefined : { fi: `Korjaa ${code}`, en: `Fix ${code}` },
});

const findings: Finding[] = [
  finding("Muu", 2, 1, "info", "c"),
  finding("T2 2025", 22, 2, "warning", "b"),
  finding("T2 2025", 9, 2, "error", "a"),
  finding("T2 2025", 22, 2, "error", "=SUM(A1)"),
];

describe("planFindingsSheet", () => {
  it("lists findings in sheet order with Finnish severities, both messages and the count line", () => {
    const edit = planFindingsSheet(findings, wr, "fi", noSheets);
    expect(edit.kind).toBe("sheet");
    const spec = (edit as { spec: SheetSpec }).spec;
    expect(spec.name).toBe(FINDINGS_SHEET);
    expect(spec.table?.name).toBe(FINDINGS_TABLE);
    expect(spec.freezeHeader).toBe(true);
    expect(spec.title).toEqual(["Tarkistus: konsernipalvelut.xlsx — 2 virhettä, 1 varoitus, 1 huomautus"]);
    expect(spec.columns.map((c) => c.header)).toEqual([
      "Välilehti",
      "Solu",
      "Vakavuus",
      "Koodi",
      "Viesti",
      "Message",
      "Ehdotus",
    ]);
    expect(spec.rows).toEqual([
      ["T2 2025", "B9", "Virhe", "a", "Viesti a", "Message a", "Korjaa a"],
      ["T2 2025", "B22", "Virhe", "=SUM(A1)", "Viesti =SUM(A1)", "Message =SUM(A1)", "Korjaa =SUM(A1)"],
      ["T2 2025", "B22", "Varoitus", "b", "Viesti b", "Message b", "Korjaa b"],
      ["Muu", "A2", "Huomautus", "c", "Viesti c", "Message c", null],
    ]);
    expect(spec.styles?.map((s) => s.row)).toEqual([0, 1]);
  });

  it("speaks English when asked, and says when there is nothing", () => {
    const spec = (planFindingsSheet(findings, wr, "en", noSheets) as { spec: SheetSpec }).spec;
    expect(spec.title).toEqual(["Check: konsernipalvelut.xlsx — 2 errors, 1 warning, 1 note"]);
    expect(spec.columns[2].header).toBe("Severity");
    expect(spec.rows[3][2]).toBe("Note");
    expect(spec.rows[0][6]).toBe("Fix a");
    const none = (planFindingsSheet([], wr, "fi", noSheets) as { spec: SheetSpec }).spec;
    expect(none.title).toEqual(["Tarkistus: konsernipalvelut.xlsx — Ei havaintoja"]);
    expect(none.rows).toEqual([]);
  });

  it("writes an Excel table into the workbook and replaces it on a re-run", async () => {
    const { workbook } = await loadXlsxFile(
      path.join(__dirname, "../../test/fixtures/workbooks/konsernipalvelut-2025-T2.xlsx"),
    );
    applyEdits(workbook, [planFindingsSheet(findings, wr, "fi", await snapshotOf(workbook))]);
    const first = await snapshotOf(workbook);
    expect(isFindingsSheet(first.sheets[1])).toBe(true);
    applyEdits(workbook, [planFindingsSheet(findings.slice(0, 1), wr, "fi", first)]);
    const back = await exceljsOf(workbook);
    expect(back.worksheets.map((w) => w.name)).toEqual(["T2 2025", FINDINGS_SHEET]);
    const grid = snapshotFromExcelJs(back, "x").sheets[1];
    expect(grid.cells[0][0]?.value).toBe("Tarkistus: konsernipalvelut.xlsx — 1 huomautus");
    expect(grid.cells[2].map((c) => c?.value)).toEqual([
      "Välilehti",
      "Solu",
      "Vakavuus",
      "Koodi",
      "Viesti",
      "Message",
      "Ehdotus",
    ]);
    const row = Array.from({ length: 7 }, (_, c) => grid.cells[3][c]?.value ?? null);
    expect(row).toEqual(["Muu", "A2", "Huomautus", "c", "Viesti c", "Message c", null]);
    expect(grid.rowCount).toBe(4);
    const ws = back.getWorksheet(FINDINGS_SHEET) as ExcelJS.Worksheet;
    expect(ws.getTables()).toHaveLength(1);
  });

  it("never replaces a person's own sheet called Tarkistus: writes Tarkistus 2 beside it", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(
      path.join(__dirname, "../../test/fixtures/workbooks/konsernipalvelut-2025-T2.xlsx"),
    );
    book.addWorksheet("Tarkistus").getCell("A1").value = "Talouspäällikön omat muistiinpanot";
    const workbook = await packageOf(book);
    const before = await snapshotOf(workbook);
    expect(findingsSheetName(before)).toBe("Tarkistus 2");
    applyEdits(workbook, [planFindingsSheet(findings, wr, "fi", before)]);
    const after = await snapshotOf(workbook);
    expect(after.sheets.map((g) => g.sheet)).toEqual(["T2 2025", "Tarkistus", "Tarkistus 2"]);
    expect(after.sheets[1]).toEqual(before.sheets[1]);
    // Re-running replaces Toteuma's own sheet, still leaving the person's alone.
    expect(findingsSheetName(after)).toBe("Tarkistus 2");
  });
});
