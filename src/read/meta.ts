/**
 * Sheet metadata in one place: the department (toimiala), unit, period and year of a sheet, and the
 * page footers that are no part of it, worked out by the same functions for every layout.
 *
 * **Department.** Each place a sheet names one gives a mention with its source and cell: a table's
 * Toimiala column, a title line, a department row, the sheet name, the workbook's file name (the
 * snapshot's `name`). The names are recognised here, whole and in any case ("…toteutuminen 2023,
 * Vapaa-aikatoimiala", "… – KONSERNIPALVELUT", "Porin Vesi -liikelaitos", "Sivistys T2",
 * "elinvoima-ja-ymparisto-2023-vuosi.xlsx"), and spelt by ./department.ts (`displayDepartment`).
 * Where the mentions disagree, the **most specific** wins (`chooseDepartment`, `bySpecificity`):
 *   1. with a city's list of departments, a name on it (or an alias of one) is more specific than any
 *      name not on it;
 *   2. a mention that names a department is more specific than a title naming only a unit that
 *      stands for one ("Kasvu- ja työllisyyspalvelut-yksikön …");
 *   3. then by place, from the most to the least specific: the Toimiala column (the department
 *      written on every measure's row), a title line (the author saying whose report it is), a
 *      department row (read as one from its shape alone: a lone "Elinvoima- ja ympäristötoimiala"
 *      among the goals, or "Toimiala: …"), the sheet name (often a stem: "Sivistys T2"), the file
 *      name (which speaks for every sheet of the workbook);
 *   4. within one place, the first written.
 * Readers say where their layout has these places (`departmentOf` with `DepartmentSources`); the
 * workbook reader adds the file name and the city's list (`settleDepartment`). The losing mentions
 * stay on the report (`departmentMentions`) for validation to point out a disagreement.
 *
 * **Period and year**: what the content says (the selvitys headings' majority, a programme's labels),
 * else the table's headers (year), the title lines, the sheet name: `sheetPeriod`, `sheetYear`.
 */
import type { DepartmentList, DepartmentMention, DepartmentSource } from "../model/department";
import type { Period } from "../model/period";
import type { Report, TextAt } from "../model/report";
import { cleanText, mostCommon, visibleExceeds, yearIn } from "../text";
import {
  departmentKey,
  displayDepartment,
  isEmptyList,
  knownDepartment,
  listedDepartment,
} from "./department";
import { periodOf } from "./period";

export type { DepartmentSource } from "../model/department";

// ---- department names in text ----

/** Names of whole departments that do not end in "toimiala" ("Konsernipalvelut", "Porin Vesi -liikelaitos"). */
const DEPARTMENT_NAMES =
  /^(?:porin\s+)?(?:konsernipalvelut|konsernihallinto|keskushallinto|kaupunkikanslia|kaupunginkanslia|elinvoimapalvelut|konsernipalvelujen toimiala)$|^(?:\p{L}+\s+){0,3}-?\p{L}*liikelaitos$/iu;

/** True when the whole text is a department's name: by its form, or as one Toteuma knows the spelling of. */
function namesDepartment(text: string): boolean {
  return DEPARTMENT_NAMES.test(text) || knownDepartment(text) !== null;
}

/** "Kasvu- ja työllisyyspalvelut-yksikön …" → the unit "Kasvu- ja työllisyyspalvelut". */
const UNIT_IN_TITLE =
  /^(.+?)\s*-\s*(yksikön|yksikkö|palvelualueen|palvelualue|tulosyksikön|vastuualueen)\b/iu;

/**
 * A noun phrase ending in "toimiala", its hyphenated and compound words whole: "elinvoima- ja
 * ympäristötoimiala", "Kulttuuri-, liikunta- ja nuorisotoimiala", "Vapaa-aikatoimiala" (not
 * "aikatoimiala"), "KONSERNIHALLINNON TOIMIALAN".
 */
