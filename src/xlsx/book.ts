/**
 * One editing session over a package (one `applyEdits` call): parsed styles, shared strings and
 * sheet XML, loaded when first needed and written back by `flush()`; adding, replacing and deleting
 * sheets in workbook.xml, its relationships and [Content_Types].xml; defined names.
 */
import { CONTENT_TYPE, NS, REL, relativeTarget, type SheetEntry, type XlsxPackage } from "./package";
import { SheetXml } from "./sheet";
import type { ZipEntry } from "./zip";
import { DEFAULT_STYLES, Styles } from "./styles";
import {
  attrLocal,
  attrs,
  child,
  children,
  escapeAttr,
  escapeText,
  findElement,
  nextTag,
  setAttr,
  textOfRuns,
  unescapeXml,
  type Element,
} from "./xml";

/** A part that could not be read for editing (damaged XML, a broken zip entry), by name. */
export class PartError extends Error {
  constructor(readonly part: string) {
    super(`the part ${part} could not be read`);
    this.name = "PartError";
  }
}

/** Runs `read`, naming `part` when it fails. */
export function readPart<T>(part: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof PartError) throw e;
    throw new PartError(part);
  }
}

/** Excel's sheet names compare without case. */
export const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** A sheet name quoted for a formula: 'Name' (quotes doubled). */
export const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

export class Book {
  private stylesCache: Styles | null = null;
  private sheetsCache = new Map<string, SheetXml>();
  private sst: string[] | null = null;
  private sstXml: string | null = null;
  readonly wbPart: string;

  constructor(readonly pkg: XlsxPackage) {
    const wb = readPart("xl/workbook.xml", () => pkg.workbookPart());
    if (!wb) throw new Error("the package has no workbook part");
    this.wbPart = wb;
  }

  get wbXml(): string {
    return this.pkg.text(this.wbPart);
  }

  set wbXml(xml: string) {
    this.pkg.setText(this.wbPart, xml);
  }

  sheets(): SheetEntry[] {
    return this.pkg.sheets();
  }

  findSheet(name: string): SheetEntry | undefined {
    return this.sheets().find((s) => sameName(s.name, name));
  }

  /** The worksheet XML of a part, parsed for editing (kept until flush). */
  sheetXml(part: string): SheetXml {
    let s = this.sheetsCache.get(part);
    if (!s) {
      s = readPart(part, () => new SheetXml(this.pkg.text(part)));
      this.sheetsCache.set(part, s);
    }
    return s;
  }

  /** The format a cell without its own shows: its row's, else its column's, else 0. */
  emptyCellStyle(part: string, row: number, col: number): number {
    const sx = this.sheetXml(part);
    const r = sx.rowStyle(row);
    if (r !== null) return r;
    return sx.columnStyle(col) ?? 0;
  }

  styles(): Styles {
    if (!this.stylesCache) {
      const part = this.pkg.workbookRelPart("styles");
      const theme = this.pkg.workbookRelPart("theme");
      this.stylesCache = readPart(
        part ?? "xl/styles.xml",
        () =>
          new Styles(
            part ? this.pkg.text(part) : null,
            theme ? readPart(theme, () => this.pkg.text(theme)) : null,
          ),
      );
    }
    return this.stylesCache;
  }

  private loadSst(): void {
    if (this.sst) return;
    this.sst = [];
    const part = this.pkg.workbookRelPart("sharedStrings");
    if (!part) return;
    const xml = this.pkg.text(part);
    this.sstXml = xml;
    const root = findElement(xml, "sst");
    if (!root) return;
    this.sstSpans = children(xml, root, "si").map((e) => [e.open.start, e.end] as [number, number]);
    this.sst = new Array<string>(this.sstSpans.length);
  }
  private sstSpans: [number, number][] = [];

  /** The `<si>` element of shared string `i`, or null. */
  sharedStringXml(i: number): string | null {
    this.loadSst();
    const span = this.sstSpans[i];
    return span && this.sstXml ? this.sstXml.slice(span[0], span[1]) : null;
  }

  sharedString(i: number): string | null {
    this.loadSst();
    const sst = this.sst as string[];
    if (i < 0 || i >= this.sstSpans.length) return null;
    if (sst[i] === undefined) sst[i] = textOfRuns(this.sharedStringXml(i) as string);
    return sst[i];
  }

  /** Writes every parsed, changed sheet and the styles back into the package. */
  flush(): void {
    for (const [part, sx] of this.sheetsCache) if (sx.edited) this.pkg.setText(part, sx.toXml());
    this.sheetsCache.clear();
    const st = this.stylesCache;
    if (st?.changed) {
      let part = this.pkg.workbookRelPart("styles");
      if (!part) {
        part = "xl/styles.xml";
        this.pkg.addRel(this.wbPart, REL.styles, relativeTarget(this.wbPart, part));
        this.pkg.setContentType(part, CONTENT_TYPE.styles);
      }
      this.pkg.setText(part, st.toXml());
    }
    this.stylesCache = null;
  }

