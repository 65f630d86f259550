/**
 * The flat table layout (`*-taulukko.xlsx`): a header row naming the levels (Toimiala, Yksikkö,
 * Painopiste/Teema, Tavoite, Teko, Toimenpide, Mittari, Lähtötaso, Tavoitetaso, Toteuma, a status
 * column of the person's own, "Selvitys (T2)" report columns), then one row per measure.
 *
 * How rows become nodes:
 * - Consecutive rows with the same text at a level (compared with `labelKey`: case and spaces do not
 *   matter) under the same parent are one node.
 * - A blank cell in a level column means "same as above", as people write such tables (and as a
 *   cell merged down over several rows reads). When a higher level changes and a lower level's cell
 *   is blank, the lower node is not carried over into the new parent: it becomes an implied node.
 * - A row naming levels but no measure (and no values) is a grouping row: it opens the nodes it names
 *   (an action with no measure row under it stays an action without measures).
 * - A row with values but no measure or action text is a ReadProblem.
 * - Blank rows are skipped; a repeated header row is skipped; a footnote ("* …", "Lähde: …") or a lone
 *   cell after a blank row with no measure rows after it ends the table, and what follows is ignored.
 *
 * One pass over the rows after the header (plus a look-ahead over each blank run): linear in size.
 */
import type { CellRef } from "../model/cellref";
import type {
  Action,
  Commitment,
  FocusArea,
  FocusAreaKind,
  Goal,
  LevelNode,
  Measure,
  Report,
  Selvitys,
  TextAt,
} from "../model/report";
import { departmentOf, sheetPeriod, sheetYear } from "./meta";
import { ReadLog } from "./log";
import { periodOf, reportPeriod, type PeriodOf } from "./period";
import type { SheetView } from "./sheet";
import { looksLikeOwnStatus } from "./status-column";
import { cleanText, labelKey, matchLabel, type LabelMatch } from "../text";
import { partsOfText } from "./parts";
import { isSelvitysHeading, TABLE_HEADERS, type TableHeader } from "./vocabulary";

/** The header row is looked for in this many first rows. */
const HEADER_SEARCH_ROWS = 20;
/** Header cells longer than this are text, not headers. */
const MAX_HEADER_LENGTH = 80;

const LEVEL_KINDS: readonly TableHeader[] = [
  "department",
  "unit",
  "focusArea",
  "goal",
  "commitment",
  "action",
];
const HIERARCHY_KINDS = new Set<TableHeader>([...LEVEL_KINDS, "measure"]);
const VALUE_KINDS: readonly TableHeader[] = ["baseline", "target", "actual", "ownStatus"];

/** Lines under a table that are not rows of it. */
const FOOTNOTE =
  /^(?:[*†]|(?:lähde|lähteet|huom|huomio|yhteensä|selite|selitteet|päivitetty|laatija|lisätiedot?)(?=[\s:.,]|$))/i;

/** A totals row under (or inside) the table: "Yhteensä", "Kaikki yhteensä", "Summa". */
const TOTALS = /^(?:kaikki\s+)?(?:yhteensä|summa|total)(?=[\s:.,]|$)/i;

/** One recognised header cell. */
export interface TableColumn {
  kind: TableHeader;
  /** 0-based row index of the header cell (a two-row header has cells on both rows). */
  row: number;
  /** 0-based column index. */
  col: number;
  /** The header as written (whitespace cleaned). */
  header: string;
  nearMiss: boolean;
}

export interface TableHeaderRow {
  /** 0-based row index of the row naming the levels. */
  row: number;
  /** First and last row of the header (0-based): a second header row above or below widens it. */
  firstRow: number;
  lastRow: number;
  columns: TableColumn[];
}

/**
 * A header cell's meaning. Tries the cell as it is, then without what people add to headers: a year
 * ("Tavoitetaso 2026"), a date, a period code ("Toteuma T2"), a parenthesis ("Tila (oma arvio)"),
 * "oma" in front ("Oma arvio"). "Selvitys …" headings are report columns.
 */
