/**
 * Copying worksheets from departments' packages into one merged package ("Yhdistä työkirjat"),
 * losslessly where it can be done correctly, and naming everything it could not keep.
 *
 * The sheet XML is kept as it is, character for character, except:
 * - style indices (cells, rows, columns) remapped into the target's styles.xml (the cell format with
 *   its font, fill, border and number format interned there; identical ones reused), and the
 *   differential formats of conditional formats (dxfId) likewise;
 * - shared strings written inline (`t="inlineStr"` with the shared string's own runs, rich text and
 *   phonetic runs kept), so the target's sharedStrings is never needed;
 * - formulas: one that names the sheet itself is rewritten to the sheet's new name; one that refers
 *   to another sheet, another workbook, a defined name or a table (a structured reference) would
 *   change meaning in the merged workbook, so it is dropped and its cached value kept as a literal
 *   (a text result as an inline string), and the cells are listed; the members of a shared formula
 *   follow their master. Conditional formats, data validations and extension blocks whose formulas
 *   refer outside the sheet are left out and named;
 * - `tabSelected` (several selected tabs would open grouped), `codeName` (a VBA name the merged
 *   workbook has no code for), and the cell metadata attributes `cm`/`vm` (their metadata part is
 *   not carried; a dynamic array stays an array formula) removed.
 * Column widths, row heights, merges, sheet views, protection, page setup, headers and footers are
 * kept as they are; the print area and print titles (names local to the sheet) are carried over.
 *
 * Parts the sheet links to: external hyperlinks, notes (comments with their VML), drawings with their
 * pictures and charts (a chart's series formulas naming the sheet itself are rewritten; a chart that
 * draws from another sheet leaves its drawing out), tables (a fresh id and, where taken, a fresh
 * name), printer settings and background pictures are copied with their own parts. Pivot tables,
 * threaded comments (their plain note stays), slicers, form controls, OLE objects and anything
 * else are left out, each named in a sentence (CopyNote). Pure over packages: no fs.
 */
import type { CopyNote } from "../summary/merge";
import { Book, quoteSheet, readPart } from "./book";
import { CONTENT_TYPE, NS, relativeTarget, relsPathOf, type Relationship, type XlsxPackage } from "./package";
import type { Styles } from "./styles";
import {
  attrLocal,
  attrs,
  elementAt,
  escapeAttr,
  escapeText,
  findElement,
  nextTag,
  setAttr,
  unescapeXml,
} from "./xml";

/** One sheet to copy: from which package, which sheet, and its name in the target. */
export interface SheetToCopy {
  from: XlsxPackage;
  /** The file as people know it, for the sentences. */
  file: string;
  sheet: string;
  name: string;
}

export interface CopiedSheets {
  /** The sheets copied, by their new names (one not copied is in `notes` as left out). */
  copied: string[];
  notes: CopyNote[];
}

const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** What a relationship type of a sheet is, in words, and whether copying carries it. */
const KINDS: Record<string, { fi: string; en: string; carry: boolean }> = {
  hyperlink: { fi: "linkki", en: "hyperlink", carry: true },
  comments: { fi: "muistiinpanot", en: "notes", carry: true },
  vmlDrawing: { fi: "muistiinpanojen kehykset", en: "note frames", carry: true },
  drawing: { fi: "kuvat ja kaaviot", en: "pictures and charts", carry: true },
  table: { fi: "taulukko", en: "table", carry: true },
  printerSettings: { fi: "tulostinasetukset", en: "printer settings", carry: true },
  image: { fi: "taustakuva", en: "background picture", carry: true },
  threadedComment: { fi: "ketjutetut kommentit", en: "threaded comments", carry: false },
  pivotTable: { fi: "pivot-taulukko", en: "pivot table", carry: false },
  slicer: { fi: "osittaja", en: "slicer", carry: false },
  timeline: { fi: "aikajana", en: "timeline", carry: false },
  oleObject: { fi: "upotettu objekti", en: "embedded object", carry: false },
  package: { fi: "upotettu objekti", en: "embedded object", carry: false },
  control: { fi: "lomakkeen ohjausobjekti", en: "form control", carry: false },
  ctrlProp: { fi: "lomakkeen ohjausobjekti", en: "form control", carry: false },
};

