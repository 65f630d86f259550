/**
 * The shape of a judge (in the manner of validate's rules) and what every judge is given: the measure,
 * its sheet, and its three values as the judges read them.
 */
import type { Action, Bilingual, Measure, OwnStatusLegendEntry, Period, Status } from "../model";
import type { Scale } from "./scale";

export interface AssessContext {
  sheet: string;
  /** The measure's action, with its selvitys reports and the other measures (judged alone: absent). */
  action?: Action;
  /** The report's period (Report.period): a period report's selvitys speaks for measures without an actual. */
  period?: Period | null;
  /** Header of the person's own status column, when the sheet has one ("Tila", "Arvio"). */
  ownStatusColumn?: string | null;
  /** True when the sheet has an actual (Toteuma) column. */
  hasActualColumn: boolean;
  /** The measure's position in its sheet (Assessment.ordinal); 0 when judged alone. */
  ordinal?: number;
  /** The scale profile figures are placed on; the default ("pori") when absent. */
  scale?: Scale;
  /** The year the report is for, when known: a verdict bound for a later year is not this year's. */
  year?: number | null;
  /**
   * Legends that explain the own-status column ("1 = toteutunut"), by their key as compared
   * (`legendKey`): the sheet's own first, then the rest of the workbook's.
   */
  legend?: ReadonlyMap<string, OwnStatusLegendEntry>;
}

/** A status and why, in Finnish and English. */
export interface Verdict {
  status: Status;
  reason: Bilingual;
  /** "selvitys" when the status was read from the selvitys text (Assessment.source); else computed. */
  source?: "selvitys";
}

/** What a judge is given. */
export interface JudgeInput {
  measure: Measure;
  ctx: AssessContext;
  /** The baseline, target and actual with a column label written into the cell removed; "" when empty. */
  baseline: string;
  target: string;
  actual: string;
}

/** A verdict and the judge that gave it. */
export interface Decision extends Verdict {
  /** The deciding judge's name. */
  rule: string;
}

export interface Judge {
  /** Stable kebab-case name, e.g. "numeric": the Assessment's `rule` when this judge decides. */
  name: string;
  /** What the judge decides, in Finnish and English. */
  description: Bilingual;
  /** Pure: the status and the reason, or null when the judge has nothing to say and the next is asked. */
  judge(input: JudgeInput): Verdict | null;
}