export function matchTableHeader(raw: string): LabelMatch<TableHeader> | null {
  const text = cleanText(raw);
  if (!text || text.length > MAX_HEADER_LENGTH) return null;
  const exact = matchLabel(text, TABLE_HEADERS, { allowRest: false });
  if (exact && !exact.nearMiss) return exact;
  if (isSelvitysHeading(text)) {
    const sel = isSelvitysHeading(text);
    return { kind: "report", canonical: "Selvitys", nearMiss: !!sel?.nearMiss, rest: "" };
  }
  const stripped = cleanText(
    text
      .replace(/\([^)]*\)/g, " ")
      .replace(/\b\d{1,2}\.\d{1,2}\.(?:\d{2,4})?/g, " ")
      .replace(/\b(?:19|20)\d\d\b/g, " ")
      .replace(/\b[TQH][1-4]\b/gi, " ")
      .replace(/^oma(?:n)?\s+/i, "")
      .replace(/[:/–-]\s*$/, ""),
  );
  if (stripped && stripped !== text) {
    const retry = matchLabel(stripped, TABLE_HEADERS, { allowRest: false });
    if (retry && (!retry.nearMiss || !exact)) return retry;
  }
  return exact;
}

/** Reads a row as a header row; null when it does not name enough levels to be one. */
function headerRowAt(view: SheetView, r: number): TableHeaderRow | null {
  const filled = view.filled(r);
  if (filled.length < 3) return null;
  const columns: TableColumn[] = [];
  const kinds = new Set<TableHeader>();
  let exact = 0;
  for (const c of filled) {
    const header = view.text(r, c);
    const m = matchTableHeader(header);
    if (!m) continue;
    // The first column of a kind counts; a second "Selvitys" column is a report of another period.
    if (kinds.has(m.kind) && m.kind !== "report") continue;
    kinds.add(m.kind);
    if (!m.nearMiss) exact++;
    columns.push({ kind: m.kind, row: r, col: c, header, nearMiss: m.nearMiss });
  }
  let hierarchy = 0;
  for (const k of kinds) if (HIERARCHY_KINDS.has(k)) hierarchy++;
  // Two levels of the hierarchy (a block layout's "MITTARI | Lähtötaso | Tavoitetaso" row has one),
  // an action or a measure among them, three kinds in all, mostly header words, mostly exact.
  if (hierarchy < 2 || kinds.size < 3) return null;
  if (!kinds.has("action") && !kinds.has("measure")) return null;
  if (exact < 2 || columns.length * 10 < filled.length * 6) return null;
  return { row: r, firstRow: r, lastRow: r, columns };
}

/**
 * A row of header words only ("Lähtötaso | Tavoitetaso | Toteuma" under a merged "Mittari") above
 * or below the header row adds the kinds it names to the header.
 */
function widenHeader(view: SheetView, header: TableHeaderRow, r: number): boolean {
  if (r < 0 || r >= view.rowCount) return false;
  const filled = view.filled(r);
  if (filled.length === 0) return false;
  const kinds = new Set(header.columns.map((c) => c.kind));
  const used = new Set(header.columns.map((c) => c.col));
  const added: TableColumn[] = [];
  for (const c of filled) {
    const header = view.text(r, c);
    const m = matchTableHeader(header);
    if (!m) return false;
    if (used.has(c) || (kinds.has(m.kind) && m.kind !== "report")) continue;
    kinds.add(m.kind);
    added.push({ kind: m.kind, row: r, col: c, header, nearMiss: m.nearMiss });
  }
  if (added.length === 0) return false;
  header.columns = [...header.columns, ...added].sort((a, b) => a.col - b.col);
  return true;
}

/** The header row of a flat table among the first rows, or null. */
export function findTableHeader(view: SheetView): TableHeaderRow | null {
  let best: TableHeaderRow | null = null;
  const last = Math.min(view.rowCount, HEADER_SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    const h = headerRowAt(view, r);
    if (h && (!best || h.columns.length > best.columns.length)) best = h;
  }
  if (best) {
    if (widenHeader(view, best, best.row + 1)) best.lastRow = best.row + 1;
    else if (widenHeader(view, best, best.row - 1)) best.firstRow = best.row - 1;
    if (datesUnderHeader(view, best, best.lastRow + 1)) best.lastRow += 1;
  }
  return best;
}

/** A year, date or period written under a value header: "2025", "31.12.2025", "31.12.", "T2/2025", "v. 2024". */
const HEADER_DATE =
  /^[(]?\s*(?:v\.?\s*)?(?:(?:\d{1,2}\.\d{1,2}\.\s*)?(?:19|20)\d\d|\d{1,2}\.\d{1,2}\.?|[TQH][1-4](?:\s*\/\s*(?:19|20)?\d\d)?)\s*[)]?$/i;

