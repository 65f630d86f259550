import { shiftFormula } from "./edit";
import { literalCell, parseCell, restyleCell, SheetXml, valueOfCell } from "./sheet";

const SHEET = (data: string, p = "") =>
  `<?xml version="1.0"?><${p}worksheet xmlns${p ? ":" + p.slice(0, -1) : ""}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${p}dimension ref="A1:C3"/><${p}sheetData>${data}</${p}sheetData><${p}pageMargins left="0.7"/></${p}worksheet>`;

describe("SheetXml", () => {
  const data =
    '<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="C1"><v>3</v></c></row>\n<row r="3" ht="20" customHeight="1"><c r="B3" s="2"/></row>';

  it("replaces one cell and inserts others in column and row order, every other character kept", () => {
    const sx = new SheetXml(SHEET(data));
    sx.setCell(1, 2, '<c r="B1"><v>2</v></c>');
    sx.setCell(3, 2, '<c r="B3" s="5"/>');
    sx.setCell(2, 1, '<c r="A2"><v>1</v></c>');
    sx.setCell(5, 4, '<c r="D5"><v>9</v></c>');
    expect(sx.toXml()).toBe(
      SHEET(
        '<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row>\n<row r="2"><c r="A2"><v>1</v></c></row><row r="3" ht="20" customHeight="1"><c r="B3" s="5"/></row><row r="5"><c r="D5"><v>9</v></c></row>',
      ).replace('ref="A1:C3"', 'ref="A1:D5"'),
    );
  });

  it("finds <sheetData> the short way and, when a comment or a second close could mislead it, the long way", () => {
    const edited = (xml: string) => {
      const sx = new SheetXml(xml);
      sx.setCell(2, 1, '<c r="A2"><v>1</v></c>');
      return sx.toXml();
    };
    const plain = SHEET(data);
    const want = plain.replace(
      '</row>\n<row r="3"',
      '</row>\n<row r="2"><c r="A2"><v>1</v></c></row><row r="3"',
    );
    expect(edited(plain)).toBe(want);
    // A comment after the sheet data holding its close tag, and a prefixed sheet: the same edit.
    const comment = "<!-- </sheetData> -->";
    expect(edited(plain.replace("</worksheet>", `${comment}</worksheet>`))).toBe(
      want.replace("</worksheet>", `${comment}</worksheet>`),
    );
    const prefixed = SHEET(data.replace(/<(\/?)(row|c|v)\b/g, "<$1x:$2"), "x:");
    expect(new SheetXml(prefixed).cell(3, 2)).toBe('<x:c r="B3" s="2"/>');
    expect(new SheetXml(SHEET("")).cell(1, 1)).toBeNull();
  });

  it("a row's own format only with customFormat", () => {
    const sx = new SheetXml(
      SHEET(
        '<row r="1" s="4" customFormat="1"><c r="A1"/></row><row r="2" s="5"/><row r="3" customFormat="true" s="6"/><row r="4"/>',
      ),
    );
    expect([1, 2, 3, 4, 5].map((r) => sx.rowStyle(r))).toEqual([4, null, 6, null, null]);
  });

  it("drops a spans hint the new cells fall outside, and a row made only for cells now removed", () => {
    const sx = new SheetXml(SHEET(data));
    sx.setCell(1, 5, '<c r="E1"/>');
    expect(sx.toXml()).toContain('<row r="1"><c r="A1"');
    const again = new SheetXml(SHEET('<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="B2"/></row>'));
    again.setCell(2, 2, null);
    expect(again.toXml()).toContain("</row></x>".replace("</x>", "</sheetData>"));
    expect(again.toXml()).not.toContain('r="2"');
  });

  it("works under a namespace prefix, and with rows and cells that leave out their numbers", () => {
    const sx = new SheetXml(
      SHEET("<x:row><x:c><x:v>1</x:v></x:c><x:c><x:v>2</x:v></x:c></x:row><x:row/>", "x:"),
    );
    expect(sx.cell(1, 2)).toBe("<x:c><x:v>2</x:v></x:c>");
    sx.setCell(2, 1, `<c r="A2"${sx.ns}><v>5</v></c>`);
    expect(sx.toXml()).toContain(
      '<x:row><c r="A2" xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><v>5</v></c></x:row>',
    );
  });

  it("refuses rows out of order rather than guessing", () => {
    expect(() => new SheetXml(SHEET('<row r="3"/><row r="2"/>'))).toThrow(/out of order/);
  });
});

describe("cells", () => {
  it("writes literal values: text stays text, never a formula", () => {
    expect(literalCell("A1", 0, "=SUM(A1)")).toBe('<c r="A1" t="inlineStr"><is><t>=SUM(A1)</t></is></c>');
    expect(literalCell("A1", 3, " a&b ")).toBe(
      '<c r="A1" s="3" t="inlineStr"><is><t xml:space="preserve"> a&amp;b </t></is></c>',
    );
    expect(literalCell("B2", 0, 1.5)).toBe('<c r="B2"><v>1.5</v></c>');
    expect(literalCell("B2", 0, false)).toBe('<c r="B2" t="b"><v>0</v></c>');
    expect(literalCell("B2", 4, null)).toBe('<c r="B2" s="4"/>');
    expect(literalCell("B2", 0, Number.NaN)).toBe('<c r="B2"/>');
  });

  it("reads values of every type", () => {
    const sst = (i: number) => ["jaettu"][i] ?? null;
    const v = (xml: string) => valueOfCell(parseCell(xml), sst);
    expect(v('<c r="A1" t="s"><v>0</v></c>')).toBe("jaettu");
    expect(v('<c r="A1" t="inlineStr"><is><t>oma</t></is></c>')).toBe("oma");
    expect(v('<c r="A1" t="str"><f>A2</f><v>tulos</v></c>')).toBe("tulos");
    expect(v('<c r="A1" t="b"><v>1</v></c>')).toBe(true);
    expect(v('<c r="A1" t="e"><v>#N/A</v></c>')).toBe("#N/A");
    expect(v('<c r="A1"><v>1.25</v></c>')).toBe(1.25);
    expect(v('<c r="A1" s="2"/>')).toBeNull();
  });

  it("restyles a cell keeping everything else", () => {
    expect(restyleCell('<c r="A1" s="2" t="s"><v>0</v></c>', 9)).toBe('<c r="A1" s="9" t="s"><v>0</v></c>');
    expect(restyleCell('<c r="A1" t="s"><v>0</v></c>', 9)).toBe('<c r="A1" t="s" s="9"><v>0</v></c>');
    expect(restyleCell('<c r="A1" s="2"/>', 0)).toBe('<c r="A1"/>');
  });

  it("shifts a shared formula's relative references, not absolute ones, names or text", () => {
    expect(shiftFormula("B3+D3", 2, 0)).toBe("B5+D5");
    expect(shiftFormula("$B$3+B$3+$B3", 1, 1)).toBe("$B$3+C$3+$B4");
    expect(shiftFormula('LOG10(A1)&"A1"&Sheet1!A1', 1, 0)).toBe('LOG10(A2)&"A1"&Sheet1!A2');
  });
});
