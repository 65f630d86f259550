/**
 * Test-only generator of block-layout sheets: a sheet written row by row from a small description of
 * its blocks, in whatever mess a real workbook has (labels in B with values further right, merged
 * titles, department rows, measures in one cell or one per row or on the MITTARI row itself, year
 * suffixes in the value headers, own status columns, numbers stored as numbers and shown as the
 * product's file loader shows them (src/xlsx/numfmt.ts), formula errors, line breaks inside cells). Each block remembers its rows and the rows of its parts, so tests can check
 * that a finding lies inside the block it belongs to.
 */
import type { Cell, Grid, MergeArea } from "../../src/model/grid";
import { formatNumber } from "../../src/xlsx/numfmt";

/** A cell as written: text, a number with its format, a formula error, or a full Cell. */
export type In = string | number | { num: number; fmt: string } | { error: string } | Cell | null | undefined;

export function toCell(v: In): Cell | null {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "string") return { value: v, text: v };
  if (typeof v === "number") return { value: v, text: formatNumber(v, undefined) };
  if ("num" in v) return { value: v.num, text: formatNumber(v.num, v.fmt), numberFormat: v.fmt };
  if ("error" in v && !("text" in v)) return { value: { error: v.error }, text: v.error, formula: true };
  return v as Cell;
}

export interface GenMeasure {
  text: string;
  baseline?: In;
  target?: In;
  actual?: In;
  status?: In;
}

export type MeasureStyle =
  /** MITTARI row with the headers; one measure per row under it, text in the text column. */
  | "rows"
  /** All measure texts in the MITTARI cell ("Mittari 1. … Mittari 2. …"); value rows under it. */
  | "cell"
  /** One measure, its values on the MITTARI row itself (headers on the row above). */
  | "onRow";

export interface GenSelvitys {
  heading: string;
  /** Text after the heading: in the heading cell after a space (style "sameCell") or on rows below. */
  text: string;
  style?: "sameCell" | "nextRows" | "nextRowsSplit";
}

export interface GenAction {
  text: string;
  /** Label as written; default the sheet's TOIMENPIDE spelling. null: the TOIMENPIDE row is gone. */
  label?: string | null;
  /** Label of the MITTARI row; null: the MITTARI row and its value rows are gone. */
  measureLabel?: string | null;
  measureStyle?: MeasureStyle;
  /** Numbering of measures written in one cell: "Mittari 1." (default), "Mittari 1)", "Mittari 1:", "1.". */
  numbering?: (n: number) => string;
  measures: GenMeasure[];
  /** Value headers of this action's MITTARI rows as written, when they differ from the sheet's. */
  headers?: string[];
  /** null: no selvitys (heading and text gone). */
  selvitys: GenSelvitys | null;
}

export interface GenCommitment {
  text: string;
  /** null: the TEKO row is gone. */
  label?: string | null;
  /** A stray department row under the TEKO. */
  departmentRow?: string;
  actions: GenAction[];
}

export interface GenBlock {
  /** Unit heading row above the block ("Joukkoliikenne"). */
  unit?: string;
  focusLabel?: string;
  focus: string;
  goalLabel?: string;
  goal: string;
  /** A department row between TAVOITE and TEKO. */
  departmentRow?: string;
  commitments: GenCommitment[];
}

export interface SheetStyle {
  /** 0-based column of the labels (0 = A). */
  labelCol: number;
  /** Columns from the label to its text (1 = the next column). */
  textGap: number;
  /** Columns from the measure text to the first value column. */
  valueGap: number;
  /** Value headers in order; "" skips a column. Default Lähtötaso, Tavoitetaso. */
  headers: string[];
  /** How labels are written: "TOIMENPIDE" → "Toimenpide:", … */
  label: (canonical: string) => string;
  /** Blank rows between blocks. */
  blankRows: number;
  /** Title row (merged over the first six columns when `mergeTitle`). */
  title?: string;
  mergeTitle?: boolean;
  /** Rows written after the title, before the first block. */
  preamble?: In[][];
}

export const DEFAULT_STYLE: SheetStyle = {
  labelCol: 0,
  textGap: 1,
  valueGap: 1,
  headers: ["Lähtötaso", "Tavoitetaso"],
  label: (l) => l,
  blankRows: 1,
};

/** Rows of one block, 1-based as Excel shows them. */
export interface BlockRows {
  first: number;
  last: number;
  /** Row of each action's TOIMENPIDE (or where it would be), in order over the block. */
  actions: { first: number; last: number }[];
}

export interface GeneratedSheet {
  grid: Grid;
  blocks: BlockRows[];
}

const DEFAULT_NUMBERING = (n: number): string => `Mittari ${n}.`;