/**
 * A second header row of years or dates under the value headers ("Tavoitetaso" over "2025"): part of
 * the header, not a row of values. Each year is appended to its header ("Tavoitetaso 2025").
 */
function datesUnderHeader(view: SheetView, header: TableHeaderRow, r: number): boolean {
  if (r >= view.rowCount) return false;
  const filled = view.filled(r);
  if (filled.length === 0) return false;
  const byCol = new Map(header.columns.map((c) => [c.col, c]));
  const dated: { column: TableColumn; text: string }[] = [];
  for (const c of filled) {
    const column = byCol.get(c);
    const text = view.text(r, c);
    if (!column || !VALUE_KINDS.includes(column.kind) || !HEADER_DATE.test(text)) return false;
    dated.push({ column, text });
  }
  for (const { column, text } of dated) column.header = `${column.header} ${text}`;
  return true;
}

/**
 * A status column without a header right of the actual: the first column right of it with an empty
 * header cell whose cells, where filled, read as statuses ("vihreä", "2", "●"); null when there is none.
 */
function unheadedStatusColumn(
  view: SheetView,
  header: TableHeaderRow,
  actual: TableColumn | undefined,
): TableColumn | null {
  if (!actual) return null;
  const col = actual.col + 1;
  if (header.columns.some((c) => c.col === col)) return null;
  for (let r = header.firstRow; r <= header.lastRow; r++) if (view.text(r, col)) return null;
  let filled = 0;
  let statuses = 0;
  for (let r = header.lastRow + 1; r < view.rowCount; r++) {
    const t = view.text(r, col);
    if (!t) continue;
    filled++;
    if (looksLikeOwnStatus(t)) statuses++;
  }
  if (statuses < 2 || statuses < filled * 0.9) return null;
  return { kind: "ownStatus", row: header.row, col, header: "", nearMiss: false };
}

export function looksLikeTable(view: SheetView): boolean {
  return findTableHeader(view) !== null;
}

interface RowCells {
  levels: Map<TableHeader, { text: string; col: number }>;
  measure: string;
  values: Map<TableHeader, { text: string; col: number }>;
  reports: { column: TableColumn; text: string }[];
  responsible: { text: string; col: number } | null;
}

