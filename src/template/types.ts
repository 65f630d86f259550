/**
 * A selvitys template as plain data: the next period's form for one department, made from the report
 * it was last given in, before any layout (src/edits/template.ts lays it out as a sheet).
 */
import type { Period } from "../model/period";
import type { Bilingual } from "../model/text";

/** What a person asks for. */
export interface TemplateRequest {
  period: Period;
  /**
   * The template's year. Omitted or null: the source's year, or the next one when the source is a
   * year-end report and the period is one within a year (T1 after the year-end report is next year's).
   */
  year?: number | null;
  /** One department (as the workbook names it; case and spaces do not matter), or all when omitted. */
  department?: string | null;
  /** Sheets already in the workbook the templates go into: a template never takes their names. */
  existingSheets?: readonly string[];
}

export interface TemplateMeasure {
  text: string;
  /** Null where the source has none: the template leaves an answer cell for it. */
  baseline: string | null;
  target: string | null;
}

/** "Osatavoite 1: …" carried over, with its last "Raportointi" as reference. */
export interface TemplateSubGoal {
  /** "Osatavoite 1". */
  label: string;
  text: string;
  /** The last period's "Raportointi", when there was one. */
  previous: string | null;
}

/**
 * A level as the source has it. `implied`: the source did not write it (a programme has no TEKO): the
 * template leaves an answer cell for it.
 */
interface Level {
  text: string;
  implied: boolean;
}

export interface TemplateAction extends Level {
  measures: TemplateMeasure[];
  /** The last period's selvitys, kept as reference; null when there was none. */
  previous: string | null;
  /** Sub-goals carried over: each gets an empty "Raportointi:" answer instead of one answer. */
  subGoals: TemplateSubGoal[];
}

export interface TemplateCommitment extends Level {
  actions: TemplateAction[];
}

export interface TemplateGoal extends Level {
  commitments: TemplateCommitment[];
}

export interface TemplateFocusArea extends Level {
  /** PAINOPISTE or TEEMA (a programme's long-term goal becomes a PAINOPISTE). */
  kind: "painopiste" | "teema";
  /** The section (unit) the focus area belongs to, as the source names it. */
  unit: string | null;
  goals: TemplateGoal[];
}

/** One department's template. */
export interface Template {
  /** The sheet's name: "Konsernipalvelut T2 2025", at most 31 characters, unlike any existing sheet. */
  sheet: string;
  /** "Talousarvion 2025 toiminnalliset tavoitteet – T2 – Konsernipalvelut": what the readers take the department, period and year from. */
  title: string;
  /** A line under the title that says where to write. */
  instruction: string;
  department: string | null;
  period: Period;
  year: number;
  /** The selvitys heading of the period, as the city writes it (model/period.ts). */
  heading: string;
  /** The source's layout: a flat table stays a flat table; block and programme sources give the block layout. */
  layout: "block" | "table";
  /** A year-end template: the Toteuma (actual) column with answer cells. */
  actuals: boolean;
  /** "Edellinen selvitys (T1 2026)": the label of the last period's selvitys kept as reference. */
  previousLabel: string;
  /** "Edellinen raportointi (T1 2026)": the label of a sub-goal's last report. */
  previousReportLabel: string;
  focusAreas: TemplateFocusArea[];
  /** The sheets it was made from. */
  sources: string[];
}

/** Why no template could be made: one sentence in Finnish and English, and what it is about. */
export interface TemplateRefusal extends Bilingual {
  code: "no-goals" | "no-department" | "no-year";
}

/** The templates asked for, or why none could be made. */
export type TemplatePlan =
  { templates: Template[]; refusal: null } | { templates: []; refusal: TemplateRefusal };
