/**
 * The same action twice under the same commitment. "The same commitment" is by text, not by block:
 * a block layout repeats PAINOPISTE / TAVOITE / TEKO above every action, so a copied block puts the
 * copy under a commitment of the same name.
 */
import type { Finding } from "../../model/finding";
import type { Action, Commitment } from "../../model/report";
import { actionsOf } from "../../model/report";
import { finding, hasHierarchy, normalise, quote } from "../text";
import type { Rule } from "../types";

export const duplicateAction: Rule = {
  code: "duplicate-action",
  severity: "warning",
  description: {
    fi: "Sama toimenpide on kahdesti saman teon alla.",
    en: "The same action appears twice under the same commitment.",
  },
  check(report) {
    if (!hasHierarchy(report)) return [];
    const out: Finding[] = [];
    const implied = new Map<Commitment, string>();
    const seen = new Map<string, Action>();
    for (const { goal, commitment, action } of actionsOf(report)) {
      const text = normalise(action.text);
      if (action.implied || !text) continue;
      let parent: string;
      if (commitment.implied) {
        if (!implied.has(commitment)) implied.set(commitment, `#${implied.size}`);
        parent = implied.get(commitment) as string;
      } else parent = `${normalise(goal.text)}\u0000${normalise(commitment.text)}`;
      const key = `${parent}\u0000${text}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, action);
        continue;
      }
      const under = commitment.implied
        ? { fi: "saman teon", en: "the same commitment" }
        : { fi: `saman teon ${quote(commitment.text)}`, en: `commitment ${quote(commitment.text)}` };
      out.push(
        finding(
          duplicateAction,
          action.cell,
          {
            fi: `Toimenpide ${quote(action.text)} on kahdesti ${under.fi} alla (ensimmäinen rivillä ${first.cell.row}).`,
            en: `Action ${quote(action.text)} appears twice under ${under.en} (first on row ${first.cell.row}).`,
          },
          {
            fi: "Poista kopio tai yhdistä selvitykset ja mittarit yhteen toimenpiteeseen.",
            en: "Remove the copy, or merge the measures and reports into one action.",
          },
        ),
      );
    }
    return out;
  },
};
