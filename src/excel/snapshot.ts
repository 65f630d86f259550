/**
 * snapshot(): every sheet of the workbook as plain Grids, read with Office.js in a fixed number of
 * context.sync() calls whatever the number of sheets:
 *   1. the sheets (names, visibility) and the workbook name;
 *   2. for every sheet at once: its used range (position and size), its formula cells and its error
 *      cells (as RangeAreas addresses, tiny answers);
 *   3. the cells (values, text, number formats) of all sheets in row blocks, and their merged areas
 *      in bands of rows, all in one sync.
 * A workbook too big for one 5 MB answer (tens of thousands of rows) is read in waves of blocks,
 * one sync per wave, and a wave Excel refuses as too big is split in two and read again; so the
 * number of syncs grows with the amount of data, never with the number of sheets.
 *
 * Merged areas: Excel's getMergedAreasOrNullObject fails above 512 merged areas in one range, so
 * they are asked per band of MERGE_BAND_ROWS rows. When a wave fails otherwise, its cells are read
 * again on their own and its merged areas in halves; a single row that still fails is given up, and
 * the sheet's grid says its merges are incomplete (its merged labels then read at their first cell).
 */
import type { Cell, CellValue, Grid, MergeArea, WorkbookSnapshot } from "../model/grid";
import { parseBox, splitAreas, type Box } from "./address";
import { isEditMode, isTooBig } from "./errors";
import { settingProperty, settingValue } from "./settings";
import { CELLS_PER_CHUNK, CELLS_PER_WAVE, MERGE_BAND_ROWS } from "./limits";

export type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

interface SheetInfo {
  name: string;
  hidden: boolean;
  used: Excel.Range;
  /** Merged areas found, by address (a merge across two bands is found twice). */
  merges: Map<string, Box>;
  /** True when some of the sheet's merged areas could not be read. */
  mergesIncomplete: boolean;
  formulas: Excel.RangeAreas;
  errorFormulas: Excel.RangeAreas;
  errorConstants: Excel.RangeAreas;
  worksheet: Excel.Worksheet;
}

interface Block {
  sheet: number;
  /** 0-based first row and column, size. */
  row: number;
  col: number;
  rows: number;
  cols: number;
  /** Read the cells' values, text and number formats. */
  cells: boolean;
  /** Read the merged areas of these rows (in bands of MERGE_BAND_ROWS). */
  merges: boolean;
}

interface BlockData {
  block: Block;
  values: unknown[][];
  text: string[][];
  numberFormat: unknown[][];
}

export async function readSnapshot(run: Run, settingKeys: readonly string[] = []): Promise<WorkbookSnapshot> {
  // Merged areas need ExcelApi 1.13; the manifest asks for 1.9 so that older Excel versions can run
  // Toteuma, and the reader copes without merge information (a merged label reads at its first cell).
  const readsMergedAreas = supports("ExcelApi", "1.13");
  return run(async (context) => {
    const workbook = context.workbook;
    workbook.load("name");
    const worksheets = workbook.worksheets;
    worksheets.load("items/name,items/visibility");
    // The settings the use case asked for, in the same sync (custom document properties, ExcelApi 1.7).
    const properties = settingKeys.map((key) => {
      const property = workbook.properties.custom.getItemOrNullObject(settingProperty(key));
      property.load("value");
      return [key, property] as const;
    });
    await context.sync();
    const settings: Record<string, string | null> = {};
    for (const [key, property] of properties) settings[key] = settingValue(property);

    const infos: SheetInfo[] = worksheets.items.map((worksheet) => {
      const used = worksheet.getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      const formulas = used.getSpecialCellsOrNullObject("Formulas");
      formulas.load("address");
      const errorFormulas = used.getSpecialCellsOrNullObject("Formulas", "Errors");
      errorFormulas.load("address");
      const errorConstants = used.getSpecialCellsOrNullObject("Constants", "Errors");
      errorConstants.load("address");
      return {
        name: worksheet.name,
        hidden: worksheet.visibility !== "Visible",
        used,
        merges: new Map(),
        mergesIncomplete: false,
        formulas,
        errorFormulas,
        errorConstants,
        worksheet,
      };
    });
    await context.sync();

    const blocks: Block[] = [];
    infos.forEach((info, sheet) => {
      if (info.used.isNullObject) return;
      const cols = info.used.columnCount;
      const rowsPerBlock = Math.max(1, Math.floor(CELLS_PER_CHUNK / cols));
      for (let r = 0; r < info.used.rowCount; r += rowsPerBlock)
        blocks.push({
          sheet,
          row: info.used.rowIndex + r,
          col: info.used.columnIndex,
          rows: Math.min(rowsPerBlock, info.used.rowCount - r),
          cols,
          cells: true,
          merges: readsMergedAreas,
        });
    });

    const data = await readWaves(context, infos, waves(blocks));
    const sheets = infos.map((info, i) =>
      toGrid(
        info,
        data.filter((d) => d.block.sheet === i),
      ),
    );
    return { name: workbook.name || null, sheets, ...(settingKeys.length > 0 ? { settings } : {}) };
  });
}

