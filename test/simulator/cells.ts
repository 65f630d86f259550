/**
 * Cell-level reading and writing over exceljs with Excel's semantics: what Range.values, text,
 * formulas, valueTypes and the fill/font colours report, and how a value written through
 * Range.values is interpreted (a leading apostrophe makes text, "=" a formula, "12" a number…).
 */
import type * as ExcelJS from "exceljs";
import { formatValue } from "./numfmt";

export const ERRORS = [
  "#DIV/0!",
  "#N/A",
  "#NAME?",
  "#NULL!",
  "#NUM!",
  "#REF!",
  "#VALUE!",
  "#SPILL!",
  "#CALC!",
];

export type OfficeValue = string | number | boolean;

export interface CellRead {
  value: OfficeValue;
  text: string;
  formula: OfficeValue;
  numberFormat: string;
  valueType: "Empty" | "String" | "Double" | "Boolean" | "Error";
}

const EPOCH = Date.UTC(1899, 11, 30);

function toSerial(d: Date): number {
  return (d.getTime() - EPOCH) / 86400000;
}

/** The computed value of an exceljs cell value in Office.js terms ("" when empty). */
function plain(v: ExcelJS.CellValue): { value: OfficeValue; type: CellRead["valueType"] } {
  if (v === null || v === undefined) return { value: "", type: "Empty" };
  if (typeof v === "number") return { value: v, type: "Double" };
  if (typeof v === "string") return { value: v, type: v === "" ? "Empty" : "String" };
  if (typeof v === "boolean") return { value: v, type: "Boolean" };
  if (v instanceof Date) return { value: toSerial(v), type: "Double" };
  const o = v as unknown as Record<string, unknown>;
  if ("error" in o) return { value: String(o.error), type: "Error" };
  if ("richText" in o && Array.isArray(o.richText))
    return { value: (o.richText as { text: string }[]).map((r) => r.text).join(""), type: "String" };
  if ("formula" in o || "sharedFormula" in o) {
    const r = plain((o.result ?? null) as ExcelJS.CellValue);
    return r.type === "Empty" ? { value: 0, type: "Double" } : r;
  }
  if ("text" in o) return { value: String(o.text), type: "String" };
  return { value: String(v), type: "String" };
}

/**
 * True for a cell covered by a merged area (not its top-left cell): empty in Excel, though exceljs
 * repeats the top-left cell's value there.
 */
export function isCovered(cell: ExcelJS.Cell | undefined): boolean {
  return !!cell && cell.isMerged && cell.master !== cell;
}

export function readCell(cell: ExcelJS.Cell | undefined): CellRead {
  if (!cell || isCovered(cell))
    return { value: "", text: "", formula: "", numberFormat: cell?.numFmt || "General", valueType: "Empty" };
  const numberFormat = cell.numFmt || "General";
  const raw = cell.value;
  const { value, type } = plain(raw);
  const isFormula = raw !== null && typeof raw === "object" && ("formula" in raw || "sharedFormula" in raw);
  const formula = isFormula ? "=" + (cell.formula ?? "") : value;
  const text = type === "Error" ? String(value) : type === "Empty" ? "" : formatValue(value, numberFormat);
  return { value, text, formula, numberFormat, valueType: type };
}

/** "#RRGGBB" of an exceljs colour, the Office default theme resolving theme colours. */
const THEME = [
  "FFFFFF",
  "000000",
  "E7E6E6",
  "44546A",
  "4472C4",
  "ED7D31",
  "A5A5A5",
  "FFC000",
  "5B9BD5",
  "70AD47",
];

export function hexOf(c: Partial<ExcelJS.Color> | undefined): string | null {
  if (!c) return null;
  if (typeof c.argb === "string" && c.argb.length >= 6) return "#" + c.argb.slice(-6).toUpperCase();
  if (typeof c.theme === "number") {
    let hex = THEME[c.theme] ?? "000000";
    const tint = (c as { tint?: number }).tint ?? 0;
    if (tint) {
      const ch = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
      const t = ch.map((x) => Math.round(tint < 0 ? x * (1 + tint) : x + (255 - x) * tint));
      hex = t
        .map((x) => x.toString(16).padStart(2, "0"))
        .join("")
        .toUpperCase();
    }
    return "#" + hex;
  }
  if (typeof (c as { indexed?: number }).indexed === "number") {
    const idx = (c as { indexed: number }).indexed;
    if (idx === 64) return null;
    return "#000000";
  }
  return null;
}

/** Fill as Office.js reports it: colour "#FFFFFF" and pattern "None" when the cell has no fill. */
export function readFill(cell: ExcelJS.Cell | undefined): { color: string; pattern: string } {
  const f = cell?.fill as ExcelJS.FillPattern | undefined;
  if (!f || f.type !== "pattern" || !f.pattern || f.pattern === "none")
    return { color: "#FFFFFF", pattern: "None" };
  return { color: hexOf(f.fgColor) ?? "#FFFFFF", pattern: f.pattern === "solid" ? "Solid" : f.pattern };
}

/** True for a cell inside a merged area other than its top-left cell. */
export function isMergedSlave(cell: ExcelJS.Cell): boolean {
  const c = cell as unknown as { isMerged?: boolean; master?: ExcelJS.Cell };
  return !!c.isMerged && c.master !== undefined && c.master !== cell;
}

