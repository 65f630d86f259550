/**
 * The city's list of departments, kept in the workbook's settings (setting "departments": the list's
 * text, as src/read/department.ts reads it). Every use case that reads the workbook reads the list
 * with its snapshot (read.ts); these two are the pane's editor:
 *
 *   departments       the list as kept: its text, what it lists, the lines that cannot be taken
 *   saveDepartments   keeps new text, unless a line cannot be taken (then nothing is saved)
 *
 * and `expectedDepartments` gives the listed names. The summary (Yhteenveto, ./summarise.ts) reads
 * every source with the list of the workbook it writes into (`departmentListOf`), so an alias counts
 * under its listed name, and expects the listed departments unless told which to expect.
 *
 * On the command line `--departments FILE` stands in for the setting for one run (src/cli/files.ts).
 */
import type { DepartmentList } from "../model";
import { isEmptyList, parseDepartmentList, type ListProblem } from "../read";
import { job } from "./job";
import type { HostPort } from "./port";

/** The setting that keeps the list's text. */
export const DEPARTMENTS_SETTING = "departments";

export interface DepartmentListState {
  /** The list's text as kept ("" when none is). */
  text: string;
  /** What it lists (the lines that could be taken). */
  list: DepartmentList;
  /** The lines that could not be taken, one sentence each. */
  problems: ListProblem[];
  /** True when the text is the one kept in the workbook. */
  saved: boolean;
}

/** The list kept in the workbook, as reading uses it: null when none is kept or it lists no department. */
export async function departmentListOf(port: HostPort): Promise<DepartmentList | null> {
  const text = await port.getSetting(DEPARTMENTS_SETTING);
  if (text === null) return null;
  const { list } = parseDepartmentList(text);
  return isEmptyList(list) ? null : list;
}

/**
 * The departments a summary expects among its sources when it is given none: the names of the list
 * kept in the workbook, in the list's order ([] without a list).
 */
export async function expectedDepartments(port: HostPort): Promise<string[]> {
  return (await departmentListOf(port))?.names ?? [];
}

/** Use case: the list kept in the workbook, for the editor. */
export async function departments(port: HostPort): Promise<DepartmentListState> {
  const text = (await job(port, 1).step("snapshot", () => port.getSetting(DEPARTMENTS_SETTING))) ?? "";
  return { text, ...parseDepartmentList(text), saved: true };
}

/**
 * Use case: keeps `text` as the workbook's list (empty text: no list). Refused, with nothing saved,
 * when a line cannot be taken: the problems say which and why.
 */
export async function saveDepartments(port: HostPort, text: string): Promise<DepartmentListState> {
  const parsed = parseDepartmentList(text);
  if (parsed.problems.length > 0) return { text, ...parsed, saved: false };
  await job(port, 1).step("apply", () => port.setSetting(DEPARTMENTS_SETTING, text));
  return { text, ...parsed, saved: true };
}
