import { attrs, children, findElement, fromXstring, nextTag, setAttr, textOfRuns, toXstring } from "./xml";

describe("xml", () => {
  it("finds tags past comments, CDATA, processing instructions and '>' inside attribute values", () => {
    const xml = `<?xml version="1.0"?><!-- <c r="X1"/> --><a k="1 > 0"><![CDATA[<c/>]]><x:c r="B2"/></a>`;
    const names: string[] = [];
    for (let t = nextTag(xml, 0); t; t = nextTag(xml, t.end)) names.push(`${t.kind}:${t.name}`);
    expect(names).toEqual(["open:a", "empty:x:c", "close:a"]);
    const a = findElement(xml, "a");
    expect(attrs(xml.slice(a?.open.start, a?.open.end))).toEqual({ k: "1 > 0" });
    expect(children(xml, a as NonNullable<typeof a>).map((e) => e.open.name)).toEqual(["x:c"]);
    expect(findElement(xml, "c")?.open.name).toBe("x:c");
  });

  it("sets, replaces and removes attributes without touching the rest of the tag", () => {
    expect(setAttr('<c r="A1" s="3"/>', "s", "7")).toBe('<c r="A1" s="7"/>');
    expect(setAttr('<c r="A1" s="3"/>', "s", null)).toBe('<c r="A1"/>');
    expect(setAttr('<sheetView workbookViewId="0">', "tabSelected", "1")).toBe(
      '<sheetView workbookViewId="0" tabSelected="1">',
    );
    expect(setAttr("<a x='1'/>", "y", 'a"b<')).toBe(`<a x='1' y="a&quot;b&lt;"/>`);
  });

  it("keeps text that XML cannot hold, and text that looks like an escape, the same through a cell", () => {
    for (const s of ["rivi\u0001", "_x000D_ kirjaimellisesti", "a\tb", "tavallinen"])
      expect(fromXstring(toXstring(s))).toBe(s);
    expect(toXstring("_x000D_")).toBe("_x005F_x000D_");
  });

  it("reads the text of rich runs without phonetic runs", () => {
    expect(
      textOfRuns(
        '<r><t>Mittari </t></r><r><rPr><b/></rPr><t xml:space="preserve">1. &amp; 2.</t></r><rPh sb="0" eb="1"><t>ミ</t></rPh>',
      ),
    ).toBe("Mittari 1. & 2.");
  });
});
