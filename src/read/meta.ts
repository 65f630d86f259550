/**
 * Sheet metadata in one place: the department (toimiala), unit, period and year of a sheet, and the
 * page footers that are no part of it, worked out by the same functions for every layout.
 *
 * Department: each place a sheet names one gives a candidate with its source and cell (a table's
 * Toimiala column, a title line, a department row, the sheet name); `chooseDepartment` takes the
 * most trusted source, then the first written. Readers say where their layout has these places
 * (`sheetDepartment`, `DepartmentSources`); the names themselves are recognised here ("…toteutuminen, elinvoima- ja ympäristötoimiala", "… –
 * KONSERNIPALVELUT", "Sivistys T2"). Exact department names (compound and hyphenated names, a city's
 * list of departments, the file name as one more source) belong here too, in the candidates and the
 * chooser.
 *
 * Period and year: what the content says (the selvitys headings' majority, a programme's labels),
 * else the table's headers (year), the title lines, the sheet name: `sheetPeriod`, `sheetYear`.
 */
import type { CellRef } from "../model/cellref";
import type { Period } from "../model/period";
import type { TextAt } from "../model/report";
import { cleanText, labelKey, mostCommon, yearIn } from "../text";
import { periodOf } from "./period";

// ---- department names in text ----

/** Names of whole departments that do not end in "toimiala". */
const DEPARTMENT_NAMES =
  /^(?:porin\s+)?(konsernipalvelut|konsernihallinto|keskushallinto|kaupunkikanslia|kaupunginkanslia|elinvoimapalvelut|konsernipalvelujen toimiala|\p{L}*liikelaitos)$/iu;

/** "Kasvu- ja työllisyyspalvelut-yksikön …" → the unit "Kasvu- ja työllisyyspalvelut". */
const UNIT_IN_TITLE =
  /^(.+?)\s*-\s*(yksikön|yksikkö|palvelualueen|palvelualue|tulosyksikön|vastuualueen)\b/iu;

/** A noun phrase ending in "toimiala" ("elinvoima- ja ympäristötoimiala", "KONSERNIHALLINNON TOIMIALAN"). */
const TOIMIALA_PHRASE =
  /(\p{L}+-\s+ja\s+\p{L}*toimiala|\p{L}+toimiala|\p{L}+\s+toimiala)(?:n|lla|lle|an)?(?!\p{L})/iu;

/** Words that say a title segment is not a name. */
const NOT_A_NAME = /tavoit|talousarvi|toteutu|raportt|selvity|katsaus|ohjelma|suunnitelma|\d/i;

/** Proper capitalisation: "KONSERNIPALVELUT" → "Konsernipalvelut", "elinvoima- ja …" → "Elinvoima- ja …". */
export function properCase(name: string): string {
  const t = cleanText(name);
  if (!t) return t;
  const letters = t.replace(/[^\p{L}]/gu, "");
  const allCaps = letters.length > 1 && letters === letters.toLocaleUpperCase("fi-FI");
  const base = allCaps ? t.toLocaleLowerCase("fi-FI") : t;
  return base.charAt(0).toLocaleUpperCase("fi-FI") + base.slice(1);
}

/** Genitive "konsernihallinnon toimialan" → "Konsernihallinnon toimiala". */
function toimialaName(phrase: string): string {
  return properCase(phrase).replace(/toimiala(n|lla|lle|an)?$/i, "toimiala");
}

export interface TitleOrganisation {
  department: string | null;
  unit: string | null;
}

/** Department and unit named in a title row. */
export function organisationFromTitle(title: string): TitleOrganisation {
  const text = cleanText(title);
  if (!text) return { department: null, unit: null };
  const toimiala = TOIMIALA_PHRASE.exec(text);
  const unitMatch = UNIT_IN_TITLE.exec(text);
  const unit = unitMatch ? properCase(unitMatch[1]) : null;
  if (toimiala) return { department: toimialaName(toimiala[1]), unit };
  // "TALOUSARVION 2025 TOIMINNALLISET TAVOITTEET – KONSERNIPALVELUT": a name after a dash or comma.
  const segments = text
    .split(/\s[–—-]\s|,\s*|:\s+/)
    .map(cleanText)
    .filter(Boolean);
  if (segments.length > 1) {
    // "Elinvoimapalvelut – toiminnalliset tavoitteet 2025", "Kaupunginkanslia: toiminnalliset …".
    if (DEPARTMENT_NAMES.test(segments[0])) return { department: properCase(segments[0]), unit };
    for (const seg of segments.slice(1).reverse()) {
      if (DEPARTMENT_NAMES.test(seg)) return { department: properCase(seg), unit };
      const words = seg.split(" ").length;
      if (words <= 4 && !NOT_A_NAME.test(seg)) return { department: properCase(seg), unit };
    }
  }
  if (DEPARTMENT_NAMES.test(text)) return { department: properCase(text), unit };
  // A unit's own report ("Kasvu- ja työllisyyspalvelut-yksikön toiminnalliset tavoitteet"): the unit is
  // the only organisation named, and the flat table of the same report calls it the department.
  return { department: unit, unit };
}

