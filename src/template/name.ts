/**
 * The names a template gives: its sheet ("Konsernipalvelut T2 2025", within Excel's rules for sheet
 * names) and its title ("Talousarvion 2025 toiminnalliset tavoitteet – T2 – Konsernipalvelut", which the
 * readers take the department, period and year from: src/read/meta.ts).
 */
import { periodInfo, type Period } from "../model/period";
import { cleanText } from "../text";

/** Excel's longest sheet name. */
export const SHEET_NAME_LIMIT = 31;

/** Characters Excel refuses in a sheet name. */
const FORBIDDEN = /[:\\/?*[\]]/g;

/** A sheet name's own rules: no forbidden characters, no apostrophe at either end, no line breaks. */
function clean(name: string): string {
  return cleanText(cleanText(name.replace(FORBIDDEN, " ")).replace(/^'+|'+$/g, ""));
}

/** A department name's generic last word: "…toimiala", "…palvelut" ("Kasvu- ja työllisyyspalvelut"). */
const GENERIC_END = /\s*(?:toimiala|palvelut|palvelualue|tulosalue)(?:n)?$/i;

/**
 * The department named as briefly as a sheet name needs: the name as it is; without its generic end
 * ("Elinvoima- ja ympäristötoimiala" → "Elinvoima- ja ympäristö", "Kasvu- ja työllisyyspalvelut" →
 * "Kasvu- ja työllisyys"); its first word ("Elinvoima", which the readers also know as the department:
 * meta.ts); cut to fit.
 */
function shortenings(department: string): string[] {
  const name = clean(department);
  const withoutEnd = cleanText(name.replace(GENERIC_END, "")).replace(/[-\s]+$/, "");
  const firstWord = (name.split(" ")[0] ?? "").replace(/-+$/, "");
  return [name, withoutEnd, firstWord].filter((n) => n !== "");
}

/** Cuts a name to `limit` characters at the end, never leaving a hyphen or space last. */
function cut(name: string, limit: number): string {
  return name.slice(0, Math.max(0, limit)).replace(/[-\s]+$/, "");
}

/**
 * The template's sheet name: "<Department> <period> <year>" ("Konsernipalvelut T2 2025",
 * "Elinvoima- ja ympäristö vuosi 2026"), at most 31 characters, never one of `taken` (compared as
 * Excel does, ignoring case): then "… (2)", "… (3)". Without a department: "Tavoitteet T2 2025".
 */
export function templateSheetName(
  department: string | null,
  period: Period,
  year: number,
  taken: readonly string[],
): string {
  const used = new Set(taken.map((t) => t.toLocaleLowerCase("fi-FI")));
  const suffix = ` ${periodInfo(period).short.fi} ${year}`;
  const bases = department ? shortenings(department) : ["Tavoitteet"];
  for (let n = 1; ; n++) {
    const extra = n === 1 ? "" : ` (${n})`;
    const room = SHEET_NAME_LIMIT - suffix.length - extra.length;
    const base = bases.find((b) => b.length <= room) ?? cut(bases[bases.length - 1], room);
    const name = `${base}${suffix}${extra}`.trim();
    if (!used.has(name.toLocaleLowerCase("fi-FI"))) return name;
  }
}

/**
 * The title row: "Talousarvion 2025 toiminnalliset tavoitteet – T2 – Konsernipalvelut"; for the whole
 * year "… – vuosiraportti – …". The readers take the department from the last part, the period from
 * the code (or "vuosiraportti") and the year from the number, when the selvitys headings do not say.
 */
export function templateTitle(department: string | null, period: Period, year: number): string {
  const what = period === "year" ? "vuosiraportti" : period;
  const parts = [`Talousarvion ${year} toiminnalliset tavoitteet`, what];
  if (department) parts.push(department);
  return parts.join(" – ");
}

/** The line under the title: where to write (the answer cells are also the only ones that take typing). */
export const INSTRUCTION =
  "Kirjoita raportti oransseihin vastaussoluihin (muut solut on suojattu). " +
  "Write the report in the orange answer cells (the others are protected).";

/** "Edellinen selvitys (T1 2026)", "Edellinen raportointi (vuosi 2025)", "Edellinen selvitys". */
export function previousLabel(
  what: "selvitys" | "raportointi",
  period: Period | null,
  year: number | null,
): string {
  const when = [period ? periodInfo(period).short.fi : null, year].filter((x) => x !== null).join(" ");
  return `Edellinen ${what}${when ? ` (${when})` : ""}`;
}
