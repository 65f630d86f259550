/**
 * The steps of one use case: each runs under its stage (a failure becomes a PaneError naming it) and
 * tells the host's progress listener how far the use case has come.
 */
import { PaneError, WorkbookRefusal, type Stage } from "./errors";
import type { HostPort } from "./port";

export interface Job {
  readonly port: HostPort;
  /** Runs one step of the use case; `total` steps make the whole. */
  step<T>(stage: Stage, run: () => T | Promise<T>): Promise<T>;
}

/** A use case of `total` steps over `port`. */
export function job(port: HostPort, total: number): Job {
  let done = 0;
  return {
    port,
    async step<T>(stage: Stage, run: () => T | Promise<T>): Promise<T> {
      port.onProgress?.(done, total, stage);
      let result: T;
      try {
        result = await run();
      } catch (e) {
        throw e instanceof PaneError ? e : new PaneError(e instanceof WorkbookRefusal ? e.reason : stage, e);
      }
      done++;
      if (done === total) port.onProgress?.(done, total, stage);
      return result;
    },
  };
}