/** True when a lone cell is a department row ("Elinvoima- ja ympäristötoimiala", "Konsernipalvelut"). */
export function isDepartmentName(text: string): boolean {
  const t = cleanText(text);
  if (!t || t.length > 80 || t.split(" ").length > 6) return false;
  // A title that ends in the department ("… toteutuminen 2023 – sivistystoimiala") is not a department row.
  if (NOT_A_NAME.test(t)) return false;
  return /toimiala$/i.test(t) || DEPARTMENT_NAMES.test(t);
}

/**
 * The city's departments by the word a clerk shortens a sheet name to ("Sivistys T2", "Tekninen 2024",
 * "Perusturva", "Konserni Q3", "Elinvoima"), with the department's name as the reports write it.
 */
const DEPARTMENT_STEMS: readonly [RegExp, string][] = [
  [/^sivistys$/i, "Sivistystoimiala"],
  [/^tekninen$/i, "Tekninen toimiala"],
  [/^perusturva$/i, "Perusturvan toimiala"],
  [/^konserni$/i, "Konsernipalvelut"],
  [/^elinvoima$/i, "Elinvoima- ja ympäristötoimiala"],
];

/**
 * A department name from a sheet name ("Sivistystoimiala 2024" → "Sivistystoimiala", "Sivistys T2" →
 * "Sivistystoimiala"), or null. A stem counts only as the sheet name's first word, followed by
 * nothing but a year or period: "Sivistys T2" is the department, "Sivistyspalvelut" or "Tekninen
 * huolto" are not named by it.
 */
export function departmentFromSheetName(sheet: string): string | null {
  const t = cleanText(
    sheet.replace(/\b(19|20)\d\d\b|\b[TQH][1-4]\b|\b(?:vuosi|v\.)/gi, " ").replace(/[_/()]+/g, " "),
  );
  const m = TOIMIALA_PHRASE.exec(t);
  if (m) return toimialaName(m[1]);
  if (DEPARTMENT_NAMES.test(t)) return properCase(t);
  for (const [stem, name] of DEPARTMENT_STEMS) if (stem.test(t)) return name;
  return null;
}

// ---- department: candidates and the chooser ----

/** Where a sheet names its department, most trusted first. */
export type DepartmentSource = "column" | "title" | "row" | "sheet";

const PRECEDENCE: readonly DepartmentSource[] = ["column", "title", "row", "sheet"];

/** One place a sheet names its department. */
export interface DepartmentCandidate {
  /** The department as the report names it ("Elinvoima- ja ympäristötoimiala"). */
  name: string;
  source: DepartmentSource;
  /** The text it was read from, as written. */
  written: string;
  /** Where it is written; null for the sheet name. */
  cell: CellRef | null;
  /**
   * True when the text names no department but a unit's own report ("Kasvu- ja
   * työllisyyspalvelut-yksikön …"), and the unit stands for the department.
   */
  unitOnly: boolean;
}

/** The department of the most trusted source; within a source, the first given. */
export function chooseDepartment(
  candidates: readonly (DepartmentCandidate | null)[],
): DepartmentCandidate | null {
  let best: DepartmentCandidate | null = null;
  for (const c of candidates)
    if (c && (!best || PRECEDENCE.indexOf(c.source) < PRECEDENCE.indexOf(best.source))) best = c;
  return best;
}

/** Where a reader found the places a sheet names its department. */
export interface DepartmentSources {
  sheet: string;
  /** A table's Toimiala column: each row's cell. */
  column?: readonly TextAt[];
  /** The title block's lines, the title first. */
  title?: readonly TextAt[];
  /**
   * Where a title line that names only a unit ("Kasvu- ja työllisyyspalvelut-yksikön …") stands for
   * the department: in any line, or only in the first (block layout, where lower lines head sections).
   */
  unitFromTitle?: "any-line" | "first-line";
  /** The first department row and how its layout reads it (see departmentInRow). */
  row?: { line: TextAt; read: "whole" | "named" } | null;
}

