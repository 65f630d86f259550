/**
 * The summary's data: what is kept of each source (one report sheet), and what the summary of all
 * sources says. Plain JSON-serialisable data; the planner (src/edits/summary.ts) turns a Summary
 * into the sheets Yhteenveto, Mittarit and Poikkeamat, the command line prints it as JSON.
 */
import type { Period } from "../model/period";
import type { AssessmentSource, Status } from "../model/status";
import type { Bilingual } from "../model/text";

/** One measure as the summary keeps it: its texts, its status, whose judgement, why, and its cell. */
export interface SummaryMeasure {
  unit: string | null;
  focusArea: string;
  goal: string;
  commitment: string;
  action: string;
  measure: string;
  baseline: string | null;
  target: string | null;
  actual: string | null;
  status: Status;
  /**
   * As `toteuma status` says it: "own" when the person's own status column decided, "selvitys" when
   * the period's written report did, "computed" from the figures otherwise.
   */
  source: AssessmentSource;
  reason: Bilingual;
  /** The measure's cell on its sheet, "B12". */
  cell: string;
}

/** A focus area or goal as written in a source, where (for the conflict of differing spellings). */
export interface NameAt {
  kind: "focusArea" | "goal";
  text: string;
  /** "B12" on the source's sheet. */
  cell: string;
}

/** How the summary's sheets can link to a source's cells. */
export type SourceLink =
  /** The source is a sheet of the workbook the summary is written into: a link to the cell itself. */
  | { kind: "workbook" }
  /** Another file, by an address relative to the summary's file ("raportit/sivistys.xlsx"). */
  | { kind: "file"; href: string };

/**
 * One source of the summary: a report sheet of a workbook (a sheet Toteuma read in a layout), with
 * only what the summary needs: its department, period and year, the count of the check's errors
 * and warnings on it, its measures with their statuses, and the spellings of its focus areas and goals.
 */
export interface SourceSheet {
  /** The file as people know it ("kasvu-2026-T1.xlsx"), or the open workbook's name. */
  file: string;
  sheet: string;
  /** Where the summary's links to this source's cells go; null: no link. */
  link: SourceLink | null;
  /** The department (toimiala) as the reader named it, or null when it could not be determined. */
  department: string | null;
  period: Period | null;
  year: number | null;
  /** The check's errors and warnings on this sheet (`toteuma validate`). */
  errors: number;
  warnings: number;
  /** Every measure of the sheet, in sheet order, with its status (`toteuma status`). */
  measures: SummaryMeasure[];
  names: NameAt[];
}

/** A file given to the summary: read, or why not (one sentence). */
export interface SourceFile {
  file: string;
  /** Why the file gave nothing to the summary; null when it was read. */
  error: Bilingual | null;
}

/** Counts of measures per status (the keys `toteuma summary --json` prints). */
export interface StatusCounts {
  measures: number;
  achieved: number;
  partial: number;
  notAchieved: number;
  notAssessable: number;
}

/** The key of each status in StatusCounts. */
export const COUNT_KEY: Record<Status, Exclude<keyof StatusCounts, "measures">> = {
  achieved: "achieved",
  partial: "partial",
  "not-achieved": "notAchieved",
  "not-assessable": "notAssessable",
};

/** One department's line: the source that counts for it, its period, its counts. */
export interface DepartmentSummary extends StatusCounts {
  /** The department's name; null for a source whose department could not be determined. */
  department: string | null;
  /** The key departments are compared by (src/summary/department.ts). */
  key: string;
  /** The source counted for this department. */
  source: SourceSheet;
  /** Other sources of the same department: named in a conflict, never counted. */
  notCounted: SourceSheet[];
  period: Period | null;
  year: number | null;
  errors: number;
  warnings: number;
  /** Share of the measures achieved (0–1); null without measures. */
  share: number | null;
}

/** One focus area (painopiste, teema or long-term goal) across the counted sources. */
export interface FocusAreaSummary extends StatusCounts {
  /** The focus area as written most often (case, spaces and a trailing full stop aside). */
  focusArea: string;
  key: string;
  /** The departments that report under it, in the order of the department table. */
  departments: (string | null)[];
  share: number | null;
}

/**
 * The kinds of conflict, stable codes:
 * - `duplicate-department`: two or more sources for one department (versions of one report); one
 *   counts, the conflict says which and why, the others are not counted;
 * - `period-mismatch`: the counted sources report on different periods (T1, T2, the year…);
 * - `year-mismatch`: the counted sources report on different years;
 * - `name-variant`: a focus area or goal spelled differently across departments ("Kasvava Pori" /
 *   "Kasvava Porii"); case, spaces and a trailing full stop are the same name and stay quiet;
 * - `unknown-department`: a source whose department could not be determined (named by file and sheet);
 * - `missing-department`: a department expected (`--expect`, the pane's list) but in no source.
 */
export type ConflictCode =
  | "duplicate-department"
  | "period-mismatch"
  | "year-mismatch"
  | "name-variant"
  | "unknown-department"
  | "missing-department";

export const CONFLICT_CODES: readonly ConflictCode[] = [
  "unknown-department",
  "duplicate-department",
  "period-mismatch",
  "year-mismatch",
  "name-variant",
  "missing-department",
];

/** A cell of a source: file, sheet and address. */
export interface SourceCell {
  file: string;
  sheet: string;
  cell: string;
}

/** A conflict between sources: reported, never silently resolved. */
export interface Conflict {
  code: ConflictCode;
  message: Bilingual;
  /** The files concerned, in the order given. */
  files: string[];
  /** Where it is written, when the conflict is about cells (a spelling, a sheet). */
  cells?: SourceCell[];
}

/** The summary of all sources. */
export interface Summary {
  /** Every file given, in order: read, or the sentence why not. */
  files: SourceFile[];
  /** Every source sheet read, in the order given. */
  sources: SourceSheet[];
  /** One line per department (the unknown ones each on their own), in name order, unknown last. */
  departments: DepartmentSummary[];
  focusAreas: FocusAreaSummary[];
  total: StatusCounts & { share: number | null; errors: number; warnings: number };
  conflicts: Conflict[];
  /**
   * The period and year of the counted sources when they agree (null for a part none names);
   * null when they differ.
   */
  period: { period: Period | null; year: number | null } | null;
}
