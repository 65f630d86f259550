/**
 * The snapshot read straight from the XML (cells.ts) is the snapshot exceljs' reading gave: compared
 * cell for cell on every workbook of the fixtures and the corpus, on workbooks exceljs writes with
 * every kind of value, and on hand-written sheet XML with what other tools write.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { strToU8, zipSync } from "fflate";
import type { WorkbookSnapshot } from "../model/grid";
import { openWorkbook, snapshotOf } from "./read";
import { snapshotByExcelJs } from "./exceljs";

const ROOT = path.join(__dirname, "../../test/fixtures");
const files = [
  ...fs
    .readdirSync(path.join(ROOT, "workbooks"))
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => `workbooks/${f}`),
  ...fs.readdirSync(path.join(ROOT, "workbooks/merged")).map((f) => `workbooks/merged/${f}`),
  ...fs.readdirSync(path.join(ROOT, "corpus")).map((f) => `corpus/${f}`),
];

/** Both readings of the bytes; null for exceljs when it refuses the file. */
async function both(bytes: Uint8Array, name: string): Promise<[WorkbookSnapshot, WorkbookSnapshot | null]> {
  const pkg = openWorkbook(bytes, name);
  const ours = await snapshotOf(pkg, name);
  const theirs = await snapshotByExcelJs(pkg, name).catch(() => null);
  return [ours, theirs];
}