/** The department candidates of a sheet: column, title lines, department row, sheet name. */
export function departmentCandidates(sources: DepartmentSources): DepartmentCandidate[] {
  const out: (DepartmentCandidate | null)[] = [];
  if (sources.column) out.push(departmentInColumn(sources.column));
  (sources.title ?? []).forEach((line, i) => {
    const c = departmentInTitle(line);
    if (c && (!c.unitOnly || i === 0 || sources.unitFromTitle !== "first-line")) out.push(c);
  });
  if (sources.row) out.push(departmentInRow(sources.row.line, sources.row.read));
  out.push(departmentOfSheet(sources.sheet));
  return out.filter((c): c is DepartmentCandidate => c !== null);
}

/** The sheet's department: the most trusted of its candidates, or null. */
export function sheetDepartment(sources: DepartmentSources): DepartmentCandidate | null {
  return chooseDepartment(departmentCandidates(sources));
}

/** The department a title line names ("…, elinvoima- ja ympäristötoimiala"), or null. */
export function departmentInTitle(line: TextAt): DepartmentCandidate | null {
  const { department, unit } = organisationFromTitle(line.text);
  if (!department) return null;
  return {
    name: department,
    source: "title",
    written: line.text,
    cell: line.cell,
    unitOnly: department === unit,
  };
}

/**
 * The department of a department row ("Elinvoima- ja ympäristötoimiala", "Toimiala: Sivistystoimiala").
 * `whole`: the row's words are the name, capitalised (block layout). `named`: the name as a title
 * would give it, else the row's words (programme layout). The two differ only where the title pattern
 * takes part of a name ("Vapaa-aikatoimiala"), which exact department names will settle.
 */
export function departmentInRow(row: TextAt, read: "whole" | "named"): DepartmentCandidate {
  const name =
    read === "whole"
      ? capitalised(row.text)
      : (organisationFromTitle(row.text).department ?? properCase(row.text));
  return { name, source: "row", written: row.text, cell: row.cell, unitOnly: false };
}

/** The department most rows of a table's Toimiala column name, as first written, or null. */
export function departmentInColumn(values: readonly TextAt[]): DepartmentCandidate | null {
  const most = mostCommon(values, (v) => labelKey(v.text));
  return most
    ? { name: properCase(most.text), source: "column", written: most.text, cell: most.cell, unitOnly: false }
    : null;
}

/** The department a sheet name names ("Sivistystoimiala 2024", "Sivistys T2"), or null. */
export function departmentOfSheet(sheet: string): DepartmentCandidate | null {
  const name = departmentFromSheetName(sheet);
  return name ? { name, source: "sheet", written: sheet, cell: null, unitOnly: false } : null;
}

/** First letter in capitals; an all-capitals text in lower case after it. */
function capitalised(text: string): string {
  const t = cleanText(text);
  return (
    t.charAt(0).toLocaleUpperCase("fi-FI") +
    (t === t.toLocaleUpperCase("fi-FI") ? t.slice(1).toLocaleLowerCase("fi-FI") : t.slice(1))
  );
}

/** The unit a title names ("Kasvu- ja työllisyyspalvelut-yksikön …"), or null. */
export function unitInTitle(title: string): string | null {
  return organisationFromTitle(title).unit;
}

// ---- period and year ----

/**
 * The period of a sheet: what its content names (the selvitys headings' majority), else the title
 * lines ("toteutuminen 1.1.–30.9.2024"), else the sheet name ("Sivistys T2"); with where it came from.
 */
export function sheetPeriod(
  content: Period | null,
  where: { title: readonly string[]; sheet: string },
): { period: Period | null; periodSource?: "selvitys" | "title" } {
  if (content) return { period: content, periodSource: "selvitys" };
  const period = periodOf(where.title.join(" ")).period ?? periodOf(where.sheet).period;
  return period ? { period, periodSource: "title" } : { period: null };
}

/**
 * The year of a sheet: what its content names (selvitys headings, a programme's labels), else a
 * table's headers ("Tavoitetaso 2025"), else the first title line with a year, else the sheet name.
 */
export function sheetYear(
  content: number | null,
  where: { headers?: readonly string[]; title: readonly string[]; sheet: string },
): number | null {
  return (
    content ?? yearIn((where.headers ?? []).join(" ")) ?? yearIn(where.title.join(" ")) ?? yearIn(where.sheet)
  );
}

// ---- what is no part of the sheet ----

/** A page footer or header copied from print: "Sivu 2/5", "Sivu 2 (5)", "Page 3", "s. 4", "2 / 5". */
const PAGE_FOOTER = /^(?:sivu|page|s\.)\s*\d+(?:\s*(?:\/|\(|of|\/\s*)\s*\d+\)?)?$|^\d+\s*\/\s*\d+$/i;

export function isPageFooter(text: string): boolean {
  return PAGE_FOOTER.test(text);
}
