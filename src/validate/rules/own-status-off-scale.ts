/**
 * A person's own status (a "Tila" / "Arvio" column) outside the city's scale: Toteutunut / Osittain
 * toteutunut / Ei toteutunut / Ei arvioitavissa (domain.md). Case, spaces, hyphens and a trailing
 * full stop do not matter; anything else is not on the scale.
 */
import type { Finding } from "../../model/finding";
import { measurePaths } from "../walk";
import { STATUS_LABEL, STATUSES, type Status } from "../../model/status";
import { cleanText, editDistance, finding, measureName, normalise, truncate } from "../text";
import type { Rule } from "../types";

function key(text: string): string {
  return normalise(text.replace(/^["'”“]+|["'”“]+$/gu, "").replace(/[-–—_]+/gu, " "));
}

const ACCEPTED = new Map<string, Status>([
  ...STATUSES.map((s) => [key(STATUS_LABEL[s].fi), s] as [string, Status]),
  ["toteutunut osittain", "partial"],
]);

/** Traffic-light words some units use: what the person most likely meant. */
const COLOURS: Record<string, Status> = {
  vihreä: "achieved",
  keltainen: "partial",
  punainen: "not-achieved",
  harmaa: "not-assessable",
};

/** The status on the city's scale that the text is, or null when it is not one. */
export function scaleStatus(text: string): Status | null {
  return ACCEPTED.get(key(text)) ?? null;
}

function likelyMeant(text: string): Status | null {
  const k = key(text);
  if (COLOURS[k]) return COLOURS[k];
  let best: Status | null = null;
  let bestD = Infinity;
  for (const [label, s] of ACCEPTED) {
    const d = editDistance(k, label, 3);
    if (d <= Math.min(3, Math.floor(label.length / 4)) && d < bestD) [best, bestD] = [s, d];
  }
  return best;
}

const SCALE = STATUSES.map((s) => STATUS_LABEL[s].fi).join(" / ");

export const ownStatusOffScale: Rule = {
  code: "own-status-off-scale",
  severity: "warning",
  description: {
    fi: `Oma arvio ei ole kaupungin asteikolla (${SCALE}).`,
    en: `A person's own status is not on the city's scale (${SCALE}).`,
  },
  check(report) {
    const out: Finding[] = [];
    for (let i1 = 0, list1 = measurePaths(report); i1 < list1.length; i1++) {
      const { measure } = list1[i1];
      const own = measure.ownStatus;
      if (!own || cleanText(own.text) === "" || scaleStatus(own.text)) continue;
      const meant = likelyMeant(own.text);
      const label = truncate(own.text);
      out.push(
        finding(
          ownStatusOffScale,
          own.cell,
          {
            fi: `Mittarin ${measureName(measure)} oma arvio '${label}' ei ole kaupungin asteikolla.`,
            en: `The own status '${label}' of measure ${measureName(measure)} is not on the city's scale.`,
          },
          meant
            ? {
                fi: `Tarkoititko '${STATUS_LABEL[meant].fi}'?`,
                en: `Did you mean '${STATUS_LABEL[meant].fi}' (${STATUS_LABEL[meant].en.toLowerCase()})?`,
              }
            : { fi: `Käytä jotakin näistä: ${SCALE}.`, en: `Use one of: ${SCALE}.` },
        ),
      );
    }
    return out;
  },
};
