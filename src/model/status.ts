import type { Bilingual } from "./text";
import type { CellRef } from "./cellref";

export type Status = "achieved" | "partial" | "not-achieved" | "not-assessable";

export const STATUSES: readonly Status[] = ["achieved", "partial", "not-achieved", "not-assessable"];

/** The city's scale, exactly as in domain.md: label, Excel Good/Neutral/Bad style colours. */
export const STATUS_STYLE: Record<Status, { fi: string; en: string; fill: string; font: string }> = {
  achieved: { fi: "Toteutunut", en: "Achieved", fill: "#C6EFCE", font: "#006100" },
  partial: { fi: "Osittain toteutunut", en: "Partially achieved", fill: "#FFEB9C", font: "#9C5700" },
  "not-achieved": { fi: "Ei toteutunut", en: "Not achieved", fill: "#FFC7CE", font: "#9C0006" },
  "not-assessable": { fi: "Ei arvioitavissa", en: "Not assessable", fill: "#EDEDED", font: "#595959" },
};

/** The judgement of one measure. */
export interface Assessment {
  sheet: string;
  /** The measure's cell. Several measures written in one cell share it: use `ordinal` to tell them apart. */
  cell: CellRef;
  /** The measure's position in `measuresOf(report)` of its sheet, from 0: the key that pairs it with its measure. */
  ordinal: number;
  status: Status;
  /** "own" when the person's own status column decided, "computed" otherwise. */
  source: "own" | "computed";
  /** Why, in words a controller can check. */
  reason: Bilingual;
  /** The rule that decided: a judge's name ("numeric", "words"…) or "own-status" (src/assess). */
  rule?: string;
}