export function readTable(view: SheetView): Report {
  const sheet = view.sheet;
  const at = (r: number, c: number) => view.at(r, c);
  const header = findTableHeader(view);
  const log = new ReadLog(sheet);

  if (!header) {
    return {
      sheet,
      layout: "none",
      title: null,
      ...departmentOf({ sheet }),
      period: null,
      year: null,
      focusAreas: [],
      financialGoals: [],
      hasActualColumn: false,
      ownStatusColumn: null,
      nearMisses: log.nearMisses,
      problems: log.problems,
      looksLikeGoals: false,
    };
  }

  const byKind = new Map<TableHeader, TableColumn>();
  const reportColumns: TableColumn[] = [];
  for (const column of header.columns) {
    if (column.nearMiss) log.nearMiss(header.row, column.col, column.header, canonicalOf(column));
    if (column.kind === "report") reportColumns.push(column);
    else byKind.set(column.kind, column);
  }
  const unheaded = byKind.has("ownStatus") ? null : unheadedStatusColumn(view, header, byKind.get("actual"));
  if (unheaded) {
    byKind.set("ownStatus", unheaded);
    header.columns = [...header.columns, unheaded].sort((a, b) => a.col - b.col);
  }
  const measureCol = byKind.get("measure")?.col ?? -1;
  const actionCol = byKind.get("action")?.col ?? -1;
  const tableCols = new Set(header.columns.map((c) => c.col));
  const headerKeys = header.columns
    .filter((c) => c !== unheaded)
    .map((c) => labelKey(c.header))
    .join("|");
  const focusKind: FocusAreaKind = /^teema/i.test(labelKey(byKind.get("focusArea")?.header ?? ""))
    ? "teema"
    : "painopiste";

  // Title: the first filled row above the header.
  let title: TextAt | null = null;
  for (let r = 0; r < header.firstRow && !title; r++) {
    const cols = view.filled(r);
    if (cols.length > 0) title = { text: view.text(r, cols[0]), cell: at(r, cols[0]) };
  }

  const cellsOf = (r: number): RowCells => {
    const levels = new Map<TableHeader, { text: string; col: number }>();
    const values = new Map<TableHeader, { text: string; col: number }>();
    for (const kind of LEVEL_KINDS) {
      const column = byKind.get(kind);
      if (column) levels.set(kind, { text: view.text(r, column.col), col: column.col });
    }
    for (const kind of VALUE_KINDS) {
      const column = byKind.get(kind);
      if (!column) continue;
      const text = view.text(r, column.col);
      if (text) values.set(kind, { text, col: column.col });
    }
    const resp = byKind.get("responsible");
    const respText = resp ? view.text(r, resp.col) : "";
    return {
      levels,
      measure: measureCol >= 0 ? view.text(r, measureCol) : "",
      values,
      reports: reportColumns.map((column) => ({ column, text: view.rawText(r, column.col) })),
      responsible: resp && respText ? { text: respText, col: resp.col } : null,
    };
  };

  const path = new Path(view, focusKind);
  /** Per action, its selvitys per report column (index into reportColumns). */
  const reportsOf = new Map<Action, { selvitys: Selvitys; lines: string[] }[]>();

  /** The action's selvitys, one per report column, made at the first row that has the action. */
  const reportsFor = (act: Action, r: number): { selvitys: Selvitys; lines: string[] }[] => {
    let open = reportsOf.get(act);
    if (!open) {
      open = reportColumns.map((column) => {
        const { period, year } = periodOf(column.header);
        const selvitys: Selvitys = {
          heading: column.header,
          cell: at(r, column.col),
          period,
          year,
          text: "",
          parts: [],
        };
        act.reports.push(selvitys);
        return { selvitys, lines: [] };
      });
      reportsOf.set(act, open);
    }
    return open;
  };

  const addReports = (act: Action, row: RowCells, r: number): void => {
    if (reportColumns.length === 0) return;
    const open = reportsFor(act, r);
    row.reports.forEach(({ text }, i) => {
      const entry = open[i];
      // Merged cells read once; the same text repeated on every measure row of the action counts once.
      if (text && !entry.lines.includes(text)) {
        if (entry.lines.length === 0) entry.selvitys.cell = at(r, reportColumns[i].col);
        entry.lines.push(text);
      }
    });
  };

  const responsibleAt = (row: RowCells, r: number): TextAt | null =>
    row.responsible ? { text: row.responsible.text, cell: at(r, row.responsible.col) } : null;

  // ---- rows ----
  let blankBefore = false;
  for (let r = header.lastRow + 1; r < view.rowCount; r++) {
    const filled = view.filled(r);
    if (filled.length === 0) {
      blankBefore = true;
      continue;
    }
    const inTable = filled.filter((c) => tableCols.has(c));
    const first = view.text(r, filled[0]);
    if (FOOTNOTE.test(first) && inTable.length <= 1) break;
    if (TOTALS.test(first)) continue; // a totals row is no measure
    if (inTable.length === 0) continue; // notes beside the table
    if (inTable.map((c) => labelKey(view.text(r, c))).join("|") === headerKeys) continue; // repeated header

    const row = cellsOf(r);
    const hasLevel = [...row.levels.values()].some((v) => v.text !== "");
    const actionText = row.levels.get("action")?.text ?? "";
    const hasValues = row.values.size > 0;

    if (!row.measure && !hasValues) {
      // A grouping row, or the end of the table: a lone cell with no measure rows after it (a note
      // under the table) ends it; an action named alone is kept (an action with no measures).
      if (
        inTable.length === 1 &&
        filled.length === 1 &&
        (blankBefore || inTable[0] !== actionCol) &&
        !nextRowHasMeasure(view, r, measureCol, actionCol)
      )
        break;
      const opened = hasLevel ? path.groupRow(row, r, inTable[0]) : null;
      const act = actionText ? opened : null;
      if (act) {
        addReports(act, row, r);
        const resp = responsibleAt(row, r);
        if (resp && !act.responsible) act.responsible = resp;
      }
      blankBefore = false;
      continue;
    }
    blankBefore = false;

    if (!row.measure && !actionText) {
      log.problem(
        r,
        Math.min(...[...row.values.values()].map((v) => v.col)),
        "orphan-measure-values",
        "Arvorivi ilman mittaria tai toimenpidettä.",
        "A row of values with no measure or action text.",
      );
      continue;
    }

    const act = path.measureRow(row, r, measureCol >= 0 ? measureCol : inTable[0]);
    const valueAt = (kind: TableHeader): TextAt | null => {
      const v = row.values.get(kind);
      return v ? view.valueAt(r, v.col, v.text) : null;
    };
    const firstValueCol = [...row.values.values()][0]?.col ?? inTable[0];
    const measureCell = at(r, measureCol >= 0 ? measureCol : firstValueCol);
    const resp = responsibleAt(row, r);
    if (resp && !act.responsible) act.responsible = resp;
    const measure: Measure = {
      text: row.measure,
      cell: measureCell,
      index: act.measures.length + 1,
      baseline: valueAt("baseline"),
      target: valueAt("target"),
      actual: valueAt("actual"),
      ownStatus: valueAt("ownStatus"),
      ...(byKind.has("responsible") ? { responsible: resp } : {}),
    };
    act.measures.push(measure);
    addReports(act, row, r);
  }

  const focusAreas = path.focusAreas;
  pruneImplied(focusAreas);

  // Selvitys text: the lines of the action's rows, split into parts by measure or sub-goal.
  const allReports: PeriodOf[] = [];
  for (const entries of reportsOf.values())
    for (const { selvitys, lines } of entries) {
      selvitys.text = lines.join("\n");
      selvitys.parts = partsOfText(selvitys.text, selvitys.cell);
      allReports.push({ period: selvitys.period, year: selvitys.year });
    }
  const fromReports = reportPeriod(
    allReports.length > 0 ? allReports : reportColumns.map((c) => periodOf(c.header)),
  );

  // Further rows above the header ("Tekninen toimiala" / "Toiminnalliset tavoitteet 2025").
  const aboveHeader: TextAt[] = [];
  for (let r = 0; r < header.firstRow; r++) {
    const cols = view.filled(r);
    if (cols.length === 1) aboveHeader.push({ text: view.text(r, cols[0]), cell: at(r, cols[0]) });
  }
  const titleText = aboveHeader.map((l) => l.text);
  // The department most rows name, else the title, else a row above the header, else the sheet name.
  const department = departmentOf({
    sheet,
    column: path.departments,
    title: title ? [title, ...aboveHeader] : aboveHeader,
  });

  return {
    sheet,
    layout: "table",
    title,
    ...department,
    ...sheetPeriod(fromReports.period, { title: titleText, sheet }),
    year: sheetYear(fromReports.year, {
      headers: header.columns.map((c) => c.header),
      title: titleText,
      sheet,
    }),
    focusAreas,
    financialGoals: [],
    hasActualColumn: byKind.has("actual"),
    ownStatusColumn: byKind.get("ownStatus")?.header ?? null,
    nearMisses: log.nearMisses,
    problems: log.problems,
    looksLikeGoals: true,
  };
}

