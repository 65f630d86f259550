/** Cell addresses: every node of a Report knows where it came from. */

export interface CellRef {
  sheet: string;
  /** 1-based row number as Excel shows it. */
  row: number;
  /** 1-based column number (A = 1). */
  col: number;
}

export function columnName(col: number): string {
  let n = col;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(name: string): number {
  let n = 0;
  for (const ch of name.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "B12" for { row: 12, col: 2 }. */
export function a1(ref: { row: number; col: number }): string {
  return `${columnName(ref.col)}${ref.row}`;
}

/** Parses "B12" (or "$B$12") into 1-based row and column; null when it is not an address. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return null;
  return { col: columnNumber(m[1]), row: Number(m[2]) };
}

export function cellRef(sheet: string, row: number, col: number): CellRef {
  return { sheet, row, col };
}
