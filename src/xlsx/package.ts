/**
 * An .xlsx as its parts (the OPC package): what the lossless writer edits. Parts are kept as read,
 * compressed, until something asks for them; a part that is never changed is written back with the
 * very bytes it came with. Browser-safe (no Node APIs).
 */
import { strFromU8, strToU8 } from "fflate";
import {
  FFLATE_CODEC,
  inflateEntry,
  PartPacker,
  readZip,
  writeZip,
  type ZipCodec,
  type ZipEntry,
  type ZipItem,
} from "./zip";
import { attrLocal, attrs, children, escapeAttr, findElement, nextTag, type Element } from "./xml";

export const NS = {
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  pkgRels: "http://schemas.openxmlformats.org/package/2006/relationships",
  contentTypes: "http://schemas.openxmlformats.org/package/2006/content-types",
} as const;

const R = NS.rel;
export const REL = {
  officeDocument: `${R}/officeDocument`,
  worksheet: `${R}/worksheet`,
  chartsheet: `${R}/chartsheet`,
  styles: `${R}/styles`,
  sharedStrings: `${R}/sharedStrings`,
  theme: `${R}/theme`,
  table: `${R}/table`,
  drawing: `${R}/drawing`,
  chart: `${R}/chart`,
  hyperlink: `${R}/hyperlink`,
  calcChain: `${R}/calcChain`,
  customProperties: `${R}/custom-properties`,
  coreProperties: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
  extendedProperties: `${R}/extended-properties`,
} as const;

const CT = "application/vnd.openxmlformats-officedocument";
export const CONTENT_TYPE = {
  worksheet: `${CT}.spreadsheetml.worksheet+xml`,
  workbook: `${CT}.spreadsheetml.sheet.main+xml`,
  workbookMacro: "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
  styles: `${CT}.spreadsheetml.styles+xml`,
  table: `${CT}.spreadsheetml.table+xml`,
  drawing: `${CT}.drawing+xml`,
  chart: `${CT}.drawingml.chart+xml`,
  customProperties: `${CT}.custom-properties+xml`,
  coreProperties: "application/vnd.openxmlformats-package.core-properties+xml",
  extendedProperties: `${CT}.extended-properties+xml`,
  rels: "application/vnd.openxmlformats-package.relationships+xml",
} as const;

interface Part {
  /** As read from the archive; null for a part made here. */
  entry: ZipEntry | null;
  data: Uint8Array | null;
  text: string | null;
  changed: boolean;
}

export interface Relationship {
  id: string;
  type: string;
  /** Target as written. */
  target: string;
  external: boolean;
  /** The part the target names (internal targets only), resolved against the source part. */
  part: string | null;
}

/** A sheet as listed in workbook.xml. */
export interface SheetEntry {
  name: string;
  sheetId: number;
  rid: string;
  state: "visible" | "hidden" | "veryHidden";
  /** The part holding the sheet, or null when its relationship is missing. */
  part: string | null;
  /** "worksheet", "chartsheet", "dialogsheet", "macrosheet"… from the relationship's type. */
  kind: string;
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels"; "" (the package) → "_rels/.rels". */
export function relsPathOf(part: string): string {
  const i = part.lastIndexOf("/");
  return i < 0 ? `_rels/${part}.rels` : `${part.slice(0, i)}/_rels/${part.slice(i + 1)}.rels`;
}

/** Resolves a relationship target against the folder of its source part. */
export function resolveTarget(source: string, target: string): string {
  const clean = target.split("#")[0];
  const base = clean.startsWith("/") ? [] : source.split("/").slice(0, -1);
  const out = [...base];
  for (const seg of clean.replace(/^\/+/, "").split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") out.pop();
    else out.push(decodeURIComponentSafe(seg));
  }
  return out.join("/");
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The target to write for a part, relative to the folder of the source part. */
export function relativeTarget(source: string, part: string): string {
  const from = source.split("/").slice(0, -1);
  const to = part.split("/");
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => ".."), ...to.slice(i)].join("/");
}