const TOIMIALA_PHRASE =
  /(?<![\p{L}-])((?:\p{L}+-,\s+)*\p{L}+\s*[-\u2010\u2011\u2013]\s*ja\s+(?:\p{L}+-)*\p{L}*toimiala|(?:\p{L}+-)*\p{L}+toimiala|\p{L}+\s+toimiala)(?:n|lla|lle|an)?(?!\p{L})/iu;

/** Words that say a title segment is not a name. */
const NOT_A_NAME = /tavoit|talousarvi|toteutu|raportt|selvity|katsaus|ohjelma|suunnitelma|\d/i;

/** Proper capitalisation of a unit: "KONSERNIPALVELUT" → "Konsernipalvelut", "elinvoima- ja …" → "Elinvoima- ja …". */
export function properCase(name: string): string {
  const t = cleanText(name);
  if (!t) return t;
  const letters = t.replace(/[^\p{L}]/gu, "");
  const allCaps = letters.length > 1 && letters === letters.toUpperCase();
  const base = allCaps ? t.toLowerCase() : t;
  return base.charAt(0).toUpperCase() + base.slice(1);
}

/** Genitive "konsernihallinnon toimialan" → "Konsernihallinnon toimiala", in its display spelling. */
function toimialaName(phrase: string, list?: DepartmentList | null): string {
  return displayDepartment(phrase.replace(/(toimiala)(?:n|lla|lle|an)$/iu, "$1"), list) ?? properCase(phrase);
}

export interface TitleOrganisation {
  department: string | null;
  unit: string | null;
}

/** Department and unit named in a title line, and whether the department is only the unit. */
function titleOrganisation(title: string): TitleOrganisation & { unitOnly: boolean } {
  const text = cleanText(title);
  if (!text) return { department: null, unit: null, unitOnly: false };
  const toimiala = TOIMIALA_PHRASE.exec(text);
  const unitMatch = UNIT_IN_TITLE.exec(text);
  const unit = unitMatch ? properCase(unitMatch[1]) : null;
  const named = (name: string) => ({ department: displayDepartment(name), unit, unitOnly: false });
  if (toimiala) return { department: toimialaName(toimiala[1]), unit, unitOnly: false };
  // "TALOUSARVION 2025 TOIMINNALLISET TAVOITTEET – KONSERNIPALVELUT": a name after a dash or comma.
  const segments = text
    .split(/\s[–—-]\s|,\s*|:\s+/)
    .map(cleanText)
    .filter(Boolean);
  if (segments.length > 1) {
    // "Elinvoimapalvelut – toiminnalliset tavoitteet 2025", "Kaupunginkanslia: toiminnalliset …".
    if (namesDepartment(segments[0])) return named(segments[0]);
    for (const seg of segments.slice(1).reverse()) {
      if (namesDepartment(seg)) return named(seg);
      const words = seg.split(" ").length;
      if (words <= 4 && !NOT_A_NAME.test(seg)) return named(seg);
    }
  }
  if (namesDepartment(text)) return named(text);
  // A unit's own report ("Kasvu- ja työllisyyspalvelut-yksikön toiminnalliset tavoitteet"): the unit is
  // the only organisation named, and the flat table of the same report calls it the department.
  return { department: displayDepartment(unit), unit, unitOnly: unit !== null };
}

/** Department and unit named in a title row. */
export function organisationFromTitle(title: string): TitleOrganisation {
  const { department, unit } = titleOrganisation(title);
  return { department, unit };
}

/**
 * True when a lone line names a department only because Toteuma knows the name, not by its form
 * ("Kasvu- ja työllisyyspalvelut"): such a line between blocks is also what a section (unit) heading
 * looks like, as a unit's name often is a department's in another city. The block reader takes it as
 * a department row only inside a goal or commitment, and as a heading candidate between blocks.
 */
export function isKnownNameOnly(text: string): boolean {
  const t = cleanText(text);
  return !/toimiala$/i.test(t) && !DEPARTMENT_NAMES.test(t) && knownDepartment(t) !== null;
}

