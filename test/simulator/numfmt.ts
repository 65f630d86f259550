/**
 * Display text of a cell value under a number format, as a Finnish-locale Excel shows it in
 * `range.text`: the file adapter's renderer (src/xlsx/numfmt.ts), with the no-break space Excel puts
 * between thousands where a file rendering uses a plain space.
 */
import { formatCellValue } from "../../src/xlsx/numfmt";

const NBSP = "\u00a0";

export function formatValue(value: unknown, numFmt: string | undefined): string {
  if (value === "") return "";
  const text = formatCellValue(value, numFmt ?? null);
  return typeof value === "number" ? text.replace(/(\d) (?=\d{3}(?!\d))/g, `$1${NBSP}`) : text;
}