describe("the cells read from the XML are the cells exceljs read", () => {
  it.each(files)("%s", async (file) => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(ROOT, file)));
    let pkg;
    try {
      pkg = openWorkbook(bytes, path.basename(file));
    } catch {
      return; // refused before any cell is read (not a workbook, encrypted, a bomb…): tested elsewhere
    }
    const theirs = await snapshotByExcelJs(pkg, file).catch(() => null);
    const ours = await snapshotOf(pkg, file).catch(() => null);
    if (theirs === null) return;
    expect(ours).toEqual(theirs);
  });

  it("every kind of value exceljs writes: numbers, formats, dates, rich text, formulas, errors, merges", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Arvot");
    ws.getCell("A1").value = 'Teksti & <merkit> "lainaus"';
    ws.getCell("B1").value = 1234.5;
    ws.getCell("B1").numFmt = "#,##0.00";
    ws.getCell("C1").value = 0.23;
    ws.getCell("C1").numFmt = "0 %";
    ws.getCell("D1").value = new Date(Date.UTC(2025, 3, 30));
    ws.getCell("D1").numFmt = "d.m.yyyy";
    ws.getCell("E1").value = true;
    ws.getCell("F1").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
    ws.getCell("A2").value = { richText: [{ text: "Rikas " }, { font: { bold: true }, text: "teksti" }] };
    ws.getCell("B2").value = { formula: "B1*2", result: 2469 } as ExcelJS.CellFormulaValue;
    ws.getCell("C2").value = { formula: 'A1&"x"', result: "Teksti x" } as ExcelJS.CellFormulaValue;
    ws.getCell("D2").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
    ws.getCell("E2").value = { formula: "TRUE()", result: true } as ExcelJS.CellFormulaValue;
    ws.getCell("F2").value = { formula: "NOW()" } as ExcelJS.CellFormulaValue;
    ws.getCell("A3").value = "Rivinvaihto\r\nja _x000D_ ja tabulaattori\t";
    ws.getCell("B3").value = "  välilyönnit  ";
    ws.getCell("C3").value = "";
    ws.getCell("D3").value = 45000.75;
    ws.getCell("D3").numFmt = "d.m.yyyy h:mm";
    ws.getCell("E3").value = -1500;
    ws.getCell("E3").numFmt = '#,##0 "€";[Red]-#,##0 "€"';
    ws.getCell("F3").value = "12";
    ws.getCell("F3").numFmt = "@";
    ws.mergeCells("A5:C6");
    ws.getCell("A5").value = "Yhdistetty";
    ws.getCell("E5").value = "Oikealla";
    ws.getCell("A8").value = { formula: "ROW()", result: 8, shareType: "shared", ref: "A8:A10" } as never;
    ws.getCell("A9").value = { sharedFormula: "A8", result: 9 } as never;
    const hidden = wb.addWorksheet("Piilotettu", { state: "hidden" });
    hidden.getCell("C3").value = 3;
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const [ours, theirs] = await both(bytes, "arvot.xlsx");
    expect(theirs).not.toBeNull();
    expect(ours).toEqual(theirs);
    expect(ours.sheets[0].cells[1][0]).toEqual({ value: "Rikas teksti", text: "Rikas teksti" });
    expect(ours.sheets[1].hidden).toBe(true);
  });

  it("sheet XML as other tools write it: prefixes, inline strings, shared strings with phonetic runs, ISO dates, 1904", async () => {
    const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const bytes = zipSync({
      "[Content_Types].xml": strToU8(
        `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
      ),
      "_rels/.rels": strToU8(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
      "xl/workbook.xml": strToU8(
        `<x:workbook xmlns:x="${main}" xmlns:r="${rel}"><x:workbookPr date1904="1"/><x:sheets><x:sheet name="Muu &amp; työkalu" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`,
      ),
      "xl/_rels/workbook.xml.rels": strToU8(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${rel}/styles" Target="styles.xml"/></Relationships>`,
      ),
      "xl/styles.xml": strToU8(
        `<x:styleSheet xmlns:x="${main}"><x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="0.0&quot; pv&quot;"/></x:numFmts><x:cellXfs count="3"><x:xf numFmtId="0"/><x:xf numFmtId="164" applyNumberFormat="1"><x:alignment wrapText="1"/></x:xf><x:xf numFmtId="14"/></x:cellXfs></x:styleSheet>`,
      ),
      "xl/sharedStrings.xml": strToU8(
        `<x:sst xmlns:x="${main}" count="3"><x:si><x:t xml:space="preserve"> Lähtötaso&#10;rivi </x:t></x:si><x:si><x:r><x:t>Toi</x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>menpide</x:t></x:r><x:rPh sb="0" eb="1"><x:t>トイ</x:t></x:rPh></x:si><x:si><x:t>Tila_x000D_</x:t><x:rPh><x:t>x</x:t></x:rPh></x:si></x:sst>`,
      ),
      "xl/worksheets/sheet1.xml": strToU8(
        `<x:worksheet xmlns:x="${main}"><x:sheetData>` +
          `<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c><x:c r="C1" t="s"><x:v>2</x:v></x:c></x:row>` +
          `<x:row r="3"><x:c r="A3" t="inlineStr"><x:is><x:t>Inline &lt;teksti&gt;</x:t></x:is></x:c><x:c r="B3" s="1"><x:v>12.25</x:v></x:c><x:c r="C3" s="2"><x:v>45000</x:v></x:c><x:c r="D3" t="d"><x:v>2024-06-30T00:00:00</x:v></x:c></x:row>` +
          `<x:row r="4"><x:c r="A4" t="str"><x:f>"a"&amp;"b"</x:f><x:v>ab</x:v></x:c><x:c r="B4" t="e"><x:v>#N/A</x:v></x:c><x:c r="C4" t="b"><x:v>0</x:v></x:c><x:c r="D4" s="1"/><x:c r="E4" t="inlineStr"><x:is><x:r><x:t>Ri</x:t></x:r><x:r><x:t>kas</x:t></x:r></x:is></x:c></x:row>` +
          `<x:row r="6"><x:c r="B6"><x:f t="shared" ref="B6:B7" si="0">ROW()</x:f><x:v>6</x:v></x:c></x:row>` +
          `<x:row r="7"><x:c r="B7"><x:f t="shared" si="0"/><x:v>7</x:v></x:c><x:c r="C7"><x:v>1</x:v></x:c></x:row>` +
          `</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="C7:D8"/></x:mergeCells></x:worksheet>`,
      ),
    });
    const [ours, theirs] = await both(bytes, "muu.xlsx");
    expect(theirs).not.toBeNull();
    expect(ours).toEqual(theirs);
    const cells = ours.sheets[0].cells;
    expect(ours.sheets[0].sheet).toBe("Muu & työkalu");
    expect(cells[0]).toEqual([
      { value: " Lähtötaso\nrivi ", text: " Lähtötaso\nrivi " },
      { value: "Toimenpide", text: "Toimenpide" },
      { value: "Tila\r", text: "Tila\r" },
    ]);
    expect(cells[2][1]).toEqual({ value: 12.25, text: "12,3 pv", numberFormat: '0.0" pv"' });
    expect(cells[5][1]).toMatchObject({ value: 6, formula: true });
    expect(cells[6][1]).toMatchObject({ value: 7, formula: true });
  });

  it("cells read the short way and the long way agree: entities in r and s, spaces, comments, odd tags", async () => {
    const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const bytes = zipSync({
      "[Content_Types].xml": strToU8(
        `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
      ),
      "_rels/.rels": strToU8(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
      "xl/workbook.xml": strToU8(
        `<workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
      "xl/_rels/workbook.xml.rels": strToU8(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId3" Type="${rel}/styles" Target="styles.xml"/></Relationships>`,
      ),
      "xl/styles.xml": strToU8(
        `<styleSheet xmlns="${main}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="10"/></cellXfs></styleSheet>`,
      ),
      "xl/worksheets/sheet1.xml": strToU8(
        `<worksheet xmlns="${main}"><sheetData>` +
          `<row r="1"><c r="&#66;1" s="01"><v>1.25</v></c><c r="C1" s="&#50;"><v>0.5</v></c><c r="D1" s="2x"><v>3</v></c></row>` +
          `<row r="2"><c r="A2"><v><!-- kommentti -->7</v></c><c r="B2" ><v >8</v ></c><c r="C2"><v>9</v></c ><c r="D2"><v></v></c><c r="E2"><v>4</v><v>2</v></c></row>` +
          `<row r="3"><c r="A3" s="1"/><c r="b3"><v>5</v></c><c r="c3"><v>6</v></c></row>` +
          `</sheetData></worksheet>`,
      ),
    });
    // (exceljs refuses this sheet, so the values are written out.)
    const ours = await snapshotOf(openWorkbook(bytes, "muoto.xlsx"), "muoto.xlsx");
    const cells = ours.sheets[0].cells;
    expect(cells[0][1]).toEqual({ value: 1.25, text: "1,3", numberFormat: "0.0" });
    expect(cells[0][2]).toEqual({ value: 0.5, text: "50,00%", numberFormat: "0.00%" });
    expect(cells[0][3]).toEqual({ value: 3, text: "300,00%", numberFormat: "0.00%" });
    expect(cells[1].map((c) => c?.value ?? null)).toEqual([7, 8, 9, null, 42]);
    expect(cells[2].map((c) => c?.value ?? null)).toEqual([null, 5, 6]);
  });
});