/** True when a lone cell is a department row ("Elinvoima- ja ympäristötoimiala", "Konsernipalvelut"). */
export function isDepartmentName(text: string): boolean {
  if (visibleExceeds(text, 80)) return false;
  const known = departmentNames.get(text);
  if (known !== undefined) return known;
  const t = cleanText(text);
  const answer = !!t && t.length <= 80 && spaces(t) <= 5 && isDepartmentText(t);
  if (departmentNames.size >= DEPARTMENT_NAMES_LIMIT) departmentNames.clear();
  departmentNames.set(text, answer);
  return answer;
}

/**
 * isDepartmentName's answers for texts met before (none longer than 80 visible characters): the
 * block reader asks it of every lone row, and the same department rows and short lines stand in every
 * block of a sheet.
 */
const departmentNames = new Map<string, boolean>();
const DEPARTMENT_NAMES_LIMIT = 10_000;

/** The spaces in a text: a clean text of n words has n - 1. */
function spaces(t: string): number {
  let n = 0;
  for (let i = t.indexOf(" "); i >= 0; i = t.indexOf(" ", i + 1)) n++;
  return n;
}

/** isDepartmentName of a clean text of at most 80 characters and 6 words. */
function isDepartmentText(t: string): boolean {
  // A title that ends in the department ("… toteutuminen 2023 – sivistystoimiala") is not a department row.
  if (NOT_A_NAME.test(t)) return false;
  return /toimiala$/i.test(t) || namesDepartment(t);
}

/**
 * The city's departments by the word a clerk shortens a sheet name to ("Sivistys T2", "Tekninen 2024",
 * "Perusturva", "Konserni Q3", "Elinvoima"), with the department's name as the reports write it.
 * Besides these, a known department's name without its "toimiala" counts too ("Vapaa-aika T2").
 */
const DEPARTMENT_STEMS: readonly [RegExp, string][] = [
  [/^sivistys$/i, "Sivistystoimiala"],
  [/^tekninen$/i, "Tekninen toimiala"],
  [/^perusturva$/i, "Perusturvan toimiala"],
  [/^konserni$/i, "Konsernipalvelut"],
  [/^elinvoima$/i, "Elinvoima- ja ympäristötoimiala"],
];

/** A department read from a name, with the shortening it was worked out from, if any. */
interface NameInName {
  name: string;
  stem?: string;
}

/**
 * The department a sheet's or file's name names, once its years and periods are set aside: a
 * "…toimiala" phrase anywhere in it, else the whole rest as a listed name or alias (also with
 * "toimiala" added: "Kulttuuri" for a listed "Kulttuuritoimiala"), a department's name, a stem, or a
 * known department without its "toimiala".
 */
function departmentInName(name: string, list: DepartmentList | null | undefined): NameInName | null {
  const t = cleanText(name.replace(/\b(19|20)\d\d\b|\b[TQH][1-4]\b|\b(?:vuosi|v\.)/gi, " "));
  if (!t) return null;
  const m = TOIMIALA_PHRASE.exec(t);
  if (m) return { name: toimialaName(m[1], list) };
  if (list && !isEmptyList(list)) {
    const listed = listedDepartment(list, t);
    if (listed) return { name: listed };
    const stemmed = listedDepartment(list, `${t}toimiala`);
    if (stemmed) return { name: stemmed, stem: t };
  }
  const shown = (n: string) => displayDepartment(n, list) ?? n;
  if (namesDepartment(t)) return { name: shown(t) };
  for (const [stem, department] of DEPARTMENT_STEMS)
    if (stem.test(t)) return { name: shown(department), stem: t };
  const known = knownDepartment(`${t}toimiala`);
  return known ? { name: shown(known), stem: t } : null;
}

/**
 * A department name from a sheet name ("Sivistystoimiala 2024" → "Sivistystoimiala", "Sivistys T2" →
 * "Sivistystoimiala"), or null. A stem counts only as the sheet name's first word, followed by
 * nothing but a year or period: "Sivistys T2" is the department, "Sivistyspalvelut" or "Tekninen
 * huolto" are not named by it.
 */
export function departmentFromSheetName(sheet: string, list?: DepartmentList | null): string | null {
  return sheetNameDepartment(sheet, list)?.name ?? null;
}

