/** Measurement still to come: "Kysely toteutetaan 2024", "Tulokset valmistuvat keväällä". */
import { quote } from "../text";
import type { Judge } from "../types";

const DEFERRED =
  /(?:^|[^\p{L}])(?:(?:tulokset|tulos|tiedot|tieto|tilasto|tilastot|luvut|data)(?:\s+\p{L}+){0,3}?\s+(?:valmistuva|valmistuu|saadaan|saatavilla|julkaistaan|julkaistava|tulevat|tulee|selviää|selviävät|vahvistuu|vahvistuvat)|(?:kysely|mittaus|arviointi|tutkimus|laskenta)\p{L}*(?:\s+\p{L}+){0,2}?\s+(?:toteutetaan|tehdään|järjestetään|toteutuu|on\s+tulossa|tulossa|siirty|siirre|siirtyi|lykät|lykkään|ei\s+(?:toteutettu|tehty|järjestetty|tehdä))|ei\s+(?:ole\s+)?(?:vielä\s+)?(?:tiedossa|saatavilla|mitattu|käytettävissä|tietoa|dataa|mittaustietoa|tulosta)(?![\p{L}])|(?:tieto|tiedot|data)\s+puuttu)/iu;

/**
 * Words of which DEFERRED needs one (each of its branches starts with one of them): a text without
 * any is not tried against the long pattern. Same flags, so the same letters match.
 */
const DEFERRED_WORDS = /tulo|tie[dt]o|tilasto|luvut|data|kysely|mittaus|arviointi|tutkimus|laskenta|ei\s/iu;

export const deferredJudge: Judge = {
  name: "deferred",
  description: {
    fi: "Mittauksen tulos ei ole vielä käytettävissä: tilaa ei voi arvioida.",
    en: "The measurement's result is not available yet: the status cannot be judged.",
  },
  judge({ actual: actualText }) {
    const m = DEFERRED_WORDS.test(actualText) ? DEFERRED.exec(actualText) : null;
    if (!m) return null;
    const q = quote(actualText);
    return {
      status: "not-assessable",
      reason: {
        fi: `Toteuma ${q}: mittauksen tulos ei ole vielä käytettävissä, joten tilaa ei voi arvioida.`,
        en: `Actual ${q}: the measurement's result is not available yet, so the status cannot be judged.`,
      },
    };
  },
};
