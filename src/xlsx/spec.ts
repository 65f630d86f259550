/**
 * A SheetSpec written as a worksheet part and the parts it needs: Excel tables, a drawing with
 * native charts, hyperlinks to addresses; defined names for print titles. Every field of the spec
 * is carried out; nothing is decided here (placement comes from src/edits/layout.ts).
 */
import type { Box, CellStyle, LinkTarget, SheetSpec } from "../edits/types";
import { headerRowOf } from "../edits/layout";
import { quoteSheet, type Book } from "./book";
import { chartXml, drawingXml } from "./chart";
import { CONTENT_TYPE, NS, REL, relativeTarget } from "./package";
import { a1, colLetters, literalCell } from "./sheet";
import { escapeAttr, escapeText } from "./xml";

type Value = string | number | boolean | null;

interface SpecCell {
  value: Value;
  style: CellStyle;
  link?: LinkTarget;
}

/** Something a file cannot hold (a planner's mistake), said in Finnish and English. */
export class SpecError extends Error {
  constructor(
    readonly fi: string,
    readonly en: string,
  ) {
    super(en);
    this.name = "SpecError";
  }
}

const boxA1 = (b: Box): string =>
  b.top === b.bottom && b.left === b.right
    ? a1(b.top, b.left)
    : `${a1(b.top, b.left)}:${a1(b.bottom, b.right)}`;

/** A name Excel takes for a sheet: 1–31 characters, none of : \ / ? * [ ], no apostrophe at either end. */
export function validSheetName(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= 31 &&
    !/[:\\/?*[\]]/.test(name) &&
    !/^'|'$/.test(name) &&
    name.toLowerCase() !== "history"
  );
}

