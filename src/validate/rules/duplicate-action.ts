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
    const implied = new Map<Commitment, Map<string, Action>>();
    // By the goal's, the commitment's and the action's normalised text, one map in another (a key
    // joined from the three made a new string of every action).
    const seen = new Map<string, Map<string, Map<string, Action>>>();
    // A block layout repeats the goal and commitment above every action (and a copied block its
    // action): each text normalised and quoted once.
    const norm = remembering(normalise);
    const named = remembering(quote);
    for (let i1 = 0, list1 = actionPaths(report); i1 < list1.length; i1++) {
      const { goal, commitment, action } = list1[i1];
      const text = norm(action.text);
      if (action.implied || !text) continue;
      // An implied commitment is its own parent, whatever the texts.
      let underCommitment: Map<string, Action> | undefined;
      if (commitment.implied) {
        underCommitment = implied.get(commitment);
        if (!underCommitment) implied.set(commitment, (underCommitment = new Map()));
      } else {
        const goalKey = norm(goal.text);
        const commitmentKey = norm(commitment.text);
        let underGoal = seen.get(goalKey);
        if (!underGoal) seen.set(goalKey, (underGoal = new Map()));
        underCommitment = underGoal.get(commitmentKey);
        if (!underCommitment) underGoal.set(commitmentKey, (underCommitment = new Map()));
      }
      const first = underCommitment.get(text);
      if (!first) {
        underCommitment.set(text, action);
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
