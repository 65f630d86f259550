/**
 * The department (toimiala) of a sheet: from the title ("…toteutuminen, elinvoima- ja
 * ympäristötoimiala", "… – KONSERNIPALVELUT", "KONSERNIHALLINNON TOIMIALAN PALVELUOHJELMA"), a
 * department row, or the sheet name, in that order.
 */
import { cleanText } from "../text";

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
