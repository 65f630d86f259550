/**
 * The summary as three sheets, planned as data (one "sheet" edit each):
 *
 * - **Yhteenveto**: a title with the period and year; department × status (counts, share achieved
 *   as a percentage format, the check's errors and warnings) with a total row; focus area × status
 *   with a total row; a native stacked bar chart of status per department pointing at the first
 *   table's cells, in the city's colours; one line per conflict; the files not read; the sources.
 * - **Mittarit**: an Excel table (filters on), one row per counted measure: department, unit, the
 *   hierarchy, baseline/target/actual, the status label in the city's fill and font colours, whose
 *   judgement, the reason, and the file, sheet and cell it came from (a link where it can lead).
 * - **Poikkeamat**: the measures not achieved or not assessable, by department, with their reasons,
 *   then the check's errors and warnings per department.
 *
 * Sheets Toteuma wrote are recognised by their content (`summarySheetKind`), so the reader skips
 * them and a new summary replaces them; a person's own sheet of the same name is never overwritten
 * ("Yhteenveto 2"). No date is written: the same sources give the same sheets. Pure.
 */
import type { WorkbookSnapshot } from "../model/grid";
import { STATUS_LABEL, STATUS_STYLE, STATUSES, type Status } from "../model/status";
import type { Language } from "../model/text";
import { periodName } from "../i18n/strings";
import {
  COUNT_KEY,
  periodPhrase,
  type DepartmentSummary,
  type SourceSheet,
  type StatusCounts,
  type Summary,
  type SummaryMeasure,
} from "../summary";
import { headerRowOf } from "./layout";
import { SUMMARY_HEADERS, SUMMARY_SHEET_NAME, summarySheetKind, type SummarySheetKind } from "../model/own";
import type { Box, CellStyle, ChartSpec, Edit, LinkTarget, PlacedCell, SheetSpec } from "./types";

export {
  EXCEPTIONS_SHEET,
  isSummarySheet,
  MEASURES_SHEET,
  SUMMARY_SHEET,
  summarySheetKind,
  type SummarySheetKind,
} from "../model/own";

/**
 * The name each summary sheet gets in this workbook: its own, or where a person's own sheet has it,
 * the name with " 2" (3, …) — never a sheet that is not Toteuma's summary sheet of the same kind.
 */
export function summarySheetNames(snapshot: WorkbookSnapshot): Record<SummarySheetKind, string> {
  const sheets = new Map(snapshot.sheets.map((g) => [g.sheet.toLocaleLowerCase("fi-FI"), g]));
  const nameFor = (kind: SummarySheetKind): string => {
    for (let n = 1; ; n++) {
      const name = n === 1 ? SUMMARY_SHEET_NAME[kind] : `${SUMMARY_SHEET_NAME[kind]} ${n}`;
      const existing = sheets.get(name.toLocaleLowerCase("fi-FI"));
      if (!existing || summarySheetKind(existing) === kind) return name;
    }
  };
  return { summary: nameFor("summary"), measures: nameFor("measures"), exceptions: nameFor("exceptions") };
}

export const MEASURES_TABLE = "Toteuma_mittarit";
export const EXCEPTIONS_TABLE = "Toteuma_poikkeamat";

