/**
 * styles.xml, append only: a CellStyle on top of a cell's current format becomes a new cell format
 * (xf) made of the old one's parts with the asked changes; new fonts, fills, borders, number formats
 * and xfs are appended, never renumbered, and an identical one already there is reused (so colouring
 * again does not grow the file). Also resolves a format's fill and font colour to "#RRGGBB" (theme
 * colours with their tint, indexed colours) for the captured state that Excel reads back.
 */
import type { BuiltinStyle, CellStyle } from "../edits/types";
import {
  attrs,
  children,
  child,
  elementAt,
  escapeAttr,
  findElement,
  nextTag,
  setAttr,
  type Element,
} from "./xml";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

const SECTIONS = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
] as const;
type Section = (typeof SECTIONS)[number];

/** Built-in number formats whose code does not depend on the locale. */
const BUILTIN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "# ?/?": 12,
  "# ??/??": 13,
  "@": 49,
};

/** The built-in cell styles Toteuma uses: Excel's own definitions. */
const BUILTIN_STYLES: Record<
  BuiltinStyle,
  { builtinId: number; fill: string; font?: string; border: string }
> = {
  Input: { builtinId: 20, fill: "#FFCC99", font: "#3F3F76", border: "#7F7F7F" },
  Note: { builtinId: 10, fill: "#FFFFCC", border: "#B2B2B2" },
};

export const DEFAULT_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>`;

/** Excel's default palette of indexed colours (0–63), used unless styles.xml has its own. */
const INDEXED = (
  "000000FFFFFFFF000000FF000000FFFFFF00FF00FF00FFFF000000FFFFFFFF000000FF000000FFFFFF00FF00FF00FFFF" +
  "800000008000000080808000800080008080C0C0C0808080" +
  "9999FF993366FFFFCCCCFFFF660066FF8080" +
  "0066CCCCCCFF000080FF00FFFFFF0000FFFF800080800000008080" +
  "0000FF00CCFFCCFFFFCCFFCCFFFF9999CCFF" +
  "FF99CCCC99FFFFCC993366FF33CCCC99CC00FFCC00FF9900FF6600666699969696" +
  "003366339966003300333300993300993366333399333333"
).match(/.{6}/g) as string[];

/** A cell format by its parts' XML: the xf, its font, fill, border and number format code. */
export interface StyleFingerprint {
  xf: string;
  font: string | null;
  fill: string | null;
  border: string | null;
  numFmt: string | null;
}

/** The parts of a format (xf) as attributes and child elements. */
interface Xf {
  a: Record<string, string>;
  alignment: Record<string, string> | null;
  protection: Record<string, string> | null;
}

/** Parsed formats by their XML (the applier asks for the same few formats thousands of times). */
const PARSED_XF = new Map<string, Readonly<Xf>>();

/** parseXf, remembered: the result is shared, so callers copy before changing it. */
function parseXf(xml: string): Readonly<Xf> {
  let xf = PARSED_XF.get(xml);
  if (!xf) {
    if (PARSED_XF.size >= 4096) PARSED_XF.clear();
    xf = parseXfNow(xml);
    PARSED_XF.set(xml, xf);
  }
  return xf;
}

function parseXfNow(xml: string): Xf {
  const open = nextTag(xml, 0);
  const a = open ? attrs(xml.slice(open.start, open.end)) : {};
  delete a.xmlns; // declared by the writer under a prefixed root, not a part of the format
  const el = open ? elementAt(xml, open) : null;
  const sub = (name: string) => {
    if (!el) return null;
    const c = child(xml, el, name);
    return c ? attrs(xml.slice(c.open.start, c.open.end)) : null;
  };
  return { a, alignment: sub("alignment"), protection: sub("protection") };
}

function attrText(a: Record<string, string>): string {
  return Object.entries(a)
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join("");
}

function xfXml(xf: Xf): string {
  const inner =
    (xf.alignment && Object.keys(xf.alignment).length > 0 ? `<alignment${attrText(xf.alignment)}/>` : "") +
    (xf.protection && Object.keys(xf.protection).length > 0 ? `<protection${attrText(xf.protection)}/>` : "");
  return inner ? `<xf${attrText(xf.a)}>${inner}</xf>` : `<xf${attrText(xf.a)}/>`;
}

/** Child elements of a font in Excel's order. */
const FONT_ORDER = [
  "b",
  "i",
  "strike",
  "condense",
  "extend",
  "outline",
  "shadow",
  "u",
  "vertAlign",
  "sz",
  "color",
  "name",
  "family",
  "charset",
  "scheme",
];

function fontParts(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  const root = findElement(xml, "font");
  if (!root) return out;
  for (const c of children(xml, root)) out.set(c.open.local, xml.slice(c.open.start, c.end));
  return out;
}

function fontXml(parts: Map<string, string>): string {
  const known = FONT_ORDER.filter((k) => parts.has(k)).map((k) => parts.get(k));
  const other = [...parts.entries()].filter(([k]) => !FONT_ORDER.includes(k)).map(([, v]) => v);
  return `<font>${[...known, ...other].join("")}</font>`;
}

const argb = (hex: string) => "FF" + hex.replace(/^#/, "").toUpperCase();

export function solidFillXml(hex: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="${argb(hex)}"/><bgColor indexed="64"/></patternFill></fill>`;
}

