/**
 * The domain model: what a sheet of a city workbook says, as plain JSON-serialisable data.
 * Hierarchy: (department → unit) → focus area → goal → commitment → action → measures.
 * Every node remembers the cell it came from.
 */
import type { CellRef } from "./cellref";
import type { DepartmentList, DepartmentMention } from "./department";
import type { Period } from "./period";
import type { Status } from "./status";

export type Layout = "block" | "table" | "programme" | "none";

/** Reporting periods, their names, months and headings: see ./period.ts. */
export type { Period } from "./period";

/** A piece of text read from one cell. */
export interface TextAt {
  text: string;
  cell: CellRef;
  /**
   * The number the cell stores, when it stores one, beside the text it displays (a measure's baseline,
   * target and actual): a target holding 0,115 formatted "0 %" shows "12 %" but is 11,5 %.
   */
  value?: number;
}

/**
 * One entry of a legend the workbook writes to explain its own-status column ("1 = toteutunut",
 * "● = toteutunut", "Vihreä = toteutunut"): the key as written, what it means, and the status that is.
 */
export interface OwnStatusLegendEntry {
  /** As written: "1", "●", "Vihreä". */
  key: string;
  /** As written: "toteutunut", "osittain toteutunut". */
  meaning: string;
  status: Status;
  /** The cell the legend is written in. */
  cell: CellRef;
}

/**
 * A label the reader recognised only as a near-miss ("TOIMENPDE" read as "TOIMENPIDE").
 * Kept so that validation can warn.
 */
export interface LabelNearMiss {
  cell: CellRef;
  /** What the sheet says, as written. */
  written: string;
  /** The canonical label it was read as, e.g. "TOIMENPIDE", "Vastuuhenkilö". */
  readAs: string;
}

/** Something the reader could not make sense of: the row where reading stopped making sense. */
export interface ReadProblem {
  cell: CellRef;
  /** Stable code, e.g. "unreadable-structure", "orphan-measure-values". */
  code: string;
  fi: string;
  en: string;
}

export type FocusAreaKind = "painopiste" | "teema" | "pitkan-aikavalin-tavoite";

/**
 * A level node. `implied` nodes were not written in the sheet: the reader made one because a child
 * appeared without its parent (a TOIMENPIDE straight after a TAVOITE gets an implied TEKO).
 * An implied node has `text` "" and the cell of the child that implied it.
 */
export interface LevelNode extends TextAt {
  implied?: boolean;
  /** The cell of the label ("TAVOITE"), when it differs from the text's cell. */
  labelCell?: CellRef;
}

export interface FocusArea extends LevelNode {
  kind: FocusAreaKind;
  /** Section or unit heading above this focus area ("Joukkoliikenne"), if any. */
  unit: string | null;
  goals: Goal[];
}

export interface Goal extends LevelNode {
  commitments: Commitment[];
}

export interface Commitment extends LevelNode {
  actions: Action[];
}

/** A part of a selvitys: "Osatavoite 1: …" with its "Raportointi: …", or "Mittari 2. …". */
export interface SelvitysPart {
  label: string;
  text: string;
  cell: CellRef;
  /** For "Osatavoite" parts, the report written under "Raportointi:" (null when none). */
  report?: TextAt | null;
}

/** A period report (selvitys) of an action. */
export interface Selvitys {
  /** The heading as written, e.g. "Selvitys tavoitteen toteutumisesta (T1):". */
  heading: string;
  /** The cell of the heading. */
  cell: CellRef;
  period: Period | null;
  year: number | null;
  /** All report text after the heading, joined with newlines ("" when empty). */
  text: string;
  parts: SelvitysPart[];
}

export interface Measure extends TextAt {
  /** 1-based position of the measure within its action. */
  index: number;
  baseline: TextAt | null;
  target: TextAt | null;
  actual: TextAt | null;
  /** The person's own status from a "Tila"/"Arvio" column, as written. */
  ownStatus: TextAt | null;
  /** Programme layout: the responsible person (Vastuuhenkilö). */
  responsible?: TextAt | null;
}

export interface Action extends LevelNode {
  measures: Measure[];
  /** Selvitys reports, in sheet order. */
  reports: Selvitys[];
  /** Programme layout: responsible person. */
  responsible?: TextAt | null;
  /** Programme layout: the block number ("1.", "2."). */
  number?: string | null;
}

/** "Joukkoliikenteen taloudellinen tavoite vuodelle 2023: …" and its "Toteutuminen: …". */
export interface FinancialGoal extends TextAt {
  outcome: TextAt | null;
  unit: string | null;
}

