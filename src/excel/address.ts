/**
 * A1 addresses as Excel's JavaScript API writes them: "Sheet1!A1:B2", "'T2 2025'!C3",
 * RangeAreas as "Sheet1!A1:B4, Sheet1!D1:D4". Used by the simulator and by src/excel.
 * Rows and columns here are 1-based and inclusive.
 */
import { columnName as colName, columnNumber as colNumber } from "../model/cellref";

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export { columnName as colName, columnNumber as colNumber } from "../model/cellref";

/** The sheet name as it appears before "!" in an address, quoted when Excel quotes it. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function boxA1(b: Box): string {
  const tl = `${colName(b.left)}${b.top}`;
  return b.top === b.bottom && b.left === b.right ? tl : `${tl}:${colName(b.right)}${b.bottom}`;
}

export function qualified(sheet: string, b: Box): string {
  return `${quoteSheet(sheet)}!${boxA1(b)}`;
}

/**
 * Parses "B3", "B3:D7", "A:C" (whole columns), "2:5" (whole rows), optionally with "$" and a
 * sheet prefix (ignored here; see splitSheet). Returns null when it is not an address.
 */
export function parseBox(address: string, maxRow = 1048576, maxCol = 16384): Box | null {
  const a = splitSheet(address).address.replace(/\$/g, "").trim().toUpperCase();
  let m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(a);
  if (m) {
    const top = Number(m[2]);
    const left = colNumber(m[1]);
    const bottom = m[4] ? Number(m[4]) : top;
    const right = m[3] ? colNumber(m[3]) : left;
    return norm({ top, left, bottom, right });
  }
  m = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(a);
  if (m) return norm({ top: 1, bottom: maxRow, left: colNumber(m[1]), right: colNumber(m[2]) });
  m = /^(\d+):(\d+)$/.exec(a);
  if (m) return norm({ top: Number(m[1]), bottom: Number(m[2]), left: 1, right: maxCol });
  return null;
}

function norm(b: Box): Box | null {
  const r = {
    top: Math.min(b.top, b.bottom),
    bottom: Math.max(b.top, b.bottom),
    left: Math.min(b.left, b.right),
    right: Math.max(b.left, b.right),
  };
  if (r.top < 1 || r.left < 1 || r.bottom > 1048576 || r.right > 16384) return null;
  return r;
}

/** "'T2 2025'!A1:B2" → { sheet: "T2 2025", address: "A1:B2" }; no "!" → sheet null. */
export function splitSheet(address: string): { sheet: string | null; address: string } {
  const s = address.trim();
  if (s.startsWith("'")) {
    let i = 1;
    let name = "";
    while (i < s.length) {
      if (s[i] === "'") {
        if (s[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += s[i++];
    }
    if (s[i + 1] === "!") return { sheet: name, address: s.slice(i + 2) };
    return { sheet: null, address: s };
  }
  const bang = s.lastIndexOf("!");
  if (bang < 0) return { sheet: null, address: s };
  return { sheet: s.slice(0, bang), address: s.slice(bang + 1) };
}

/** Splits a RangeAreas address ("Sheet1!A1:B4, 'A, B'!D1") into its areas, quotes respected. */
export function splitAreas(address: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      if (cur.trim()) out.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

export function intersects(a: Box, b: Box): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}