function borderXml(hex: string): string {
  const side = (s: string) => `<${s} style="thin"><color rgb="${argb(hex)}"/></${s}>`;
  return `<border>${side("left")}${side("right")}${side("top")}${side("bottom")}<diagonal/></border>`;
}

/** One list section of styles.xml: its original items and the ones appended. */
class List {
  readonly items: string[];
  readonly added: string[] = [];
  /** The items as compared: without the namespace declaration added under a prefixed root. */
  private plain: string[] | null = null;
  constructor(
    readonly element: Element | null,
    items: string[],
  ) {
    this.items = items;
  }
  get length(): number {
    return this.items.length + this.added.length;
  }
  at(i: number): string | undefined {
    return i < this.items.length ? this.items[i] : this.added[i - this.items.length];
  }
  /** Index of an identical item, or of the item appended now. */
  intern(xml: string): number {
    this.plain ??= this.items.map((x) => x.replace(` xmlns="${MAIN}"`, ""));
    const i = this.plain.indexOf(xml);
    if (i >= 0) return i;
    const j = this.added.indexOf(xml);
    if (j >= 0) return this.items.length + j;
    this.added.push(xml);
    return this.length - 1;
  }
}

export class Styles {
  private readonly xml: string;
  private readonly root: Element;
  private readonly lists = new Map<Section, List>();
  private readonly formats = new Map<number, string>();
  private readonly addedFormats: { id: number; code: string }[] = [];
  private readonly derived = new Map<string, number>();
  private readonly theme: string[];
  private readonly indexed: string[];
  /** Font XML → its colour (see fontColor). */
  private readonly fontColours = new Map<string, string | null>();

  constructor(xml: string | null, themeXml: string | null) {
    this.xml = xml ?? DEFAULT_STYLES;
    const root = findElement(this.xml, "styleSheet");
    if (!root) throw new Error("styles.xml has no styleSheet");
    this.root = root;
    for (const s of SECTIONS) {
      const el = child(this.xml, root, s);
      const items = el ? children(this.xml, el).map((c) => this.xml.slice(c.open.start, c.end)) : [];
      this.lists.set(s, new List(el, items));
    }
    for (const f of this.list("numFmts").items) {
      const a = attrs(f);
      if (a.numFmtId !== undefined) this.formats.set(Number(a.numFmtId), a.formatCode ?? "");
    }
    this.theme = themeColours(themeXml);
    const custom = this.list("colors").items[0];
    const own = custom ? [...custom.matchAll(/rgb="([0-9A-Fa-f]{6,8})"/g)].map((m) => m[1].slice(-6)) : [];
    this.indexed = own.length > 0 ? own : INDEXED;
  }

  private list(s: Section): List {
    return this.lists.get(s) as List;
  }

  get changed(): boolean {
    return this.addedFormats.length > 0 || [...this.lists.values()].some((l) => l.added.length > 0);
  }

  get xfCount(): number {
    return this.list("cellXfs").length;
  }

  /** The cell format (xf) XML at index `s` (the first when out of range, as Excel does). */
  xf(s: number): string {
    return (
      this.list("cellXfs").at(s) ??
      this.list("cellXfs").at(0) ??
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    );
  }

  /** Number format code of a cell format, undefined for General. */
  numberFormat(s: number): string | undefined {
    const id = Number(parseXf(this.xf(s)).a.numFmtId ?? 0);
    return this.formats.get(id);
  }