/** Groups blocks into waves of at most CELLS_PER_WAVE cells (a wave has at least one block). */
function waves(blocks: Block[]): Block[][] {
  const out: Block[][] = [];
  let cur: Block[] = [];
  let cells = 0;
  for (const b of blocks) {
    const n = b.rows * b.cols;
    if (cur.length > 0 && cells + n > CELLS_PER_WAVE) {
      out.push(cur);
      cur = [];
      cells = 0;
    }
    cur.push(b);
    cells += n;
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

/** Halves a wave: two waves of blocks, or one block cut into two row blocks. */
function split(wave: Block[]): Block[][] | null {
  if (wave.length > 1) return [wave.slice(0, wave.length >> 1), wave.slice(wave.length >> 1)];
  const b = wave[0];
  if (b.rows < 2) return null;
  const half = b.rows >> 1;
  return [[{ ...b, rows: half }], [{ ...b, row: b.row + half, rows: b.rows - half }]];
}

/** The merged-areas queries of a block: one per band of MERGE_BAND_ROWS rows. */
function queueMerges(info: SheetInfo, block: Block): Excel.RangeAreas[] {
  const out: Excel.RangeAreas[] = [];
  for (let r = 0; r < block.rows; r += MERGE_BAND_ROWS) {
    const band = info.worksheet.getRangeByIndexes(
      block.row + r,
      block.col,
      Math.min(MERGE_BAND_ROWS, block.rows - r),
      block.cols,
    );
    const areas = band.getMergedAreasOrNullObject();
    areas.load("address");
    out.push(areas);
  }
  return out;
}

/**
 * After a wave Excel failed without saying it was too big: when it asked for merged areas (which
 * fail above 512 in a range), the waves to read instead — its cells on their own, then its merged
 * areas in halves. A single row whose merged areas still fail is given up (the sheet is marked).
 * Null when the failure is not about merged areas.
 */
function withoutMerges(infos: SheetInfo[], wave: Block[], e: unknown): Block[][] | null {
  if (isEditMode(e) || !wave.some((b) => b.merges)) return null;
  const cells = wave.filter((b) => b.cells).map((b) => ({ ...b, merges: false }));
  if (cells.length > 0) return [cells, wave.filter((b) => b.merges).map((b) => ({ ...b, cells: false }))];
  if (wave.length > 1) return [wave.slice(0, wave.length >> 1), wave.slice(wave.length >> 1)];
  const b = wave[0];
  if (b.rows < 2) {
    infos[b.sheet].mergesIncomplete = true;
    return [];
  }
  const half = b.rows >> 1;
  return [[{ ...b, rows: half }], [{ ...b, row: b.row + half, rows: b.rows - half }]];
}

/**
 * Reads the waves one after the other: one sync per wave, by recursion rather than a loop (each
 * sync carries a whole wave of blocks, never a single sheet or row).
 */
async function readWaves(
  context: Excel.RequestContext,
  infos: SheetInfo[],
  todo: Block[][],
): Promise<BlockData[]> {
  if (todo.length === 0) return [];
  const [wave, ...rest] = todo;
  const reads = wave.map((block) => {
    const info = infos[block.sheet];
    let range: Excel.Range | null = null;
    if (block.cells) {
      range = info.worksheet.getRangeByIndexes(block.row, block.col, block.rows, block.cols);
      range.load("values,text,numberFormat");
    }
    return { block, range, merges: block.merges ? queueMerges(info, block) : [] };
  });
  try {
    await context.sync();
  } catch (e) {
    const instead = isTooBig(e) ? split(wave) : withoutMerges(infos, wave, e);
    if (!instead) throw e;
    return readWaves(context, infos, [...instead, ...rest]);
  }
  const got: BlockData[] = [];
  for (const { block, range, merges } of reads) {
    const info = infos[block.sheet];
    for (const areas of merges) for (const b of boxesOf(areas)) info.merges.set(`${b.top},${b.left}`, b);
    if (range) got.push({ block, values: range.values, text: range.text, numberFormat: range.numberFormat });
  }
  return got.concat(await readWaves(context, infos, rest));
}

/** True when the host supports the requirement set (or when no Office host is there to ask, as in tests). */
function supports(set: string, version: string): boolean {
  if (typeof Office === "undefined" || !Office.context?.requirements) return true;
  return Office.context.requirements.isSetSupported(set, version);
}

function boxesOf(areas: Excel.RangeAreas | null): Box[] {
  if (!areas || areas.isNullObject) return [];
  return splitAreas(areas.address)
    .map((a) => parseBox(a))
    .filter((b): b is Box => b !== null);
}

function keySet(boxes: Box[], columns: number): Set<number> {
  const s = new Set<number>();
  for (const b of boxes)
    for (let r = b.top; r <= b.bottom; r++)
      for (let c = b.left; c <= b.right; c++) s.add((r - 1) * columns + (c - 1));
  return s;
}

function toGrid(info: SheetInfo, data: BlockData[]): Grid {
  if (info.used.isNullObject)
    return { sheet: info.name, cells: [], rowCount: 0, columnCount: 0, merges: [], hidden: info.hidden };
  const rowCount = info.used.rowIndex + info.used.rowCount;
  const columnCount = info.used.columnIndex + info.used.columnCount;
  const formulaCells = keySet(boxesOf(info.formulas), columnCount);
  const errorCells = keySet([...boxesOf(info.errorFormulas), ...boxesOf(info.errorConstants)], columnCount);
  const cells: (Cell | null)[][] = [];
  for (let r = 0; r < rowCount; r++) cells.push([]);
  for (const d of data) {
    for (let i = 0; i < d.block.rows; i++) {
      const r = d.block.row + i;
      const line = cells[r];
      for (let j = 0; j < d.block.cols; j++) {
        const c = d.block.col + j;
        const raw = d.values[i][j];
        if (raw === "" || raw === null || raw === undefined) {
          line[c] = null;
          continue;
        }
        const key = r * columnCount + c;
        const value: CellValue = errorCells.has(key)
          ? { error: String(raw) }
          : (raw as string | number | boolean);
        const cell: Cell = { value, text: d.text[i][j] ?? "" };
        const fmt = d.numberFormat[i][j];
        if (typeof fmt === "string" && fmt !== "General") cell.numberFormat = fmt;
        if (formulaCells.has(key)) cell.formula = true;
        line[c] = cell;
      }
    }
  }
  // Rows end at their last cell; empty cells before it are null.
  for (const line of cells) {
    while (line.length > 0 && (line[line.length - 1] === null || line[line.length - 1] === undefined))
      line.pop();
    for (let c = 0; c < line.length; c++) if (line[c] === undefined) line[c] = null;
  }
  const merges: MergeArea[] = [...info.merges.values()]
    .sort((a, b) => a.top - b.top || a.left - b.left)
    .map((b) => ({ top: b.top - 1, left: b.left - 1, bottom: b.bottom - 1, right: b.right - 1 }));
  const grid: Grid = { sheet: info.name, cells, rowCount, columnCount, merges, hidden: info.hidden };
  if (info.mergesIncomplete) grid.mergesIncomplete = true;
  return grid;
}
