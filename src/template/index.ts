/**
 * src/template: selvitys templates — the next period's report for a department, ready to fill — as
 * plain data, from a workbook read (src/read). Pure: no layout, no Excel, no files. The planner
 * src/edits/template.ts lays a Template out as a sheet (block or flat table), the use case
 * src/app/template.ts writes it into the workbook or hands it to the pane and the command line.
 *
 * - `planTemplates(wr, request)` (build.ts): one Template per department (or the one asked), made from
 *   its most recent report's sheets: the hierarchy with measures, baselines and targets, the period's
 *   selvitys heading (model/period.ts, character for character), the last period's selvitys and each
 *   sub-goal's last "Raportointi" as reference, the Toteuma column in a year-end template; or one
 *   sentence why none can be made (no goals, no such department, no year).
 * - `defaultYear`, `proposePeriod` (propose.ts): the year when none is asked for, and what the pane
 *   proposes (the period after the workbook's).
 * - name.ts: the sheet's name ("Konsernipalvelut T2 2025", within Excel's 31 characters, never an
 *   existing sheet's), its title (what the readers take department, period and year from), the labels
 *   of the references ("Edellinen selvitys (T1 2026)", which the readers never read as an answer).
 * - types.ts: the Template and the request.
 */
export {
  defaultYear,
  departmentsOf,
  isYearEndReport,
  planTemplates,
  sourceSheets,
  templateOf,
} from "./build";
export { INSTRUCTION, previousLabel, SHEET_NAME_LIMIT, templateSheetName, templateTitle } from "./name";
export { proposePeriod } from "./propose";
export type * from "./types";
