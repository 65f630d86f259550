import { strToU8, zipSync } from "fflate";
import { EMPTY_PARTS } from "./book";
import { CONTENT_TYPE, REL, XlsxPackage } from "./package";
import { readZip } from "./zip";

/** A package made by fflate (level 9, so that re-deflating at 6 would give other bytes). */
function packageOf(parts: Record<string, string>): { bytes: Uint8Array; pkg: XlsxPackage } {
  const files = Object.fromEntries(Object.entries(parts).map(([n, t]) => [n, strToU8(t)]));
  const bytes = zipSync(files, { level: 9 });
  return { bytes, pkg: XlsxPackage.fromBytes(bytes, "x.xlsx") };
}

const SHEET = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${'<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(1)}</sheetData></worksheet>`;

describe("XlsxPackage", () => {
  it("writes the parts it only read with the compressed bytes they came with, the changed ones anew", () => {
    const { bytes, pkg } = packageOf({
      ...EMPTY_PARTS,
      "xl/big.xml": `<a>${"<b>teksti</b>".repeat(2000)}</a>`,
    });
    expect(pkg.text("xl/big.xml")).toContain("<b>teksti</b>");
    expect(pkg.bytes("xl/big.xml").length).toBeGreaterThan(20_000);
    pkg.setText(
      "xl/styles.xml",
      pkg.text("xl/styles.xml").replace("</styleSheet>", "<!-- x --></styleSheet>"),
    );
    const before = new Map(readZip(bytes).map((e) => [e.name, Buffer.from(e.raw)]));
    const after = new Map(readZip(pkg.toBytes()).map((e) => [e.name, Buffer.from(e.raw)]));
    expect(after.get("xl/big.xml")?.equals(before.get("xl/big.xml") as Buffer)).toBe(true);
    expect(after.get("xl/workbook.xml")?.equals(before.get("xl/workbook.xml") as Buffer)).toBe(true);
    expect(after.get("xl/styles.xml")?.equals(before.get("xl/styles.xml") as Buffer)).toBe(false);
  });

  it("what it derives from the parts (sheets, relationships, content types) follows every change", () => {
    const { pkg } = packageOf(EMPTY_PARTS);
    expect(pkg.sheets()).toEqual([]);
    expect(pkg.contentTypeOf("xl/worksheets/sheet1.xml")).toBe("application/xml");
    pkg.setText("xl/worksheets/sheet1.xml", SHEET);
    pkg.setContentType("xl/worksheets/sheet1.xml", CONTENT_TYPE.worksheet);
    expect(pkg.contentTypeOf("xl/worksheets/sheet1.xml")).toBe(CONTENT_TYPE.worksheet);
    const rid = pkg.addRel("xl/workbook.xml", REL.worksheet, "worksheets/sheet1.xml");
    expect(pkg.rels("xl/workbook.xml").map((r) => r.id)).toEqual(["rId1", rid]);
    pkg.setText(
      "xl/workbook.xml",
      pkg
        .text("xl/workbook.xml")
        .replace(
          "<sheets></sheets>",
          `<sheets><sheet name="Tavoitteet" sheetId="1" r:id="${rid}"/></sheets>`,
        ),
    );
    expect(pkg.sheets().map((s) => [s.name, s.part, s.kind])).toEqual([
      ["Tavoitteet", "xl/worksheets/sheet1.xml", "worksheet"],
    ]);
    // The same answers are not remade, and cannot be changed by a caller.
    expect(pkg.sheets()[0]).toBe(pkg.sheets()[0]);
    expect(() => {
      (pkg.sheets()[0] as { name: string }).name = "Muu";
    }).toThrow(TypeError);
    const list = pkg.sheets();
    list.pop();
    expect(pkg.sheets()).toHaveLength(1);
    // A part removed: the sheet's part is gone from the list.
    pkg.remove("xl/worksheets/sheet1.xml");
    expect(pkg.sheets()[0].part).toBeNull();
    pkg.removeRel("xl/workbook.xml", rid);
    expect(pkg.rels("xl/workbook.xml").map((r) => r.id)).toEqual(["rId1"]);
    pkg.removeContentType("xl/worksheets/sheet1.xml");
    expect(pkg.contentTypeOf("xl/worksheets/sheet1.xml")).toBe("application/xml");
  });
});
