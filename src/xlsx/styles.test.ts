import { DEFAULT_STYLES, Styles } from "./styles";

const THEME = `<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1><a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4><a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme></a:themeElements></a:theme>`;

describe("styles.xml, append only", () => {
  it("derives a format from a cell's own, keeping its font, and reuses an identical one", () => {
    const base = DEFAULT_STYLES.replace(
      '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>',
      '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font><font><b/><sz val="14"/><name val="Cambria"/></font></fonts>',
    )
      .replace('<fonts count="1">', '<fonts count="2">')
      .replace(
        '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>',
        '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>',
      );
    const st = new Styles(base, THEME);
    // Out of range, format 2 is format 0 (as in Excel); once derived, it is the new one.
    expect(st.fontColor(2)).toBe(st.fontColor(0));
    const s = st.derive(1, { fill: "#C6EFCE", fontColor: "#006100" });
    expect(s).toBe(2);
    expect(st.fontColor(2)).toBe("#006100");
    expect(st.derive(1, { fill: "#C6EFCE", fontColor: "#006100" })).toBe(2);
    const xml = st.toXml();
    expect(xml).toContain('<font><b/><sz val="14"/><color rgb="FF006100"/><name val="Cambria"/></font>');
    expect(xml).toContain('<cellXfs count="3">');
    expect(xml.startsWith(base.slice(0, base.indexOf("<fonts")))).toBe(true);
    // A new session over the written styles finds the same format instead of adding another.
    const again = new Styles(xml, THEME);
    expect(again.derive(1, { fill: "#C6EFCE", fontColor: "#006100" })).toBe(2);
    expect(again.changed).toBe(false);
    expect(again.fillColor(2)).toBe("#C6EFCE");
    expect(again.fontColor(2)).toBe("#006100");
  });

  it("adds custom number formats from 164 and uses built-in ones by id", () => {
    const st = new Styles(DEFAULT_STYLES, null);
    const pct = st.derive(0, { numberFormat: "0%" });
    const own = st.derive(0, { numberFormat: "0 %" });
    const xml = st.toXml();
    expect(xml).toContain('<numFmts count="1"><numFmt numFmtId="164" formatCode="0 %"/></numFmts><fonts');
    expect(new Styles(xml, null).numberFormat(own)).toBe("0 %");
    expect(new Styles(xml, null).numberFormat(pct)).toBeUndefined(); // built-in 9 has no <numFmt>
  });

  it("resolves theme colours with their tint, indexed colours and automatic", () => {
    const st = new Styles(DEFAULT_STYLES, THEME);
    // Excel's own swatches ("Accent 1, lighter 60 %"…), within two steps a channel (Excel rounds its HSL its own way).
    const near = (got: string | null, want: string) =>
      [1, 3, 5].every(
        (i) =>
          Math.abs(parseInt((got ?? "#000000").slice(i, i + 2), 16) - parseInt(want.slice(i, i + 2), 16)) <=
          2,
      );
    expect(near(st.colorOf({ theme: "4", tint: "0.5999938962981048" }), "#B4C6E7")).toBe(true);
    expect(near(st.colorOf({ theme: "4", tint: "0.79998168889431442" }), "#D9E1F2")).toBe(true);
    expect(near(st.colorOf({ theme: "5", tint: "-0.249977111117893" }), "#C65911")).toBe(true);
    expect(near(st.colorOf({ theme: "6", tint: "0.39997558519241921" }), "#C9C9C9")).toBe(true);
    expect(st.colorOf({ theme: "0" })).toBe("#FFFFFF");
    expect(st.colorOf({ theme: "1" })).toBe("#000000");
    expect(st.colorOf({ indexed: "10" })).toBe("#FF0000");
    expect(st.colorOf({ indexed: "64" })).toBeNull();
    expect(st.colorOf({ auto: "1" })).toBeNull();
  });

  it("adds the built-in Input style once, with its cell style and format", () => {
    const st = new Styles(DEFAULT_STYLES, null);
    const a = st.derive(0, { builtin: "Input", locked: false });
    const b = st.derive(0, { builtin: "Input", bold: true });
    const xml = st.toXml();
    expect(xml.match(/builtinId="20"/g)).toHaveLength(1);
    expect(xml).toContain('<cellStyle name="Input" xfId="1" builtinId="20"/>');
    const again = new Styles(xml, null);
    expect(again.fillColor(a)).toBe("#FFCC99");
    expect(again.fontColor(b)).toBe("#3F3F76");
    expect(xml).toMatch(/<xf [^>]*xfId="1"[^>]*><protection locked="0"\/><\/xf>/);
  });

  it("finds a captured format again after the styles were renumbered", () => {
    const st = new Styles(DEFAULT_STYLES, null);
    const s = st.derive(0, { fill: "#FFEB9C", bold: true });
    const fp = new Styles(st.toXml(), null).fingerprint(s);
    const other = new Styles(DEFAULT_STYLES, null);
    const t = other.fromFingerprint(fp, 0);
    expect(t).not.toBe(0);
    const back = new Styles(other.toXml(), null);
    expect(back.fillColor(t)).toBe("#FFEB9C");
    expect(back.fromFingerprint(fp, t)).toBe(t);
  });
});