/** Font as Office.js reports it: automatic colour reads as "#000000"; Excel's default is Calibri 11. */
export function readFont(cell: ExcelJS.Cell | undefined): {
  color: string;
  bold: boolean;
  italic: boolean;
  size: number;
  name: string;
} {
  const font = cell?.font;
  return {
    color: hexOf(font?.color) ?? "#000000",
    bold: !!font?.bold,
    italic: !!font?.italic,
    size: font?.size ?? 11,
    name: font?.name ?? "Calibri",
  };
}

/**
 * Excel's built-in cell styles the add-in uses (Office.js `range.style` takes their English names,
 * whatever the language of Excel), as the default Office theme defines them. Applying one replaces
 * the cell's formats (number format, alignment, font, border, fill, protection) with the style's.
 */
export const BUILTIN_STYLES: Record<string, Partial<ExcelJS.Style>> = {
  Normal: {},
  Input: {
    fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFCC99" } },
    font: { color: { argb: "FF3F3F76" } },
    border: thinBorder("FF7F7F7F"),
  },
  Note: {
    fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFFCC" } },
    border: thinBorder("FFB2B2B2"),
  },
};

function thinBorder(argb: string): Partial<ExcelJS.Borders> {
  const side = { style: "thin" as const, color: { argb } };
  return { top: side, left: side, bottom: side, right: side };
}

/** Cell borders as Office.js names them, with their colour ("#RRGGBB") and style ("Continuous"…). */
export function readBorder(
  cell: ExcelJS.Cell | undefined,
  side: "top" | "left" | "bottom" | "right",
): { style: string; color: string; weight: string } {
  const b = cell?.border?.[side];
  if (!b || !b.style) return { style: "None", color: "#000000", weight: "Thin" };
  const weight =
    b.style === "medium"
      ? "Medium"
      : b.style === "thick"
        ? "Thick"
        : b.style === "hair"
          ? "Hairline"
          : "Thin";
  const style =
    b.style === "dashed"
      ? "Dash"
      : b.style === "dotted"
        ? "Dot"
        : b.style === "double"
          ? "Double"
          : "Continuous";
  return { style, color: hexOf(b.color) ?? "#000000", weight };
}

/** Replaces the cell's style with a copy (exceljs shares style objects between cells). */
export function restyle(cell: ExcelJS.Cell, change: (s: Partial<ExcelJS.Style>) => void): void {
  const s: Partial<ExcelJS.Style> = { ...(cell.style ?? {}) };
  if (s.font) s.font = { ...s.font };
  if (s.alignment) s.alignment = { ...s.alignment };
  if (s.border) s.border = { ...s.border };
  if (s.protection) s.protection = { ...s.protection };
  change(s);
  cell.style = s as ExcelJS.Style;
}

export function argb(hex: string): string {
  const m = /^#?([0-9a-fA-F]{6})$/.exec(hex.trim());
  if (!m) throw new Error(`InvalidArgument: colour ${hex}`);
  return "FF" + m[1].toUpperCase();
}

/**
 * Writes a value as Range.values does: "" clears; a leading apostrophe stores the rest as text;
 * text format "@" keeps any string as text; "=", "+", "-", "@" start a formula (unless the whole
 * string is a number); numeric strings become numbers; TRUE/FALSE booleans; "#N/A" etc. errors.
 */
export function writeValue(
  cell: ExcelJS.Cell,
  v: unknown,
  evaluate: (formula: string) => ExcelJS.CellValue,
): void {
  if (v === null || v === undefined) return; // null leaves the cell as it is
  if (typeof v === "number" || typeof v === "boolean") {
    cell.value = v;
    return;
  }
  const s = String(v);
  if (s === "") {
    cell.value = null;
    return;
  }
  if (s.startsWith("'")) {
    cell.value = s.slice(1);
    return;
  }
  if (cell.numFmt === "@") {
    cell.value = s;
    return;
  }
  const num = parseNumber(s);
  if (num !== null) {
    cell.value = num;
    return;
  }
  if (/^[=+\-@]/.test(s)) {
    writeFormula(cell, s.startsWith("=") ? s : "=" + s, evaluate);
    return;
  }
  if (/^(true|false)$/i.test(s)) {
    cell.value = /^true$/i.test(s);
    return;
  }
  const err = ERRORS.find((e) => e === s.toUpperCase());
  if (err) {
    cell.value = { error: err } as ExcelJS.CellErrorValue;
    return;
  }
  cell.value = s;
}

/** Writes as Range.formulas does: a string starting with "=" is a formula, else as values. */
export function writeFormulaOrValue(
  cell: ExcelJS.Cell,
  v: unknown,
  evaluate: (f: string) => ExcelJS.CellValue,
): void {
  if (typeof v === "string" && v.startsWith("=") && v.length > 1) writeFormula(cell, v, evaluate);
  else writeValue(cell, v, evaluate);
}

function writeFormula(cell: ExcelJS.Cell, f: string, evaluate: (f: string) => ExcelJS.CellValue): void {
  const formula = f.slice(1);
  const result = evaluate(formula);
  cell.value = { formula, result } as ExcelJS.CellFormulaValue;
}

/** A number as Excel parses typed input: "12", "-3.5", "1e3", "50%" (en-US invariant form). */
export function parseNumber(s: string): number | null {
  const t = s.trim();
  const pct = t.endsWith("%");
  const core = pct ? t.slice(0, -1).trim() : t;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(core)) return null;
  const n = Number(core);
  return Number.isFinite(n) ? (pct ? n / 100 : n) : null;
}
