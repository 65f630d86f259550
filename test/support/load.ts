/**
 * Test-only loader: a fixture .xlsx as a WorkbookSnapshot, via exceljs. exceljs's `cell.text` does not
 * apply number formats, so the few formats the fixtures use ("0 %", "#,##0", "0.0") are rendered here
 * the way Finnish Excel shows them. The product's loader is src/xlsx/snapshot.ts.
 */
import * as path from "path";
import ExcelJS from "exceljs";
import type { Cell, CellValue, Grid, MergeArea, WorkbookSnapshot } from "../../src/model/grid";

export const FIXTURES = path.join(__dirname, "..", "fixtures", "workbooks");

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0");
}

/** Displays a number as Finnish Excel does for the simple formats found in city workbooks. */
export function formatNumber(value: number, format: string | undefined): string {
  const f = (format ?? "General").replace(/"[^"]*"|\\./g, "");
  const percent = f.includes("%");
  const v = percent ? value * 100 : value;
  const decimals = /0[.,](0+)/.exec(f)?.[1].length ?? (f === "General" ? -1 : 0);
  let s: string;
  if (decimals < 0) s = String(Number(v.toPrecision(11)));
  else s = v.toFixed(decimals);
  const neg = s.startsWith("-");
  if (neg) s = s.slice(1);
  const [int, frac] = s.split(".");
  const grouped = /#[,\s]##/.test(f) ? groupThousands(int) : int;
  let out = (neg ? "-" : "") + grouped + (frac ? "," + frac : "");
  if (percent) out += "\u00a0%";
  return out;
}

function valueOf(cell: ExcelJS.Cell): { value: CellValue; formula: boolean } {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return { value: null, formula: false };
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean")
    return { value: v, formula: false };
  if (v instanceof Date) return { value: v.toISOString().slice(0, 10), formula: false };
  const o = v as Record<string, unknown>;
  if ("richText" in o)
    return { value: (o.richText as { text: string }[]).map((t) => t.text).join(""), formula: false };
  if ("error" in o) return { value: { error: String(o.error) }, formula: false };
  if ("formula" in o || "sharedFormula" in o) {
    const r = o.result as unknown;
    if (r === undefined || r === null) return { value: null, formula: true };
    if (typeof r === "object" && r !== null && "error" in r)
      return { value: { error: String((r as { error: string }).error) }, formula: true };
    return { value: r as CellValue, formula: true };
  }
  if ("text" in o) return { value: String(o.text), formula: false };
  return { value: String(cell.text), formula: false };
}

function mergeOf(range: string): MergeArea | null {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
  if (!m) return null;
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { top: Number(m[2]) - 1, left: col(m[1]), bottom: Number(m[4]) - 1, right: col(m[3]) };
}

export function gridOf(ws: ExcelJS.Worksheet): Grid {
  const cells: (Cell | null)[][] = [];
  let columnCount = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: (Cell | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const { value, formula } = valueOf(cell);
      if (value === null && !formula) return;
      const numFmt = cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : undefined;
      const text =
        typeof value === "number"
          ? formatNumber(value, numFmt)
          : value === null
            ? ""
            : typeof value === "object"
              ? value.error
              : String(value === true ? "TRUE" : value === false ? "FALSE" : value);
      out[colNumber - 1] = {
        value,
        text,
        ...(numFmt ? { numberFormat: numFmt } : {}),
        ...(formula ? { formula } : {}),
      };
      columnCount = Math.max(columnCount, colNumber);
    });
    cells[rowNumber - 1] = out;
  });
  for (let r = 0; r < cells.length; r++) if (!cells[r]) cells[r] = [];
  const merges = ((ws.model as { merges?: string[] }).merges ?? [])
    .map(mergeOf)
    .filter((m): m is MergeArea => !!m);
  return {
    sheet: ws.name,
    cells,
    rowCount: cells.length,
    columnCount,
    merges,
    ...(ws.state !== "visible" ? { hidden: true } : {}),
  };
}

export async function loadFixture(name: string): Promise<WorkbookSnapshot> {
  const file = path.isAbsolute(name)
    ? name
    : path.join(FIXTURES, name.endsWith(".xlsx") ? name : `${name}.xlsx`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return { name: path.basename(file), sheets: wb.worksheets.map(gridOf) };
}