const WORDS = {
  fi: {
    ...SUMMARY_HEADERS.fi,
    title: "Toiminnallisten tavoitteiden toteutuminen",
    mixedPeriods: "eri kausia (katso ristiriidat)",
    subtitle: (departments: number, measures: number, files: number) =>
      `${departments} ${departments === 1 ? "toimiala" : "toimialaa"}, ${measures} ${measures === 1 ? "mittari" : "mittaria"}, ${files} ${files === 1 ? "työkirja" : "työkirjaa"}`,
    conflictCount: (n: number) => `${n} ${n === 1 ? "ristiriita" : "ristiriitaa"} (katso alempana)`,
    departmentTable: "Mittareiden tila toimialoittain",
    focusTable: "Mittareiden tila painopisteittäin",
    chartTitle: "Mittarit tiloittain ja toimialoittain",
    conflicts: "Ristiriidat",
    noConflicts: "Lähteiden välillä ei ole ristiriitoja.",
    unread: "Tiedostot, joita ei voitu lukea",
    sources: "Lähteet",
    department: "Toimiala",
    period: "Kausi",
    measures: "Mittareita",
    total: "Yhteensä",
    focusArea: "Painopiste / teema",
    departments: "Toimialoja",
    code: "Koodi",
    description: "Kuvaus",
    counted: "Laskettu",
    yes: "kyllä",
    no: "ei (katso ristiriidat)",
    unit: "Yksikkö",
    goal: "Tavoite",
    commitment: "Teko",
    action: "Toimenpide",
    measure: "Mittari",
    target: "Tavoitetaso",
    actual: "Toteuma",
    judgedBy: "Tilan lähde",
    own: "oma arvio",
    computed: "laskettu",
    selvitys: "selvityksestä",
    unknownDepartment: (s: SourceSheet) => `Toimiala ei tiedossa (${s.file} / ${s.sheet})`,
    noFocusArea: "(ei painopistettä)",
    measuresTitle: "Mittarit",
    measuresNote: (measures: number, departments: number) =>
      `${measures} ${measures === 1 ? "mittari" : "mittaria"}, ${departments} ${departments === 1 ? "toimiala" : "toimialaa"}; tila, sen lähde ja perustelu kuten toteuma status antaa.`,
    exceptionsTitle: "Poikkeamat",
    exceptionsNote:
      "Mittarit, jotka eivät ole toteutuneet tai joita ei voi arvioida, toimialoittain perusteluineen.",
    noExceptions: "Ei poikkeamia: jokainen mittari on toteutunut tai osittain toteutunut.",
    checkTable: "Tarkistuksen virheet ja varoitukset toimialoittain",
  },
  en: {
    ...SUMMARY_HEADERS.en,
    title: "Operational goals",
    mixedPeriods: "mixed periods (see the conflicts)",
    subtitle: (departments: number, measures: number, files: number) =>
      `${departments} ${departments === 1 ? "department" : "departments"}, ${measures} ${measures === 1 ? "measure" : "measures"}, ${files} ${files === 1 ? "workbook" : "workbooks"}`,
    conflictCount: (n: number) => `${n} ${n === 1 ? "conflict" : "conflicts"} (see below)`,
    departmentTable: "Status of the measures by department",
    focusTable: "Status of the measures by focus area",
    chartTitle: "Measures by status and department",
    conflicts: "Conflicts",
    noConflicts: "The sources do not conflict.",
    unread: "Files that could not be read",
    sources: "Sources",
    department: "Department",
    period: "Period",
    measures: "Measures",
    total: "Total",
    focusArea: "Focus area / theme",
    departments: "Departments",
    code: "Code",
    description: "Description",
    counted: "Counted",
    yes: "yes",
    no: "no (see the conflicts)",
    unit: "Unit",
    goal: "Goal",
    commitment: "Commitment",
    action: "Action",
    measure: "Measure",
    target: "Target",
    actual: "Actual",
    judgedBy: "Status from",
    own: "own status",
    computed: "computed",
    selvitys: "from the report",
    unknownDepartment: (s: SourceSheet) => `Department not known (${s.file} / ${s.sheet})`,
    noFocusArea: "(no focus area)",
    measuresTitle: "Measures",
    measuresNote: (measures: number, departments: number) =>
      `${measures} ${measures === 1 ? "measure" : "measures"}, ${departments} ${departments === 1 ? "department" : "departments"}; status, whose judgement and why, as toteuma status gives them.`,
    exceptionsTitle: "Exceptions",
    exceptionsNote: "The measures not achieved or not assessable, by department, with their reasons.",
    noExceptions: "No exceptions: every measure is achieved or partially achieved.",
    checkTable: "Errors and warnings of the check by department",
  },
} as const;

type Words = (typeof WORDS)[Language];