/** A level's cell in a row: its text, or "" with the cell of the child that implies the level. */
interface LevelCell {
  text: string;
  cell: CellRef;
}

/** A named node, or an implied one (text "") at the cell of the child that implied it. */
function levelNode<T extends object>(v: LevelCell, rest: T): LevelNode & T {
  return v.text
    ? { text: v.text, cell: v.cell, ...rest }
    : { text: "", cell: v.cell, implied: true, ...rest };
}

const same = (a: string, b: string): boolean => labelKey(a) === labelKey(b);

/**
 * True when the node open at a level carries on into this row: nothing above it changed, and the row
 * names the same text there (a named node) or leaves the level blank ("same as above").
 */
function carriesOn<T extends LevelNode>(v: LevelCell, open: T | null, changed: boolean): open is T {
  if (changed || !open) return false;
  return v.text ? same(v.text, open.text) && !open.implied : true;
}

/**
 * The path of open nodes while the rows are read: department and unit, focus area → goal →
 * commitment → action. Consecutive rows with the same text at a level under the same parent are one
 * node; a blank level cell is "same as above", except under a new parent, where it is implied.
 */
class Path {
  readonly focusAreas: FocusArea[] = [];
  /** The Toimiala column's cells, for the department most rows name. */
  readonly departments: TextAt[] = [];
  private department: string | null = null;
  private unit: string | null = null;
  private focus: FocusArea | null = null;
  private goal: Goal | null = null;
  private commitment: Commitment | null = null;
  private action: Action | null = null;

  constructor(
    private readonly view: SheetView,
    private readonly focusKind: FocusAreaKind,
  ) {}

