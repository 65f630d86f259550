/**
 * Which way is better: the words of a target or an actual that say up or down ("kasvaa", "lyhenee"),
 * keeping a level ("Vähintään sama", "vuoden 2022 tasolla"), and what a measure counts when less is
 * better (costs, waiting times, unemployment).
 */

export type Direction = "up" | "down";

export const UP_WORDS =
  /(?:^|[^\p{L}])(?:kasv|lisää|lisäänty|lisätä|nous|noste|paran|enemmän|suurem|korkeam|parem|kohoa|vahvist|positiivi)/iu;
export const DOWN_WORDS =
  /(?:^|[^\p{L}])(?:vähene|vähent|väheni|laske|laski|lasku(?!ri)|lyhen|lyhyem|pienen|pienem|vähemmän|alenee|alene|madal|supist|heikkene)/iu;
export const SAME_WORDS =
  /(?:^|[^\p{L}])(?:vähintään\s+sama|sama(?:lla)?\s+tasolla|sama\s+taso|säilyy|säilyttä|pysyy|ennallaan|ei\s+laske|ei\s+heikkene|vähintään\s+samana|vähintään\s+edellisen)/iu;
export const AT_MOST_SAME = /(?:^|[^\p{L}])(?:enintään\s+sama|korkeintaan\s+sama|ei\s+kasva|ei\s+nouse)/iu;
export const POSITIVE = /(?:^|[^\p{L}])positiivinen/iu;
export const AT_LEAST = /(?:^|[^\p{L}])(?:vähintään|ainakin)(?![\p{L}])/iu;
/** "vuoden 2022 tasolla", "edellisen vuoden tasolla", "nykytasolla": the baseline is the target. */
export const AT_LEVEL = /(?:^|[^\p{L}])(?:\p{L}*tasolla|tasolla)(?![\p{L}])/iu;
/**
 * What a measure counts when less is better: costs, emissions, consumption, waiting and handling
 * times, queues, absences, unemployment, accidents, damage. Savings and opening hours are not.
 */
const LOWER_IS_BETTER =
  /(?:kustannu|kulut|kulujen|menot|menoj|päästö|kulutus|kulutuks|(?:käsittely|läpimeno|jonotus|odotus|vaste|toimitus|vastaus|reagointi|viive|valmistumis)ai(?:ka|ja|an)|jono|poissaolo|työttömyy|työttömi|työttömä|onnettomuu|vahingo|vahinko|ilkival|hävikki|velka|velan|alijäämä|reklamaatio|valitu|tapaturm|vaihtuvuu|kiusaa)/iu;
const HIGHER_DESPITE = /(?:säästö|aukioloai|vähentämi|alenemi|päästöttöm|vähäpäästö|tehokkuu)/iu;

/** The direction the measure's own words imply: "lyhenee", or what it counts ("käsittelyaika"). */
export function measureDirection(measureText: string): Direction | null {
  const said = wordsDirection(measureText);
  if (said) return said;
  if (LOWER_IS_BETTER.test(measureText) && !HIGHER_DESPITE.test(measureText)) return "down";
  return null;
}

/** The direction a text says, when it says only one: "kasvoi" up, "lyheni" down. */
export function wordsDirection(text: string): Direction | null {
  const up = UP_WORDS.test(text);
  const down = DOWN_WORDS.test(text);
  if (up && !down) return "up";
  if (down && !up) return "down";
  return null;
}