// ---- Shared pieces ----

const HEADER: CellStyle = { bold: true, fill: "#D9D9D9", border: "#A6A6A6", wrap: true, vertical: "center" };
const HEADING: CellStyle = { bold: true, fontSize: 12 };
// Numbers sit at the top of their row as the wrapped text beside them does.
const NUMBER: CellStyle = { numberFormat: "0", border: "#D9D9D9", vertical: "top" };
const SHARE: CellStyle = { numberFormat: "0 %", border: "#D9D9D9", vertical: "top" };
const TEXT: CellStyle = { wrap: true, vertical: "top", border: "#D9D9D9" };
const TOTAL: CellStyle = { bold: true, border: "#7F7F7F" };

const statusStyle = (status: Status, extra: CellStyle = {}): CellStyle => ({
  fill: STATUS_STYLE[status].fill,
  fontColor: STATUS_STYLE[status].font,
  ...extra,
});

/** The department as a line of the summary names it. */
function departmentLabel(d: DepartmentSummary, w: Words): string {
  return d.department ?? w.unknownDepartment(d.source);
}

/** "2. vuosikolmannes (T2) 2025", "eri kausia (katso ristiriidat)", or null when no source names one. */
function periodText(summary: Summary, lang: Language, w: Words): string | null {
  if (summary.period === null) return w.mixedPeriods;
  return periodName(summary.period.period, summary.period.year, lang);
}

/** "Mittarit: 2. vuosikolmannes (T2) 2025", or the title alone. */
function titled(title: string, summary: Summary, lang: Language, w: Words): string {
  const period = periodText(summary, lang, w);
  return period ? `${title}: ${period}` : title;
}

/** Where a measure's source cell link goes, if anywhere. */
function linkOf(s: SourceSheet, cell: string): LinkTarget | null {
  if (!s.link) return null;
  if (s.link.kind === "workbook") return { sheet: s.sheet, cell };
  return { url: `${s.link.href}#'${s.sheet.replace(/'/g, "''")}'!${cell}` };
}

/** The counted measures, department by department in the table's order. */
function* measuresIn(summary: Summary): Generator<{ d: DepartmentSummary; m: SummaryMeasure }> {
  for (const d of summary.departments) for (const m of d.source.measures) yield { d, m };
}

const countsRow = (c: StatusCounts): number[] => STATUSES.map((s) => c[COUNT_KEY[s]]);

/** Points per line of 11-point text, and the most lines a row is given (Excel's rows end at 409 points). */
const LINE = 15;
const MOST_LINES = 20;

/**
 * Lines a text takes wrapped in a column `width` characters wide (a character of text is a little
 * narrower than the digit Excel measures widths in). Row heights are written, not left to the
 * program: LibreOffice does not fit rows to wrapped text when it opens a file, and printing needs them.
 */
export function linesOf(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * 1.1));
  let lines = 0;
  for (const part of text.split("\n")) {
    // Wrapped as a program wraps: word by word (a word longer than a line is broken), so a line
    // often ends short of the width. Counting characters alone left rows a line or two too low.
    let used = 0;
    lines++;
    for (const word of part.split(/\s+/).filter((x) => x.length > 0)) {
      if (used > 0 && used + 1 + word.length <= perLine) used += 1 + word.length;
      else {
        if (used > 0) lines++;
        lines += Math.ceil(word.length / perLine) - 1;
        used = word.length % perLine || perLine;
      }
      if (lines >= MOST_LINES) return MOST_LINES;
    }
  }
  return Math.min(MOST_LINES, lines);
}

/** Heights for the rows whose wrapped cells take more than one line, in points. */
function heightsOf(lines: Map<number, number>): { row: number; height: number }[] {
  return [...lines.entries()].filter(([, n]) => n > 1).map(([row, n]) => ({ row, height: n * LINE }));
}

