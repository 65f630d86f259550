/**
 * A sheet whose places that name its department disagree: the title says one department, a stray
 * department row, the sheet name or the file name another. The most specific place wins (the order
 * is src/read/meta.ts's: the Toimiala column, the title, a department row, the sheet name, the file
 * name; with a city's list, listed names first), so the summary counts the sheet under it; each
 * place that names another department gets a note at its cell (the sheet and file names, which have
 * none, at the winning place's cell). Spellings of one department ("ELINVOIMA- JA
 * YMPÄRISTÖTOIMIALA", an alias on the list) do not disagree, nor does a shortening with a name it
 * starts ("Konserni" in the sheet name, "Konsernihallinnon toimiala" in the title), nor a name with
 * and without the city's name in front ("Palveluliikelaitos", "Porin Palveluliikelaitos"), nor a
 * title naming only a unit.
 */
import type { DepartmentMention } from "../../model/department";
import type { Finding } from "../../model/finding";
import { departmentKey } from "../../read/department";
import { cellFor, mentionsOf, PLACE_WORDS, whereWritten } from "../department";
import { finding, quote } from "../text";
import type { Rule } from "../types";

/** What is left of a name without an owner's genitive is no department by itself. */
const GENERIC = new Set(["toimiala", "toimialue", "liikelaitos", "palvelut", "palvelukeskus"]);

/**
 * The key of a name without its owner in front: up to two leading genitives ("Porin Palveluliikelaitos",
 * "Porin kaupungin sivistystoimiala" → "palveluliikelaitos", "sivistystoimiala"); null when nothing
 * is dropped or what is left names no department by itself ("Konsernihallinnon toimiala").
 */
function keyWithoutOwner(name: string): string | null {
  const words = name.split(/\s+/);
  let i = 0;
  while (i < 2 && words.length - i > 1 && /^\p{L}+n$/u.test(words[i])) i++;
  if (i === 0) return null;
  const key = departmentKey(words.slice(i).join(" "));
  return GENERIC.has(key) ? null : key;
}

/**
 * One department: the same key; a shortening and a name it starts ("Konserni T2" and
 * "Konsernihallinnon toimiala" do not disagree, though the shortening alone reads as
 * "Konsernipalvelut"); or a name with and without its owner ("Palveluliikelaitos" as the sheet name,
 * "Porin Palveluliikelaitos" in the title).
 */
function sameDepartment(a: DepartmentMention, b: DepartmentMention): boolean {
  const [ka, kb] = [departmentKey(a.name), departmentKey(b.name)];
  if (ka === kb) return true;
  if (keyWithoutOwner(a.name) === kb || keyWithoutOwner(b.name) === ka) return true;
  return (
    (!!a.stem && kb.startsWith(departmentKey(a.stem))) || (!!b.stem && ka.startsWith(departmentKey(b.stem)))
  );
}

export const departmentSourcesDisagree: Rule = {
  code: "department-sources-disagree",
  severity: "info",
  description: {
    fi: "Taulukon otsikko, toimialarivi, välilehden nimi tai tiedoston nimi viittaa eri toimialaan.",
    en: "The sheet's title, department row, sheet name or file name point to different departments.",
  },
  check(report) {
    const found = mentionsOf(report);
    if (!found) return [];
    const { chosen, others } = found;
    const out: Finding[] = [];
    for (const m of others) {
      if (m.unitOnly || sameDepartment(m, chosen)) continue;
      const place = PLACE_WORDS[m.source];
      const wins = PLACE_WORDS[chosen.source];
      out.push(
        finding(
          departmentSourcesDisagree,
          cellFor(report, m.cell, chosen.cell),
          {
            fi: `${place.fi}${whereWritten(m)} viittaa toimialaan ${quote(m.name)}, mutta ${wins.fiIn}${whereWritten(chosen)} toimiala on ${quote(chosen.name)}. Taulukko lasketaan tarkemman lähteen mukaan toimialaan ${quote(chosen.name)}.`,
            en: `${place.en.charAt(0).toUpperCase()}${place.en.slice(1)}${whereWritten(m)} points to the department ${quote(m.name)}, but ${wins.en}${whereWritten(chosen)} names ${quote(chosen.name)}. The sheet is counted under the more specific one, ${quote(chosen.name)}.`,
          },
          {
            fi: `Jos toimiala on ${quote(chosen.name)}, korjaa ${place.fi.toLocaleLowerCase("fi-FI")}; muuten korjaa ${wins.fi.toLocaleLowerCase("fi-FI")}.`,
            en: `If the department is ${quote(chosen.name)}, correct ${place.en}; otherwise correct ${wins.en}.`,
          },
        ),
      );
    }
    return out;
  },
};