/** Programme layout: the five fields of a numbered block. */
export type ProgrammeField = "longTermGoal" | "operationalGoal" | "action" | "measure" | "responsible";
export const PROGRAMME_FIELDS: readonly ProgrammeField[] = [
  "longTermGoal",
  "operationalGoal",
  "action",
  "measure",
  "responsible",
];

export interface ProgrammeItem {
  /** "1." as written, or null. */
  number: string | null;
  /** The first cell of the block. */
  cell: CellRef;
  fields: Record<ProgrammeField, TextAt | null>;
}

export interface ServicePromise extends TextAt {
  responsible: TextAt | null;
}

export interface ProgrammeInfo {
  items: ProgrammeItem[];
  /** Long-term goals listed in the workbook (usually a sheet of their own), across all sheets. */
  longTermGoals: TextAt[];
  promises: ServicePromise[];
  /** The year of "Toiminnallinen tavoite 2018". */
  year: number | null;
}

/** One sheet read. */
export interface Report {
  sheet: string;
  layout: Layout;
  title: TextAt | null;
  /**
   * Department (toimiala) in its display spelling: the most specific of `departmentMentions` (the
   * order is src/read/meta.ts's), a listed name when the workbook was read with a city's list.
   */
  department: string | null;
  /**
   * Every place the sheet names its department, most specific first (the first gives `department`).
   * Absent on reports not made by the readers.
   */
  departmentMentions?: DepartmentMention[];
  /** The report's period, from the selvitys headings (majority), or null. */
  period: Period | null;
  /**
   * Where the period was read: the selvitys headings or report columns, or (when none names one) the
   * title or sheet name. Absent when the period is null.
   */
  periodSource?: "selvitys" | "title";
  year: number | null;
  focusAreas: FocusArea[];
  financialGoals: FinancialGoal[];
  /** True when measures have an actual (Toteuma) column: a year-end report. */
  hasActualColumn: boolean;
  /**
   * Header of the person's own status column ("Tila", "Arvio"), when the sheet has one; "" for a
   * status column without a header (right of the actual).
   */
  ownStatusColumn: string | null;
  /** A legend on this sheet that explains the own-status column's numbers, symbols or colours. */
  ownStatusLegend?: OwnStatusLegendEntry[];
  nearMisses: LabelNearMiss[];
  problems: ReadProblem[];
  /** Programme layout only. */
  programme?: ProgrammeInfo;
  /**
   * True when the sheet looks like it was meant to hold goals (labels seen) even if the layout is
   * "none" or reading failed partway.
   */
  looksLikeGoals: boolean;
}

export interface WorkbookReport {
  name: string | null;
  sheets: Report[];
  /** The city's list of departments the workbook was read with; absent or null without one. */
  departmentList?: DepartmentList | null;
}

/** All actions of a report, in sheet order, with their ancestors. */
export interface ActionPath {
  focusArea: FocusArea;
  goal: Goal;
  commitment: Commitment;
  action: Action;
}

export function* actionsOf(report: Report): Generator<ActionPath> {
  for (const focusArea of report.focusAreas)
    for (const goal of focusArea.goals)
      for (const commitment of goal.commitments)
        for (const action of commitment.actions) yield { focusArea, goal, commitment, action };
}

export interface MeasurePath extends ActionPath {
  measure: Measure;
  /** Position of the measure in the sheet, from 0 (what `Assessment.ordinal` refers to). */
  ordinal: number;
}

export function* measuresOf(report: Report): Generator<MeasurePath> {
  // The loops written out (not over actionsOf, each path then copied): every rule and the
  // assessment walk every measure, and the copy and the second generator were most of the walk.
  let ordinal = 0;
  for (const focusArea of report.focusAreas)
    for (const goal of focusArea.goals)
      for (const commitment of goal.commitments)
        for (const action of commitment.actions)
          for (const measure of action.measures)
            yield { focusArea, goal, commitment, action, measure, ordinal: ordinal++ };
}

export function countActions(report: Report): number {
  let n = 0;
  for (const focusArea of report.focusAreas)
    for (const goal of focusArea.goals)
      for (const commitment of goal.commitments) n += commitment.actions.length;
  return n;
}

export function countMeasures(report: Report): number {
  // Indexed loops: run once over a large sheet, this runs unoptimised, where for…of makes an
  // iterator and a result object for every step.
  let n = 0;
  const fs = report.focusAreas;
  for (let f = 0; f < fs.length; f++) {
    const gs = fs[f].goals;
    for (let g = 0; g < gs.length; g++) {
      const cs = gs[g].commitments;
      for (let c = 0; c < cs.length; c++) {
        const as = cs[c].actions;
        for (let a = 0; a < as.length; a++) n += as[a].measures.length;
      }
    }
  }
  return n;
}