/** The most lines any wrapped free-form cell of each row takes (a merged cell over its columns' widths). */
function placedLines(
  cells: readonly PlacedCell[],
  merges: readonly Box[],
  widths: readonly number[],
): Map<number, number> {
  const out = new Map<number, number>();
  const width = (c: number) => widths[c - 1] ?? 9;
  for (const c of cells) {
    if (!c.style?.wrap || typeof c.value !== "string") continue;
    const m = merges.find((b) => b.top === c.row && b.left === c.col);
    let w = width(c.col);
    if (m) for (let k = m.left + 1; k <= m.right; k++) w += width(k);
    out.set(c.row, Math.max(out.get(c.row) ?? 1, linesOf(c.value, w)));
  }
  return out;
}

/** The same for the table part's rows (data rows from `first`), by its columns' wrap and width. */
function tableLines(spec: SheetSpec, first: number): Map<number, number> {
  const out = new Map<number, number>();
  spec.rows.forEach((r, i) => {
    let n = 1;
    spec.columns.forEach((col, j) => {
      const v = r[j];
      if (col.wrap && typeof v === "string") n = Math.max(n, linesOf(v, col.width ?? 9));
    });
    if (n > 1) out.set(first + i, n);
  });
  return out;
}

// ---- Yhteenveto ----

const SUMMARY_WIDTHS = [42, 14, 12, 12, 13, 13, 13, 12, 10, 11];

