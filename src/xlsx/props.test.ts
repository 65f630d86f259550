import {
  applyEdits,
  getCustomProperty,
  newWorkbook,
  openWorkbook,
  setCustomProperty,
  workbookBytes,
} from "./core";
import * as fs from "fs";
import * as path from "path";
import { partsOf, sameBytes, textOf } from "../../test/support/parts";

describe("custom document properties", () => {
  it("sets, reads, replaces and removes a string property, through the file", () => {
    const wb = newWorkbook();
    applyEdits(wb, [{ kind: "sheet", spec: { name: "A", columns: [{ header: "x" }], rows: [] } }]);
    expect(getCustomProperty(wb, "Toteuma.asteikko")).toBeNull();
    setCustomProperty(wb, "Toteuma.asteikko", "nelitasoinen & <oma>");
    setCustomProperty(wb, "Toteuma.toimialat", "Konsernipalvelut;Sivistystoimiala");
    const back = openWorkbook(workbookBytes(wb), "x.xlsx");
    expect(getCustomProperty(back, "toteuma.ASTEIKKO")).toBe("nelitasoinen & <oma>");
    setCustomProperty(back, "Toteuma.asteikko", "kolmitasoinen");
    setCustomProperty(back, "Toteuma.toimialat", null);
    const parts = partsOf(workbookBytes(back));
    const xml = textOf(parts, "docProps/custom.xml");
    expect(xml.match(/<property /g)).toHaveLength(1);
    expect(xml).toContain('pid="2" name="Toteuma.asteikko"><vt:lpwstr>kolmitasoinen</vt:lpwstr>');
    expect(textOf(parts, "_rels/.rels")).toContain("custom-properties");
    expect(textOf(parts, "[Content_Types].xml")).toContain('PartName="/docProps/custom.xml"');
  });

  it("keeps the properties a workbook already has and adds beside them", () => {
    const file = path.join(__dirname, "../../test/fixtures/corpus/settings-openpyxl.xlsx");
    const wb = openWorkbook(new Uint8Array(fs.readFileSync(file)), "settings.xlsx");
    expect(getCustomProperty(wb, "Kaupunki")).toBe("Pori");
    setCustomProperty(wb, "Toteuma.asteikko", "nelitasoinen");
    const before = partsOf(new Uint8Array(fs.readFileSync(file)));
    const after = partsOf(workbookBytes(wb));
    for (const [name, bytes] of before)
      if (name !== "docProps/custom.xml") expect(sameBytes(bytes, after.get(name))).toBe(true);
    expect(textOf(after, "docProps/custom.xml")).toContain('pid="3" name="Toteuma.asteikko"');
    expect(getCustomProperty(openWorkbook(workbookBytes(wb), "x"), "Kaupunki")).toBe("Pori");
  });
});