function sheetNameDepartment(sheet: string, list: DepartmentList | null | undefined): NameInName | null {
  return departmentInName(sheet.replace(/[_/()]+/g, " "), list);
}

/**
 * A department name from a file name, as a sheet name would give it: "Vapaa-aikatoimiala_2023.xlsx",
 * "SOSIAALI- JA TERVEYSTOIMIALA T2.xlsx", "elinvoima-ja-ymparisto-2023-vuosi.xlsx" (hyphens beside a
 * year or period part words; "-ja-" is the shared part's hyphen). Folders and the extension are set
 * aside. Null when it names none ("kolme-toimialaa-2025-T2.xlsx", "konsernihallinto-palveluohjelma.xlsx").
 */
export function departmentFromFileName(file: string, list?: DepartmentList | null): string | null {
  return fileNameDepartment(file, list)?.name ?? null;
}

function fileNameDepartment(file: string, list: DepartmentList | null | undefined): NameInName | null {
  const base = file.split(/[\\/]/).pop() ?? "";
  const t = base
    .replace(/\.(?:xlsx|xlsm|xlsb|xls|ods|csv|txt)$/i, "")
    .replace(/[_+.()]+/g, " ")
    .replace(/-(?=(?:19|20)\d\d(?!\d)|[TQH][1-4](?![\p{L}\p{N}]))/giu, " ")
    .replace(/(?<=(?:^|[^\p{N}])(?:19|20)\d\d|(?:^|[^\p{L}])[TQH][1-4])-/giu, " ");
  return departmentInName(t, list);
}

// ---- department: mentions and the chooser ----

/** One place a sheet names its department (the model's DepartmentMention). */
export type DepartmentCandidate = DepartmentMention;

/** Places from the most to the least specific (see the top). */
const PLACE: Record<DepartmentSource, number> = { column: 0, title: 1, row: 2, sheet: 3, file: 4 };

function specificity(c: DepartmentCandidate, list: DepartmentList | null | undefined): number {
  const offList = list && !isEmptyList(list) && listedDepartment(list, c.name) === null ? 100 : 0;
  return offList + (c.unitOnly ? 10 : 0) + PLACE[c.source];
}

/** The candidates, most specific first (see the top); within one place, in the order given. */
export function bySpecificity(
  candidates: readonly (DepartmentCandidate | null)[],
  list?: DepartmentList | null,
): DepartmentCandidate[] {
  return candidates
    .filter((c): c is DepartmentCandidate => c !== null)
    .map((c, i) => ({ c, i, s: specificity(c, list) }))
    .sort((a, b) => a.s - b.s || a.i - b.i)
    .map((x) => x.c);
}

/** The most specific candidate (see the top), or null. */
export function chooseDepartment(
  candidates: readonly (DepartmentCandidate | null)[],
  list?: DepartmentList | null,
): DepartmentCandidate | null {
  return bySpecificity(candidates, list)[0] ?? null;
}

