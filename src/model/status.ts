import type { Bilingual, Language } from "./text";
import type { CellRef } from "./cellref";

export type Status = "achieved" | "partial" | "not-achieved" | "not-assessable";

export const STATUSES: readonly Status[] = ["achieved", "partial", "not-achieved", "not-assessable"];

/**
 * The city's scale in words, exactly as in domain.md: the one home of the status labels. Everything
 * that shows or matches a status by its name (pane, command line, findings, judge) reads them here.
 */
export const STATUS_LABEL: Record<Status, Bilingual> = {
  achieved: { fi: "Toteutunut", en: "Achieved" },
  partial: { fi: "Osittain toteutunut", en: "Partially achieved" },
  "not-achieved": { fi: "Ei toteutunut", en: "Not achieved" },
  "not-assessable": { fi: "Ei arvioitavissa", en: "Not assessable" },
};

/** The status label exactly as domain.md has it. */
export function statusLabel(status: Status, lang: Language): string {
  return STATUS_LABEL[status][lang];
}

/**
 * The scale's colours: Excel's Good / Neutral / Bad cell styles (domain.md), so that a sheet coloured
 * by Toteuma looks like one coloured by hand. Colour never carries a status alone: its label goes with it.
 */
export const STATUS_STYLE: Record<Status, { fill: string; font: string }> = {
  achieved: { fill: "#C6EFCE", font: "#006100" },
  partial: { fill: "#FFEB9C", font: "#9C5700" },
  "not-achieved": { fill: "#FFC7CE", font: "#9C0006" },
  "not-assessable": { fill: "#EDEDED", font: "#595959" },
};

/** Where a status came from: the person's own column, the selvitys text, or the measure's values. */
export type AssessmentSource = "own" | "computed" | "selvitys";

/** The judgement of one measure. */
export interface Assessment {
  sheet: string;
  /** The measure's cell. Several measures written in one cell share it: use `ordinal` to tell them apart. */
  cell: CellRef;
  /** The measure's position in `measuresOf(report)` of its sheet, from 0: the key that pairs it with its measure. */
  ordinal: number;
  status: Status;
  /**
   * "own" when the person's own status column decided; "selvitys" when a measure without an actual was
   * judged from its action's period report (selvitys) of the report's period; "computed" otherwise.
   */
  source: AssessmentSource;
  /** Why, in words a controller can check. */
  reason: Bilingual;
  /** The rule that decided: a judge's name ("numeric", "words"…) or "own-status" (src/assess). */
  rule?: string;
}
