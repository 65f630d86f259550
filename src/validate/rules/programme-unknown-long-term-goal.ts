/**
 * Programme layout: a block's long-term goal that is not on the workbook's list of long-term goals
 * (compared without case, spaces or a trailing full stop). Quiet when the workbook has no list.
 */
import type { Finding } from "../../model/finding";
import type { TextAt } from "../../model/report";
import { cleanText, editDistance, finding, normalise, present, quote } from "../text";
import type { Rule } from "../types";

function words(s: string): Set<string> {
  return new Set(normalise(s).match(/\p{L}+|\d+/gu) ?? []);
}

/** The listed goal the text most likely means, if one is close enough. */
function closest(text: string, list: readonly TextAt[]): TextAt | null {
  const k = normalise(text);
  const w = words(text);
  let best: TextAt | null = null;
  let score = 0;
  for (const g of list) {
    const gk = normalise(g.text);
    const d = editDistance(k, gk, Math.ceil(Math.max(k.length, gk.length) * 0.25));
    const byEdits = 1 - d / Math.max(k.length, gk.length, 1);
    const gw = words(g.text);
    let shared = 0;
    for (const x of w) if (gw.has(x)) shared++;
    const byWords = shared / Math.max(1, new Set([...w, ...gw]).size);
    const s = Math.max(byEdits >= 0.75 ? byEdits : 0, byWords >= 0.5 ? byWords : 0);
    if (s > score) [best, score] = [g, s];
  }
  return best;
}

export const programmeUnknownLongTermGoal: Rule = {
  code: "programme-unknown-long-term-goal",
  severity: "warning",
  description: {
    fi: "Pitkän aikavälin tavoite ei ole työkirjan pitkän aikavälin tavoitteiden listalla.",
    en: "A long-term goal is not on the workbook's list of long-term goals.",
  },
  check(report, ctx) {
    const items = report.programme?.items ?? [];
    const list = [...ctx.longTermGoals, ...(report.programme?.longTermGoals ?? [])].filter(
      (g) => cleanText(g.text) !== "",
    );
    if (items.length === 0 || list.length === 0) return [];
    const known = new Set(list.map((g) => normalise(g.text)));
    const out: Finding[] = [];
    for (const item of items) {
      const goal = item.fields.longTermGoal;
      if (!present(goal) || known.has(normalise(goal.text))) continue;
      const near = closest(goal.text, list);
      out.push(
        finding(
          programmeUnknownLongTermGoal,
          goal.cell,
          {
            fi: `Pitkän aikavälin tavoite ${quote(goal.text)} ei ole työkirjan pitkän aikavälin tavoitteiden listalla.`,
            en: `Long-term goal ${quote(goal.text)} is not on the workbook's list of long-term goals.`,
          },
          near
            ? { fi: `Tarkoititko ${quote(near.text)}?`, en: `Did you mean ${quote(near.text)}?` }
            : {
                fi: "Kirjoita tavoite täsmälleen kuten listalla tai lisää se listalle.",
                en: "Write the goal exactly as on the list, or add it to the list.",
              },
        ),
      );
    }
    return out;
  },
};