  /** Forgets a parsed sheet (replaced or deleted). */
  forget(part: string): void {
    this.sheetsCache.delete(part);
  }

  // -------------------------------------------------------------------------------------------
  // Sheets in workbook.xml

  private sheetsElement(): Element {
    const xml = this.wbXml;
    const el = findElement(xml, "sheets");
    if (!el) throw new Error("workbook.xml has no <sheets>");
    return el;
  }

  /**
   * Adds a worksheet part (its XML as text, UTF-8 bytes, or packed: PartPacker's entry) at the end of
   * the tabs; returns its entry.
   */
  addSheet(
    name: string,
    xml: string | Uint8Array | ZipEntry,
    state: SheetEntry["state"] = "visible",
  ): SheetEntry {
    const part = this.pkg.freeName("xl/worksheets/sheet", ".xml");
    if (typeof xml === "string") this.pkg.setText(part, xml);
    else if (xml instanceof Uint8Array) this.pkg.setBytes(part, xml);
    else this.pkg.setPacked(part, xml);
    this.pkg.setContentType(part, CONTENT_TYPE.worksheet);
    const rid = this.pkg.addRel(this.wbPart, REL.worksheet, relativeTarget(this.wbPart, part));
    const sheetId = Math.max(0, ...this.sheets().map((s) => s.sheetId)) + 1;
    const relPrefix = this.relPrefix();
    const wb = this.wbXml;
    const el = this.sheetsElement();
    const p = el.open.name.includes(":") ? el.open.name.slice(0, el.open.name.indexOf(":") + 1) : "";
    const st = state === "visible" ? "" : ` state="${state}"`;
    const tag = `<${p}sheet name="${escapeAttr(name)}" sheetId="${sheetId}"${st} ${relPrefix}:id="${rid}"/>`;
    if (el.open.kind === "empty")
      this.wbXml =
        wb.slice(0, el.open.start) + `<${el.open.name}>${tag}</${el.open.name}>` + wb.slice(el.end);
    else this.wbXml = wb.slice(0, el.innerEnd) + tag + wb.slice(el.innerEnd);
    return this.findSheet(name) as SheetEntry;
  }

  /** The prefix workbook.xml binds to the relationships namespace (declared on the root when missing). */
  private relPrefix(): string {
    const xml = this.wbXml;
    const open = nextTag(xml, findElement(xml, "workbook")?.open.start ?? 0);
    const tag = open ? xml.slice(open.start, open.end) : "";
    for (const [k, v] of Object.entries(attrs(tag)))
      if (k.startsWith("xmlns:") && v === NS.rel) return k.slice(6);
    if (open) this.wbXml = xml.slice(0, open.start) + setAttr(tag, "xmlns:r", NS.rel) + xml.slice(open.end);
    return "r";
  }

  /**
   * Empties a sheet for new content, keeping its tab (name, position, id): its old tables, drawings,
   * comments… and its local names go.
   */
  clearSheet(entry: SheetEntry): void {
    const part = entry.part as string;
    this.forget(part);
    this.dropDependents(part);
    this.pkg.setContentType(part, CONTENT_TYPE.worksheet);
    this.removeLocalNames(
      this.sheets().findIndex((s) => s.rid === entry.rid),
      false,
    );
  }

  /** Removes the parts a sheet points at (tables, drawings, comments…) and its relationships. */
  private dropDependents(part: string): void {
    const rels = this.pkg.rels(part);
    this.pkg.remove(part.replace(/([^/]*)$/, "_rels/$1.rels"));
    for (const r of rels)
      if (r.part && this.pkg.has(r.part) && !this.pkg.referenced(r.part)) this.pkg.removePartTree(r.part);
  }

  /** Deletes a sheet: its tab, its part and what only it used, its local names; later names renumbered. */
  deleteSheet(entry: SheetEntry): void {
    const index = this.sheets().findIndex((s) => s.rid === entry.rid);
    const wb = this.wbXml;
    const el = this.sheetsElement();
    const tag = children(wb, el, "sheet").find(
      (e) => attrLocal(attrs(wb.slice(e.open.start, e.open.end)), "id", true) === entry.rid,
    );
    if (!tag) return;
    this.wbXml = wb.slice(0, tag.open.start) + wb.slice(tag.end);
    this.pkg.removeRel(this.wbPart, entry.rid);
    if (entry.part) {
      this.forget(entry.part);
      this.pkg.removePartTree(entry.part);
    }
    this.removeLocalNames(index, true);
    this.refNamesTo(entry.name);
    this.fixActiveTab(index);
  }

