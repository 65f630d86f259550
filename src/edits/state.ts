/**
 * Reads back the cell states Toteuma keeps with the workbook (the very hidden STATE_SHEET, one captured
 * cell per row: key, sheet, row, column, JSON of the CapturedCell) from a snapshot. Pure.
 */
import type { Cell, WorkbookSnapshot } from "../model/grid";
import type { CapturedCell } from "./types";
import { STATE_SHEET } from "./types";

export interface CapturedSheet {
  /** The sheet name as stored. */
  sheet: string;
  cells: CapturedCell[];
}

/** The stored states, by key, then by sheet (sheets in first-seen order). */
export type CapturedState = Map<string, CapturedSheet[]>;

function cellValue(c: Cell | null | undefined): string | number | null {
  if (!c) return null;
  const v = c.value;
  if (typeof v === "string" || typeof v === "number") return v;
  return null;
}

function isColor(x: unknown): x is string | null {
  return x === null || (typeof x === "string" && /^#[0-9A-Fa-f]{6}$/.test(x));
}

/** A stored JSON as a CapturedCell, or null when it is not one (a hand-edited or broken row). */
function parseCaptured(json: string, row: number, col: number): CapturedCell | null {
  let o: unknown;
  try {
    o = JSON.parse(json);
  } catch {
    return null;
  }
  if (!o || typeof o !== "object") return null;
  const r = o as Record<string, unknown>;
  const v = r.value;
  if (!(v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean")) return null;
  const fill = r.fill ?? null;
  const fontColor = r.fontColor ?? null;
  if (!isColor(fill) || !isColor(fontColor)) return null;
  const out: CapturedCell = { row, col, value: v, fill, fontColor };
  if (r.formula === true) out.formula = true;
  if (r.exact && typeof r.exact === "object") out.exact = r.exact as CapturedCell["exact"];
  return out;
}

/** Parses STATE_SHEET of the snapshot; empty when the workbook has none. */
export function readState(snapshot: WorkbookSnapshot): CapturedState {
  const out: CapturedState = new Map();
  const grid = snapshot.sheets.find((g) => g.sheet.toLowerCase() === STATE_SHEET.toLowerCase());
  if (!grid) return out;
  const index = new Map<string, CapturedSheet>();
  const cellsSeen = new Set<string>();
  for (const line of grid.cells) {
    if (!line) continue;
    const key = cellValue(line[0]);
    const sheet = cellValue(line[1]);
    const row = Number(cellValue(line[2]));
    const col = Number(cellValue(line[3]));
    const json = cellValue(line[4]);
    if (typeof key !== "string" || key === "" || sheet === null || typeof json !== "string") continue;
    if (!Number.isInteger(row) || !Number.isInteger(col) || row < 1 || col < 1) continue;
    const captured = parseCaptured(json, row, col);
    if (!captured) continue;
    const name = String(sheet);
    const k = JSON.stringify([key, name.toLowerCase()]);
    let entry = index.get(k);
    if (!entry) {
      entry = { sheet: name, cells: [] };
      index.set(k, entry);
      const list = out.get(key) ?? [];
      list.push(entry);
      out.set(key, list);
    }
    // A cell keeps its first captured state.
    const seenKey = `${k}\u0000${row},${col}`;
    if (!cellsSeen.has(seenKey)) {
      cellsSeen.add(seenKey);
      entry.cells.push(captured);
    }
  }
  return out;
}

/** The captured cells of one key on one sheet (sheet names compared as Excel does, ignoring case). */
export function capturedOn(state: CapturedState, key: string, sheet: string): CapturedCell[] {
  const lower = sheet.toLowerCase();
  return (state.get(key) ?? []).filter((s) => s.sheet.toLowerCase() === lower).flatMap((s) => s.cells);
}

/**
 * Cells Toteuma itself filled under `key` (captured while empty, e.g. the "Tila" labels of the status
 * colours), as "sheet!row,col" with the sheet in lower case. A reader or assessor can use this to tell
 * Toteuma's own labels from a person's own status column.
 */
export function writtenByToteuma(snapshot: WorkbookSnapshot, key = "status"): Set<string> {
  const out = new Set<string>();
  for (const s of readState(snapshot).get(key) ?? [])
    for (const c of s.cells)
      if (c.value === null || c.value === "") out.add(`${s.sheet.toLowerCase()}!${c.row},${c.col}`);
  return out;
}
