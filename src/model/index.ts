/**
 * The domain as plain, JSON-serialisable data, below every other folder (it imports none):
 * - report.ts: what a sheet says (Report: focus area → goal → commitment → action → measures, with
 *   selvitys and financial goals; every node keeps its cell), actionsOf / measuresOf;
 * - period.ts: reporting periods (names, months, cycles, the next period, the city's selvitys headings);
 * - grid.ts: a workbook snapshot (cells, displayed text, merges); cellref.ts: cell addresses;
 * - status.ts: the city's four-level scale (labels, colours) and Assessment; finding.ts: Finding,
 *   Severity and the severity words;
 * - rows.ts: a report as flat rows, one per measure; text.ts: Bilingual and Language;
 * - department.ts: where a sheet names its department (DepartmentMention) and a city's list of departments;
 * - own.ts (import it by path): Toteuma's own marks in a workbook (state sheet, findings sheet).
 */
export * from "./cellref";
export * from "./grid";
export * from "./report";
export * from "./period";
export * from "./status";
export * from "./finding";
export * from "./text";
export * from "./rows";
export * from "./department";
