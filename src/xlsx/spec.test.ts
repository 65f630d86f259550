/**
 * A SheetSpec with every field written into a new workbook (newWorkbook) and into a copy of a city
 * workbook: what exceljs reads back, and what the parts say (chart, validation, protection, print).
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { applyEdits, newWorkbook, snapshotOf, workbookBytes, type XlsxWorkbook } from "./core";
import { loadXlsxFile } from "./snapshot";
import { exceljsOf } from "../../test/support/xlsx";
import { partsOf, textOf } from "../../test/support/parts";
import { CHART_COLOURS, FULL_SPEC } from "../../test/support/specs";

function written(): { wb: XlsxWorkbook; parts: Map<string, Uint8Array> } {
  const wb = newWorkbook();
  applyEdits(wb, [{ kind: "sheet", spec: FULL_SPEC, activate: true }]);
  return { wb, parts: partsOf(workbookBytes(wb)) };
}

describe("a SheetSpec with every part, in a new workbook", () => {
  it("reads back with exceljs: values, formats, widths, heights, merges, links, tables, validation, protection, views, print", async () => {
    const { wb } = written();
    const x = await exceljsOf(wb);
    expect(x.worksheets.map((w) => w.name)).toEqual(["Yhteenveto"]);
    const ws = x.getWorksheet("Yhteenveto") as ExcelJS.Worksheet;
    expect(ws.getCell("A1").value).toBe("Yhteenveto 2025");
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.getCell("A2").value).toBe("Lähteet: 3 työkirjaa");
    expect([1, 2, 3, 4, 5, 6].map((c) => ws.getCell(4, c).value)).toEqual(
      FULL_SPEC.columns.map((c) => c.header),
    );
    expect(ws.getCell("A7").value).toBe("=SUM(A1) ei ole kaava");
    expect(ws.getCell("A7").type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell("F5").value).toBe(0.48);
    expect(ws.getCell("F5").numFmt).toBe("0 %");
    expect(ws.getCell("A5").alignment?.wrapText).toBe(true);
    expect(ws.getCell("B5").fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFC6EFCE" } });
    expect(ws.getCell("B5").font).toMatchObject({ bold: true, color: { argb: "FF006100" } });
    expect(ws.getCell("D6").alignment?.horizontal).toBe("center");
    expect(ws.getCell("D6").font?.italic).toBe(true);
    expect(ws.getColumn(1).width).toBe(32);
    expect(ws.getColumn(8).width).toBe(40);
    expect(ws.getRow(22).height).toBe(60);
    expect(ws.getCell("A20").value).toBe("Vastaa tähän");
    expect(ws.getCell("A20").font?.size).toBe(14);
    expect(ws.getCell("A21").border?.left).toMatchObject({ style: "thin", color: { argb: "FF7F7F7F" } });
    expect(ws.getCell("B21").fill).toMatchObject({ fgColor: { argb: "FFFFCC99" } });
    expect(ws.getCell("B21").font?.color).toMatchObject({ argb: "FF3F3F76" });
    expect(ws.getCell("B21").protection?.locked).toBe(false);
    expect(ws.getCell("A21").protection?.locked).not.toBe(false);
    expect(ws.getCell("B26").value).toBe(true);
    expect(ws.getCell("A27").value).toBe("+358 40 123");
    expect(ws.model.merges).toContain("A20:C20");
    expect(ws.getCell("B21").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"Toteutunut,Osittain toteutunut,Ei toteutunut,Ei arvioitavissa"'],
      showErrorMessage: true,
      errorTitle: "Ei käy",
      promptTitle: "Tila",
    });
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 4, topLeftCell: "B5" });
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(ws.pageSetup.printTitlesRow).toBe("4:4");
    expect((ws as unknown as { sheetProtection: unknown }).sheetProtection).toMatchObject({ sheet: true });
    const tables = ws.getTables() as unknown as { table?: { name: string; tableRef: string } }[];
    expect(tables.map((t) => t.table?.name).sort()).toEqual(["Osastot", "Toteuma_yhteenveto"]);
    // exceljs keeps links to addresses only; links within the workbook are checked in the XML below.
    expect(ws.getCell("A6").value).toMatchObject({
      text: "Konsernipalvelut",
      hyperlink: "https://www.pori.fi/",
    });
  });

  it("reads back through Toteuma's own reader (the snapshot)", async () => {
    const { wb } = written();
    const snap = await snapshotOf(wb, "uusi.xlsx");
    const g = snap.sheets[0];
    expect(g.cells[4][0]?.value).toBe("Elinvoima- ja ympäristötoimiala");
    expect(g.cells[4][5]).toEqual({ value: 0.48, text: "48 %", numberFormat: "0 %" });
    expect(g.merges).toEqual([{ top: 19, left: 0, bottom: 19, right: 2 }]);
  });

  it("writes a native stacked bar chart over the sheet's cells in the given colours", () => {
    const { parts } = written();
    const drawing = [...parts.keys()].find((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p)) as string;
    const chartPart = [...parts.keys()].find((p) => /^xl\/charts\/chart\d+\.xml$/.test(p)) as string;
    expect(drawing && chartPart).toBeTruthy();
    const chart = textOf(parts, chartPart);
    expect(chart).toContain('<c:barDir val="bar"/>');
    expect(chart).toContain('<c:grouping val="stacked"/>');
    expect(chart).toContain('<c:overlap val="100"/>');
    expect(chart.match(/<c:ser>/g)).toHaveLength(4);
    expect(chart).toContain("<c:f>'Yhteenveto'!$A$5:$A$7</c:f>");
    expect(chart).toContain("<c:f>'Yhteenveto'!$B$4</c:f>");
    expect(chart).toContain("<c:f>'Yhteenveto'!$C$5:$C$7</c:f>");
    for (const c of CHART_COLOURS) expect(chart).toContain(`<a:srgbClr val="${c.slice(1)}"/>`);
    expect(chart).toContain("<c:v>Konsernipalvelut</c:v>");
    expect(chart).toContain("<a:t>Mittareiden tila</a:t>");
    const sheet = textOf(parts, "xl/worksheets/sheet1.xml");
    const rels = textOf(parts, "xl/worksheets/_rels/sheet1.xml.rels");
    const rid = /<drawing r:id="(rId\d+)"\/>/.exec(sheet)?.[1];
    expect(rels).toContain(
      `Id="${rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/${path.basename(drawing)}"`,
    );
    expect(textOf(parts, "[Content_Types].xml")).toContain(
      `PartName="/${chartPart}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"`,
    );
    expect(textOf(parts, drawing)).toContain('name="Tilat toimialoittain"');
    expect(textOf(parts, drawing)).toContain("<xdr:from><xdr:col>7</xdr:col>");
  });

  it("styles a merged area as a whole, as Excel formats a merged cell: every cell of it has its first cell's style", () => {
    const sheet = textOf(written().parts, "xl/worksheets/sheet1.xml");
    const styleOf = (ref: string) => (new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(sheet) ?? [])[1];
    expect(styleOf("A20")).toBeDefined();
    expect(["B20", "C20"].map(styleOf)).toEqual([styleOf("A20"), styleOf("A20")]);
  });

  it("protects the sheet without a password, Input is the built-in style 20, print titles are a defined name", () => {
    const { parts } = written();
    const sheet = textOf(parts, "xl/worksheets/sheet1.xml");
    expect(sheet).toMatch(/<sheetProtection sheet="1"[^>]*formatColumns="0" formatRows="0"\/>/);
    expect(sheet).not.toMatch(/password/i);
    expect(sheet).toContain(
      `<hyperlink ref="A5" location="'Yhteenveto'!A20" display="Elinvoima- ja ympäristötoimiala"/>`,
    );
    expect(sheet).toContain(`<hyperlink ref="A27" location="'Yhteenveto'!B21" display="+358 40 123"/>`);
    expect(sheet).toContain(
      '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>',
    );
    const styles = textOf(parts, "xl/styles.xml");
    expect(styles).toMatch(/<cellStyle name="Input" xfId="\d+" builtinId="20"\/>/);
    expect(styles).toMatch(/<cellStyle name="Note" xfId="\d+" builtinId="10"\/>/);
    expect(styles).toContain('<protection locked="0"/>');
    expect(textOf(parts, "xl/workbook.xml")).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">'Yhteenveto'!$4:$4</definedName>`,
    );
    // The order CT_Worksheet requires.
    const order = [
      "sheetPr",
      "dimension",
      "sheetViews",
      "sheetFormatPr",
      "cols",
      "sheetData",
      "sheetProtection",
      "mergeCells",
      "dataValidations",
      "hyperlinks",
      "pageMargins",
      "pageSetup",
      "drawing",
      "tableParts",
    ];
    const at = order.map((e) => sheet.indexOf(`<${e}`));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it("refuses to write a workbook without a visible sheet, and a spec a file cannot hold", () => {
    expect(() => workbookBytes(newWorkbook())).toThrow(/no visible sheet/);
    const wb = newWorkbook();
    applyEdits(wb, [
      {
        kind: "sheet",
        spec: {
          name: "X",
          columns: [],
          rows: [],
          validations: [{ box: { top: 1, left: 1, bottom: 1, right: 1 }, values: ["a,b"] }],
        },
      },
    ]);
    expect(() => workbookBytes(wb, "x.xlsx")).toThrow(/drop-down value contains a comma/);
    for (const name of ["Elinvoima- ja ympäristötoimiala T2 2025", "T2/2025", "[x]", ""]) {
      const bad = newWorkbook();
      applyEdits(bad, [{ kind: "sheet", spec: { name, columns: [{ header: "x" }], rows: [] } }]);
      expect(() => workbookBytes(bad, "x.xlsx")).toThrow(/is not one Excel takes/);
    }
  });
});

describe("a SheetSpec written into a city workbook", () => {
  const FILE = path.join(__dirname, "../../test/fixtures/workbooks/konsernipalvelut-2025-T2.xlsx");

  it("replaces its own sheet in place on a re-run (tables, drawing and chart parts not left behind) and deletes it", async () => {
    const { workbook } = await loadXlsxFile(FILE);
    applyEdits(workbook, [{ kind: "sheet", spec: FULL_SPEC }]);
    applyEdits(workbook, [{ kind: "sheet", spec: { name: "Muu", columns: [{ header: "x" }], rows: [[1]] } }]);
    applyEdits(workbook, [{ kind: "sheet", spec: FULL_SPEC, activate: true }]);
    const parts = partsOf(workbookBytes(workbook));
    expect(workbook.sheets().map((s) => s.name)).toEqual(["T2 2025", "Yhteenveto", "Muu"]);
    expect(
      [...parts.keys()].filter(
        (p) => /charts\/chart|drawings\/drawing\d|tables\/table/.test(p) && !p.includes("_rels"),
      ),
    ).toHaveLength(4);
    const names = [
      ...textOf(parts, "xl/workbook.xml").matchAll(/<definedName name="([^"]+)" localSheetId="(\d)"/g),
    ].map((m) => [m[1], m[2]]);
    expect(names).toEqual([["_xlnm.Print_Titles", "1"]]);
    const tables = [...parts.keys()]
      .filter((p) => /tables\/table\d+\.xml$/.test(p))
      .map((p) => /name="([^"]+)"/.exec(textOf(parts, p))?.[1]);
    expect(tables.sort()).toEqual(["Osastot", "Toteuma_yhteenveto"]);
    expect(textOf(parts, "xl/workbook.xml")).toMatch(/activeTab="1"/);
    // Only the new sheet is selected (several selected tabs would be grouped in Excel).
    const selected = [...parts.keys()].filter(
      (p) => /worksheets\/sheet\d+\.xml$/.test(p) && /tabSelected="1"/.test(textOf(parts, p)),
    );
    expect(selected).toHaveLength(1);

    applyEdits(workbook, [{ kind: "deleteSheet", sheet: "yhteenveto" }]);
    const left = partsOf(workbookBytes(workbook));
    expect(workbook.sheets().map((s) => s.name)).toEqual(["T2 2025", "Muu"]);
    expect([...left.keys()].filter((p) => /charts|drawings|tables/.test(p))).toEqual([]);
    expect(textOf(left, "xl/workbook.xml")).not.toContain("Print_Titles");
    const original = partsOf(fs.readFileSync(FILE));
    const back = await exceljsOf(workbook);
    expect(back.worksheets.map((w) => w.name)).toEqual(["T2 2025", "Muu"]);
    expect(textOf(left, "xl/worksheets/sheet1.xml")).toBe(
      textOf(original, "xl/worksheets/sheet1.xml").replace(/ tabSelected="1"/, ""),
    );
  });
});