/** Writes a block-layout sheet. */
export function blockSheet(
  sheet: string,
  blocks: GenBlock[],
  style: Partial<SheetStyle> = {},
): GeneratedSheet {
  const s: SheetStyle = { ...DEFAULT_STYLE, ...style };
  const rows: (Cell | null)[][] = [];
  const merges: MergeArea[] = [];
  const L = s.labelCol;
  const T = L + s.textGap;
  const V = T + s.valueGap;
  const put = (cells: Record<number, In>): number => {
    const row: (Cell | null)[] = [];
    for (const [c, v] of Object.entries(cells)) row[Number(c)] = toCell(v);
    rows.push(row);
    return rows.length;
  };
  const blank = (): void => {
    rows.push([]);
  };
  const labelRow = (canonical: string, written: string | undefined, text: string): number =>
    put({ [L]: written ?? s.label(canonical), [T]: text });
  const headerCells = (written: string[] = s.headers): Record<number, In> => {
    const out: Record<number, In> = {};
    written.forEach((h, i) => {
      if (h) out[V + i] = h;
    });
    return out;
  };
  const valueCells = (m: GenMeasure): Record<number, In> => {
    const out: Record<number, In> = {};
    s.headers.forEach((h, i) => {
      const key = headerKind(h);
      const v = key ? m[key] : undefined;
      if (v !== undefined && v !== null && v !== "") out[V + i] = v;
    });
    return out;
  };

  if (s.title) {
    const r = put({ [L]: s.title });
    if (s.mergeTitle) merges.push({ top: r - 1, left: L, bottom: r - 1, right: L + 5 });
    blank();
  }
  for (const p of s.preamble ?? []) put(Object.fromEntries(p.map((v, i) => [i, v])));

  const out: BlockRows[] = [];
  for (const b of blocks) {
    if (b.unit) {
      put({ [L]: b.unit });
      blank();
    }
    const first = labelRow("PAINOPISTE", b.focusLabel, b.focus);
    labelRow("TAVOITE", b.goalLabel, b.goal);
    if (b.departmentRow) put({ [L]: b.departmentRow });
    const actions: BlockRows["actions"] = [];
    for (const c of b.commitments) {
      if (c.label !== null) labelRow("TEKO", c.label, c.text);
      if (c.departmentRow) put({ [L]: c.departmentRow });
      for (const a of c.actions) {
        const aFirst = rows.length + 1;
        if (a.label !== null) labelRow("TOIMENPIDE", a.label, a.text);
        if (a.measureLabel !== null) {
          const ml = a.measureLabel ?? s.label("MITTARI");
          const style = a.measureStyle ?? "rows";
          if (style === "rows") {
            put({ [L]: ml, ...headerCells(a.headers) });
            for (const m of a.measures) put({ [T]: m.text, ...valueCells(m) });
          } else if (style === "cell") {
            const numbering = a.numbering ?? DEFAULT_NUMBERING;
            const text = a.measures.map((m, i) => `${numbering(i + 1)} ${m.text}`).join("\n");
            put({ [L]: ml, [T]: text, ...headerCells(a.headers) });
            for (const m of a.measures) put(valueCells(m));
          } else {
            put(headerCells(a.headers));
            const m = a.measures[0];
            put({ [L]: ml, [T]: m.text, ...valueCells(m) });
          }
        }
        if (a.selvitys) {
          const { heading, text, style = "nextRows" } = a.selvitys;
          if (style === "sameCell") put({ [L]: text ? `${heading} ${text}` : heading });
          else {
            put({ [L]: heading });
            if (style === "nextRows" && text) put({ [L]: text });
            else if (text) for (const line of text.split("\n")) put({ [L]: line });
          }
        }
        actions.push({ first: aFirst, last: rows.length });
      }
    }
    for (let i = 0; i < s.blankRows; i++) blank();
    out.push({ first, last: rows.length, actions });
  }
  // A block ends at the row before the next block's first row.
  for (let i = 0; i + 1 < out.length; i++) out[i].last = out[i + 1].first - 1;
  const columnCount = Math.max(1, ...rows.map((r) => r.length));
  return {
    grid: { sheet, cells: rows, rowCount: rows.length, columnCount, merges },
    blocks: out,
  };
}

function headerKind(h: string): keyof GenMeasure | null {
  const t = h.toLocaleLowerCase("fi-FI");
  if (t.startsWith("lähtö")) return "baseline";
  if (t.startsWith("tavoite")) return "target";
  if (t.startsWith("toteu")) return "actual";
  if (t.startsWith("tila") || t.startsWith("arvio")) return "status";
  return null;
}

/** A grid of free rows (a notes sheet, a list, junk). */
export function freeSheet(sheet: string, rows: In[][], hidden = false): Grid {
  const cells = rows.map((r) => r.map(toCell));
  return {
    sheet,
    cells,
    rowCount: cells.length,
    columnCount: Math.max(1, ...cells.map((r) => r.length)),
    merges: [],
    ...(hidden ? { hidden: true } : {}),
  };
}
