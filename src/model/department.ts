/**
 * Departments (toimiala) as plain data: each place a sheet names its department (a mention, with its
 * source and cell) and a city's own list of departments. The names themselves are worked out in
 * src/read (department.ts: spelling, keys, the list; meta.ts: the mentions and the chooser).
 */
import type { CellRef } from "./cellref";

/**
 * Where a sheet names its department: a table's Toimiala column, a title line, a department row
 * (a lone "Elinvoima- ja ympäristötoimiala" among the goals, or "Toimiala: Sivistystoimiala"), the
 * sheet's name, or the workbook's file name.
 */
export type DepartmentSource = "column" | "title" | "row" | "sheet" | "file";

/** One place a sheet names its department. */
export interface DepartmentMention {
  /** The department in its display spelling ("Elinvoima- ja ympäristötoimiala"); a listed name when on the city's list. */
  name: string;
  source: DepartmentSource;
  /** The text it was read from, as written (the cell's text, the sheet name, the file name). */
  written: string;
  /** Where it is written; null for the sheet name and the file name. */
  cell: CellRef | null;
  /**
   * When the name was worked out from a shortening of it ("Sivistys T2" → "Sivistystoimiala",
   * "Konserni" → "Konsernipalvelut"): the shortening. It names only the start of a name, so any
   * department whose name starts with it agrees with it.
   */
  stem?: string;
  /**
   * True when the text names no department but a unit's own report ("Kasvu- ja
   * työllisyyspalvelut-yksikön …"), and the unit stands for the department.
   */
  unitOnly: boolean;
}

/**
 * A city's own list of departments: a plain text file or a sheet of names, kept in the workbook's
 * settings in Excel (src/read/department.ts reads and writes it).
 */
export interface DepartmentList {
  /** The listed departments in the list's order, in their display spelling. */
  names: string[];
  /** Other names of listed departments ("Sivistys = Sivistystoimiala"): each alias with the listed name it stands for. */
  aliases: { alias: string; name: string }[];
}
