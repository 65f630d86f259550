/**
 * Copying sheets package to package: formulas rewritten or kept as values, styles and strings moved
 * into the target, the Open XML SDK's prefixed XML, the date system, and what the corpus's Excel
 * parts (pivot table, slicer, threaded comments, external link) leave behind as sentences.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { newWorkbook, snapshotOf, workbookBytes } from "./core";
import { openWorkbookBytes } from "./file";
import { rewriteFormula, SheetCopier } from "./merge";
import type { XlsxPackage } from "./package";

const CORPUS = path.join(__dirname, "../../test/fixtures/corpus");
const open = (file: string): XlsxPackage => openWorkbookBytes(fs.readFileSync(path.join(CORPUS, file)), file);

describe("rewriteFormula", () => {
  const names = new Set(["tavoite", "_xlnm.print_area"]);
  const r = (f: string) => rewriteFormula(f, "T2 2025", "Sivistystoimiala", names);
  it("keeps formulas of the sheet itself, and writes its own name anew", () => {
    expect(r("SUM(B3:B5)*2")).toBe("SUM(B3:B5)*2");
    expect(r("'T2 2025'!A1+'t2 2025'!$B$2")).toBe("'Sivistystoimiala'!A1+'Sivistystoimiala'!$B$2");
    expect(r('IF(A1="Sheet2!A1";"x";"y")')).toBe('IF(A1="Sheet2!A1";"x";"y")');
    expect(r("A1:B2+C3")).toBe("A1:B2+C3");
    expect(r("_xlfn.XLOOKUP(A1,B:B,C:C)")).toBe("_xlfn.XLOOKUP(A1,B:B,C:C)");
    expect(rewriteFormula("Raportti!A1", "Raportti", "Uusi nimi", names)).toBe("'Uusi nimi'!A1");
  });
  it("refuses what would change meaning: other sheets, ranges of sheets, other workbooks, names, tables", () => {
    expect(r("Apu!A1+1")).toBeNull();
    expect(r("'Muu välilehti'!A1")).toBeNull();
    expect(r("SUM(Sheet1:Sheet3!A1)")).toBeNull();
    expect(r("[1]Lähde!$A$1")).toBeNull();
    expect(r("Tavoite*2")).toBeNull();
    expect(r("SUM(Taulukko1[Arvo])")).toBeNull();
  });
});

async function workbookWith(build: (wb: ExcelJS.Workbook) => void): Promise<XlsxPackage> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return openWorkbookBytes(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), "x.xlsx");
}

describe("SheetCopier", () => {
  it("moves values, rich and shared strings, fills and number formats; cross-sheet formulas become their values", async () => {
    const from = await workbookWith((wb) => {
      const ws = wb.addWorksheet("Raportti");
      wb.addWorksheet("Apu").getCell("A1").value = 5;
      ws.getCell("A1").value = "Tavoitetaso";
      ws.getCell("A1").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFC6EFCE" } };
      ws.getCell("A1").font = { bold: true, color: { argb: "FF006100" } };
      ws.getCell("B1").value = 0.125;
      ws.getCell("B1").numFmt = "0.0 %";
      ws.getCell("C1").value = { formula: "Apu!A1*2", result: 10 };
      ws.getCell("D1").value = { formula: "B1*2", result: 0.25 };
      ws.getCell("E1").value = { formula: 'Apu!A1&" kpl"', result: "5 kpl" };
      ws.getCell("A2").value = { richText: [{ text: "Mittari " }, { text: "1.", font: { italic: true } }] };
      ws.getColumn(1).width = 40;
      ws.getRow(2).height = 30;
      ws.mergeCells("A3:C3");
      ws.getCell("A4").value = { text: "Apuun", hyperlink: "#Apu!A1" };
      ws.getCell("A5").value = { text: "Ylös", hyperlink: "#Raportti!A1" };
    });
    const target = newWorkbook();
    const copier = new SheetCopier(target);
    const { copied, notes } = copier.copy([{ from, file: "x.xlsx", sheet: "Raportti", name: "Sivistys" }]);
    copier.finish();
    expect(copied).toEqual(["Sivistys"]);
    expect(notes.map((n) => [n.kind, n.cells])).toEqual([
      ["literal-formulas", ["C1", "E1"]],
      ["dead-link", ["A4"]],
    ]);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(workbookBytes(target) as unknown as ExcelJS.Buffer);
    const ws = back.getWorksheet("Sivistys") as ExcelJS.Worksheet;
    expect(ws.getCell("A1").value).toBe("Tavoitetaso");
    expect((ws.getCell("A1").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFC6EFCE");
    expect(ws.getCell("A1").font.bold).toBe(true);
    expect(ws.getCell("A1").font.color?.argb).toBe("FF006100");
    expect(ws.getCell("B1").numFmt).toBe("0.0 %");
    expect(ws.getCell("C1").value).toBe(10);
    expect(ws.getCell("D1").formula).toBe("B1*2");
    expect(ws.getCell("E1").value).toBe("5 kpl");
    expect(ws.getCell("A2").text).toBe("Mittari 1.");
    expect(ws.getColumn(1).width).toBe(40);
    expect(ws.getRow(2).height).toBe(30);
    expect(ws.getCell("B3").isMerged).toBe(true);
    // A link within the sheet follows its new name; one to another sheet stays, named above.
    const sheetXml = target.text(target.sheets()[0].part as string);
    // (exceljs writes a "#" before the place, as a URL's fragment.)
    expect(sheetXml).toContain(`location="#'Sivistys'!A1"`);
    expect(sheetXml).toContain(`location="#Apu!A1"`);
    // The target's snapshot reads the same texts (inline strings).
    const snap = await snapshotOf(target, "out.xlsx");
    expect(snap.sheets[0].cells[0][0]?.value).toBe("Tavoitetaso");
  });

  it("a shared formula's members follow their master, whichever way it goes", async () => {
    const xml = (f: string) =>
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` +
      `<row r="1"><c r="A1"><f t="shared" ref="A1:A2" si="0">${f}</f><v>1</v></c></row>` +
      `<row r="2"><c r="A2"><f t="shared" si="0"/><v>2</v></c></row></sheetData></worksheet>`;
    for (const [f, kept] of [
      ["B1*2", true],
      ["Apu!B1*2", false],
    ] as const) {
      const from = await workbookWith((wb) => {
        wb.addWorksheet("R").getCell("A1").value = 1;
        wb.addWorksheet("Apu");
      });
      from.setText("xl/worksheets/sheet1.xml", xml(f));
      const target = newWorkbook();
      const copier = new SheetCopier(target);
      const { notes } = copier.copy([{ from, file: "x.xlsx", sheet: "R", name: "R" }]);
      copier.finish();
      const out = target.text(target.sheets()[0].part as string);
      expect(out.includes("<f")).toBe(kept);
      expect(notes.flatMap((n) => n.cells ?? [])).toEqual(kept ? [] : ["A1", "A2"]);
      expect(out).toContain("<v>2</v>");
    }
  });

  it("the Open XML SDK's prefixed parts: strings inline under the sheet's own prefix", async () => {
    const target = newWorkbook();
    const copier = new SheetCopier(target);
    const from = open("openxml-sdk-style.xlsx");
    const { copied } = copier.copy([
      { from, file: "o.xlsx", sheet: from.sheets()[0].name, name: "Raportti" },
    ]);
    copier.finish();
    expect(copied).toEqual(["Raportti"]);
    const snap = await snapshotOf(target, "out.xlsx");
    const source = await snapshotOf(from, "o.xlsx");
    const texts = (s: typeof snap) => s.sheets[0].cells.map((r) => r.map((c) => c?.text ?? ""));
    expect(texts(snap)).toEqual(texts(source));
    // Its formats arrive without its prefix: the merged styles.xml declares none.
    const styles = target.text("xl/styles.xml");
    expect(styles).toContain("<font>");
    expect(styles).not.toMatch(/<\/?x:/);
  });

  it("a sheet of another date system is left out with its sentence, never shifted four years", async () => {
    const target = newWorkbook();
    const copier = new SheetCopier(target);
    const plain = await workbookWith((wb) => (wb.addWorksheet("R").getCell("A1").value = 1));
    const d1904 = open("date1904-openpyxl.xlsx");
    const { copied, notes } = copier.copy([
      { from: plain, file: "a.xlsx", sheet: "R", name: "A" },
      { from: d1904, file: "b.xlsx", sheet: d1904.sheets()[0].name, name: "B" },
    ]);
    expect(copied).toEqual(["A"]);
    expect(notes[0].message.en).toContain("another date system (1904)");
  });

  it("Excel's parts: notes carried; pivot-free sheet keeps its values; slicer and threaded comments named", async () => {
    const from = open("excel-parts.xlsx");
    const target = newWorkbook();
    const copier = new SheetCopier(target);
    const { notes } = copier.copy([{ from, file: "e.xlsx", sheet: "Tiedot", name: "Tiedot" }]);
    copier.finish();
    expect(notes.map((n) => n.message.en)).toEqual([
      "Not carried over from sheet Tiedot: the slicer (file e.xlsx).",
      "Not carried over from sheet Tiedot: the threaded comments (file e.xlsx).",
      "1 formula on sheet Tiedot referred to another sheet, workbook or name; the last value stays in the cell instead: A7.",
    ]);
    const parts = target.partNames();
    expect(parts.some((p) => /comments1\.xml$/.test(p))).toBe(true);
    expect(parts.some((p) => /slicer|pivot|threaded|externalLink/i.test(p))).toBe(false);
    const sheet = target.text(target.sheets()[0].part as string);
    expect(sheet).not.toMatch(/slicer|extLst/);
    expect(sheet).toContain('<legacyDrawing r:id="rId2"/>');
  });
});
