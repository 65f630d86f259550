/**
 * Words: the state the actual's words name ("valmis", "kesken", "ei käytössä") against the state the
 * target asks for, or an actual that restates the target.
 */
import { quote } from "../text";
import type { Judge, Verdict } from "../types";
import { highestState, readState, STATE_RANK, words, type StateLevel } from "../vocabulary";
import type { Bilingual, Status } from "../../model";

const STOPWORDS = new Set([
  "ja",
  "on",
  "ovat",
  "oli",
  "sekä",
  "tai",
  "kanssa",
  "myös",
  "että",
  "jossa",
  "joka",
  "sen",
  "ne",
  "se",
  "kun",
  "vuonna",
  "vuoden",
  // The verbs of keeping a level say nothing about what is kept: "Säilyy riittävänä".
  "säilyy",
  "säilyä",
  "pysyy",
  "pysyä",
  "edelleen",
]);

function contentStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of words(text)) {
    if (w.lower.length < 3 || STOPWORDS.has(w.lower) || /^\d/.test(w.lower)) continue;
    out.add(w.lower.slice(0, Math.min(6, Math.max(4, w.lower.length - 2))));
  }
  return out;
}

/** Share of the target's content words (by stem) that the actual repeats. */
export function wordOverlap(target: string, actual: string): number {
  const t = contentStems(target);
  if (t.size === 0) return 0;
  const a = contentStems(actual);
  let n = 0;
  for (const s of t) if (a.has(s)) n++;
  return n / t.size;
}

const LEVEL_TEXT: Record<StateLevel, Bilingual> = {
  done: { fi: "valmis", en: "done" },
  "in-progress": { fi: "kesken", en: "in progress" },
  planning: { fi: "suunnitteluvaiheessa", en: "being planned" },
  "not-started": { fi: "aloittamatta", en: "not started" },
  negative: { fi: "kielteinen", en: "negative" },
};

/** The word after a leading "ei" ("Ei korotusta" → "korotusta"), lower case; null without one. */
const NEGATED = /^\s*ei\s+(\p{L}+)/iu;

function negated(text: string | null | undefined): string | null {
  const m = text ? NEGATED.exec(text) : null;
  // toLowerCase is toLocaleLowerCase("fi-FI") (Finnish has no special casing) at a fraction of the cost.
  return m ? m[1].toLowerCase() : null;
}

/**
 * A target that is itself a negation met by an actual negating the same thing: "Ei korotusta" /
 * "Ei korotettu", "Ei lisäystä" / "ei lisätty" — the words share their stem (four letters at least).
 */
function negationMet(target: string | null | undefined, actual: string | null | undefined): boolean {
  const t = negated(target);
  const a = negated(actual);
  if (!t || !a) return false;
  let n = 0;
  while (n < t.length && n < a.length && t[n] === a[n]) n++;
  return n >= 4;
}

export const wordsJudge: Judge = {
  name: "words",
  description: {
    fi: "Toteuman sanojen kertomaa tilaa verrataan tavoitteen vaatimaan tilaan.",
    en: "The state the actual's words name against the state the target asks for.",
  },
  judge({ baseline: baselineText, target: targetText, actual: actualText }) {
    const a = readState(actualText);
    if (a.level === null) {
      // The overlap counts only here, and the quotes only for a verdict.
      if (targetText && wordOverlap(targetText, actualText) >= 0.6) {
        const quoted = quote(actualText);
        const tq = quote(targetText);
        return {
          status: "achieved",
          reason: {
            fi: `Toteuma ${quoted} toistaa tavoitteen ${tq}: tavoite saavutettu`,
            en: `The actual ${quoted} restates the target ${tq}: target reached`,
          },
        };
      }
      return null;
    }
    const quoted = quote(actualText);
    const tq = quote(targetText);
    let required = highestState(targetText);
    if (!required || STATE_RANK[required] < STATE_RANK.planning) required = "done";
    const phrase = a.phrase ? `"${a.phrase}"` : quoted;
    const said = LEVEL_TEXT[a.level];
    const head = {
      fi: `Toteuma ${quoted}, tavoite ${tq}: toteuman sanat ${phrase} (${said.fi})`,
      en: `Actual ${quoted}, target ${tq}: the actual's words ${phrase} (${said.en})`,
    };
    const verdict = (status: Status, fi: string, en: string): Verdict => ({
      status,
      reason: { fi: `${head.fi}; ${fi}`, en: `${head.en}; ${en}` },
    });
    if (a.level === "negative" && negationMet(targetText, actualText))
      return verdict(
        "achieved",
        "tavoite on, ettei niin tehdä, eikä niin tehty: tavoite saavutettu",
        "the target is that it is not done, and it was not: target reached",
      );
    if (a.level === "negative" || a.level === "not-started")
      return verdict("not-achieved", "tavoitetta ei saavutettu", "target not reached");
    if (STATE_RANK[a.level] >= STATE_RANK[required])
      return verdict("achieved", "tavoite saavutettu", "target reached");
    if (a.level === "in-progress")
      return verdict("partial", "työ aloitettu mutta ei valmis", "work started but not finished");
    // Planning: progress only if the baseline was behind planning.
    const b = readState(baselineText).level;
    if (b && STATE_RANK[b] >= STATE_RANK.planning)
      return verdict("not-achieved", "ei edistystä lähtötasosta", "no progress from the baseline");
    return verdict("partial", "suunnittelu aloitettu", "planning has started");
  },
};
