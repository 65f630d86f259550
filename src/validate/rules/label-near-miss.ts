/** A label written a letter or two off a known one ("TOIMENPDE", "Vastuhenkilö"). */
import type { Finding } from "../../model/finding";
import { finding, truncate } from "../text";
import type { Rule } from "../types";

export const labelNearMiss: Rule = {
  code: "label-near-miss",
  severity: "warning",
  description: {
    fi: "Otsikko on kirjoitettu lähes oikein; se luettiin tunnetuksi otsikoksi.",
    en: "A label is misspelt; it was read as a known label.",
  },
  check(report) {
    const out: Finding[] = [];
    for (const n of report.nearMisses)
      out.push(
        finding(
          labelNearMiss,
          n.cell,
          {
            fi: `Otsikko '${truncate(n.written)}' on kirjoitettu väärin; se luettiin otsikoksi '${n.readAs}'.`,
            en: `The label '${truncate(n.written)}' is misspelt; it was read as '${n.readAs}'.`,
          },
          { fi: `Kirjoita '${n.readAs}'.`, en: `Write '${n.readAs}'.` },
        ),
      );
    return out;
  },
};
