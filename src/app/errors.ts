/**
 * Where a use case failed, and the one sentence a person gets for it. Every step of a use case runs
 * inside `step` (job.ts), which wraps whatever it throws in a PaneError naming its stage; the pane turns
 * it into Strings["error…"], the command line into its own sentences. Never a stack trace.
 */
import type { Strings } from "../i18n";

/**
 * Why a host would not take Toteuma's changes as a whole (colouring and clearing are all or nothing):
 * each means nothing was changed, or, for "partial", that what was changed could not all be put back
 * ("Poista värit" puts it back).
 */
export type RefusalReason =
  /** A sheet to be written is protected. */
  | "protected"
  /** A person is editing a cell: Excel takes no request until they press Enter or Esc. */
  | "editMode"
  /** The workbook changed after it was read (someone typed, a sheet was renamed or deleted). */
  | "changed"
  /** A later batch failed and what earlier batches changed could not all be put back. */
  | "partial";

/** A host refusing a change as a whole, with the reason the pane says in one sentence. */
export class WorkbookRefusal extends Error {
  constructor(
    readonly reason: RefusalReason,
    /** The sheet concerned, when there is one. */
    readonly sheet: string | null,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = "WorkbookRefusal";
  }
}

/**
 * Where a command failed; the pane turns it into one sentence (Strings["error…"]). The refusal
 * reasons are a host refusing a change as a whole: nothing was changed.
 */
export type Stage =
  | "snapshot"
  | "read"
  | "validate"
  | "assess"
  | "apply"
  | "select"
  | "open"
  /** Putting the merged workbook together (nothing is written to the open workbook). */
  | "merge"
  /** Opening the merged workbook as a new window. */
  | "openMerged"
  | RefusalReason;

export class PaneError extends Error {
  constructor(
    readonly stage: Stage,
    override readonly cause: unknown,
  ) {
    super(`${stage}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = "PaneError";
  }
}

const STAGE_MESSAGE: Record<Stage, keyof Strings> = {
  snapshot: "errorSnapshot",
  read: "errorRead",
  validate: "errorValidate",
  assess: "errorAssess",
  apply: "errorApply",
  select: "errorSelect",
  open: "errorOpen",
  merge: "errorMerge",
  openMerged: "errorOpenMerged",
  protected: "errorProtected",
  editMode: "errorEditMode",
  changed: "errorChanged",
  partial: "errorPartial",
};

/** A sentence for the person and, apart, the host's own short message (never a stack trace). */
export function describeError(error: unknown, t: Strings): { message: string; detail: string | null } {
  const stage: Stage = error instanceof PaneError ? error.stage : "read";
  const cause = error instanceof PaneError ? error.cause : error;
  const raw = cause instanceof Error ? cause.message : typeof cause === "string" ? cause : null;
  const detail = raw ? raw.split("\n")[0].slice(0, 300) : null;
  return { message: t[STAGE_MESSAGE[stage]] as string, detail };
}