/** Decodes an XML part: UTF-8, or UTF-16 with its byte order mark. */
function decodeXml(data: Uint8Array): string {
  if (
    data.length >= 2 &&
    ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff))
  ) {
    const s = new TextDecoder(data[0] === 0xff ? "utf-16le" : "utf-16be").decode(data.subarray(2));
    return s.replace(/^(<\?xml[^>]*encoding=["'])utf-16(["'])/i, "$1UTF-8$2");
  }
  return strFromU8(data);
}

export class XlsxPackage {
  private parts = new Map<string, Part>();
  /** Lower-case name → name as stored (OPC part names are case-insensitive). */
  private names = new Map<string, string>();
  /** The file it was read from (Node callers set it), never to be written over. */
  sourcePath: string | null = null;
  /** Parts that could not be kept or edited: writing refuses with these (see WorkbookWriteError). */
  readonly problems: { fi: string; en: string }[] = [];

  /**
   * `codec` inflates the parts read (fflate by default, browser-safe; Node's zlib from file.ts on
   * the command line).
   */
  constructor(
    readonly name: string | null,
    private readonly codec: ZipCodec = FFLATE_CODEC,
  ) {}

  static fromBytes(bytes: Uint8Array, name: string | null, codec?: ZipCodec): XlsxPackage {
    const pkg = new XlsxPackage(name, codec);
    for (const e of readZip(bytes)) pkg.put(e.name, { entry: e, data: null, text: null, changed: false });
    return pkg;
  }

  /**
   * What is derived from the parts' text (relationships, the sheet list), remembered until any part
   * is put or removed: an applier looks a sheet up for every edit, and reparsing workbook.xml and its
   * relationships each time made a workbook of 500 sheets take seconds.
   */
  private derived = new Map<string, unknown>();

  private memo<T>(key: string, make: () => T): T {
    if (this.derived.has(key)) return this.derived.get(key) as T;
    const value = make();
    this.derived.set(key, value);
    return value;
  }

  private put(name: string, part: Part): void {
    this.derived.clear();
    const key = name.toLowerCase();
    const existing = this.names.get(key);
    if (existing !== undefined && existing !== name) this.parts.delete(existing);
    this.names.set(key, name);
    this.parts.set(name, part);
  }

  /** The part's name as stored, or null. */
  find(name: string): string | null {
    return this.names.get(name.toLowerCase()) ?? null;
  }

  has(name: string): boolean {
    return this.find(name) !== null;
  }

  partNames(): string[] {
    return [...this.parts.keys()];
  }

  bytes(name: string): Uint8Array {
    const stored = this.find(name);
    const part = stored === null ? undefined : this.parts.get(stored);
    if (!part) throw new Error(`no part ${name}`);
    if (part.data) return part.data;
    if (part.entry) return (part.data = inflateEntry(part.entry, this.codec));
    return (part.data = strToU8(part.text as string));
  }

  /** A part's bytes for writing, not kept (a changed sheet's text is encoded only here). */
  private encoded(part: Part): Uint8Array {
    if (part.data) return part.data;
    if (part.entry) return inflateEntry(part.entry, this.codec);
    return strToU8(part.text as string);
  }

  /** The part as text (decoded once and kept; the inflated bytes it came from are not kept). */
  text(name: string): string {
    const stored = this.find(name);
    const part = stored === null ? undefined : this.parts.get(stored);
    if (!part) throw new Error(`no part ${name}`);
    if (part.text === null)
      part.text = decodeXml(
        part.data ?? (part.entry ? inflateEntry(part.entry, this.codec) : new Uint8Array(0)),
      );
    return part.text;
  }

  textOrNull(name: string): string | null {
    return this.has(name) ? this.text(name) : null;
  }

  setText(name: string, text: string): void {
    const stored = this.find(name) ?? name;
    const old = this.parts.get(stored);
    if (old && old.text === text && !old.changed) return;
    this.put(stored, { entry: null, data: null, text, changed: true });
  }

  setBytes(name: string, data: Uint8Array): void {
    this.put(this.find(name) ?? name, { entry: null, data, text: null, changed: true });
  }

  /** A packer for a new part compressed as it is made (with this package's codec); see setPacked. */
  packer(): PartPacker {
    return new PartPacker(this.codec);
  }

  /** Sets a part to what a packer made: kept compressed, written with those bytes. */
  setPacked(name: string, entry: ZipEntry): void {
    const stored = this.find(name) ?? name;
    this.put(stored, { entry: { ...entry, name: stored }, data: null, text: null, changed: true });
  }

  remove(name: string): void {
    const stored = this.find(name);
    if (stored === null) return;
    this.derived.clear();
    this.parts.delete(stored);
    this.names.delete(name.toLowerCase());
  }

  changed(name: string): boolean {
    const stored = this.find(name);
    return stored !== null && (this.parts.get(stored)?.changed ?? false);
  }

  /**
   * The whole package as zip bytes: unchanged parts (read or not) copied with the compressed bytes
   * they came with, the others deflated by `codec` (fflate when not given).
   */
  toBytes(options: { store?: boolean; only?: (name: string) => boolean; codec?: ZipCodec } = {}): Uint8Array {
    const items: ZipItem[] = [];
    const ordered = [...this.parts.keys()].sort((a, b) =>
      a === "[Content_Types].xml" ? -1 : b === "[Content_Types].xml" ? 1 : 0,
    );
    for (const name of ordered) {
      if (options.only && !options.only(name)) continue;
      const part = this.parts.get(name) as Part;
      // A part with an entry is as read, or packed here (setPacked): its compressed bytes are final.
      if (part.entry && !options.store) items.push({ name, entry: part.entry });
      else items.push({ name, data: () => this.encoded(part), store: options.store });
    }
    return writeZip(items, options.codec);
  }

  // -------------------------------------------------------------------------------------------
  // Content types

  /** The content type of a part: its Override, else the Default of its extension. */
  contentTypeOf(part: string): string | null {
    const types = this.memo("types", () => this.readContentTypes());
    if (!types) return null;
    const byName = types.overrides.get("/" + part.toLowerCase());
    if (byName !== undefined) return byName;
    return types.defaults.get(part.slice(part.lastIndexOf(".") + 1).toLowerCase()) ?? null;
  }

  /** [Content_Types].xml as lookups: the first Override of a part name, the last Default of an extension. */
  private readContentTypes(): {
    overrides: Map<string, string | null>;
    defaults: Map<string, string | null>;
  } | null {
    const xml = this.textOrNull("[Content_Types].xml");
    if (!xml) return null;
    const overrides = new Map<string, string | null>();
    const defaults = new Map<string, string | null>();
    for (let t = nextTag(xml, 0); t; t = nextTag(xml, t.end)) {
      if (t.kind === "close") continue;
      const a = attrs(xml.slice(t.start, t.end));
      if (t.local === "Override") {
        const key = (a.PartName ?? "").toLowerCase();
        if (!overrides.has(key)) overrides.set(key, a.ContentType ?? null);
      }
      if (t.local === "Default") defaults.set((a.Extension ?? "").toLowerCase(), a.ContentType ?? null);
    }
    return { overrides, defaults };
  }

  /** Adds (or replaces) the Override of a part. */
  setContentType(part: string, type: string): void {
    this.removeContentType(part);
    const xml = this.text("[Content_Types].xml");
    const at = xml.lastIndexOf("</");
    this.setText(
      "[Content_Types].xml",
      `${xml.slice(0, at)}<Override PartName="/${escapeAttr(part)}" ContentType="${escapeAttr(type)}"/>${xml.slice(at)}`,
    );
  }

  /** Makes sure files ending in `ext` have a Default content type. */
  ensureDefault(ext: string, type: string): void {
    const xml = this.text("[Content_Types].xml");
    for (let t = nextTag(xml, 0); t; t = nextTag(xml, t.end))
      if (t.local === "Default" && (attrs(xml.slice(t.start, t.end)).Extension ?? "").toLowerCase() === ext)
        return;
    const root = findElement(xml, "Types") as Element;
    this.setText(
      "[Content_Types].xml",
      `${xml.slice(0, root.inner)}<Default Extension="${ext}" ContentType="${type}"/>${xml.slice(root.inner)}`,
    );
  }

  removeContentType(part: string): void {
    if (!this.has("[Content_Types].xml")) return;
    const xml = this.text("[Content_Types].xml");
    const want = "/" + part.toLowerCase();
    for (let t = nextTag(xml, 0); t; t = nextTag(xml, t.end))
      if (
        t.local === "Override" &&
        (attrs(xml.slice(t.start, t.end)).PartName ?? "").toLowerCase() === want
      ) {
        const e = findElement(xml, "Override", t.start) as Element;
        this.setText("[Content_Types].xml", xml.slice(0, e.open.start) + xml.slice(e.end));
        return;
      }
  }

  // -------------------------------------------------------------------------------------------
  // Relationships

  /** The relationships of a part ("" for the package's own). */
  rels(source: string): Relationship[] {
    return this.memo(`rels\u0000${source}`, () => this.readRels(source)).slice();
  }

  private readRels(source: string): readonly Relationship[] {
    const xml = this.textOrNull(relsPathOf(source));
    if (!xml) return [];
    const out: Relationship[] = [];
    for (let t = nextTag(xml, 0); t; t = nextTag(xml, t.end)) {
      if (t.local !== "Relationship" || t.kind === "close") continue;
      const a = attrs(xml.slice(t.start, t.end));
      const external = (a.TargetMode ?? "").toLowerCase() === "external";
      const target = a.Target ?? "";
      out.push(
        Object.freeze({
          id: a.Id ?? "",
          type: a.Type ?? "",
          target,
          external,
          part: external || target === "" ? null : resolveTarget(source, target),
        }),
      );
    }
    return out;
  }

  /** Adds a relationship from `source` and returns its id. */
  addRel(source: string, type: string, target: string, external = false): string {
    const path = relsPathOf(source);
    let xml = this.textOrNull(path);
    if (xml === null) {
      xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkgRels}"></Relationships>`;
      this.ensureDefault("rels", CONTENT_TYPE.rels);
    }
    const taken = new Set(this.rels(source).map((r) => r.id));
    let n = taken.size + 1;
    while (taken.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const at = xml.lastIndexOf("</");
    const mode = external ? ' TargetMode="External"' : "";
    this.setText(
      path,
      `${xml.slice(0, at)}<Relationship Id="${id}" Type="${type}" Target="${escapeAttr(target)}"${mode}/>${xml.slice(at)}`,
    );
    return id;
  }

  removeRel(source: string, id: string): void {
    const path = relsPathOf(source);
    const xml = this.textOrNull(path);
    if (xml === null) return;
    for (let t = nextTag(xml, 0); t; t = nextTag(xml, t.end))
      if (t.local === "Relationship" && t.kind !== "close" && attrs(xml.slice(t.start, t.end)).Id === id) {
        const e = findElement(xml, "Relationship", t.start) as Element;
        this.setText(path, xml.slice(0, e.open.start) + xml.slice(e.end));
        return;
      }
  }

  /**
   * Removes a part with its relationships, and every part it pointed at that nothing else points at
   * any more (a sheet's drawing, the drawing's charts, their styles…).
   */
  removePartTree(part: string): void {
    const targets = this.rels(part)
      .filter((r) => r.part !== null)
      .map((r) => r.part as string);
    this.remove(part);
    this.remove(relsPathOf(part));
    this.removeContentType(part);
    for (const t of targets) if (this.has(t) && !this.referenced(t)) this.removePartTree(t);
  }

  /** True when some relationship in the package points at `part`. */
  referenced(part: string): boolean {
    const want = part.toLowerCase();
    for (const name of this.partNames()) {
      if (!name.endsWith(".rels")) continue;
      const source = name === "_rels/.rels" ? "" : name.replace(/_rels\/([^/]*)\.rels$/, "$1");
      if (this.rels(source).some((r) => r.part?.toLowerCase() === want)) return true;
    }
    return false;
  }

  /** The first free name "prefix{N}suffix" (N from 1). */
  freeName(prefix: string, suffix: string): string {
    for (let n = 1; ; n++) if (!this.has(`${prefix}${n}${suffix}`)) return `${prefix}${n}${suffix}`;
  }

  // -------------------------------------------------------------------------------------------
  // The workbook part

  /** The workbook part (the package's officeDocument), e.g. "xl/workbook.xml". */
  workbookPart(): string | null {
    const rel = this.rels("").find((r) => r.type.endsWith("/officeDocument") && r.part);
    if (rel?.part && this.has(rel.part)) return this.find(rel.part);
    return this.find("xl/workbook.xml");
  }

  /** The sheets listed in workbook.xml, in tab order. */
  sheets(): SheetEntry[] {
    return this.memo("sheets", () => this.readSheets()).slice();
  }

  private readSheets(): readonly SheetEntry[] {
    const wbPart = this.workbookPart();
    if (!wbPart) return [];
    const xml = this.text(wbPart);
    const list = findElement(xml, "sheets");
    if (!list) return [];
    const rels = new Map(this.rels(wbPart).map((r) => [r.id, r]));
    return children(xml, list, "sheet").map((e) => {
      const a = attrs(xml.slice(e.open.start, e.open.end));
      const rid = attrLocal(a, "id", true) ?? "";
      const rel = rels.get(rid);
      const state = a.state === "hidden" || a.state === "veryHidden" ? a.state : "visible";
      return Object.freeze({
        name: a.name ?? "",
        sheetId: Number(a.sheetId ?? 0),
        rid,
        state,
        part: rel?.part && this.has(rel.part) ? this.find(rel.part) : null,
        kind: rel ? rel.type.slice(rel.type.lastIndexOf("/") + 1) : "",
      } as SheetEntry);
    });
  }

  /** The part a workbook relationship of this type points at (styles, sharedStrings, theme…). */
  workbookRelPart(typeSuffix: string): string | null {
    const wbPart = this.workbookPart();
    if (!wbPart) return null;
    const rel = this.rels(wbPart).find(
      (r) => r.type.endsWith("/" + typeSuffix) && r.part && this.has(r.part),
    );
    return rel?.part ? this.find(rel.part) : null;
  }
}
