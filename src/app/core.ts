/**
 * The pure core's long work as data: what a use case asks to be read, checked or assessed, written
 * so that it can run either here, in slices between which the host pauses (job.ts), or elsewhere —
 * the task pane's web worker (coreWorker.ts) — by a `CoreRunner` the host gives. A work item and its
 * result are plain data (no functions, no class instances), so they survive structured cloning
 * (postMessage) unchanged; `working` is the one place that says what each kind of work is, and both
 * paths run it, so they give the same results.
 */
import type { Assessment, DepartmentList, Finding, WorkbookReport, WorkbookSnapshot } from "../model";
import { type Slice, type Sliced } from "../model/slices";
import { assessingWorkbook, type Scale } from "../assess";
import { readingWorkbook } from "../read";
import { sourcesOf, type SourceLink, type SourceSheet } from "../summary";
import { validatingWorkbook } from "../validate";

/** The pure core's long work, one kind per step of a use case. */
export type CoreWork =
  /** Every sheet of a snapshot read (src/read), with the city's department list if it has one. */
  | { kind: "read"; snapshot: WorkbookSnapshot; departments: DepartmentList | null }
  /** Every rule run on every sheet (src/validate). */
  | { kind: "validate"; report: WorkbookReport }
  /** Every measure judged on a scale (src/assess). */
  | { kind: "assess"; report: WorkbookReport; scale: Scale }
  /**
   * One workbook of a summary: read, checked and assessed, kept as the rows the summary needs
   * (src/summary sourcesOf), exactly as check and status give them.
   */
  | {
      kind: "sources";
      snapshot: WorkbookSnapshot;
      name: string;
      link: SourceLink | null;
      scale: Scale;
      departments: DepartmentList | null;
    };

/** What each kind of work gives. */
export interface CoreResults {
  read: WorkbookReport;
  validate: Finding[];
  assess: Assessment[];
  sources: SourceSheet[];
}

export type CoreKind = CoreWork["kind"];
export type ResultOf<W extends CoreWork> = CoreResults[W["kind"]];

/** `work` run through, its every slice told as `at`: a later part of a step that keeps the bar where it is. */
function* holding<T>(work: Sliced<T>, at: Slice): Sliced<T> {
  for (;;) {
    const next = work.next();
    if (next.done) return next.value;
    yield at;
  }
}

/**
 * A summary's workbook: its reading told sheet by sheet, then checking and assessing told as the
 * reading's end (the step is the file's reading as a whole; its bar never goes back).
 */
function* sources(work: Extract<CoreWork, { kind: "sources" }>): Sliced<SourceSheet[]> {
  const reading = readingWorkbook(work.snapshot, { departments: work.departments });
  let at: Slice = { done: 0, total: 0, unit: "sheet" };
  let next = reading.next();
  for (; !next.done; next = reading.next()) {
    at = next.value;
    yield at;
  }
  const report = next.value;
  const findings = yield* holding(validatingWorkbook(report), at);
  const assessments = yield* holding(assessingWorkbook(report, { scale: work.scale }), at);
  return sourcesOf(work.name, work.link, report, findings, assessments);
}

/** The work in slices (model/slices.ts): run here between pauses, or through at once in a worker. */
export function working<W extends CoreWork>(work: W): Sliced<ResultOf<W>>;
export function working(work: CoreWork): Sliced<CoreResults[CoreKind]> {
  switch (work.kind) {
    case "read":
      return readingWorkbook(work.snapshot, { departments: work.departments });
    case "validate":
      return validatingWorkbook(work.report);
    case "assess":
      return assessingWorkbook(work.report, { scale: work.scale });
    case "sources":
      return sources(work);
  }
}

/**
 * Runs the core's work away from the host's thread (the task pane: a web worker), telling each slice
 * done as it comes. It rejects with `CoreUnavailable` when it cannot run the work at all (no Worker,
 * the worker's script refused or failing to start): the use case then runs it here, in slices, with
 * the same result. Any other rejection is the work's own failure, as if it had thrown here.
 */
export interface CoreRunner {
  run<W extends CoreWork>(work: W, onSlice: (slice: Slice) => void): Promise<ResultOf<W>>;
}

/** The runner cannot run work (it never started): run it here instead. */
export class CoreUnavailable extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CoreUnavailable";
  }
}

/**
 * The work was given up because a newer command started or the pane closed; nobody waits for its
 * result, and the pane shows no error for it.
 */
export class CoreCancelled extends Error {
  constructor() {
    super("The work was cancelled.");
    this.name = "CoreCancelled";
  }
}

/** True for an error that says the work was given up (a cancelled command, not a failure). */
export function isCancelled(error: unknown): boolean {
  const cause = (error as { cause?: unknown } | null)?.cause;
  return error instanceof CoreCancelled || cause instanceof CoreCancelled;
}
