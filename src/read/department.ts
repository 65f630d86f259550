/**
 * Department names: one display spelling for every way a report writes a department, the key by
 * which two spellings are one department, and a city's own list of departments. Where a sheet names
 * its department, and which place wins, is ./meta.ts.
 *
 * **Display spelling** (`displayDepartment`, the one function the readers, the list and the summary
 * use): whitespace cleaned; the hyphen of a shared word part written "Sosiaali- ja terveystoimiala"
 * (also from "Sosiaali -ja", "Sosiaali - ja", "sosiaali-ja-terveystoimiala"), and "Porin Vesi
 * -liikelaitos" from "Porin Vesi - liikelaitos"; then Finnish sentence case that keeps proper nouns:
 * - a name written in capitals or in lower case gets a capital only at its start ("ELINVOIMA- JA
 *   YMPÄRISTÖTOIMIALA" → "Elinvoima- ja ympäristötoimiala");
 * - a name written in mixed case keeps its capitals (proper nouns), except on the department's own
 *   noun, on "ja" and on a part joined by a hyphen ("Konsernihallinnon Toimiala" → "… toimiala",
 *   "Sosiaali- Ja Terveystoimiala" → "Sosiaali- ja terveystoimiala");
 * - a municipal enterprise (liikelaitos) is a proper name: its words capitalised but for the part
 *   joined by a hyphen ("PORIN VESI -LIIKELAITOS", "porin palveluliikelaitos" → "Porin Vesi
 *   -liikelaitos", "Porin Palveluliikelaitos");
 * - a name whose key is on the city's list (a listed name or an alias) is spelt as listed; else one
 *   whose key is a department Toteuma knows (KNOWN_DEPARTMENTS) as known: "PORIN VESI -LIIKELAITOS"
 *   → "Porin Vesi -liikelaitos", a file name's "ymparistotoimiala" gets its umlauts back.
 * Without a list, names are otherwise taken as written: nothing is forced onto a known name.
 *
 * **Key** (`departmentKey`): lower case without diacritics, spaces, hyphens or punctuation, so that
 * "ELINVOIMA- JA YMPÄRISTÖTOIMIALA", "Elinvoima ja ympäristötoimiala" and
 * "elinvoima-ja-ymparistotoimiala" are one department.
 *
 * **The list** (`parseDepartmentList`): one name per line, `Alias = Name` lines ("Sivistys =
 * Sivistystoimiala"), `#` comments and blank lines; a sheet of names becomes that text first
 * (`departmentListText`: a name per row, its other names in the cells beside it). Bad lines are
 * problems, each one sentence in Finnish and English naming its line; the good lines still make the
 * list. `listedDepartment` finds a name or an alias on the list, `nearestListed` the listed name
 * nearest to one that is not (edit distance between keys).
 */
import type { DepartmentList } from "../model/department";
import type { Bilingual } from "../model/text";
import { cleanText, editDistance } from "../text";

/**
 * Departments Toteuma knows the spelling of: their key gives their display spelling wherever they
 * are written (a title in capitals, a file name without umlauts). Not a list of the city's
 * departments: without the city's own list, any department name is taken as written.
 */
export const KNOWN_DEPARTMENTS: readonly string[] = [
  "Elinvoima- ja ympäristötoimiala",
  "Sosiaali- ja terveystoimiala",
  "Vapaa-aikatoimiala",
  "Kasvu- ja työllisyyspalvelut",
  "Konsernihallinnon toimiala",
  "Konsernipalvelut",
  "Porin Vesi -liikelaitos",
  "Tekninen toimiala",
  "Sivistystoimiala",
  "Perusturvan toimiala",
];

/** departmentKey of names met before: every sheet, title and department row names one again. */
const departmentKeys = new Map<string, string>();
const DEPARTMENT_KEYS_LIMIT = 5_000;

/** Lower case, no diacritics, nothing but letters and digits: "Elinvoima- ja ympäristötoimiala" → "elinvoimajaymparistotoimiala". */
export function departmentKey(name: string): string {
  const short = name.length <= 120;
  const known = short ? departmentKeys.get(name) : undefined;
  if (known !== undefined) return known;
  const key = name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");
  if (short) {
    if (departmentKeys.size >= DEPARTMENT_KEYS_LIMIT) departmentKeys.clear();
    departmentKeys.set(name, key);
  }
  return key;
}

const KNOWN_BY_KEY = new Map(KNOWN_DEPARTMENTS.map((name) => [departmentKey(name), name]));

/** The known department with this name's key ("SIVISTYSTOIMIALA" → "Sivistystoimiala"), or null. */
export function knownDepartment(name: string): string | null {
  return KNOWN_BY_KEY.get(departmentKey(name)) ?? null;
}

