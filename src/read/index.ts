/**
 * Grid → Report: detect each sheet's layout and read it with that layout's reader; Toteuma's own
 * sheets and the status labels it wrote are skipped (model/own.ts).
 * - ./detect.ts: which layout a sheet is in;
 * - ./block/: the block layout of year-end and period reports; ./table.ts: the flat table, a row per
 *   measure; ./programme/: the older programme layout and lists of long-term goals;
 * - ./meta.ts: department, unit, period and year of a sheet, and page footers, for every layout;
 *   ./department.ts: department names in one display spelling, their keys, a city's list of departments;
 * - ./status-column.ts: a person's own status as written — the scale's words, a status column with no
 *   header, and legends that explain numbers, symbols or colours ("1 = toteutunut");
 * - ./vocabulary.ts: the labels of every layout with their aliases; ./period.ts: the period a selvitys
 *   heading or a span of dates names; ./sheet.ts: reading a grid (merged cells resolved);
 *   ./log.ts: problems and near-misses for validation.
 * Pure: imports only src/model, src/text and src/i18n (eslint.config.js).
 */
import type { DepartmentList } from "../model/department";
import type { Grid, WorkbookSnapshot } from "../model/grid";
import type { Report, TextAt, WorkbookReport } from "../model/report";
import { isContentsSheet, isFindingsSheet, isOwnSheet, isSummarySheet, writtenByToteuma } from "../model/own";
import { whole, type Sliced } from "../model/slices";
import { readBlock } from "./block";
import { detectLayout } from "./detect";
import { isEmptyList } from "./department";
import { settleDepartment } from "./meta";
import { readLongTermGoalList, readProgramme } from "./programme";
import { SheetView } from "./sheet";
import { readLegend } from "./status-column";
import { readTable } from "./table";

export { readBlock } from "./block";
export { detectLayout, looksLikeBlock, type Detected } from "./detect";
export { periodOf, reportPeriod } from "./period";
export {
  departmentKey,
  departmentListText,
  displayDepartment,
  isEmptyList,
  listedDepartment,
  nearestListed,
  parseDepartmentList,
  type ListProblem,
  type ParsedDepartmentList,
} from "./department";
export { SheetView } from "./sheet";
export { legendKey, legendOf, looksLikeOwnStatus, readLegend, scaleWord, SCALE_WORDS } from "./status-column";

export interface ReadContext {
  /** Long-term goals listed elsewhere in the workbook (programme layout). */
  longTermGoals: TextAt[];
  /** The workbook's file name, one more place that may name the department. */
  file?: string | null;
  /** The city's list of departments: names in its spelling, aliases mapped to the listed name. */
  departments?: DepartmentList | null;
}

/** Reads one sheet in whatever layout it is in. */
export function readSheet(grid: Grid, context: ReadContext = { longTermGoals: [] }): Report {
  return readView(new SheetView(grid), context);
}

function readView(view: SheetView, context: ReadContext, detected = detectLayout(view)): Report {
  const report = readLayout(view, context, detected);
  const settled = settleDepartment(report, { file: context.file ?? null, list: context.departments ?? null });
  // A legend of the own-status column, wherever on the sheet it is written ("1 = toteutunut, …").
  const legend = readLegend(view);
  return legend.length > 0 ? { ...settled, ownStatusLegend: legend } : settled;
}

function readLayout(
  view: SheetView,
  context: ReadContext,
  detected: ReturnType<typeof detectLayout>,
): Report {
  switch (detected) {
    case "programme":
      return readProgramme(view, context.longTermGoals);
    case "table":
      return readTable(view);
    case "block":
      return readBlock(view);
    default:
      // Not a goal sheet (or a list of long-term goals): the block reader says what little there is.
      return { ...readBlock(view), layout: "none" };
  }
}

export interface ReadOptions {
  /** The city's list of departments (src/read/department.ts); null or absent: names as written. */
  departments?: DepartmentList | null;
}

/**
 * The grid without the cells Toteuma wrote itself into an empty cell (the "Tila" labels and header of
 * "Väritä tila"): after colouring, those labels must not be read back as a person's own status.
 */
function withoutOwnLabels(grid: Grid, ours: Set<string>): Grid {
  const prefix = `${grid.sheet.toLowerCase()}!`;
  let cells: Grid["cells"] | null = null;
  for (const key of ours) {
    if (!key.startsWith(prefix)) continue;
    const [row, col] = key.slice(prefix.length).split(",").map(Number);
    if (!grid.cells[row - 1]?.[col - 1]) continue;
    cells ??= grid.cells.slice();
    cells[row - 1] = cells[row - 1].slice();
    cells[row - 1][col - 1] = null;
  }
  return cells ? { ...grid, cells } : grid;
}

/**
 * Reads every sheet of a workbook, except the ones Toteuma writes itself. With a city's list of
 * departments, each sheet's department is spelt as listed (aliases become the listed name).
 */
export function readWorkbook(snapshot: WorkbookSnapshot, options: ReadOptions = {}): WorkbookReport {
  return whole(readingWorkbook(snapshot, options));
}

/**
 * readWorkbook in slices of a sheet (model/slices.ts), for the task pane to answer between them. Each
 * sheet is read as soon as its layout is known, except programme sheets: they refer to the long-term
 * goal lists of the whole workbook, so they are read last, when every list has been seen.
 */
export function* readingWorkbook(
  snapshot: WorkbookSnapshot,
  options: ReadOptions = {},
): Sliced<WorkbookReport> {
  const departments = isEmptyList(options.departments) ? null : (options.departments ?? null);
  const ours = writtenByToteuma(snapshot);
  // Toteuma's own sheets (its state, the findings, the summaries and a merge's contents it wrote) are
  // not city reports; a person's sheet called "Tarkistus", "Yhteenveto" or "Sisällys" is read like any other.
  const grids = snapshot.sheets
    .filter((g) => !isOwnSheet(g.sheet) && !isFindingsSheet(g) && !isSummarySheet(g) && !isContentsSheet(g))
    .map((g) => withoutOwnLabels(g, ours));
  const longTermGoals: TextAt[] = [];
  const context: ReadContext = { longTermGoals, file: snapshot.name, departments };
  const sheets: Report[] = new Array<Report>(grids.length);
  const programmes: [number, SheetView][] = [];
  const total = grids.length;
  let done = 0;
  for (const [i, grid] of grids.entries()) {
    const view = new SheetView(grid);
    const layout = detectLayout(view);
    const list = layout === "long-term-goals" ? readLongTermGoalList(view) : null;
    if (list) longTermGoals.push(...list);
    if (layout === "programme") programmes.push([i, view]);
    else sheets[i] = readView(view, context, layout);
    yield { done: layout === "programme" ? done : ++done, total, unit: "sheet" };
  }
  for (const [i, view] of programmes) {
    sheets[i] = readView(view, context, "programme");
    yield { done: ++done, total, unit: "sheet" };
  }
  return { name: snapshot.name, sheets, ...(departments ? { departmentList: departments } : {}) };
}