const kindOf = (rel: Relationship): string => rel.type.slice(rel.type.lastIndexOf("/") + 1);

/** A formula's references: rewritten for the sheet's new name, or null when it points outside the sheet. */
export function rewriteFormula(
  formula: string,
  own: string,
  renamed: string,
  names: ReadonlySet<string>,
): string | null {
  let out = "";
  let i = 0;
  const n = formula.length;
  const ownKey = own.toLowerCase();
  while (i < n) {
    const c = formula[i];
    if (c === '"') {
      // A text literal: kept as written ("" is a quote inside).
      let j = i + 1;
      while (j < n && !(formula[j] === '"' && formula[j + 1] !== '"')) j += formula[j] === '"' ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (c === "'") {
      let j = i + 1;
      let name = "";
      while (j < n) {
        if (formula[j] === "'" && formula[j + 1] === "'") {
          name += "'";
          j += 2;
        } else if (formula[j] === "'") break;
        else name += formula[j++];
      }
      if (formula[j + 1] !== "!") return null;
      if (name.toLowerCase() !== ownKey) return null;
      out += quoteSheet(renamed) + "!";
      i = j + 2;
      continue;
    }
    if (c === "[") return null; // another workbook, or a table's structured reference
    if (/[A-Za-z_\\\u00C0-\uFFFF]/.test(c)) {
      let j = i + 1;
      while (j < n && /[\w.\\\u00C0-\uFFFF]/.test(formula[j])) j++;
      const word = formula.slice(i, j);
      if (formula[j] === "!" || /^:[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*!/.test(formula.slice(j))) {
        // A sheet name unquoted (Sheet2!A1), or a range of sheets (Sheet1:Sheet3!A1).
        if (formula[j] !== "!") return null;
        if (word.toLowerCase() !== ownKey) return null;
        out += quoteSheet(renamed) + "!";
        i = j + 1;
        continue;
      }
      if (formula[j] !== "(" && names.has(word.toLowerCase())) return null;
      out += word;
      i = j;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

/** The part name's stem and extension: "xl/drawings/drawing1.xml" → ["xl/drawings/drawing", ".xml"]. */
function stemOf(part: string): [string, string] {
  const m = /^(.*?)(\d*)(\.[^./]*)?$/.exec(part) as RegExpExecArray;
  return [m[1], m[3] ?? ""];
}

/** A source package as the copier keeps it: its session, the formats already moved, its styles' prefix. */
interface Source {
  book: Book;
  xf: Map<number, number>;
  dxf: Map<number, number>;
  /** "x" when its styles.xml is written with a prefix (the Open XML SDK), else "". */
  stylesPrefix: string;
}

/** Style XML without the source's prefix ("<x:font>" → "<font>"), as the target's unprefixed styles hold it. */
const unprefixed =
  (prefix: string) =>
  (xml: string): string =>
    prefix ? xml.replace(new RegExp(`<(/?)${prefix}:`, "g"), "<$1") : xml;

/** Copying sheets into one target package; `finish()` writes the styles back. */
export class SheetCopier {
  private readonly book: Book;
  private readonly styles: Styles;
  private readonly sources = new Map<XlsxPackage, Source>();
  /** Parts already copied from a source package (a picture two drawings share is copied once). */
  private readonly copiedParts = new Map<XlsxPackage, Map<string, string>>();
  private date1904: boolean | null = null;

  constructor(readonly target: XlsxPackage) {
    this.book = new Book(target);
    this.styles = this.book.styles();
  }

  /** Copies the sheets in order; each one that cannot be copied is a note and the others go on. */
  copy(items: readonly SheetToCopy[]): CopiedSheets {
    const copied: string[] = [];
    const notes: CopyNote[] = [];
    for (const item of items) {
      const note = this.copyOne(item, notes);
      if (note) notes.push(note);
      else copied.push(item.name);
    }
    return { copied, notes };
  }

  /** Writes the target's styles (with the formats the copies added). */
  finish(): void {
    this.book.flush();
  }

  private source(pkg: XlsxPackage) {
    let s = this.sources.get(pkg);
    if (!s) {
      const book = new Book(pkg);
      const part = pkg.workbookRelPart("styles");
      const xml = part ? readPart(part, () => pkg.text(part)) : "";
      const stylesPrefix = /<(\w+):styleSheet\b/.exec(xml)?.[1] ?? "";
      s = { book, xf: new Map(), dxf: new Map(), stylesPrefix };
      this.sources.set(pkg, s);
    }
    return s;
  }

  private copyOne(item: SheetToCopy, notes: CopyNote[]): CopyNote | null {
    const { from, name } = item;
    const src = this.source(from);
    const entry = from.sheets().find((s) => s.name === item.sheet);
    const leftOut = (fi: string, en: string): CopyNote => ({
      sheet: name,
      kind: "left-out",
      message: {
        fi: `Tiedoston ${item.file} välilehti '${item.sheet}' jäi pois: ${fi}.`,
        en: `The sheet '${item.sheet}' of ${item.file} was left out: ${en}.`,
      },
    });
    if (!entry?.part || entry.kind !== "worksheet")
      return leftOut("sitä ei löytynyt työkirjasta laskentataulukkona", "it was not found as a worksheet");
    const date1904 = /<(?:\w+:)?workbookPr\b[^>]*\bdate1904\s*=\s*["'](?:1|true)["']/.test(src.book.wbXml);
    if (this.date1904 === null) {
      this.date1904 = date1904;
      if (date1904) this.setDate1904();
      this.copyTheme(from);
    } else if (this.date1904 !== date1904)
      return leftOut(
        "sen työkirja käyttää eri päivämääräjärjestelmää (1904), joten päivämäärät siirtyisivät",
        "its workbook uses another date system (1904), so its dates would shift",
      );

    const xml = readPart(entry.part, () => from.text(entry.part as string));
    const names = new Set(src.book.definedNames().map((d) => d.name.toLowerCase()));
    const rewrite = (f: string) => rewriteFormula(f, item.sheet, name, names);

    // ---- The sheet's relationships: carried (same ids, new targets) or left out ----
    const carried: { rel: Relationship; target: string }[] = [];
    const dropped = new Set<string>();
    const droppedWords = new Map<string, { fi: string; en: string }>();
    const dropRel = (rel: Relationship, words: { fi: string; en: string }) => {
      dropped.add(rel.id);
      droppedWords.set(words.en, words);
    };
    const rels = from.rels(entry.part);
    for (const rel of rels) {
      const kind = kindOf(rel);
      const known = KINDS[kind] ?? { fi: `osa "${kind}"`, en: `the part "${kind}"`, carry: false };
      if (rel.external) {
        if (kind === "hyperlink") carried.push({ rel, target: rel.target });
        else dropRel(rel, { fi: "linkki toiseen tiedostoon", en: "link to another file" });
        continue;
      }
      if (!known.carry || !rel.part || !from.has(rel.part)) {
        dropRel(rel, known);
        continue;
      }
      if (kind === "drawing" && !this.drawingCarries(from, rel.part, rewrite)) {
        dropRel(rel, {
          fi: "kaavio, joka hakee tietonsa toiselta välilehdeltä",
          en: "chart drawing from another sheet",
        });
        continue;
      }
      if (kind === "table" && from.rels(rel.part).length > 0) {
        dropRel(rel, { fi: "ulkoiseen tietoon kytketty taulukko", en: "table linked to external data" });
        continue;
      }
      carried.push({ rel, target: "" });
    }

    // ---- The sheet XML ----
    const literal: string[] = [];
    const droppedRules: string[] = [];
    const deadLinks: string[] = [];
    let out = this.sheetXml(xml, src, rewrite, literal, droppedRules, dropped, deadLinks);

    // ---- Add the sheet, then its parts ----
    const added = this.book.addSheet(name, "<worksheet/>", entry.state);
    const part = added.part as string;
    const relXml: string[] = [];
    for (const c of carried) {
      if (c.rel.external) {
        relXml.push(
          `<Relationship Id="${escapeAttr(c.rel.id)}" Type="${escapeAttr(c.rel.type)}" Target="${escapeAttr(c.target)}" TargetMode="External"/>`,
        );
        continue;
      }
      const kind = kindOf(c.rel);
      const copiedPart =
        kind === "table"
          ? this.copyTable(from, c.rel.part as string)
          : this.copyPart(from, c.rel.part as string, rewrite);
      relXml.push(
        `<Relationship Id="${escapeAttr(c.rel.id)}" Type="${escapeAttr(c.rel.type)}" Target="${escapeAttr(relativeTarget(part, copiedPart))}"/>`,
      );
    }
    if (relXml.length > 0) {
      this.target.ensureDefault("rels", CONTENT_TYPE.rels);
      this.target.setText(
        relsPathOf(part),
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkgRels}">${relXml.join("")}</Relationships>`,
      );
    }
    if (dropped.size > 0) out = removeDropped(out, dropped);
    this.target.setText(part, out);

    // ---- Print area and print titles: names local to the sheet (an autofilter needs no name) ----
    const from_index = from.sheets().findIndex((s) => s.rid === entry.rid);
    const to_index = this.target.sheets().findIndex((s) => s.rid === added.rid);
    for (const d of src.book.definedNames()) {
      if (d.local !== from_index || !/^_xlnm\.(print_area|print_titles)$/i.test(d.name)) continue;
      const value = rewrite(d.value);
      if (value !== null) this.book.setLocalName(d.name, to_index, value);
    }

    // ---- What changed, in sentences ----
    for (const words of droppedWords.values())
      notes.push({
        sheet: name,
        kind: "left-out",
        message: {
          fi: `Välilehdeltä ${name} jäi pois: ${words.fi} (tiedosto ${item.file}).`,
          en: `Not carried over from sheet ${name}: the ${words.en} (file ${item.file}).`,
        },
      });
    if (literal.length > 0)
      notes.push({
        sheet: name,
        kind: "literal-formulas",
        cells: literal,
        message: {
          fi: `Välilehden ${name} ${literal.length} ${literal.length === 1 ? "kaava viittasi" : "kaavaa viittasi"} toiseen välilehteen, työkirjaan tai nimeen; ${literal.length === 1 ? "sen" : "niiden"} viimeisin arvo jäi soluun kaavan sijaan: ${listCells(literal)}.`,
          en: `${literal.length} ${literal.length === 1 ? "formula" : "formulas"} on sheet ${name} referred to another sheet, workbook or name; the last ${literal.length === 1 ? "value stays" : "values stay"} in the cell instead: ${listCells(literal)}.`,
        },
      });
    if (deadLinks.length > 0)
      notes.push({
        sheet: name,
        kind: "dead-link",
        cells: deadLinks,
        message: {
          fi: `Välilehden ${name} ${deadLinks.length === 1 ? "linkki vie" : "linkit vievät"} toiselle välilehdelle, jota yhdistetyssä työkirjassa ei ole: ${listCells(deadLinks)}.`,
          en: `${deadLinks.length === 1 ? "A link" : "Links"} on sheet ${name} lead to another sheet, not in the merged workbook: ${listCells(deadLinks)}.`,
        },
      });
    for (const rule of droppedRules)
      notes.push({
        sheet: name,
        kind: "dropped-rule",
        message: {
          fi: `Välilehden ${name} ${rule === "dataValidations" ? "tietojen kelpoisuussääntö" : rule === "conditionalFormatting" ? "ehdollinen muotoilu" : "laajennusosa"}, joka viittasi toiseen välilehteen tai nimeen, jäi pois.`,
          en: `A ${rule === "dataValidations" ? "data validation rule" : rule === "conditionalFormatting" ? "conditional format" : "extension"} on sheet ${name} that referred to another sheet or name was not carried over.`,
        },
      });
    return null;
  }

  /** The sheet XML with styles remapped, strings inline, formulas rewritten or kept as values. */
  private sheetXml(
    xml: string,
    src: Source,
    rewrite: (f: string) => string | null,
    literal: string[],
    droppedRules: string[],
    dropped: Set<string>,
    deadLinks: string[],
  ): string {
    const parts: string[] = [];
    let copied = 0;
    const xf = (s: string | undefined): string | null => {
      if (s === undefined) return null;
      const i = Number(s) || 0;
      let t = src.xf.get(i);
      if (t === undefined) {
        const fp = src.book.styles().fingerprint(i);
        const plain = unprefixed(src.stylesPrefix);
        t = this.styles.fromFingerprint(
          {
            xf: plain(fp.xf),
            font: fp.font && plain(fp.font),
            fill: fp.fill && plain(fp.fill),
            border: fp.border && plain(fp.border),
            numFmt: fp.numFmt,
          },
          0,
        );
        src.xf.set(i, t);
      }
      return String(t);
    };
    const dxf = (s: string): string => {
      const i = Number(s) || 0;
      let t = src.dxf.get(i);
      if (t === undefined) {
        const x = src.book.styles().dxf(i);
        t =
          x === undefined
            ? 0
            : this.styles.internDxf(unprefixed(src.stylesPrefix)(x).replace(/ xmlns="[^"]*"/, ""));
        src.dxf.set(i, t);
      }
      return String(t);
    };
    const prefix = /<(\w+:)?worksheet\b/.exec(xml)?.[1] ?? "";
    const sharedLiteral = new Set<string>();
    const sharedDecided = new Set<string>();
    for (let t = nextTag(xml, 0); t;) {
      const tag = xml.slice(t.start, t.end);
      let replace: string | null = null;
      let end = t.end;
      if (t.kind !== "close") {
        switch (t.local) {
          case "sheetPr":
            replace = setAttr(tag, "codeName", null);
            break;
          case "sheetView":
            replace = setAttr(tag, "tabSelected", null);
            break;
          case "col":
          case "row": {
            const s = attrs(tag).s;
            if (s !== undefined) replace = setAttr(tag, "s", xf(s));
            break;
          }
          case "c": {
            const el = elementAt(xml, t);
            end = el.end;
            replace = this.cell(
              xml.slice(t.start, el.end),
              src.book,
              xf,
              rewrite,
              literal,
              sharedLiteral,
              sharedDecided,
              prefix,
            );
            break;
          }
          case "conditionalFormatting":
          case "dataValidations":
          case "extLst": {
            const el = elementAt(xml, t);
            end = el.end;
            replace = rulesXml(xml.slice(t.start, el.end), t.local, rewrite, dxf, droppedRules, dropped);
            break;
          }
          case "hyperlink": {
            const a = attrs(tag);
            if (a.location !== undefined) {
              const loc = rewrite(a.location);
              if (loc !== null) replace = setAttr(tag, "location", loc);
              else deadLinks.push(a.ref ?? "?");
            }
            break;
          }
        }
      }
      if (replace !== null) {
        parts.push(xml.slice(copied, t.start), replace);
        copied = end;
      }
      t = nextTag(xml, end);
    }
    parts.push(xml.slice(copied));
    return parts.join("");
  }

  /** One `<c>` element for the target. */
  private cell(
    c: string,
    book: Book,
    xf: (s: string | undefined) => string | null,
    rewrite: (f: string) => string | null,
    literal: string[],
    sharedLiteral: Set<string>,
    sharedDecided: Set<string>,
    prefix: string,
  ): string {
    const open = nextTag(c, 0) as NonNullable<ReturnType<typeof nextTag>>;
    let tag = c.slice(0, open.end);
    const a = attrs(tag);
    // A cell without a format shows the workbook's first; the source's first may not be the target's.
    const s = xf(a.s ?? "0");
    if (a.s !== undefined || s !== "0") tag = setAttr(tag, "s", s);
    tag = setAttr(setAttr(tag, "cm", null), "vm", null);
    if (open.kind === "empty") return tag;
    let inner = c.slice(open.end, c.lastIndexOf("</"));
    const close = c.slice(c.lastIndexOf("</"));
    // The formula: rewritten, or dropped for its cached value.
    const f = findElement(inner, "f");
    let asValue = false;
    if (f) {
      const fa = attrs(inner.slice(f.open.start, f.open.end));
      const text = f.open.kind === "empty" ? "" : unescapeXml(inner.slice(f.inner, f.innerEnd));
      let next: string | null;
      if (fa.t === "shared" && fa.si !== undefined && text === "") {
        next = sharedDecided.has(fa.si) && !sharedLiteral.has(fa.si) ? "" : null;
      } else {
        next = text === "" ? "" : rewrite(text);
        if (fa.t === "shared" && fa.si !== undefined) {
          sharedDecided.add(fa.si);
          if (next === null) sharedLiteral.add(fa.si);
        }
      }
      if (next === null) {
        asValue = true;
        literal.push(a.r ?? "?");
        inner = inner.slice(0, f.open.start) + inner.slice(f.end);
      } else if (next !== text) inner = inner.slice(0, f.inner) + escapeText(next) + inner.slice(f.innerEnd);
    }
    const t = a.t;
    if (t === "s") {
      const v = findElement(inner, "v");
      const i = v ? Number(unescapeXml(inner.slice(v.inner, v.innerEnd))) : NaN;
      const si = Number.isInteger(i) ? book.sharedStringXml(i) : null;
      if (si !== null && v) {
        const siEl = findElement(si, "si") as NonNullable<ReturnType<typeof findElement>>;
        const sp = /^<(\w+:)?si\b/.exec(si)?.[1] ?? "";
        let content = siEl.open.kind === "empty" ? "" : si.slice(siEl.inner, siEl.innerEnd);
        if (sp !== prefix)
          content =
            sp === ""
              ? content.replace(/<(\/?)(?!\w+:)(\w)/g, `<$1${prefix}$2`)
              : content.replace(new RegExp(`<(/?)${sp}`, "g"), `<$1${prefix}`);
        tag = setAttr(tag, "t", "inlineStr");
        inner = inner.slice(0, v.open.start) + `<${prefix}is>${content}</${prefix}is>` + inner.slice(v.end);
      }
    }
    if (asValue) {
      // No value was saved with the formula: the cell stays, empty, with its format.
      const v = findElement(inner, "v");
      if (!v || v.open.kind === "empty" || inner.slice(v.inner, v.innerEnd) === "") {
        if (v) inner = inner.slice(0, v.open.start) + inner.slice(v.end);
        tag = setAttr(tag, "t", null);
      }
    }
    if (t === "str" && asValue) {
      const v = findElement(inner, "v");
      if (v) {
        const text = inner.slice(v.inner, v.innerEnd);
        const space = /^\s|\s$|\n/.test(unescapeXml(text)) ? ' xml:space="preserve"' : "";
        tag = setAttr(tag, "t", "inlineStr");
        inner =
          inner.slice(0, v.open.start) +
          `<${prefix}is><${prefix}t${space}>${text}</${prefix}t></${prefix}is>` +
          inner.slice(v.end);
      } else tag = setAttr(tag, "t", null);
    }
    return tag + inner + close;
  }

  /** True when the drawing's charts draw only from the sheet itself. */
  private drawingCarries(from: XlsxPackage, drawing: string, rewrite: (f: string) => string | null): boolean {
    const seen = new Set<string>();
    const walk = (part: string): boolean => {
      if (seen.has(part)) return true;
      seen.add(part);
      const type = from.contentTypeOf(part) ?? "";
      if (/drawingml\.chart\+xml|chartex/i.test(type)) {
        const xml = from.text(part);
        for (const m of xml.matchAll(/<(\w+:)?f(?:\s[^>]*)?>([^<]*)<\/\1?f>/g))
          if (rewrite(unescapeXml(m[2])) === null) return false;
      }
      return from.rels(part).every((r) => r.external || !r.part || !from.has(r.part) || walk(r.part));
    };
    return walk(drawing);
  }

  /** Copies a part with the parts it links to (same relationship ids), once per source part; its new name. */
  private copyPart(from: XlsxPackage, part: string, rewrite: (f: string) => string | null): string {
    let done = this.copiedParts.get(from);
    if (!done) this.copiedParts.set(from, (done = new Map()));
    const known = done.get(part);
    if (known) return known;
    const [stem, ext] = stemOf(part);
    const name = this.target.freeName(stem, ext);
    done.set(part, name);
    const type = from.contentTypeOf(part);
    if (/drawingml\.chart\+xml|chartex/i.test(type ?? ""))
      this.target.setText(
        name,
        from
          .text(part)
          .replace(
            /<(\w+:)?f(\s[^>]*)?>([^<]*)<\/\1?f>/g,
            (m, p: string | undefined, at: string | undefined, f: string) => {
              const next = rewrite(unescapeXml(f));
              return next === null ? m : `<${p ?? ""}f${at ?? ""}>${escapeText(next)}</${p ?? ""}f>`;
            },
          ),
      );
    else this.target.setBytes(name, from.bytes(part));
    this.typeLike(from, part, name);
    const rels = from.rels(part);
    if (rels.length > 0) {
      const xml = rels.map((r) => {
        const target =
          r.external || !r.part || !from.has(r.part)
            ? r.target
            : relativeTarget(name, this.copyPart(from, r.part, rewrite));
        const mode = r.external ? ' TargetMode="External"' : "";
        return `<Relationship Id="${escapeAttr(r.id)}" Type="${escapeAttr(r.type)}" Target="${escapeAttr(target)}"${mode}/>`;
      });
      this.target.setText(
        relsPathOf(name),
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkgRels}">${xml.join("")}</Relationships>`,
      );
    }
    return name;
  }

  /** The target's content type for `name` as the source's for `part`: its Override, or its extension's Default. */
  private typeLike(from: XlsxPackage, part: string, name: string): void {
    const type = from.contentTypeOf(part);
    if (!type) return;
    const ext = name.slice(name.lastIndexOf(".") + 1).toLowerCase();
    const byDefault = from.contentTypeOf(`__none__.${ext}`) === type;
    if (byDefault && (this.target.contentTypeOf(`__none__.${ext}`) ?? type) === type)
      this.target.ensureDefault(ext, type);
    else this.target.setContentType(name, type);
  }

  /** A table with an id and a name of its own in the target. */
  private copyTable(from: XlsxPackage, part: string): string {
    const [stem, ext] = stemOf(part);
    const name = this.target.freeName(stem, ext);
    let xml = from.text(part);
    const root = findElement(xml, "table");
    if (root) {
      const used = this.book.usedNames();
      let tag = xml.slice(root.open.start, root.open.end);
      const a = attrs(tag);
      tag = setAttr(tag, "id", String(this.book.nextTableId()));
      let tableName = a.name ?? "Taulukko";
      for (let n = 2; used.has(tableName.toLowerCase()); n++) tableName = `${a.name ?? "Taulukko"}_${n}`;
      tag = setAttr(tag, "name", tableName);
      tag = setAttr(tag, "displayName", tableName);
      xml = xml.slice(0, root.open.start) + tag + xml.slice(root.open.end);
    }
    this.target.setText(name, xml);
    this.target.setContentType(name, CONTENT_TYPE.table);
    return name;
  }

  private setDate1904(): void {
    const xml = this.book.wbXml;
    const pr = findElement(xml, "workbookPr");
    if (pr)
      this.book.wbXml =
        xml.slice(0, pr.open.start) +
        setAttr(xml.slice(pr.open.start, pr.open.end), "date1904", "1") +
        xml.slice(pr.open.end);
  }

  /** The first source's theme, so that theme colours and fonts look as the department saw them. */
  private copyTheme(from: XlsxPackage): void {
    if (this.target.workbookRelPart("theme")) return;
    const theme = from.workbookRelPart("theme");
    if (!theme) return;
    const name = "xl/theme/theme1.xml";
    this.target.setBytes(name, from.bytes(theme));
    this.target.setContentType(name, "application/vnd.openxmlformats-officedocument.theme+xml");
    this.target.addRel(this.book.wbPart, `${R}/theme`, relativeTarget(this.book.wbPart, name));
  }
}

/** "A1, B2, C3" (the first ten, then "…"). */
function listCells(cells: readonly string[]): string {
  return cells.length <= 10 ? cells.join(", ") : `${cells.slice(0, 10).join(", ")} …`;
}

/**
 * A conditionalFormatting, dataValidations or extLst element for the target: dxfIds remapped,
 * formulas naming the sheet rewritten, and each rule (or extension) whose formulas point outside
 * the sheet, or at a part left out, removed ("" when nothing is left).
 */
function rulesXml(
  el: string,
  kind: "conditionalFormatting" | "dataValidations" | "extLst",
  rewrite: (f: string) => string | null,
  dxf: (s: string) => string,
  droppedRules: string[],
  dropped: Set<string>,
): string {
  const ruleTag =
    kind === "conditionalFormatting" ? "cfRule" : kind === "dataValidations" ? "dataValidation" : "ext";
  const rootOpen = nextTag(el, 0) as NonNullable<ReturnType<typeof nextTag>>;
  if (rootOpen.kind === "empty") return el;
  const out: string[] = [];
  let copied = 0;
  let kept = 0;
  let removed = false;
  for (let t = nextTag(el, rootOpen.end); t;) {
    if (t.local !== ruleTag || t.kind === "close") {
      t = nextTag(el, t.end);
      continue;
    }
    const r = elementAt(el, t);
    let rule = el.slice(t.start, r.end);
    let ok = true;
    rule = rule.replace(
      /<(\w+:)?(formula|formula1|formula2|f)(\s[^>]*)?>([^<]*)<\/\1?\2>/g,
      (m, p: string | undefined, n: string, at: string | undefined, f: string) => {
        const next = rewrite(unescapeXml(f));
        if (next === null) ok = false;
        return next === null ? m : `<${p ?? ""}${n}${at ?? ""}>${escapeText(next)}</${p ?? ""}${n}>`;
      },
    );
    // An extension that links to a part left out goes with it (that part's own sentence names it).
    let linked = false;
    if (kind === "extLst")
      for (const m of rule.matchAll(/\s[\w]+:id\s*=\s*"([^"]*)"/g)) if (dropped.has(m[1])) linked = true;
    if (kind === "conditionalFormatting")
      rule = rule.replace(
        /^(<[^>]*?\sdxfId\s*=\s*")(\d+)(")/,
        (_m, a: string, d: string, b: string) => a + dxf(d) + b,
      );
    out.push(el.slice(copied, t.start));
    if (ok && !linked) {
      out.push(rule);
      kept++;
    } else {
      removed = true;
      if (!linked) droppedRules.push(kind);
    }
    copied = r.end;
    t = nextTag(el, r.end);
  }
  out.push(el.slice(copied));
  if (!removed) return out.join("");
  if (kept === 0) return "";
  let text = out.join("");
  if (kind === "dataValidations") text = text.replace(/^(<[^>]*?\scount\s*=\s*")\d+(")/, `$1${kept}$2`);
  return text;
}

/** The sheet XML without the elements that link to relationships left out (and their empty wrappers). */
function removeDropped(xml: string, ids: Set<string>): string {
  let out = xml;
  for (let guard = 0; guard < 1000; guard++) {
    let hit: { start: number; end: number } | null = null;
    for (let t = nextTag(out, 0); t; t = nextTag(out, t.end)) {
      if (t.kind === "close") continue;
      const a = attrs(out.slice(t.start, t.end));
      const id = attrLocal(a, "id", true);
      if (id === undefined || !ids.has(id)) continue;
      const el = elementAt(out, t);
      hit = { start: t.start, end: el.end };
      // Inside mc:AlternateContent: the whole choice goes.
      const ac = out.lastIndexOf("AlternateContent", t.start);
      if (ac >= 0) {
        const open = out.lastIndexOf("<", ac);
        const tag = nextTag(out, open);
        if (tag && tag.local === "AlternateContent" && tag.kind === "open") {
          const acEl = elementAt(out, tag);
          if (acEl.end >= el.end) hit = { start: tag.start, end: acEl.end };
        }
      }
      break;
    }
    if (!hit) break;
    out = out.slice(0, hit.start) + out.slice(hit.end);
  }
  // Wrappers left empty, and the table parts' count.
  out = out.replace(/<(\w+:)?(oleObjects|controls|tableParts)\b[^>]*>\s*<\/\1?\2>/g, "");
  out = out.replace(
    /<((?:\w+:)?tableParts)\b([^>]*)>([\s\S]*?)<\/\1>/,
    (_m, n: string, a: string, inner: string) => {
      const count = (inner.match(/<(?:\w+:)?tablePart\b/g) ?? []).length;
      return `<${n}${a.replace(/\scount\s*=\s*"\d+"/, ` count="${count}"`)}>${inner}</${n}>`;
    },
  );
  return out;
}