/** The noun a department's name ends in: lower case inside a name, however the name was written. */
const DEPARTMENT_NOUN = /(?:toimiala|palvelut|kanslia|hallinto|virasto|keskus)$/iu;

const HYPHEN = "[-\u2010\u2011\u2013\u2014]";
/** "Sosiaali -ja", "Sosiaali - ja", "Sosiaali– ja", "sosiaali-ja-terveys…": the shared part's hyphen. */
const SHARED_PART = new RegExp(`(\\p{L})\\s*${HYPHEN}\\s*(ja)(?:\\s+|${HYPHEN})(?=\\p{L})`, "giu");
/** "Porin Vesi - liikelaitos": a hyphen written apart from the word it joins. */
const LOOSE_SUFFIX = new RegExp(`(\\p{L})\\s+${HYPHEN}\\s+(liikelaitos)`, "giu");

/** Whitespace, quotes, trailing punctuation and hyphens written the one way. */
function tidy(raw: string): string {
  return cleanText(raw)
    .replace(/^["'\u201c\u201d\u201e\u00ab\u00bb]+|["'\u201c\u201d\u201e\u00ab\u00bb\s.,;:!?]+$/gu, "")
    .replace(SHARED_PART, "$1- $2 ")
    .replace(LOOSE_SUFFIX, "$1 -$2")
    .trim();
}

/** The first letter in capitals. */
function upperFirst(t: string): string {
  const i = t.search(/\p{L}/u);
  return i < 0 ? t : t.slice(0, i) + t.charAt(i).toUpperCase() + t.slice(i + 1);
}

const lower = (w: string): string => w.toLowerCase();

/** Finnish sentence case that keeps the proper nouns of a name (see the top). */
function sentenceCase(t: string): string {
  const words = t.split(" ");
  // A part joined by a hyphen ("-liikelaitos") and the "ja" of a shared part are never capitalised.
  const small = (w: string) => w.startsWith("-") || /^ja$/iu.test(w);
  // A municipal enterprise is a proper name: the city's genitive and the name's words capitalised
  // ("Porin Vesi -liikelaitos", "Porin Palveluliikelaitos"), however it was written.
  if (/liikelaitos$/iu.test(t))
    return words.map((w) => (small(w) ? lower(w) : upperFirst(lower(w)))).join(" ");
  const letters = t.replace(/[^\p{L}]/gu, "");
  if (letters === letters.toUpperCase() || letters === lower(letters)) return upperFirst(lower(t));
  // Mixed case: the capitals inside are proper nouns, except on the department's own noun.
  return upperFirst(
    words.map((w, i) => (i > 0 && (small(w) || DEPARTMENT_NOUN.test(w)) ? lower(w) : w)).join(" "),
  );
}

/**
 * The display spelling of a department's name (see the top): as listed when the name or an alias of
 * it is on `list`, else as known, else in sentence case as written. Null when there is no name.
 */
export function displayDepartment(raw: string | null, list?: DepartmentList | null): string | null {
  if (raw === null) return null;
  const t = tidy(raw);
  if (!/\p{L}/u.test(t)) return null;
  const key = departmentKey(t);
  return (list ? listIndex(list).get(key) : undefined) ?? KNOWN_BY_KEY.get(key) ?? sentenceCase(t);
}

// ---- the city's list ----

const INDEXES = new WeakMap<DepartmentList, Map<string, string>>();

/** Key of every listed name and alias → the listed name; the names before the aliases, in list order. */
function listIndex(list: DepartmentList): Map<string, string> {
  let index = INDEXES.get(list);
  if (index) return index;
  index = new Map();
  for (const name of list.names) if (!index.has(departmentKey(name))) index.set(departmentKey(name), name);
  for (const { alias, name } of list.aliases)
    if (!index.has(departmentKey(alias))) index.set(departmentKey(alias), name);
  INDEXES.set(list, index);
  return index;
}

/** True when the list names no department. */
export function isEmptyList(list: DepartmentList | null | undefined): boolean {
  return !list || list.names.length === 0;
}

/** The listed name that `name` is (itself or an alias, in any spelling), or null when it is not on the list. */
export function listedDepartment(list: DepartmentList, name: string): string | null {
  return listIndex(list).get(departmentKey(tidy(name))) ?? null;
}

/**
 * The listed name nearest to `name`: the smallest edit distance between keys over the listed names
 * and aliases (an alias proposes the name it stands for); on a tie, the first in the list. Null for
 * an empty list.
 */
export function nearestListed(list: DepartmentList, name: string): { name: string; distance: number } | null {
  const key = departmentKey(tidy(name));
  let best: { name: string; distance: number } | null = null;
  for (const [k, listed] of listIndex(list)) {
    const distance = editDistance(key, k, best ? best.distance : Infinity);
    if (!best || distance < best.distance) best = { name: listed, distance };
  }
  return best;
}

/** A line of a department list that could not be taken, with why: one sentence in each language. */
export interface ListProblem extends Bilingual {
  /** 1-based line of the list's text. */
  line: number;
}

export interface ParsedDepartmentList {
  list: DepartmentList;
  problems: ListProblem[];
}

const q = (s: string): string => `'${s}'`;

/**
 * A department list from its text (see the top). Every listed name is in its display spelling; a name
 * written only on the right of an alias line is listed too. A line that cannot be taken is a problem
 * and adds nothing; the others make the list.
 */
export function parseDepartmentList(text: string): ParsedDepartmentList {
  const names: string[] = [];
  const aliases: DepartmentList["aliases"] = [];
  const problems: ListProblem[] = [];
  const nameAt = new Map<string, string>();
  const aliasAt = new Map<string, { name: string; line: number }>();
  const problem = (line: number, fi: string, en: string) =>
    problems.push({ line, fi: `Rivi ${line}: ${fi}`, en: `Line ${line}: ${en}` });

  /** The listed name for `raw`, listing it when new; null (with a problem) when it cannot be one. */
  const listName = (raw: string, line: number): string | null => {
    const shown = displayDepartment(raw);
    if (!shown) {
      problem(line, `${q(raw)} ei ole toimialan nimi.`, `${q(raw)} is not the name of a department.`);
      return null;
    }
    const key = departmentKey(shown);
    const listed = nameAt.get(key);
    if (listed) return listed;
    const asAlias = aliasAt.get(key);
    if (asAlias) {
      problem(
        line,
        `${q(raw)} on jo rivillä ${asAlias.line} toimialan ${q(asAlias.name)} muu nimi, joten se ei voi olla oma toimialansa.`,
        `${q(raw)} is already another name of ${q(asAlias.name)} on line ${asAlias.line}, so it cannot be a department of its own.`,
      );
      return null;
    }
    nameAt.set(key, shown);
    names.push(shown);
    return shown;
  };

  text.split(/\r\n?|\n/).forEach((raw, i) => {
    const line = i + 1;
    const t = cleanText(raw.replace(/(?:^|\s)#.*$/u, ""));
    if (!t) return;
    const parts = t.split("=").map(cleanText);
    if (parts.length === 1) {
      listName(t, line);
      return;
    }
    if (parts.length > 2) {
      problem(
        line,
        "rivillä saa olla vain yksi '=' (muu nimi = toimiala).",
        "a line may have only one '=' (other name = department).",
      );
      return;
    }
    const [alias, name] = parts;
    if (!alias || !name) {
      problem(
        line,
        "kirjoita muu nimi ja toimiala muodossa 'Sivistys = Sivistystoimiala'.",
        "write the other name and the department as 'Sivistys = Sivistystoimiala'.",
      );
      return;
    }
    const listed = listName(name, line);
    if (!listed) return;
    const key = departmentKey(alias);
    if (key === departmentKey(listed)) return; // "SIVISTYSTOIMIALA = Sivistystoimiala": the name itself.
    if (nameAt.has(key)) {
      problem(
        line,
        `${q(alias)} on luettelossa oma toimialansa, joten se ei voi olla toimialan ${q(listed)} muu nimi.`,
        `${q(alias)} is a department of its own on the list, so it cannot be another name of ${q(listed)}.`,
      );
      return;
    }
    const before = aliasAt.get(key);
    if (before && before.name !== listed) {
      problem(
        line,
        `${q(alias)} on jo rivillä ${before.line} toimialan ${q(before.name)} muu nimi.`,
        `${q(alias)} is already another name of ${q(before.name)} on line ${before.line}.`,
      );
      return;
    }
    if (before) return;
    aliasAt.set(key, { name: listed, line });
    aliases.push({ alias, name: listed });
  });
  return { list: { names, aliases }, problems };
}

/** A first row that heads a sheet of names rather than naming a department. */
const LIST_HEADER = /^(?:toimialat?|nimi|nimet|department|departments|name|names)$/i;

/**
 * The text of a department list kept as a sheet: each row's first cell is a name (or an `Alias =
 * Name` line), the cells beside it its other names; a heading row ("Toimiala", "Nimi") is skipped.
 */
export function departmentListText(rows: readonly (readonly string[])[]): string {
  const lines: string[] = [];
  let first = true;
  for (const row of rows) {
    const cells = row.map(cleanText).filter((c) => c !== "");
    if (cells.length === 0) continue;
    const heading = first && LIST_HEADER.test(cells[0]);
    first = false;
    if (heading) continue;
    const [name, ...others] = cells;
    lines.push(name);
    for (const alias of others) lines.push(`${alias} = ${name}`);
  }
  return lines.join("\n");
}
