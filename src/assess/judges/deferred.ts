/** Measurement still to come: "Kysely toteutetaan 2024", "Tulokset valmistuvat keväällä". */
import { quote } from "../text";
import type { Judge } from "../types";

const DEFERRED =
  /(?:^|[^\p{L}])(?:(?:tulokset|tulos|tiedot|tieto|tilasto|tilastot|luvut|data)(?:\s+\p{L}+){0,3}?\s+(?:valmistuva|valmistuu|saadaan|saatavilla|julkaistaan|julkaistava|tulevat|tulee|selviää|selviävät|vahvistuu|vahvistuvat)|(?:kysely|mittaus|arviointi|tutkimus|laskenta)\p{L}*(?:\s+\p{L}+){0,2}?\s+(?:toteutetaan|tehdään|järjestetään|toteutuu|on\s+tulossa|tulossa|siirty|siirre|siirtyi|lykät|lykkään|ei\s+(?:toteutettu|tehty|järjestetty|tehdä))|ei\s+(?:ole\s+)?(?:vielä\s+)?(?:tiedossa|saatavilla|mitattu|käytettävissä|tietoa|dataa|mittaustietoa|tulosta)(?![\p{L}])|(?:tieto|tiedot|data)\s+puuttu)/iu;

export const deferredJudge: Judge = {
  name: "deferred",
  description: {
    fi: "Mittauksen tulos ei ole vielä käytettävissä: tilaa ei voi arvioida.",
    en: "The measurement's result is not available yet: the status cannot be judged.",
  },
  judge({ actual: actualText }) {
    const m = DEFERRED.exec(actualText);
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