/** Where a reader found the places a sheet names its department. */
export interface DepartmentSources {
  sheet: string;
  /** The workbook's file name (readers leave it to `settleDepartment`). */
  file?: string | null;
  /** The city's list of departments (readers leave it to `settleDepartment`). */
  list?: DepartmentList | null;
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

/** The department candidates of a sheet in the order written: column, title lines, department row, sheet name, file name. */
export function departmentCandidates(sources: DepartmentSources): DepartmentCandidate[] {
  const out: (DepartmentCandidate | null)[] = [];
  if (sources.column) out.push(departmentInColumn(sources.column));
  (sources.title ?? []).forEach((line, i) => {
    const c = departmentInTitle(line);
    if (c && (!c.unitOnly || i === 0 || sources.unitFromTitle !== "first-line")) out.push(c);
  });
  if (sources.row) out.push(departmentInRow(sources.row.line, sources.row.read));
  const list = sources.list;
  const named = out
    .filter((c): c is DepartmentCandidate => c !== null)
    .map((c) => (list ? { ...c, name: displayDepartment(c.name, list) ?? c.name } : c));
  const sheet = departmentOfSheet(sources.sheet, list);
  const file = sources.file ? departmentOfFile(sources.file, list) : null;
  return [...named, ...(sheet ? [sheet] : []), ...(file ? [file] : [])];
}

/** The sheet's department: the most specific of its candidates, or null. */
export function sheetDepartment(sources: DepartmentSources): DepartmentCandidate | null {
  return chooseDepartment(departmentCandidates(sources), sources.list);
}

/** What a reader puts on its report: the department and every mention, most specific first. */
export function departmentOf(sources: DepartmentSources): {
  department: string | null;
  departmentMentions: DepartmentMention[];
} {
  const mentions = bySpecificity(departmentCandidates(sources), sources.list);
  return { department: mentions[0]?.name ?? null, departmentMentions: mentions };
}

/**
 * A sheet's department once the workbook around it is known: the file name as one more mention, and
 * every name in the list's spelling with the list's names more specific (see the top). A report not
 * made by a reader (no mentions) keeps its department, in display spelling.
 */
export function settleDepartment(
  report: Report,
  where: { file: string | null; list: DepartmentList | null },
): Report {
  const list = isEmptyList(where.list) ? null : where.list;
  if (!report.departmentMentions) {
    const department = displayDepartment(report.department, list);
    return department === report.department ? report : { ...report, department };
  }
  const inSheet = report.departmentMentions
    .filter((m) => m.source !== "sheet" && m.source !== "file")
    .map((m) => (list ? { ...m, name: displayDepartment(m.name, list) ?? m.name } : m));
  const mentions = bySpecificity(
    [
      ...inSheet,
      departmentOfSheet(report.sheet, list),
      where.file ? departmentOfFile(where.file, list) : null,
    ],
    list,
  );
  return { ...report, department: mentions[0]?.name ?? null, departmentMentions: mentions };
}

/** The department a title line names ("…, elinvoima- ja ympäristötoimiala"), or null. */
export function departmentInTitle(line: TextAt): DepartmentCandidate | null {
  const { department, unitOnly } = titleOrganisation(line.text);
  if (!department) return null;
  return { name: department, source: "title", written: line.text, cell: line.cell, unitOnly };
}

/**
 * The department of a department row ("Elinvoima- ja ympäristötoimiala", "Toimiala: Sivistystoimiala").
 * `whole`: the row's words are the name (block layout). `named`: the name as a title would give it,
 * else the row's words (programme layout, whose rows may say more than the name).
 */
export function departmentInRow(row: TextAt, read: "whole" | "named"): DepartmentCandidate {
  const whole = displayDepartment(row.text) ?? cleanText(row.text);
  const name = read === "whole" ? whole : (titleOrganisation(row.text).department ?? whole);
  return { name, source: "row", written: row.text, cell: row.cell, unitOnly: false };
}

/** The department most rows of a table's Toimiala column name, as first written, or null. */
export function departmentInColumn(values: readonly TextAt[]): DepartmentCandidate | null {
  const named = values.map((v) => (departmentKey(v.text) === "" ? null : v));
  const most = mostCommon(named, (v) => departmentKey(v.text));
  const name = most ? displayDepartment(most.text) : null;
  return most && name
    ? { name, source: "column", written: most.text, cell: most.cell, unitOnly: false }
    : null;
}

/** The department a sheet name names ("Sivistystoimiala 2024", "Sivistys T2"), or null. */
export function departmentOfSheet(sheet: string, list?: DepartmentList | null): DepartmentCandidate | null {
  const found = sheetNameDepartment(sheet, list);
  return found ? { ...found, source: "sheet", written: sheet, cell: null, unitOnly: false } : null;
}

/** The department a workbook's file name names ("Vapaa-aikatoimiala 2023.xlsx"), or null. */
export function departmentOfFile(file: string, list?: DepartmentList | null): DepartmentCandidate | null {
  const found = fileNameDepartment(file, list);
  const written = file.split(/[\\/]/).pop() ?? file;
  return found ? { ...found, source: "file", written, cell: null, unitOnly: false } : null;
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