  /** The solid fill colour of cell format `s` as "#RRGGBB", or null (no fill, or a pattern). */
  fillColor(s: number): string | null {
    const fill = this.list("fills").at(Number(parseXf(this.xf(s)).a.fillId ?? 0));
    if (!fill) return null;
    const pattern = /patternType="([^"]*)"/.exec(fill)?.[1];
    if (pattern !== "solid") return null;
    const fg = /<(?:\w+:)?fgColor\b[^>]*>/.exec(fill)?.[0];
    return fg ? this.colorOf(attrs(fg)) : null;
  }

  /** The font colour of cell format `s` as "#RRGGBB", or null for automatic. */
  fontColor(s: number): string | null {
    const font = this.list("fonts").at(Number(parseXf(this.xf(s)).a.fontId ?? 0));
    if (!font) return null;
    // Worked out once per font of the workbook (a font's XML and the theme never change).
    let colour = this.fontColours.get(font);
    if (colour === undefined) {
      const color = /<(?:\w+:)?color\b[^>]*>/.exec(font)?.[0];
      colour = color ? this.colorOf(attrs(color)) : null;
      this.fontColours.set(font, colour);
    }
    return colour;
  }

  /** A colour element's attributes as "#RRGGBB" (rgb, theme with tint, indexed), null when automatic. */
  colorOf(a: Record<string, string>): string | null {
    let hex: string | undefined;
    if (a.rgb && /^[0-9A-Fa-f]{6,8}$/.test(a.rgb)) hex = a.rgb.slice(-6);
    else if (a.theme !== undefined) {
      // Excel swaps the first two pairs: theme 0 is lt1, 1 is dk1, 2 is lt2, 3 is dk2.
      const i = Number(a.theme);
      const map = [1, 0, 3, 2];
      hex = this.theme[i < 4 ? map[i] : i];
    } else if (a.indexed !== undefined) {
      const i = Number(a.indexed);
      if (i === 64) return null; // system foreground: automatic
      hex = this.indexed[i];
    } else if (a.auto === "1" || a.auto === "true") return null;
    if (!hex) return null;
    const tint = Number(a.tint ?? 0);
    return "#" + (tint ? applyTint(hex, tint) : hex).toUpperCase();
  }

  /** What cell format `s` is made of, independent of its index (to find it again after a re-save). */
  fingerprint(s: number): StyleFingerprint {
    const xf = this.xf(s);
    const a = parseXf(xf).a;
    return {
      xf,
      font: this.list("fonts").at(Number(a.fontId ?? 0)) ?? null,
      fill: this.list("fills").at(Number(a.fillId ?? 0)) ?? null,
      border: this.list("borders").at(Number(a.borderId ?? 0)) ?? null,
      numFmt: this.formats.get(Number(a.numFmtId ?? 0)) ?? null,
    };
  }

  /** The index of a cell format made of a fingerprint's parts: `s` itself when it still is that. */
  fromFingerprint(fp: StyleFingerprint, s: number): number {
    if (JSON.stringify(this.fingerprint(s)) === JSON.stringify(fp)) return s;
    const xf = parseXf(fp.xf);
    const a = { ...xf.a };
    if (fp.font) a.fontId = String(this.list("fonts").intern(fp.font));
    if (fp.fill) a.fillId = String(this.list("fills").intern(fp.fill));
    if (fp.border) a.borderId = String(this.list("borders").intern(fp.border));
    if (fp.numFmt !== null) a.numFmtId = String(this.formatId(fp.numFmt));
    if (a.xfId !== undefined && !this.list("cellStyleXfs").at(Number(a.xfId))) a.xfId = "0";
    return this.list("cellXfs").intern(xfXml({ a, alignment: xf.alignment, protection: xf.protection }));
  }

  /** The differential format (dxf) at index `i` of conditional formats, as written. */
  dxf(i: number): string | undefined {
    return this.list("dxfs").at(i);
  }

  /** The index of a differential format identical to `xml`, appended when missing (a copied sheet's). */
  internDxf(xml: string): number {
    return this.list("dxfs").intern(xml);
  }

  /**
   * The cell format that is format `base` with `style` applied: appended (or an identical one
   * reused). `style.builtin` is applied first, then the other properties.
   */
  derive(base: number, style: CellStyle): number {
    const key = `${base}|${JSON.stringify(style)}`;
    const known = this.derived.get(key);
    if (known !== undefined) return known;
    const xf = parseXf(this.xf(base));
    const a = { ...xf.a };
    if (style.builtin) {
      const b = BUILTIN_STYLES[style.builtin];
      const styleXf = this.builtinStyleXf(style.builtin);
      const parts = parseXf(this.list("cellStyleXfs").at(styleXf) as string).a;
      a.xfId = String(styleXf);
      a.fillId = parts.fillId ?? String(this.list("fills").intern(solidFillXml(b.fill)));
      a.borderId = parts.borderId ?? String(this.list("borders").intern(borderXml(b.border)));
      a.fontId = parts.fontId ?? a.fontId ?? "0";
      a.applyFill = a.applyBorder = a.applyFont = "1";
    }
    const font =
      style.fontColor !== undefined ||
      style.bold !== undefined ||
      style.italic !== undefined ||
      style.fontSize !== undefined;
    if (font) {
      const parts = fontParts(this.list("fonts").at(Number(a.fontId ?? 0)) ?? "<font/>");
      if (style.fontColor !== undefined) {
        if (style.fontColor === null) parts.delete("color");
        else parts.set("color", `<color rgb="${argb(style.fontColor)}"/>`);
      }
      if (style.bold === true) parts.set("b", "<b/>");
      else if (style.bold === false) parts.delete("b");
      if (style.italic === true) parts.set("i", "<i/>");
      else if (style.italic === false) parts.delete("i");
      if (style.fontSize !== undefined) parts.set("sz", `<sz val="${style.fontSize}"/>`);
      a.fontId = String(this.list("fonts").intern(fontXml(parts)));
      a.applyFont = "1";
    }
    if (style.fill !== undefined) {
      a.fillId = String(
        this.list("fills").intern(
          style.fill === null ? '<fill><patternFill patternType="none"/></fill>' : solidFillXml(style.fill),
        ),
      );
      a.applyFill = "1";
    }
    if (style.border !== undefined) {
      a.borderId = String(this.list("borders").intern(borderXml(style.border)));
      a.applyBorder = "1";
    }
    if (style.numberFormat !== undefined) {
      a.numFmtId = String(this.formatId(style.numberFormat));
      a.applyNumberFormat = "1";
    }
    let alignment = xf.alignment ? { ...xf.alignment } : null;
    if (style.wrap !== undefined || style.horizontal || style.vertical) {
      alignment = alignment ?? {};
      if (style.wrap !== undefined) {
        if (style.wrap) alignment.wrapText = "1";
        else delete alignment.wrapText;
        if (style.wrap && !style.vertical) alignment.vertical = "top";
      }
      if (style.horizontal) alignment.horizontal = style.horizontal;
      if (style.vertical) alignment.vertical = style.vertical;
      a.applyAlignment = "1";
    }
    let protection = xf.protection ? { ...xf.protection } : null;
    if (style.locked !== undefined) {
      protection = protection ?? {};
      if (style.locked) delete protection.locked;
      else protection.locked = "0";
      a.applyProtection = "1";
    }
    const index = this.list("cellXfs").intern(xfXml({ a, alignment, protection }));
    this.derived.set(key, index);
    return index;
  }

  /** Index of the cell style format (cellStyleXf) of a built-in style, added with its cellStyle if missing. */
  private builtinStyleXf(name: BuiltinStyle): number {
    const b = BUILTIN_STYLES[name];
    for (const cs of [...this.list("cellStyles").items, ...this.list("cellStyles").added]) {
      const a = attrs(cs);
      if (
        Number(a.builtinId) === b.builtinId &&
        a.xfId !== undefined &&
        this.list("cellStyleXfs").at(Number(a.xfId))
      )
        return Number(a.xfId);
    }
    const fontId = b.font
      ? this.list("fonts").intern(
          fontXml(
            new Map([
              ...fontParts(this.list("fonts").at(0) ?? "<font/>"),
              ["color", `<color rgb="${argb(b.font)}"/>`] as [string, string],
            ]),
          ),
        )
      : 0;
    const fillId = this.list("fills").intern(solidFillXml(b.fill));
    const borderId = this.list("borders").intern(borderXml(b.border));
    const xfId = this.list("cellStyleXfs").intern(
      `<xf numFmtId="0" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" applyNumberFormat="0" applyAlignment="0" applyProtection="0"/>`,
    );
    this.list("cellStyles").intern(`<cellStyle name="${name}" xfId="${xfId}" builtinId="${b.builtinId}"/>`);
    return xfId;
  }

  private formatId(code: string): number {
    if (BUILTIN_FORMATS[code] !== undefined) return BUILTIN_FORMATS[code];
    for (const [id, c] of this.formats) if (c === code) return id;
    const id = Math.max(163, ...this.formats.keys()) + 1;
    this.formats.set(id, code);
    this.addedFormats.push({ id, code });
    return id;
  }

  /** styles.xml with everything appended (the original text kept around the insertions). */
  toXml(): string {
    // Under a prefixed root (<x:styleSheet>, as the Open XML SDK writes), the elements added here
    // carry the main namespace as their default, so that they mean what they say.
    const prefixed = this.root.open.name.includes(":");
    const ns = (el: string) => (prefixed ? el.replace(/^<(\w+)/, `<$1 xmlns="${MAIN}"`) : el);
    const fmts = this.addedFormats.map((f) =>
      ns(`<numFmt numFmtId="${f.id}" formatCode="${escapeAttr(f.code)}"/>`),
    );
    // Insertions, applied from the end of the text to its start.
    const edits: { at: number; end: number; text: string }[] = [];
    let insertAt = this.root.inner;
    for (const s of SECTIONS) {
      const l = this.list(s);
      const added = s === "numFmts" ? fmts : l.added.map(ns);
      if (l.element) insertAt = l.element.end;
      if (added.length === 0) continue;
      const count = (s === "numFmts" ? l.items.length : l.items.length) + added.length;
      if (l.element) {
        const e = l.element;
        const open = setAttr(this.xml.slice(e.open.start, e.open.end), "count", String(count));
        if (e.open.kind === "empty")
          edits.push({
            at: e.open.start,
            end: e.end,
            text: open.replace(/\s*\/>$/, ">") + added.join("") + `</${e.open.name}>`,
          });
        else {
          edits.push({ at: e.open.start, end: e.open.end, text: open });
          edits.push({ at: e.innerEnd, end: e.innerEnd, text: added.join("") });
        }
      } else {
        const prefix = this.root.open.name.includes(":") ? this.root.open.name.split(":")[0] + ":" : "";
        edits.push({
          at: insertAt,
          end: insertAt,
          text: `<${prefix}${s} count="${count}">${added.join("")}</${prefix}${s}>`,
        });
      }
    }
    edits.sort((x, y) => y.at - x.at || y.end - x.end);
    let out = this.xml;
    for (const e of edits) out = out.slice(0, e.at) + e.text + out.slice(e.end);
    return out;
  }
}

