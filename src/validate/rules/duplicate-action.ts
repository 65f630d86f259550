/**
 * The same action twice under the same commitment. "The same commitment" is by text, not by block:
 * a block layout repeats PAINOPISTE / TAVOITE / TEKO above every action, so a copied block puts the
 * copy under a commitment of the same name.
 */
import type { Finding } from "../../model/finding";
import type { Action, Commitment } from "../../model/report";
import { actionPaths } from "../walk";
import { finding, hasHierarchy, normalise, quote, remembering } from "../text";
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
    // A block layout repeats the goal and commitment above every action (and a copied block its
    // action): each text normalised and quoted once.
    const norm = remembering(normalise);
    const named = remembering(quote);
    for (const { goal, commitment, action } of actionPaths(report)) {
      const text = norm(action.text);
      if (action.implied || !text) continue;
      let parent: string;
      if (commitment.implied) {
        if (!implied.has(commitment)) implied.set(commitment, `#${implied.size}`);
        parent = implied.get(commitment) as string;
      } else parent = `${norm(goal.text)}\u0000${norm(commitment.text)}`;
      const key = `${parent}\u0000${text}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, action);
        continue;
      }
      const under = commitment.implied
        ? { fi: "saman teon", en: "the same commitment" }
        : { fi: `saman teon ${named(commitment.text)}`, en: `commitment ${named(commitment.text)}` };
      out.push(
        finding(
          duplicateAction,
          action.cell,
          {
            fi: `Toimenpide ${named(action.text)} on kahdesti ${under.fi} alla (ensimmäinen rivillä ${first.cell.row}).`,
            en: `Action ${named(action.text)} appears twice under ${under.en} (first on row ${first.cell.row}).`,
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