function summarySpec(summary: Summary, name: string, lang: Language): SheetSpec {
  const w = WORDS[lang];
  const cells: PlacedCell[] = [];
  const merges: SheetSpec["merges"] = [];
  const put = (row: number, col: number, value: PlacedCell["value"], style?: CellStyle) =>
    cells.push({ row, col, value, ...(style ? { style } : {}) });
  const header = (row: number, words: string[]) =>
    words.forEach((h, i) => {
      const status = STATUSES.find((s) => STATUS_LABEL[s][lang] === h);
      put(
        row,
        i + 1,
        h,
        status ? statusStyle(status, { ...HEADER, fill: STATUS_STYLE[status].fill }) : HEADER,
      );
    });
  const statusHeaders = STATUSES.map((s) => STATUS_LABEL[s][lang]);

  put(1, 1, titled(w.title, summary, lang, w), { bold: true, fontSize: 14 });
  const readFiles = summary.files.filter((f) => f.error === null).length;
  const subtitle = [w.subtitle(summary.departments.length, summary.total.measures, readFiles)];
  if (summary.conflicts.length > 0) subtitle.push(w.conflictCount(summary.conflicts.length));
  put(2, 1, subtitle.join("; "));

  // Department × status.
  put(4, 1, w.departmentTable, HEADING);
  const deptHeader = 5;
  header(deptHeader, [w.department, w.period, w.measures, ...statusHeaders, w.share, w.errors, w.warnings]);
  let row = deptHeader + 1;
  for (const d of summary.departments) {
    put(row, 1, departmentLabel(d, w), TEXT);
    put(row, 2, periodPhrase(d.period, d.year)[lang], TEXT);
    put(row, 3, d.measures, NUMBER);
    countsRow(d).forEach((n, i) => put(row, 4 + i, n, NUMBER));
    put(row, 8, d.share, SHARE);
    put(row, 9, d.errors, NUMBER);
    put(row, 10, d.warnings, NUMBER);
    row++;
  }
  const deptTotal = row;
  const t = summary.total;
  put(row, 1, w.total, TOTAL);
  put(row, 2, null, TOTAL);
  put(row, 3, t.measures, { ...NUMBER, ...TOTAL });
  countsRow(t).forEach((n, i) => put(row, 4 + i, n, { ...NUMBER, ...TOTAL }));
  put(row, 8, t.share, { ...SHARE, ...TOTAL });
  put(row, 9, t.errors, { ...NUMBER, ...TOTAL });
  put(row, 10, t.warnings, { ...NUMBER, ...TOTAL });

  // The chart: one bar per department, one series per status, pointing at the department table.
  // Right below the table it draws, so that it prints on the first page with it.
  const charts: ChartSpec[] = [];
  const n = summary.departments.length;
  if (n > 0) {
    row = deptTotal + 2;
    const height = Math.max(14, 2 * n + 6);
    charts.push({
      kind: "bar-stacked",
      name: "Tilat toimialoittain",
      title: w.chartTitle,
      anchor: { top: row, left: 1, bottom: row + height - 1, right: 8 },
      categories: { top: deptHeader + 1, left: 1, bottom: deptHeader + n, right: 1 },
      series: STATUSES.map((s, i) => ({
        name: STATUS_LABEL[s][lang],
        nameCell: { row: deptHeader, col: 4 + i },
        values: { top: deptHeader + 1, left: 4 + i, bottom: deptHeader + n, right: 4 + i },
        color: STATUS_STYLE[s].fill,
      })),
    });
    row += height - 1;
  }

  // Focus area × status.
  row = (n > 0 ? row : deptTotal) + 2;
  put(row, 1, w.focusTable, HEADING);
  header(++row, [w.focusArea, w.departments, w.measures, ...statusHeaders, w.share]);
  for (const f of summary.focusAreas) {
    row++;
    put(row, 1, f.focusArea || w.noFocusArea, TEXT);
    put(row, 2, f.departments.length, NUMBER);
    put(row, 3, f.measures, NUMBER);
    countsRow(f).forEach((n, i) => put(row, 4 + i, n, NUMBER));
    put(row, 8, f.share, SHARE);
  }
  row++;
  put(row, 1, w.total, TOTAL);
  put(row, 2, summary.departments.length, { ...NUMBER, ...TOTAL });
  put(row, 3, t.measures, { ...NUMBER, ...TOTAL });
  countsRow(t).forEach((n, i) => put(row, 4 + i, n, { ...NUMBER, ...TOTAL }));
  put(row, 8, t.share, { ...SHARE, ...TOTAL });

  row += 2;
  // Conflicts, one line each; then the files not read; then every source.
  const message = (r: number, code: string, text: string, style?: CellStyle) => {
    put(r, 1, code, { vertical: "top", ...(style ?? {}) });
    put(r, 2, text, { wrap: true, vertical: "top" });
    merges.push({ top: r, left: 2, bottom: r, right: 10 });
  };
  put(row, 1, w.conflicts, HEADING);
  row++;
  if (summary.conflicts.length === 0) put(row++, 1, w.noConflicts);
  else {
    header(row, [w.code, w.description]);
    merges.push({ top: row, left: 2, bottom: row, right: 10 });
    row++;
    for (const c of summary.conflicts) message(row++, c.code, c.message[lang]);
  }
  const unread = summary.files.filter((f) => f.error !== null);
  if (unread.length > 0) {
    row++;
    put(row++, 1, w.unread, HEADING);
    header(row, [w.file, w.description]);
    merges.push({ top: row, left: 2, bottom: row, right: 10 });
    row++;
    for (const f of unread) message(row++, f.file, f.error ? f.error[lang] : "", { wrap: true });
  }
  row++;
  put(row++, 1, w.sources, HEADING);
  header(row, [w.file, w.sheet, w.department, "", w.period, w.measures, w.counted]);
  merges.push({ top: row, left: 3, bottom: row, right: 4 });
  row++;
  const counted = new Set(summary.departments.map((d) => d.source));
  for (const s of summary.sources) {
    put(row, 1, s.file, TEXT);
    put(row, 2, s.sheet, TEXT);
    put(row, 3, s.department ?? w.unknownDepartment(s), TEXT);
    merges.push({ top: row, left: 3, bottom: row, right: 4 });
    put(row, 5, periodPhrase(s.period, s.year)[lang], TEXT);
    put(row, 6, s.measures.length, NUMBER);
    put(row, 7, counted.has(s) ? w.yes : w.no, TEXT);
    row++;
  }

  return {
    name,
    columns: [],
    rows: [],
    cells,
    columnWidths: SUMMARY_WIDTHS.map((width, i) => ({ col: i + 1, width })),
    rowHeights: heightsOf(placedLines(cells, merges, SUMMARY_WIDTHS)),
    merges,
    charts,
    print: { paper: "A4", orientation: "landscape", fitToWidth: true },
  };
}

