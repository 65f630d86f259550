/**
 * How the summary compares names across departments' reports: one key per department, per focus
 * area and per goal. Case, spaces (also none against one: "asuin ympäristöt" / "asuinympäristöt")
 * and a trailing full stop do not make another name. The department key is the one place where the
 * summary decides which sources are the same department: the readers' own normalisation of
 * department names (src/read) flows through `departmentName` below.
 */
import { departmentKey as readersDepartmentKey } from "../read";
import { cleanText } from "../text";

/** "Osaavan työvoiman saatavuus." and "OSAAVAN TYÖVOIMAN  SAATAVUUS" → one key. */
export function nameKey(text: string): string {
  return cleanText(text)
    .toLocaleLowerCase("fi-FI")
    .replace(/[\s.,;:!?…]+$/u, "")
    .replace(/\s+/gu, "");
}

/** The department's name as the summary shows it: the reader's name, cleaned of stray spaces. */
export function departmentName(name: string | null): string | null {
  if (name === null) return null;
  const t = cleanText(name);
  return t === "" ? null : t;
}

/**
 * The key two sources are the same department by: the readers' own key (src/read/department.ts:
 * case, spaces, hyphens, punctuation and diacritics aside: "Elinvoima- ja ympäristötoimiala" /
 * "ELINVOIMA JA YMPARISTOTOIMIALA"), so that the summary and the readers never disagree on which
 * names are one department. Null when the department is not known: such a source is its own line,
 * never the same as another.
 */
export function departmentKey(name: string | null): string | null {
  const shown = departmentName(name);
  return shown === null ? null : readersDepartmentKey(shown);
}
