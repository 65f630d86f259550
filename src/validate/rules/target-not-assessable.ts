/**
 * A target level no rule can ever assess: it holds neither a number nor a recognisable state or
 * direction word ("valmis", "käytössä", "hyväksytty", "kasvu", "vähintään sama", "positiivinen"…).
 * Worth knowing: such a measure will always be "Ei arvioitavissa" unless someone judges it by hand.
 */
import type { Finding } from "../../model/finding";
import { measurePaths } from "../walk";
import { finding, hasHierarchy, measureName, present, truncate } from "../text";
import type { Rule } from "../types";

/** Word beginnings that name a state of work or a direction of change. */
const STEMS = [
  // states
  "valmi",
  "valmistu",
  "käytös",
  "käyttöön",
  "käyttöönot",
  "hyväksy",
  "toteutu",
  "toteute",
  "käynnis",
  "aloite",
  "aloitu",
  "alka",
  "laadi",
  "tehty",
  "tehdy",
  "julkais",
  "otettu",
  "hankit",
  "sovit",
  "sovi",
  "selvitet",
  "varmistet",
  "voimassa",
  "olemassa",
  "toiminnas",
  "vakiin",
  "järjestet",
  "pidetty",
  "lanseer",
  "päätet",
  "nimet",
  "määritel",
  "valit",
  "saavut",
  "allekirjoit",
  "kartoitet",
  "uudistet",
  "päivitet",
  "suunnitelma",
  "suunnitel",
  "luonnos",
  "vireil",
  "pilot",
  "kesken",
  "ok",
  "kyllä",
  "ei",
  // directions and comparisons
  "kasv",
  "lisää",
  "lisään",
  "nous",
  "vähen",
  "väheme",
  "vähin",
  "enintään",
  "korkeintaan",
  "yli",
  "alle",
  "laske",
  "lasku",
  "lyhen",
  "pidenty",
  "paran",
  "parem",
  "heikken",
  "sama",
  "samal",
  "samas",
  "säily",
  "pysy",
  "ennallaan",
  "positiivi",
  "negatiivi",
  "enemmän",
  "vähemmän",
  "suurem",
  "pienem",
  "lähesty",
  "kaikki",
  "kaikil",
  "jokai",
  "puolet",
  "nolla",
];

const SYMBOLS = /[\d%€<>≥≤±+]/u;

/** The stems of up to three letters are whole words ("ei", "ok"); the longer ones begin a word. */
const WHOLE_WORDS = new Set(STEMS.filter((s) => s.length <= 3));
const WORD_START = new RegExp(`^(?:${STEMS.filter((s) => s.length > 3).join("|")})`, "u");

/** True when the target holds a number or a word that says what state or direction is wanted. */
export function assessableTarget(text: string): boolean {
  if (SYMBOLS.test(text)) return true;
  // toLowerCase is toLocaleLowerCase("fi-FI"): Finnish has no special casing.
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.some(
    (w) =>
      WHOLE_WORDS.has(w) ||
      WORD_START.test(w) ||
      // Participles name a state: "tarkasteltu", "uusittu", "parantunut", "lisääntynyt".
      (w.length >= 6 && /(tu|ty|nut|nyt)$/u.test(w)),
  );
}

export const targetNotAssessable: Rule = {
  code: "target-not-assessable",
  severity: "info",
  description: {
    fi: "Tavoitetasoa ei voi arvioida: siinä ei ole lukua eikä tunnistettavaa tilaa.",
    en: "A target level cannot be assessed: it holds neither a number nor a recognisable state.",
  },
  check(report) {
    if (!hasHierarchy(report)) return [];
    const out: Finding[] = [];
    for (let i1 = 0, list1 = measurePaths(report); i1 < list1.length; i1++) {
      const { measure } = list1[i1];
      const t = measure.target;
      if (!present(t) || assessableTarget(t.text)) continue;
      out.push(
        finding(
          targetNotAssessable,
          t.cell,
          {
            fi: `Mittarin ${measureName(measure)} tavoitetasoa '${truncate(t.text)}' ei voi arvioida automaattisesti: siinä ei ole lukua eikä tunnistettavaa tilaa.`,
            en: `The target level '${truncate(t.text)}' of measure ${measureName(measure)} cannot be assessed automatically: it holds neither a number nor a recognisable state.`,
          },
          {
            fi: "Kirjoita tavoite mitattavaan muotoon, esimerkiksi '50 kpl' tai 'Valmis ja käytössä'.",
            en: "Write the target so that it can be measured, e.g. '50 kpl' or 'Valmis ja käytössä'.",
          },
        ),
      );
    }
    return out;
  },
};
