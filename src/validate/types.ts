/**
 * The shape of a validation rule (in the manner of ESLint rules) and the workbook around the sheet
 * being checked.
 */
import type { DepartmentList } from "../model/department";
import type { Finding, Severity } from "../model/finding";
import type { Report, TextAt, WorkbookReport } from "../model/report";
import type { Bilingual } from "../model/text";

/** The rest of the workbook, for rules that look across sheets. */
export interface WorkbookContext {
  /** Every sheet of the workbook as read, in workbook order (the one being checked included). */
  sheets: readonly Report[];
  /** Long-term goals listed anywhere in the workbook (programme layout); empty when there is no list. */
  longTermGoals: readonly TextAt[];
  /** The city's list of departments the workbook was read with; null or absent without one. */
  departmentList?: DepartmentList | null;
}

export interface Rule {
  /** Stable kebab-case code, e.g. "action-without-measure". */
  code: string;
  /** The severity of the rule's findings. */
  severity: Severity;
  /** What the rule looks for, in Finnish and English. */
  description: Bilingual;
  /** Pure: reads the report, never changes it. */
  check(report: Report, ctx: WorkbookContext): Finding[];
}

/**
 * The context of a whole workbook: its sheets, every long-term goal list found in it and the list of
 * departments it was read with.
 */
export function workbookContext(wr: WorkbookReport | readonly Report[]): WorkbookContext {
  const sheets = Array.isArray(wr) ? (wr as readonly Report[]) : (wr as WorkbookReport).sheets;
  const longTermGoals: TextAt[] = [];
  const seen = new Set<string>();
  for (const s of sheets)
    for (const g of s.programme?.longTermGoals ?? []) {
      const key = `${g.cell.sheet}!${g.cell.row}:${g.cell.col}`;
      if (seen.has(key)) continue;
      seen.add(key);
      longTermGoals.push(g);
    }
  const departmentList = Array.isArray(wr) ? null : ((wr as WorkbookReport).departmentList ?? null);
  return { sheets, longTermGoals, departmentList };
}