// ---- Mittarit ----

function measuresSpec(summary: Summary, name: string, lang: Language): SheetSpec {
  const w = WORDS[lang];
  // Short columns wrap too: a wrapped column's cells are aligned to the top of their row, so a tall
  // row reads from its top line across (the status column gets its alignment with its colours).
  const columns = [
    { header: w.department, width: 20, wrap: true },
    { header: w.unit, width: 14, wrap: true },
    { header: w.focusArea, width: 18, wrap: true },
    { header: w.goal, width: 24, wrap: true },
    { header: w.commitment, width: 24, wrap: true },
    { header: w.action, width: 28, wrap: true },
    { header: w.measure, width: 28, wrap: true },
    { header: w.baseline, width: 13, wrap: true },
    { header: w.target, width: 13, wrap: true },
    { header: w.actual, width: 13, wrap: true },
    { header: w.status, width: 18 },
    { header: w.judgedBy, width: 11, wrap: true },
    { header: w.reason, width: 36, wrap: true },
    { header: w.file, width: 20, wrap: true },
    { header: w.sheet, width: 14, wrap: true },
    { header: w.cell, width: 7, wrap: true },
  ];
  const rows: SheetSpec["rows"] = [];
  const styles: NonNullable<SheetSpec["styles"]> = [];
  const links: NonNullable<SheetSpec["links"]> = [];
  for (const { d, m } of measuresIn(summary)) {
    const s = d.source;
    const i = rows.length;
    rows.push([
      departmentLabel(d, w),
      m.unit,
      m.focusArea || w.noFocusArea,
      m.goal,
      m.commitment,
      m.action,
      m.measure,
      m.baseline,
      m.target,
      m.actual,
      STATUS_LABEL[m.status][lang],
      w[m.source],
      m.reason[lang],
      s.file,
      s.sheet,
      m.cell,
    ]);
    styles.push({ row: i, col: 10, style: statusStyle(m.status, { vertical: "top" }) });
    const link = linkOf(s, m.cell);
    if (link) links.push({ row: i, col: 15, target: link });
  }
  const spec: SheetSpec = {
    name,
    title: [
      titled(w.measuresTitle, summary, lang, w),
      w.measuresNote(rows.length, summary.departments.length),
    ],
    columns,
    rows,
    styles,
    links,
    table: { name: MEASURES_TABLE, style: "TableStyleLight9" },
    freezeHeader: true,
  };
  const h = headerRowOf(spec);
  spec.rowHeights = heightsOf(tableLines(spec, h + 1));
  spec.print = { paper: "A4", orientation: "landscape", fitToWidth: true, titleRows: { from: h, to: h } };
  return spec;
}

// ---- Poikkeamat ----

const EXCEPTION_ORDER: Partial<Record<Status, number>> = { "not-achieved": 0, "not-assessable": 1 };

