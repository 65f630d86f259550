/**
 * Reading access to a Grid: the displayed text of a cell, with merged areas resolved (every cell of a
 * merged area reads as its top-left cell, so a label merged over A5:B5 is seen once, at A5).
 */
import { cellRef, type CellRef } from "../model/cellref";
import type { Grid } from "../model/grid";
import type { TextAt } from "../model/report";
import { cleanText } from "../text";

/** The filled cells of an empty row: one list for all of them. */
const NO_CELLS: readonly number[] = Object.freeze([]);

export class SheetView {
  readonly rowCount: number;
  readonly columnCount: number;
  /** For cells covered by a merge (not its top-left cell): key r*cols+c → true. */
  private readonly covered = new Set<number>();
  /**
   * text(r, c) once worked out, at r * columnCount + c: the readers ask for the same cell about four
   * times (layout detection, labels, values), and cleaning long texts each time was a fifth of
   * reading. One list for the sheet, not one per row: a list of a sheet's size is made once (and kept
   * out of the young generation), where a list per row was copied by every scavenge it lived through.
   * A sheet too large for one, or mostly empty rows (see flatCache), keeps a list per row. The grid is never
   * changed while it is read.
   */
  private readonly texts: Cache;
  /** rawText(r, c) once worked out: asked of every row's first cell (earlier reports kept as reference) and again for report text. */
  private readonly rawTexts: Cache;
  /** filled(r) once worked out, by row. */
  private readonly filledRows: (readonly number[] | undefined)[] = [];

  constructor(readonly grid: Grid) {
    this.rowCount = grid.rowCount;
    this.columnCount = grid.columnCount;
    const flat = flatCache(grid);
    this.texts = new Cache(grid, flat);
    this.rawTexts = new Cache(grid, flat);
    for (const m of grid.merges) {
      // Guard against absurd merges (whole columns) so that huge sheets stay linear.
      const area = (m.bottom - m.top + 1) * (m.right - m.left + 1);
      if (area > 100_000) continue;
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++)
          if (r !== m.top || c !== m.left) this.covered.add(r * this.columnCount + c);
    }
  }

  get sheet(): string {
    return this.grid.sheet;
  }

  /** The cell at 0-based (r, c) as a report names it: 1-based row and column on this sheet. */
  at(r: number, c: number): CellRef {
    return cellRef(this.grid.sheet, r + 1, c + 1);
  }

  /** Displayed text of the cell at 0-based (r, c), whitespace cleaned; "" for empty or merged-over cells. */
  text(r: number, c: number): string {
    const known = this.texts.get(r, c);
    if (known !== undefined) return known;
    const text = this.cellText(r, c);
    this.texts.set(r, c, text);
    return text;
  }

  private cellText(r: number, c: number): string {
    if (this.covered.has(r * this.columnCount + c)) return "";
    const cell = this.grid.cells[r]?.[c];
    if (!cell) return "";
    if (cell.text !== undefined && cell.text !== null && cell.text !== "") return cleanText(cell.text);
    const v = cell.value;
    if (v === null || v === undefined) return "";
    if (typeof v === "object") return v.error;
    return cleanText(String(v));
  }

  /** Raw displayed text with line breaks kept (for long report text). */
  rawText(r: number, c: number): string {
    const known = this.rawTexts.get(r, c);
    if (known !== undefined) return known;
    const text = this.cellRawText(r, c);
    this.rawTexts.set(r, c, text);
    return text;
  }

  private cellRawText(r: number, c: number): string {
    if (this.covered.has(r * this.columnCount + c)) return "";
    const cell = this.grid.cells[r]?.[c];
    if (!cell) return "";
    const t = cell.text !== "" ? cell.text : cell.value === null ? "" : String(cell.value);
    return t.replace(/\r\n?/g, "\n").trim();
  }

  /**
   * The number the cell stores, when it stores one (a formula's result included): 0.115 where the
   * cell shows "12 %". Undefined for text, empty and merged-over cells.
   */
  number(r: number, c: number): number | undefined {
    if (this.covered.has(r * this.columnCount + c)) return undefined;
    const v = this.grid.cells[r]?.[c]?.value;
    return typeof v === "number" && Number.isFinite(v) ? v : undefined;
  }

  /** The cell as a report keeps a value: its displayed text, its address, and the number it stores. */
  valueAt(r: number, c: number, text: string): TextAt {
    const value = this.number(r, c);
    return value === undefined ? { text, cell: this.at(r, c) } : { text, cell: this.at(r, c), value };
  }

  /** True when the cell holds a formula error (#DIV/0!, #N/A, …). */
  isError(r: number, c: number): boolean {
    const v = this.grid.cells[r]?.[c]?.value;
    return typeof v === "object" && v !== null && "error" in v;
  }

  /**
   * 0-based indexes of the non-empty cells of row r, left to right. Worked out once per row (layout
   * detection and every reader ask again) and shared, so read-only.
   */
  filled(r: number): readonly number[] {
    const known = this.filledRows[r];
    if (known) return known;
    const row = this.grid.cells[r];
    let count = 0;
    if (row) for (let c = 0; c < row.length; c++) if (this.text(r, c) !== "") count++;
    // Counted first, then made to size (see newRow); most rows of a sheet have a few cells.
    if (count === 0) return (this.filledRows[r] = NO_CELLS);
    const out = new Array<number>(count);
    if (row) for (let c = 0, i = 0; c < row.length; c++) if (this.text(r, c) !== "") out[i++] = c;
    this.filledRows[r] = out;
    return out;
  }

  isBlankRow(r: number): boolean {
    const row = this.grid.cells[r];
    if (!row) return true;
    for (let c = 0; c < row.length; c++) if (this.text(r, c) !== "") return false;
    return true;
  }
}

