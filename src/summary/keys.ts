/**
 * How the summary compares names across departments' reports: one key per department, per focus
 * area and per goal. Case, spaces (also none against one: "asuin ympäristöt" / "asuinympäristöt")
 * and a trailing full stop do not make another name. The department key is the one place where the
 * summary decides which sources are the same department: the readers' own normalisation of
 * department names (src/read) flows through `departmentName` below.
 */
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
 * The key two sources are the same department by: the name's key, hyphens and dashes aside
 * ("Elinvoima- ja ympäristötoimiala" / "ELINVOIMA JA YMPÄRISTÖTOIMIALA"). Null when the department
 * is not known: such a source is its own line, never the same as another.
 */
export function departmentKey(name: string | null): string | null {
  const shown = departmentName(name);
  return shown === null ? null : nameKey(shown).replace(/[-‐‑–—]/gu, "");
}
