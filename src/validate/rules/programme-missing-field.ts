/**
 * Programme layout: a block missing one of its five fields. A block with several "Toimenpide" lines
 * has several actions; each needs a "Mittari" of its own (the first one's is the block's field).
 */
import type { Finding } from "../../model/finding";
import { actionPaths } from "../walk";
import { PROGRAMME_FIELDS, type ProgrammeField, type ProgrammeItem } from "../../model/report";
import type { Bilingual } from "../../model/text";
import { cleanText, finding, present, quote } from "../text";
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
    if (report.layout !== "programme") return out;
    // Further actions of a block (the first is checked above as the block's fields).
    const firsts = new Set<string>();
    for (const item of report.programme?.items ?? [])
      if (item.fields.action) firsts.add(`${item.fields.action.cell.row}:${item.fields.action.cell.col}`);
    for (const { action } of actionPaths(report)) {
      if (action.implied || action.measures.length > 0) continue;
      if (firsts.has(`${action.cell.row}:${action.cell.col}`)) continue;
      const f = FIELD_NAMES.measure;
      out.push(
        finding(
          programmeMissingField,
          action.cell,
          {
            fi: `Toimenpiteellä ${quote(action.text)} ei ole kenttää '${f.fi}'.`,
            en: `Action ${quote(action.text)} has no '${f.fi}' (${f.en}).`,
          },
          {
            fi: `Lisää toimenpiteen alle rivi '${f.fi}' ja sen teksti.`,
            en: `Add a '${f.fi}' row with its text under the action.`,
          },
        ),
      );
    }
    return out;
  },
};
