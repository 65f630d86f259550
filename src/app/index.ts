/**
 * src/app: the use cases — what a person asks Toteuma to do — each written once over the host port
 * (port.ts) and used by both the task pane and the command line:
 *
 *   read            what was read (Luettu; `toteuma read`)
 *   check           every finding of the check (Tarkista raportti; `toteuma validate`)
 *   writeFindings   the check written to the sheet Tarkistus
 *   status          each measure's status and reason (Tila; `toteuma status`)
 *   colour          status coloured into the workbook (Väritä tila; `toteuma colour`)
 *   getScale/setScale  the status scale profile the workbook remembers (Tila's setting; `--scale`)
 *   clear           every cell Toteuma coloured put back (Poista värit)
 *   select          a cell selected in the workbook
 *   summarise       many departments' reports as one summary (Yhteenveto; `toteuma summary`)
 *   writeSummary    the summary written as the sheets Yhteenveto, Mittarit and Poikkeamat
 *   merge           the departments' report sheets into one new workbook (Yhdistä työkirjat;
 *                   `toteuma merge`), with its contents sheet Sisällys
 *   template        the next period's selvitys templates (Pohja; `toteuma template`); openWorkbook
 *   departments     the city's list of departments kept in the workbook (the pane's editor)
 *   saveDepartments that list saved (every reading of the workbook uses it: departments.ts)
 *
 * A use case is `async function name(port: HostPort, ...args): Promise<plain data>`. Its steps run
 * through `job(port, total).step(stage, …)` (job.ts): a failure becomes a PaneError naming its stage
 * (errors.ts: one sentence for the person, never a stack trace) and the host hears the progress.
 * The core it strings together is pure (src/read, validate, assess, edits); the hosts are Office.js
 * (src/excel/officeHost.ts) and an .xlsx file (src/cli/fileHost.ts).
 *
 * Adding a use case (summarise, template…) is one file here plus its wiring:
 *   1. src/app/<name>.ts with the function (several workbooks? take their ports as arguments);
 *   2. its line in USE_CASES below — the pane then has it as `actions.<name>(…)`, typed, nothing else
 *      to list;
 *   3. where people reach it: a command file src/cli/commands/<name>.ts with its line in that folder's
 *      COMMANDS, and/or a view hook in src/taskpane.
 */
import type { HostPort } from "./port";
import { check } from "./check";
import { clear } from "./clear";
import { colour } from "./colour";
import { departments, saveDepartments } from "./departments";
import { read } from "./read";
import { getScale, setScale } from "./scale";
import { select } from "./select";
import { status } from "./status";
import { summarise, writeSummary } from "./summarise";
import { merge } from "./merge";
import { openWorkbook, template } from "./template";
import { writeFindings } from "./writeFindings";

export const USE_CASES = {
  read,
  check,
  writeFindings,
  status,
  colour,
  clear,
  select,
  summarise,
  writeSummary,
  merge,
  template,
  openWorkbook,
  getScale,
  setScale,
  departments,
  saveDepartments,
};

// The use cases' own signatures have a first parameter of type HostPort and any others after it.
type UseCase = (port: HostPort, ...args: never[]) => Promise<unknown>;

/** Use cases with their port filled in: what a caller holding one workbook calls. */
export type Bound<U extends Record<string, UseCase>> = {
  [K in keyof U]: U[K] extends (port: HostPort, ...args: infer A) => infer R ? (...args: A) => R : never;
};

/** Every use case over one workbook: the task pane's actions. */
export type AppActions = Bound<typeof USE_CASES>;

export function bind<U extends Record<string, UseCase>>(port: HostPort, useCases: U): Bound<U> {
  const bound: Record<string, unknown> = {};
  for (const [name, useCase] of Object.entries(useCases))
    bound[name] = (...args: never[]) => useCase(port, ...args);
  return bound as Bound<U>;
}

/** The pane's actions over a host. */
export function connect(port: HostPort): AppActions {
  return bind(port, USE_CASES);
}

export {
  check,
  clear,
  colour,
  departments,
  getScale,
  read,
  saveDepartments,
  select,
  setScale,
  status,
  summarise,
  writeFindings,
  writeSummary,
};
export {
  DEPARTMENTS_SETTING,
  departmentListOf,
  expectedDepartments,
  type DepartmentListState,
} from "./departments";
export type { CheckResult } from "./check";
export type { SummaryFile, SummaryOptions, SummaryResult, WrittenSummary } from "./summarise";
export type { StatusResult } from "./status";
export type { MergeFile, MergeOptions, MergeResult, MergeXlsx } from "./merge";
export type { PlannedTemplate, TemplateOptions, TemplateResult } from "./template";
export type { HostPort } from "./port";
export { memorySettings } from "./port";
export { describeError, PaneError, type Stage } from "./errors";