  /** A measure row's action: the one it names, the open one, or an implied one. */
  measureRow(row: RowCells, r: number, fallbackCol: number): Action {
    const { commitment, changed, cell } = this.above(row, r, fallbackCol);
    if (!carriesOn(cell, this.action, changed)) this.action = this.newAction(cell, commitment);
    return this.action;
  }

  /** A grouping row (levels, no measure): opens the nodes it names; its action, or null for none. */
  groupRow(row: RowCells, r: number, fallbackCol: number): Action | null {
    const { commitment, changed, cell } = this.above(row, r, fallbackCol);
    if (!carriesOn(cell, this.action, changed))
      this.action = cell.text ? this.newAction(cell, commitment) : null;
    return this.action;
  }

  private newAction(cell: LevelCell, commitment: Commitment): Action {
    const action = levelNode(cell, { measures: [], reports: [] });
    commitment.actions.push(action);
    return action;
  }

  /** Opens the levels above the action that the row names; the action's cell of the row. */
  private above(
    row: RowCells,
    r: number,
    fallbackCol: number,
  ): { commitment: Commitment; changed: boolean; cell: LevelCell } {
    /** A level's cell of the row; a blank one at the cell of the child that implies it. */
    const level = (kind: TableHeader): LevelCell => {
      const v = row.levels.get(kind);
      return v && v.text
        ? { text: v.text, cell: this.view.at(r, v.col) }
        : { text: "", cell: this.view.at(r, fallbackCol) };
    };
    let changed = false;
    // Department and unit: a change starts a new focus area even when the focus text repeats.
    const depCell = row.levels.get("department");
    const dep = depCell?.text ?? "";
    if (depCell && dep) {
      this.departments.push({ text: dep, cell: this.view.at(r, depCell.col) });
      if (this.department !== null && !same(dep, this.department)) changed = true;
      this.department = dep;
    }
    const un = row.levels.get("unit")?.text ?? "";
    if (un) {
      if (this.unit !== null && !same(un, this.unit)) changed = true;
      this.unit = un;
    }
    /** The node open at a level: the current one if it carries on, else a new one among `siblings`. */
    const open = <T extends LevelNode>(
      kind: TableHeader,
      current: T | null,
      siblings: T[],
      make: (v: LevelCell) => T,
    ): T => {
      const cell = level(kind);
      if (carriesOn(cell, current, changed)) return current;
      const node = make(cell);
      siblings.push(node);
      changed = true;
      return node;
    };
    const kind = this.focusKind;
    const unit = this.unit;
    const focus = open("focusArea", this.focus, this.focusAreas, (v) =>
      levelNode(v, { kind, unit, goals: [] }),
    );
    const goal = open("goal", this.goal, focus.goals, (v) => levelNode(v, { commitments: [] }));
    const commitment = open("commitment", this.commitment, goal.commitments, (v) =>
      levelNode(v, { actions: [] }),
    );
    this.focus = focus;
    this.goal = goal;
    this.commitment = commitment;
    return { commitment, changed, cell: level("action") };
  }
}

/**
 * Drops implied nodes left empty: a grouping row opens implied lower levels that the next row may
 * replace with named ones. Named nodes stay even when empty (validation says what is missing).
 */
function pruneImplied(focusAreas: FocusArea[]): void {
  const keep = <T extends { implied?: boolean }>(nodes: T[], children: (n: T) => unknown[]): T[] =>
    nodes.filter((n) => !n.implied || children(n).length > 0);
  for (const f of focusAreas) {
    for (const g of f.goals) g.commitments = keep(g.commitments, (c) => c.actions);
    f.goals = keep(f.goals, (g) => g.commitments);
  }
  focusAreas.splice(0, focusAreas.length, ...keep(focusAreas, (f) => f.goals));
}

function canonicalOf(column: TableColumn): string {
  return column.kind === "report" ? "Selvitys" : TABLE_HEADERS.entries[column.kind][0];
}

/** True when a row after `r` (before the next blank run ends) has measure or action text. */
function nextRowHasMeasure(view: SheetView, r: number, measureCol: number, actionCol: number): boolean {
  for (let k = r + 1; k < view.rowCount; k++) {
    if (view.isBlankRow(k)) continue;
    return (
      (measureCol >= 0 && view.text(k, measureCol) !== "") ||
      (actionCol >= 0 && view.text(k, actionCol) !== "")
    );
  }
  return false;
}
