/**
 * Where a use case failed, and the one sentence a person gets for it. Every step of a use case runs
 * inside `step` (job.ts), which wraps whatever it throws in a PaneError naming its stage; the pane turns
 * it into Strings["error…"], the command line into its own sentences. Never a stack trace.
 */
import type { Strings } from "../i18n";

/** Where a command failed; the pane turns it into one sentence (Strings["error…"]). */
export type Stage = "snapshot" | "read" | "validate" | "assess" | "apply" | "select";

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
};

/** A sentence for the person and, apart, the host's own short message (never a stack trace). */
export function describeError(error: unknown, t: Strings): { message: string; detail: string | null } {
  const stage: Stage = error instanceof PaneError ? error.stage : "read";
  const cause = error instanceof PaneError ? error.cause : error;
  const raw = cause instanceof Error ? cause.message : typeof cause === "string" ? cause : null;
  const detail = raw ? raw.split("\n")[0].slice(0, 300) : null;
  return { message: t[STAGE_MESSAGE[stage]] as string, detail };
}