/** The twelve colours of a theme's colour scheme (dk1, lt1, dk2, lt2, accent1–6, hlink, folHlink). */
function themeColours(xml: string | null): string[] {
  const fallback = [
    "000000",
    "FFFFFF",
    "44546A",
    "E7E6E6",
    "4472C4",
    "ED7D31",
    "A5A5A5",
    "FFC000",
    "5B9BD5",
    "70AD47",
    "0563C1",
    "954F72",
  ];
  if (!xml) return fallback;
  const scheme = findElement(xml, "clrScheme");
  if (!scheme) return fallback;
  const out: string[] = [];
  for (const c of children(xml, scheme)) {
    const inner = xml.slice(c.inner, c.innerEnd);
    const m = /(?:srgbClr val|lastClr)="([0-9A-Fa-f]{6})"/.exec(inner);
    out.push(m ? m[1] : (fallback[out.length] ?? "000000"));
  }
  return out.length >= 12 ? out : fallback;
}

/** Excel's tint: lighten (tint > 0) or darken (tint < 0) a colour in HSL. */
function applyTint(hex: string, tint: number): string {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  let l = (max + min) / 2;
  const d = max - min;
  const s = d === 0 ? 0 : d / (1 - Math.abs(2 * l - 1));
  let h = 0;
  if (d !== 0) {
    if (max === r) h = ((g - b) / d) % 6;
    else if (max === g) h = (b - r) / d + 2;
    else h = (r - g) / d + 4;
    h *= 60;
    if (h < 0) h += 360;
  }
  l = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs(((h / 60) % 2) - 1));
  const m = l - c / 2;
  const [r1, g1, b1] =
    h < 60
      ? [c, x, 0]
      : h < 120
        ? [x, c, 0]
        : h < 180
          ? [0, c, x]
          : h < 240
            ? [0, x, c]
            : h < 300
              ? [x, 0, c]
              : [c, 0, x];
  return [r1, g1, b1]
    .map((v) =>
      Math.round(Math.min(1, Math.max(0, v + m)) * 255)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("");
}
