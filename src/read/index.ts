/**
 * Grid → Report: detect each sheet's layout and read it with that layout's reader.
 */
import type { Grid, WorkbookSnapshot } from "../model/grid";
import type { Report, TextAt, WorkbookReport } from "../model/report";
import { STATE_SHEET } from "../edits/types";
import { writtenByToteuma } from "../edits/state";
import { isFindingsSheet } from "../edits/findings";
import { isSummarySheet } from "../edits/summary-sheets";
import { readBlock } from "./block";
import { detectLayout } from "./detect";
import { readLongTermGoalList, readProgramme } from "./programme";
import { SheetView } from "./sheet";
import { readTable } from "./table";

export { readBlock } from "./block";
export { detectLayout, looksLikeBlock, type Detected } from "./detect";
export { periodOf, reportPeriod } from "./period";
export { SheetView } from "./sheet";

/** The sheet where Toteuma keeps what it needs to undo its colours: never read as a city report. */
export const OWN_SHEETS: readonly string[] = [STATE_SHEET];

export interface ReadContext {
  /** Long-term goals listed elsewhere in the workbook (programme layout). */
  longTermGoals: TextAt[];
}

/** Reads one sheet in whatever layout it is in. */
export function readSheet(grid: Grid, context: ReadContext = { longTermGoals: [] }): Report {
  return readView(new SheetView(grid), context);
}

function readView(view: SheetView, context: ReadContext, detected = detectLayout(view)): Report {
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

export function isOwnSheet(name: string): boolean {
  return OWN_SHEETS.some((s) => s.toLocaleLowerCase("fi-FI") === name.toLocaleLowerCase("fi-FI"));
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

/** Reads every sheet of a workbook, except the ones Toteuma writes itself. */
export function readWorkbook(snapshot: WorkbookSnapshot): WorkbookReport {
  const ours = writtenByToteuma(snapshot);
  // Toteuma's own sheets (its state, the findings and the summaries it wrote) are not city reports;
  // a person's sheet that happens to be called "Tarkistus" or "Yhteenveto" is read like any other.
  const grids = snapshot.sheets
    .filter((g) => !isOwnSheet(g.sheet) && !isFindingsSheet(g) && !isSummarySheet(g))
    .map((g) => withoutOwnLabels(g, ours));
  // Long-term goal lists first: the programme sheets of the same workbook refer to them.
  const longTermGoals: TextAt[] = [];
  const views = grids.map((g) => new SheetView(g));
  const layouts = views.map((view) => detectLayout(view));
  views.forEach((view, i) => {
    const list = layouts[i] === "long-term-goals" ? readLongTermGoalList(view) : null;
    if (list) longTermGoals.push(...list);
  });
  return {
    name: snapshot.name,
    sheets: views.map((view, i) => readView(view, { longTermGoals }, layouts[i])),
  };
}