  /** After deleting tab `index`: the active and first visible tabs still point at sheets that exist. */
  private fixActiveTab(index: number): void {
    const xml = this.wbXml;
    const view = findElement(xml, "workbookView");
    if (!view) return;
    let tag = xml.slice(view.open.start, view.open.end);
    const a = attrs(tag);
    const count = this.sheets().length;
    for (const k of ["activeTab", "firstSheet"]) {
      if (a[k] === undefined) continue;
      let v = Number(a[k]);
      if (v > index || v >= count) v = Math.max(0, v - 1);
      const visible = this.sheets().findIndex((s, i) => i >= v && s.state === "visible");
      if (visible >= 0) v = visible;
      tag = setAttr(tag, k, String(v));
    }
    this.wbXml = xml.slice(0, view.open.start) + tag + xml.slice(view.open.end);
  }

  /** Makes tab `index` the active (and first shown) tab. */
  setActiveTab(index: number): void {
    const xml = this.wbXml;
    const view = findElement(xml, "workbookView");
    if (!view) {
      const sheets = this.sheetsElement();
      const p = sheets.open.name.includes(":")
        ? sheets.open.name.slice(0, sheets.open.name.indexOf(":") + 1)
        : "";
      this.wbXml =
        xml.slice(0, sheets.open.start) +
        `<${p}bookViews><${p}workbookView activeTab="${index}"/></${p}bookViews>` +
        xml.slice(sheets.open.start);
      return;
    }
    let tag = xml.slice(view.open.start, view.open.end);
    tag = setAttr(tag, "activeTab", String(index));
    if (Number(attrs(tag).firstSheet ?? 0) > index) tag = setAttr(tag, "firstSheet", String(index));
    this.wbXml = xml.slice(0, view.open.start) + tag + xml.slice(view.open.end);
  }

  // -------------------------------------------------------------------------------------------
  // Defined names

  /** Every defined name: its name, local sheet index, value, and span in workbook.xml. */
  definedNames(): { name: string; local: number | null; value: string; el: Element }[] {
    const xml = this.wbXml;
    const list = findElement(xml, "definedNames");
    if (!list) return [];
    return children(xml, list, "definedName").map((el) => {
      const a = attrs(xml.slice(el.open.start, el.open.end));
      return {
        name: a.name ?? "",
        local: a.localSheetId === undefined ? null : Number(a.localSheetId),
        value: unescapeXml(xml.slice(el.inner, el.innerEnd)),
        el,
      };
    });
  }

  /** Removes the names local to sheet `index`; with `shift`, later sheets' local names move down one. */
  private removeLocalNames(index: number, shift: boolean): void {
    if (index < 0) return;
    const names = this.definedNames();
    let xml = this.wbXml;
    for (const n of [...names].reverse()) {
      if (n.local === index) xml = xml.slice(0, n.el.open.start) + xml.slice(n.el.end);
      else if (shift && n.local !== null && n.local > index) {
        const tag = setAttr(xml.slice(n.el.open.start, n.el.open.end), "localSheetId", String(n.local - 1));
        xml = xml.slice(0, n.el.open.start) + tag + xml.slice(n.el.open.end);
      }
    }
    this.wbXml = this.dropEmptyNames(xml);
  }

  /** Names whose value points at a deleted sheet now say #REF!, as Excel does. */
  private refNamesTo(sheet: string): void {
    const pattern = new RegExp(
      `(^|[^\\w.])(${quoteSheet(sheet).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}|${sheet.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")})!`,
      "i",
    );
    let xml = this.wbXml;
    for (const n of [...this.definedNames()].reverse())
      if (pattern.test(n.value)) xml = xml.slice(0, n.el.inner) + "#REF!" + xml.slice(n.el.innerEnd);
    this.wbXml = xml;
  }

  private dropEmptyNames(xml: string): string {
    const list = findElement(xml, "definedNames");
    if (list && list.open.kind !== "empty" && children(xml, list).length === 0)
      return xml.slice(0, list.open.start) + xml.slice(list.end);
    return xml;
  }

