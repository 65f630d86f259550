/**
 * Scale profiles: how a figure that falls short of its target is placed on the city's four levels.
 *
 * - "pori" (the default, the rules of the seed city): partial when the actual has moved from the
 *   baseline towards the target, not achieved when it has not moved or moved away;
 * - "distance" (another city's reading of the middle level, "slightly below target"): achieved at or
 *   beyond the target, partial when the actual falls short of it by at most a stated share of the
 *   target (10 % unless said otherwise: "distance:15"), otherwise not achieved — whatever the baseline.
 *
 * A workbook remembers its profile as the setting `statusScale` ("pori", "distance:10"); the command
 * line's `--scale` overrides it for one run. Words ("Ei käytössä", "Toteutui osittain") are read the
 * same on both scales: the profiles differ only where a distance to the target can be measured.
 */
import type { Bilingual, Status } from "../model";
import { formatNumber } from "./quantity";

export type Scale = { kind: "pori" } | { kind: "distance"; share: number };

/** Today's rules. */
export const DEFAULT_SCALE: Scale = { kind: "pori" };

/** The share of the target within which "distance" calls a shortfall partial, unless told otherwise. */
export const DEFAULT_DISTANCE_SHARE = 10;

/** The name of the workbook setting that remembers the profile. */
export const SCALE_SETTING = "statusScale";

/**
 * A profile as written on the command line or in the workbook: "pori", "distance", "distance:15",
 * "distance:7,5" (also the Finnish "etäisyys"); null when it is none. The share is a percentage above
 * 0 and below 100.
 */
export function parseScale(text: string | null | undefined): Scale | null {
  if (typeof text !== "string") return null;
  const m = /^\s*(pori|distance|etäisyys)\s*(?::\s*(\d{1,2}(?:[.,]\d{1,2})?)\s*%?)?\s*$/iu.exec(text);
  if (!m) return null;
  if (m[1].toLowerCase() === "pori") return m[2] === undefined ? DEFAULT_SCALE : null;
  const share = m[2] === undefined ? DEFAULT_DISTANCE_SHARE : Number(m[2].replace(",", "."));
  if (!(share > 0 && share < 100)) return null;
  return { kind: "distance", share };
}

/** The profile as the setting and `--scale` write it: "pori", "distance:10". */
export function scaleText(scale: Scale): string {
  return scale.kind === "pori" ? "pori" : `distance:${String(scale.share)}`;
}

/** The profile as a reason names it: "Pori"; "etäisyys, 10 %" / "distance, 10 %". */
export function scaleName(scale: Scale): Bilingual {
  if (scale.kind === "pori") return { fi: "Pori", en: "Pori" };
  const share = `${formatNumber(scale.share)} %`;
  return { fi: `etäisyys, ${share}`, en: `distance, ${share}` };
}

/**
 * A verdict decided on a scale, naming it: "tavoite saavutettu (asteikko: Pori)", and inside a
 * parenthesis the verdict already ends with: "edennyt tavoitetta kohti (33 %; asteikko: Pori)".
 */
export function onScale(verdict: Bilingual, scale: Scale): Bilingual {
  const name = scaleName(scale);
  const tag = (text: string, label: string, value: string) =>
    text.endsWith(")") ? `${text.slice(0, -1)}; ${label}: ${value})` : `${text} (${label}: ${value})`;
  return { fi: tag(verdict.fi, "asteikko", name.fi), en: tag(verdict.en, "scale", name.en) };
}

/** A shortfall on the distance scale: its size as a share of the target, and the status it gives. */
export interface Distance {
  /** How far the actual is from the target, as a percentage of the target; null when the target is 0. */
  percent: number | null;
  status: Status;
}

/**
 * The distance scale's verdict on an actual that has not reached its target: partial within the
 * share of the target, otherwise not achieved (a target of 0 has no share: not achieved).
 */
export function distanceStatus(share: number, target: number, actual: number): Distance {
  if (target === 0) return { percent: null, status: "not-achieved" };
  const percent = (Math.abs(target - actual) / Math.abs(target)) * 100;
  // A rounding hair (4 750 of 5 000 is exactly 5 %) never tips a shortfall over the share.
  return { percent, status: percent <= share + 1e-9 ? "partial" : "not-achieved" };
}

/** "5 %", "12,5 %": a distance as a reason writes it. */
export function distanceText(percent: number): string {
  return `${formatNumber(percent, 1)} %`;
}