function exceptionsSpec(summary: Summary, name: string, lang: Language): SheetSpec {
  const w = WORDS[lang];
  const columns = [
    { header: w.department, width: 20, wrap: true },
    { header: w.status, width: 18 },
    { header: w.focusArea, width: 18, wrap: true },
    { header: w.goal, width: 24, wrap: true },
    { header: w.action, width: 28, wrap: true },
    { header: w.measure, width: 28, wrap: true },
    { header: w.target, width: 14, wrap: true },
    { header: w.actual, width: 14, wrap: true },
    { header: w.reason, width: 40, wrap: true },
    { header: w.file, width: 20, wrap: true },
    { header: w.sheet, width: 14, wrap: true },
    { header: w.cell, width: 7, wrap: true },
  ];
  const rows: SheetSpec["rows"] = [];
  const styles: NonNullable<SheetSpec["styles"]> = [];
  const links: NonNullable<SheetSpec["links"]> = [];
  for (const d of summary.departments) {
    const s = d.source;
    const off = s.measures
      .map((m, i) => ({ m, i, rank: EXCEPTION_ORDER[m.status] }))
      .filter((x): x is { m: SummaryMeasure; i: number; rank: number } => x.rank !== undefined)
      .sort((a, b) => a.rank - b.rank || a.i - b.i);
    for (const { m } of off) {
      const i = rows.length;
      rows.push([
        departmentLabel(d, w),
        STATUS_LABEL[m.status][lang],
        m.focusArea || w.noFocusArea,
        m.goal,
        m.action,
        m.measure,
        m.target,
        m.actual,
        m.reason[lang],
        s.file,
        s.sheet,
        m.cell,
      ]);
      styles.push({ row: i, col: 1, style: statusStyle(m.status, { vertical: "top" }) });
      const link = linkOf(s, m.cell);
      if (link) links.push({ row: i, col: 11, target: link });
    }
  }
  const spec: SheetSpec = {
    name,
    title: [
      titled(w.exceptionsTitle, summary, lang, w),
      rows.length === 0 ? w.noExceptions : w.exceptionsNote,
    ],
    columns,
    rows,
    styles,
    links,
    table: { name: EXCEPTIONS_TABLE, style: "TableStyleLight9" },
    freezeHeader: true,
  };
  // Below the table: the check's errors and warnings, and the exceptions' counts, per department.
  const h = headerRowOf(spec);
  let row = h + Math.max(1, rows.length) + 2;
  const cells: PlacedCell[] = [];
  const put = (r: number, c: number, value: PlacedCell["value"], style?: CellStyle) =>
    cells.push({ row: r, col: c, value, ...(style ? { style } : {}) });
  put(row++, 1, w.checkTable, HEADING);
  const heads = [
    w.department,
    w.errors,
    w.warnings,
    STATUS_LABEL["not-achieved"][lang],
    STATUS_LABEL["not-assessable"][lang],
  ];
  heads.forEach((x, i) =>
    put(row, i + 1, x, i >= 3 ? statusStyle(i === 3 ? "not-achieved" : "not-assessable", HEADER) : HEADER),
  );
  for (const d of summary.departments) {
    row++;
    put(row, 1, departmentLabel(d, w), TEXT);
    put(row, 2, d.errors, NUMBER);
    put(row, 3, d.warnings, NUMBER);
    put(row, 4, d.notAchieved, NUMBER);
    put(row, 5, d.notAssessable, NUMBER);
  }
  row++;
  put(row, 1, w.total, TOTAL);
  put(row, 2, summary.total.errors, { ...NUMBER, ...TOTAL });
  put(row, 3, summary.total.warnings, { ...NUMBER, ...TOTAL });
  put(row, 4, summary.total.notAchieved, { ...NUMBER, ...TOTAL });
  put(row, 5, summary.total.notAssessable, { ...NUMBER, ...TOTAL });
  spec.cells = cells;
  const lines = tableLines(spec, h + 1);
  for (const [r, n] of placedLines(
    cells,
    [],
    columns.map((c) => c.width),
  ))
    lines.set(r, n);
  spec.rowHeights = heightsOf(lines);
  spec.print = { paper: "A4", orientation: "landscape", fitToWidth: true, titleRows: { from: h, to: h } };
  return spec;
}

/**
 * The three summary sheets for this workbook (`snapshot`: the workbook they are written into, for
 * their names), in the person's language; Yhteenveto is activated.
 */
export function planSummarySheets(summary: Summary, lang: Language, snapshot: WorkbookSnapshot): Edit[] {
  const names = summarySheetNames(snapshot);
  return [
    { kind: "sheet", spec: summarySpec(summary, names.summary, lang), activate: true },
    { kind: "sheet", spec: measuresSpec(summary, names.measures, lang) },
    { kind: "sheet", spec: exceptionsSpec(summary, names.exceptions, lang) },
  ];
}