/** Makes header names unique and non-empty, as Excel requires of a table's columns. */
export function uniqueHeaders(headers: string[]): string[] {
  const seen = new Set<string>();
  return headers.map((h, i) => {
    const base = h.trim() === "" ? `Sarake ${i + 1}` : h;
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base} ${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

/** A valid, unused table name from the asked one (letters, digits, underscore; "_2", "_3"… when taken). */
function tableName(asked: string, taken: Set<string>): string {
  let base = asked.replace(/[^\p{L}\p{N}_.]/gu, "_");
  if (!/^[\p{L}_]/u.test(base)) base = "_" + base;
  if (/^[A-Za-z]{1,3}\d+$/.test(base) || /^[RrCc]\d*$/.test(base)) base = "_" + base;
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}_${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/**
 * A link's address as a file holds it. A relative file with a place in it ("raportit/a b.xlsx#'T2'!B12",
 * as a person types one in Excel) is the file as the relationship's target (spaces as %20) and the
 * place as the hyperlink's `location`, as Excel writes it; an address with a scheme (https:, file:,
 * mailto:) is the target as it is.
 */
export function splitLink(url: string): { target: string; location: string | null } {
  const hash = url.indexOf("#");
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || hash <= 0) return { target: url, location: null };
  return {
    target: url.slice(0, hash).replace(/%/g, "%25").replace(/ /g, "%20"),
    location: url.slice(hash + 1),
  };
}

/** Writes `spec` into the sheet (a new tab, or the existing one's content replaced in place). */
export function writeSpec(book: Book, spec: SheetSpec, activate: boolean): void {
  const styles = book.styles();
  if (!validSheetName(spec.name))
    throw new SpecError(
      `välilehden nimi "${spec.name}" ei kelpaa Excelille (1–31 merkkiä, ei merkkejä : \\ / ? * [ ])`,
      `the sheet name "${spec.name}" is not one Excel takes (1–31 characters, none of : \\ / ? * [ ])`,
    );
  const entry = book.findSheet(spec.name);
  if (entry && !entry.part)
    throw new SpecError(`välilehden "${spec.name}" osa puuttuu`, `the sheet "${spec.name}" has no part`);
  // The old content's tables, drawings and names go first, so that their names are free again.
  if (entry) book.clearSheet(entry);
  const cells = new Map<number, Map<number, SpecCell>>();
  const put = (row: number, col: number, value: Value | undefined, style?: CellStyle, link?: LinkTarget) => {
    if (row < 1 || col < 1 || row > 1_048_576 || col > 16_384)
      throw new SpecError(
        `solu ${row},${col} on välilehden ulkopuolella`,
        `cell ${row},${col} is outside a sheet`,
      );
    let r = cells.get(row);
    if (!r) cells.set(row, (r = new Map()));
    const cur = r.get(col) ?? { value: null, style: {} };
    if (value !== undefined) cur.value = value === "" ? null : value;
    if (style) cur.style = { ...cur.style, ...style };
    if (link) cur.link = link;
    r.set(col, cur);
  };

  // ---- The table part ----
  const cols = spec.columns.length;
  const title = spec.title ?? [];
  title.forEach((t, i) => put(i + 1, 1, t, i === 0 ? { bold: true } : undefined));
  const h = headerRowOf(spec);
  const tables: { name: string; box: Box; style?: string; headers: string[] }[] = [];
  const taken = book.usedNames();
  if (cols > 0) {
    const headers = spec.table
      ? uniqueHeaders(spec.columns.map((c) => c.header))
      : spec.columns.map((c) => c.header);
    headers.forEach((name, i) => put(h, i + 1, name, { bold: true }));
    spec.rows.forEach((r, i) => {
      for (let c = 0; c < cols; c++) {
        const col = spec.columns[c];
        const style: CellStyle = {};
        if (col.wrap) style.wrap = true;
        if (col.numberFormat) style.numberFormat = col.numberFormat;
        put(h + 1 + i, c + 1, r[c] ?? null, style);
      }
    });
    for (const s of spec.styles ?? []) put(h + 1 + s.row, s.col + 1, undefined, s.style);
    for (const l of spec.links ?? []) put(h + 1 + l.row, l.col + 1, undefined, undefined, l.target);
    if (spec.table) {
      const bottom = h + Math.max(1, spec.rows.length);
      tables.push({
        name: tableName(spec.table.name, taken),
        box: { top: h, left: 1, bottom, right: cols },
        style: spec.table.style,
        headers,
      });
    }
  }

  // ---- Free-form parts ----
  for (const c of spec.cells ?? []) put(c.row, c.col, c.value, c.style, c.link);
  // A cell that starts a merged area is styled as a whole, as Excel formats a merged cell (and as the
  // Office.js applier does): its fill, borders and lock reach every cell of the area.
  for (const m of spec.merges ?? []) {
    const style = cells.get(m.top)?.get(m.left)?.style;
    if (!style || Object.keys(style).length === 0) continue;
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) put(r, c, undefined, style);
  }
  for (const t of spec.tables ?? []) {
    const width = t.box.right - t.box.left + 1;
    const raw = Array.from({ length: width }, (_, i) => {
      const v = cells.get(t.box.top)?.get(t.box.left + i)?.value;
      return v === null || v === undefined ? "" : String(v);
    });
    const headers = uniqueHeaders(raw);
    headers.forEach((name, i) => put(t.box.top, t.box.left + i, name));
    const box = { ...t.box, bottom: Math.max(t.box.bottom, t.box.top + 1) };
    tables.push({ name: tableName(t.name, taken), box, style: t.style, headers });
  }

  const part = entry?.part ?? book.pkg.freeName("xl/worksheets/sheet", ".xml");
  const valueAt = (row: number, col: number): Value => cells.get(row)?.get(col)?.value ?? null;

  // Relationship ids of the new part are decided here; the rels part is written after the sheet.
  const rels: { id: string; type: string; target: string; external?: boolean }[] = [];
  const relId = (type: string, target: string, external = false) => {
    const id = `rId${rels.length + 1}`;
    rels.push({ id, type, target, external });
    return id;
  };

  // ---- sheetData, hyperlinks ----
  const rowsXml: string[] = [];
  const links: string[] = [];
  const heights = new Map((spec.rowHeights ?? []).map((r) => [r.row, r.height]));
  const rowNumbers = [...new Set([...cells.keys(), ...heights.keys()])].sort((x, y) => x - y);
  let right = Math.max(1, cols);
  let bottom = 1;
  for (const r of rowNumbers) {
    const line = cells.get(r) ?? new Map<number, SpecCell>();
    const parts: string[] = [];
    for (const c of [...line.keys()].sort((x, y) => x - y)) {
      const cell = line.get(c) as SpecCell;
      const s = Object.keys(cell.style).length > 0 ? styles.derive(0, cell.style) : 0;
      parts.push(literalCell(a1(r, c), s, cell.value));
      right = Math.max(right, c);
      if (cell.link) {
        const display = cell.value === null ? "" : ` display="${escapeAttr(String(cell.value))}"`;
        if ("url" in cell.link) {
          const { target, location } = splitLink(cell.link.url);
          const at = location ? ` location="${escapeAttr(location)}"` : "";
          links.push(
            `<hyperlink ref="${a1(r, c)}" r:id="${relId(REL.hyperlink, target, true)}"${at}${display}/>`,
          );
        } else
          links.push(
            `<hyperlink ref="${a1(r, c)}" location="${escapeAttr(`${quoteSheet(cell.link.sheet)}!${cell.link.cell}`)}"${display}/>`,
          );
      }
    }
    bottom = Math.max(bottom, r);
    const height = heights.get(r);
    const ht = height !== undefined ? ` ht="${height}" customHeight="1"` : "";
    rowsXml.push(parts.length > 0 ? `<row r="${r}"${ht}>${parts.join("")}</row>` : `<row r="${r}"${ht}/>`);
  }

  // ---- Columns ----
  const widths = new Map<number, number>();
  spec.columns.forEach((c, i) => c.width !== undefined && widths.set(i + 1, c.width));
  for (const w of spec.columnWidths ?? []) widths.set(w.col, w.width);
  const colsXml = [...widths.entries()]
    .sort((x, y) => x[0] - y[0])
    .map(([c, w]) => `<col min="${c}" max="${c}" width="${w}" customWidth="1"/>`)
    .join("");

  // ---- Views ----
  const freeze = spec.freeze ?? (spec.freezeHeader ? { rows: h, columns: 0 } : null);
  let pane = "";
  if (freeze && (freeze.rows > 0 || (freeze.columns ?? 0) > 0)) {
    const fr = freeze.rows;
    const fc = freeze.columns ?? 0;
    const active = fr > 0 && fc > 0 ? "bottomRight" : fr > 0 ? "bottomLeft" : "topRight";
    const tl = a1(fr + 1, fc + 1);
    pane =
      `<pane${fc > 0 ? ` xSplit="${fc}"` : ""}${fr > 0 ? ` ySplit="${fr}"` : ""} topLeftCell="${tl}" activePane="${active}" state="frozen"/>` +
      `<selection pane="${active}" activeCell="${tl}" sqref="${tl}"/>`;
  }
  const views = `<sheetViews><sheetView${activate ? ' tabSelected="1"' : ""} workbookViewId="0">${pane}</sheetView></sheetViews>`;

  // ---- Merges, validations, protection, print ----
  const merges = (spec.merges ?? []).map((m) => `<mergeCell ref="${boxA1(m)}"/>`);
  const validations = (spec.validations ?? []).map((v) => {
    const list = v.values.map((x) => x.replace(/"/g, '""')).join(",");
    if (v.values.some((x) => x.includes(",")))
      throw new SpecError("pudotusvalikon arvossa on pilkku", "a drop-down value contains a comma");
    if (list.length > 255)
      throw new SpecError(
        "pudotusvalikon luettelo on yli 255 merkkiä",
        "a drop-down list is longer than 255 characters",
      );
    const limit = (s: string, n: number, what: string) => {
      if (s.length > n)
        throw new SpecError(
          `pudotusvalikon ohje tai virheilmoitus on yli ${n} merkkiä`,
          `a drop-down ${what} is longer than ${n} characters`,
        );
      return escapeAttr(s);
    };
    const prompt = v.prompt
      ? ` promptTitle="${limit(v.prompt.title, 32, "prompt title")}" prompt="${limit(v.prompt.text, 255, "prompt")}"`
      : "";
    const error = v.error
      ? ` errorTitle="${limit(v.error.title, 32, "error title")}" error="${limit(v.error.text, 225, "error")}"`
      : "";
    return `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"${error}${prompt} sqref="${boxA1(v.box)}"><formula1>${escapeText(`"${list}"`)}</formula1></dataValidation>`;
  });
  const protection = spec.protect
    ? '<sheetProtection sheet="1" objects="1" scenarios="1" formatCells="0" formatColumns="0" formatRows="0"/>'
    : "";
  const print = spec.print;
  const pageSetup = print
    ? `<pageSetup paperSize="9" orientation="${print.orientation}"${print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ""}/>`
    : "";
  const sheetPr = print?.fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "";

  // ---- Tables and charts: parts of their own ----
  const tableParts: string[] = [];
  let tableId = book.nextTableId();
  for (const t of tables) {
    const tpart = book.pkg.freeName("xl/tables/table", ".xml");
    const ref = boxA1(t.box);
    const columns = t.headers
      .map((name, i) => `<tableColumn id="${i + 1}" name="${escapeAttr(name)}"/>`)
      .join("");
    book.pkg.setText(
      tpart,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${NS.main}" id="${tableId}" name="${escapeAttr(t.name)}" displayName="${escapeAttr(t.name)}" ref="${ref}" totalsRowShown="0"><autoFilter ref="${ref}"/><tableColumns count="${t.headers.length}">${columns}</tableColumns><tableStyleInfo name="${escapeAttr(t.style ?? "TableStyleMedium2")}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`,
    );
    book.pkg.setContentType(tpart, CONTENT_TYPE.table);
    tableParts.push(`<tablePart r:id="${relId(REL.table, relativeTarget(part, tpart))}"/>`);
    tableId++;
  }
  let drawing = "";
  if ((spec.charts ?? []).length > 0) {
    const dpart = book.pkg.freeName("xl/drawings/drawing", ".xml");
    book.pkg.setText(dpart, "");
    const charts = (spec.charts ?? []).map((c) => {
      const cpart = book.pkg.freeName("xl/charts/chart", ".xml");
      book.pkg.setText(cpart, chartXml(spec.name, c, valueAt));
      book.pkg.setContentType(cpart, CONTENT_TYPE.chart);
      return { spec: c, rid: book.pkg.addRel(dpart, REL.chart, relativeTarget(dpart, cpart)) };
    });
    book.pkg.setText(dpart, drawingXml(charts));
    book.pkg.setContentType(dpart, CONTENT_TYPE.drawing);
    drawing = `<drawing r:id="${relId(REL.drawing, relativeTarget(part, dpart))}"/>`;
  }

  const dimension = `<dimension ref="${cells.size > 0 ? `A1:${colLetters(right)}${bottom}` : "A1"}"/>`;
  const xml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">${sheetPr}${dimension}${views}<sheetFormatPr defaultRowHeight="15"/>` +
    (colsXml ? `<cols>${colsXml}</cols>` : "") +
    (rowsXml.length > 0 ? `<sheetData>${rowsXml.join("")}</sheetData>` : "<sheetData/>") +
    protection +
    (merges.length > 0 ? `<mergeCells count="${merges.length}">${merges.join("")}</mergeCells>` : "") +
    (validations.length > 0
      ? `<dataValidations count="${validations.length}">${validations.join("")}</dataValidations>`
      : "") +
    (links.length > 0 ? `<hyperlinks>${links.join("")}</hyperlinks>` : "") +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    pageSetup +
    drawing +
    (tableParts.length > 0
      ? `<tableParts count="${tableParts.length}">${tableParts.join("")}</tableParts>`
      : "") +
    `</worksheet>`;

  let placed = entry;
  if (placed) book.pkg.setText(part, xml);
  else placed = book.addSheet(spec.name, xml);
  const relsPath = (placed.part as string).replace(/([^/]*)$/, "_rels/$1.rels");
  if (rels.length > 0) {
    const body = rels
      .map(
        (r) =>
          `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeAttr(r.target)}"${r.external ? ' TargetMode="External"' : ""}/>`,
      )
      .join("");
    book.pkg.setText(
      relsPath,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkgRels}">${body}</Relationships>`,
    );
  }
  const index = book.sheets().findIndex((s) => s.rid === placed.rid);
  if (print?.titleRows)
    book.setLocalName(
      "_xlnm.Print_Titles",
      index,
      `${quoteSheet(spec.name)}!$${print.titleRows.from}:$${print.titleRows.to}`,
    );
  // A sheet that was hidden stays hidden, unless it is to be shown now.
  if (activate && entry && entry.state !== "visible") book.setSheetAttr(entry, "state", null);
  if (activate) book.setActiveTab(index);
}