/** Cells a sheet may have for one cache list of its size (8 MB of references); larger sheets keep a list per row. */
const CACHE_CELLS = 1 << 20;

/**
 * True when a grid's text caches are one list each: at most CACHE_CELLS cells, and not a grid of
 * mostly empty rows (a merged area over thousands of rows), where a list per row holding cells costs less.
 */
function flatCache(grid: Grid): boolean {
  const size = grid.rowCount * grid.columnCount;
  if (size > CACHE_CELLS) return false;
  let cells = 0;
  for (const row of grid.cells) cells += row ? row.length : 0;
  return size <= 4 * cells + 4096;
}

/** Texts worked out per cell of a grid (see SheetView.texts); undefined where not yet asked. */
class Cache {
  private readonly columns: number;
  /** All cells at r * columns + c, or null when the sheet is too large for one list. */
  private readonly flat: (string | undefined)[] | null;
  /** By row, for a sheet too large for one list. */
  private readonly rows: (string | undefined)[][] = [];

  constructor(
    private readonly grid: Grid,
    flat: boolean,
  ) {
    this.columns = grid.columnCount;
    const size = grid.rowCount * grid.columnCount;
    if (!flat) this.flat = null;
    else {
      // Made at its size at once (holes read as undefined; V8 keeps a list this long fast).
      const flat = new Array<string | undefined>(size);
      this.flat = flat;
    }
  }

  get(r: number, c: number): string | undefined {
    if (this.flat) return c >= 0 && c < this.columns ? this.flat[r * this.columns + c] : undefined;
    return this.rows[r]?.[c];
  }

  set(r: number, c: number, text: string): void {
    if (this.flat) {
      if (c >= 0 && c < this.columns && r >= 0 && r < this.grid.rowCount)
        this.flat[r * this.columns + c] = text;
      return;
    }
    let row = this.rows[r];
    if (!row) {
      // As long as the grid's row: an empty list grown by its first assignment reserves room for 17.
      row = new Array<string | undefined>(this.grid.cells[r]?.length ?? 0);
      this.rows[r] = row;
    }
    row[c] = text;
  }
}