  /** Sets (or replaces) a defined name local to sheet `index`. */
  setLocalName(name: string, index: number, value: string): void {
    let xml = this.wbXml;
    for (const n of [...this.definedNames()].reverse())
      if (n.local === index && sameName(n.name, name))
        xml = xml.slice(0, n.el.open.start) + xml.slice(n.el.end);
    const el = `<definedName name="${escapeAttr(name)}" localSheetId="${index}">${escapeText(value)}</definedName>`;
    const list = findElement(xml, "definedNames");
    if (list && list.open.kind !== "empty") xml = xml.slice(0, list.innerEnd) + el + xml.slice(list.innerEnd);
    else if (list)
      xml = xml.slice(0, list.open.start) + `<definedNames>${el}</definedNames>` + xml.slice(list.end);
    else {
      // After sheets, functionGroups and externalReferences, as the schema orders them.
      const root = findElement(xml, "workbook") as Element;
      let at = this.sheetsElement().end;
      for (const k of ["functionGroups", "externalReferences"]) {
        const e = child(xml, root, k);
        if (e) at = Math.max(at, e.end);
      }
      xml = xml.slice(0, at) + `<definedNames>${el}</definedNames>` + xml.slice(at);
    }
    this.wbXml = xml;
  }

  /** Every name used by a table or a defined name (lower case), for picking a unique table name. */
  usedNames(): Set<string> {
    const out = new Set(this.definedNames().map((n) => n.name.toLowerCase()));
    for (const part of this.pkg.partNames())
      if (this.pkg.contentTypeOf(part) === CONTENT_TYPE.table) {
        const xml = this.pkg.text(part);
        const root = findElement(xml, "table");
        const a = root ? attrs(xml.slice(root.open.start, root.open.end)) : {};
        if (a.name) out.add(a.name.toLowerCase());
        if (a.displayName) out.add(a.displayName.toLowerCase());
      }
    return out;
  }

  /** The next free table id (unique in the workbook). */
  nextTableId(): number {
    let max = 0;
    for (const part of this.pkg.partNames())
      if (this.pkg.contentTypeOf(part) === CONTENT_TYPE.table) {
        const xml = this.pkg.text(part);
        const root = findElement(xml, "table");
        const id = root ? Number(attrs(xml.slice(root.open.start, root.open.end)).id ?? 0) : 0;
        max = Math.max(max, id);
      }
    return max + 1;
  }

  /** Sets workbook calculation to run on open (a formula written back without its result). */
  calcOnLoad(): void {
    const xml = this.wbXml;
    const calc = findElement(xml, "calcPr");
    if (calc) {
      const tag = setAttr(xml.slice(calc.open.start, calc.open.end), "fullCalcOnLoad", "1");
      this.wbXml = xml.slice(0, calc.open.start) + tag + xml.slice(calc.open.end);
    }
  }

  /** Removes calcChain.xml (Excel rebuilds it), when a formula cell was overwritten or deleted. */
  dropCalcChain(): void {
    const part = this.pkg.workbookRelPart("calcChain");
    if (!part) return;
    const rel = this.pkg.rels(this.wbPart).find((r) => r.type === REL.calcChain);
    if (rel) this.pkg.removeRel(this.wbPart, rel.id);
    this.pkg.remove(part);
    this.pkg.removeContentType(part);
  }

  /** The sheet's tab element in workbook.xml, to change its attributes. */
  setSheetAttr(entry: SheetEntry, name: string, value: string | null): void {
    const wb = this.wbXml;
    const tag = children(wb, this.sheetsElement(), "sheet").find(
      (e) => attrLocal(attrs(wb.slice(e.open.start, e.open.end)), "id", true) === entry.rid,
    );
    if (!tag) return;
    this.wbXml =
      wb.slice(0, tag.open.start) +
      setAttr(wb.slice(tag.open.start, tag.open.end), name, value) +
      wb.slice(tag.open.end);
  }
}

/** A new, empty workbook package (no sheets yet): the parts every .xlsx has. */
export const EMPTY_PARTS: Record<string, string> = {
  "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="${NS.contentTypes}"><Default Extension="rels" ContentType="${CONTENT_TYPE.rels}"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CONTENT_TYPE.workbook}"/><Override PartName="/xl/styles.xml" ContentType="${CONTENT_TYPE.styles}"/><Override PartName="/docProps/core.xml" ContentType="${CONTENT_TYPE.coreProperties}"/><Override PartName="/docProps/app.xml" ContentType="${CONTENT_TYPE.extendedProperties}"/></Types>`,
  "_rels/.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${NS.pkgRels}"><Relationship Id="rId1" Type="${REL.officeDocument}" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="${REL.coreProperties}" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${REL.extendedProperties}" Target="docProps/app.xml"/></Relationships>`,
  "docProps/app.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Toteuma</Application></Properties>`,
  "docProps/core.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Toteuma</dc:creator></cp:coreProperties>`,
  "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="${NS.main}" xmlns:r="${NS.rel}"><workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets></sheets><calcPr calcId="191029"/></workbook>`,
  "xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${NS.pkgRels}"><Relationship Id="rId1" Type="${REL.styles}" Target="styles.xml"/></Relationships>`,
  "xl/styles.xml": DEFAULT_STYLES,
};
