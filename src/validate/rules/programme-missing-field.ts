/** Programme layout: a numbered block missing one of its five fields. */
import type { Finding } from "../../model/finding";
import { PROGRAMME_FIELDS, type ProgrammeField, type ProgrammeItem } from "../../model/report";
import type { Bilingual } from "../../model/text";
import { cleanText, finding, present } from "../text";
import type { Rule } from "../types";

export const FIELD_NAMES: Record<ProgrammeField, Bilingual> = {
  longTermGoal: { fi: "Pitkän aikavälin tavoite", en: "long-term goal" },
  operationalGoal: { fi: "Toiminnallinen tavoite", en: "operational goal" },
  action: { fi: "Toimenpide", en: "action" },
  measure: { fi: "Mittari", en: "measure" },
  responsible: { fi: "Vastuuhenkilö", en: "responsible person" },
};

function itemName(item: ProgrammeItem): Bilingual {
  const n = item.number ? cleanText(item.number) : "";
  return n
    ? { fi: `Ohjelman kohdasta ${n}`, en: `Programme item ${n}` }
    : {
        fi: `Ohjelman rivillä ${item.cell.row} alkavasta kohdasta`,
        en: `The programme item on row ${item.cell.row}`,
      };
}

export const programmeMissingField: Rule = {
  code: "programme-missing-field",
  severity: "error",
  description: {
    fi: "Ohjelman kohdasta puuttuu jokin viidestä kentästä.",
    en: "A programme item is missing one of its five fields.",
  },
  check(report) {
    const out: Finding[] = [];
    for (const item of report.programme?.items ?? []) {
      const name = itemName(item);
      for (const field of PROGRAMME_FIELDS) {
        if (present(item.fields[field])) continue;
        const f = FIELD_NAMES[field];
        out.push(
          finding(
            programmeMissingField,
            item.cell,
            { fi: `${name.fi} puuttuu '${f.fi}'.`, en: `${name.en} has no '${f.fi}' (${f.en}).` },
            {
              fi: `Lisää kohtaan rivi '${f.fi}' ja sen teksti.`,
              en: `Add a '${f.fi}' row with its text to the item.`,
            },
          ),
        );
      }
    }
    return out;
  },
};
