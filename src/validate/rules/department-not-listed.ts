/**
 * With a city's list of departments (`toteuma --departments FILE`, or the list kept in the
 * workbook's settings in Excel): a sheet whose department is not on the list, neither as a listed
 * name nor as an alias, in any spelling. The warning is at the place the department was read from
 * (the sheet and file names, which have no cell, at the title or A1) and proposes the listed name
 * nearest to it (edit distance between the names' keys, src/read/department.ts). Without a list,
 * names are taken as written and this rule is quiet.
 */
import { isEmptyList, listedDepartment, nearestListed } from "../../read/department";
import { cellFor, mentionsOf, PLACE_WORDS } from "../department";
import { finding, quote } from "../text";
import type { Rule } from "../types";

export const departmentNotListed: Rule = {
  code: "department-not-listed",
  severity: "warning",
  description: {
    fi: "Taulukon toimiala ei ole kaupungin toimialaluettelossa.",
    en: "The sheet's department is not on the city's list of departments.",
  },
  check(report, ctx) {
    const list = ctx.departmentList;
    if (!list || isEmptyList(list)) return [];
    const found = mentionsOf(report);
    if (!found) return [];
    const { chosen } = found;
    if (listedDepartment(list, chosen.name) !== null) return [];
    const nearest = nearestListed(list, chosen.name)?.name ?? list.names[0];
    const place = PLACE_WORDS[chosen.source];
    const from = chosen.cell
      ? { fi: "", en: "" }
      : {
          fi: ` (${place.fiFrom} ${quote(chosen.written)})`,
          en: ` (from ${place.en} ${quote(chosen.written)})`,
        };
    const name = quote(chosen.name);
    const alias = quote(`${chosen.name} = ${nearest}`);
    return [
      finding(
        departmentNotListed,
        cellFor(report, chosen.cell, report.title?.cell),
        {
          fi: `Toimiala ${name}${from.fi} ei ole toimialaluettelossa. Lähin luettelon nimi: ${quote(nearest)}.`,
          en: `The department ${name}${from.en} is not on the department list. The nearest listed name: ${quote(nearest)}.`,
        },
        {
          fi: `Kirjoita ${quote(nearest)} tai lisää luetteloon ${alias} (saman toimialan toinen nimi) tai ${name} (uusi toimiala).`,
          en: `Write ${quote(nearest)}, or add ${alias} (another name of the same department) or ${name} (a new department) to the list.`,
        },
      ),
    ];
  },
};
