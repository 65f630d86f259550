/**
 * The steps of one use case: each runs under its stage (a failure becomes a PaneError naming it) and
 * tells the host's progress listener how far the use case has come. Long pure work (reading,
 * checking, assessing a workbook: core.ts) runs through `sliced`/`core`: in the host's runner when it
 * has one (the task pane's web worker, coreWorker.ts), whose slices come back as progress; otherwise
 * here, in slices (model/slices.ts) between which the host may pause, so that the task pane stays
 * responsive and its progress bar moves. Both give the same result.
 */
import type { Sliced } from "../model/slices";
import { CoreUnavailable, working, type CoreWork, type ResultOf } from "./core";
import { PaneError, WorkbookRefusal, type Stage } from "./errors";
import type { HostPort } from "./port";

/** The longest the pure work runs before the host gets a pause: the pane then answers within ~0.1 s. */
export const PAUSE_EVERY_MS = 50;

export interface Job {
  readonly port: HostPort;
  /** Runs one step of the use case; `total` steps make the whole. */
  step<T>(stage: Stage, run: () => T | Promise<T>): Promise<T>;
  /** Runs one step of the core's long work (core.ts), telling the progress within it as it goes. */
  sliced<W extends CoreWork>(stage: Stage, work: W): Promise<ResultOf<W>>;
  /**
   * Inside a step (`stage`, the one running): the core's work in the host's runner (HostPort.core),
   * or here in slices when the host has none or it cannot run it.
   */
  core<W extends CoreWork>(stage: Stage, work: W): Promise<ResultOf<W>>;
  /** Inside a step: sliced work run here, told and paused between slices. */
  slices<T>(stage: Stage, work: () => Sliced<T>): Promise<T>;
}

/** A use case of `total` steps over `port`. */
export function job(port: HostPort, total: number): Job {
  let done = 0;
  let since = Date.now();
  /** The host's pause: always at a step's start, within a step once PAUSE_EVERY_MS has passed. */
  const pause = async (always: boolean): Promise<void> => {
    if (!port.pause || (!always && Date.now() - since < PAUSE_EVERY_MS)) return;
    await port.pause();
    since = Date.now();
  };
  const self: Job = {
    port,
    async step<T>(stage: Stage, run: () => T | Promise<T>): Promise<T> {
      port.onProgress?.(done, total, stage);
      let result: T;
      try {
        await pause(true);
        result = await run();
      } catch (e) {
        throw e instanceof PaneError ? e : new PaneError(e instanceof WorkbookRefusal ? e.reason : stage, e);
      }
      done++;
      if (done === total) port.onProgress?.(done, total, stage);
      return result;
    },
    sliced<W extends CoreWork>(stage: Stage, work: W): Promise<ResultOf<W>> {
      return self.step(stage, () => self.core(stage, work));
    },
    async core<W extends CoreWork>(stage: Stage, work: W): Promise<ResultOf<W>> {
      if (port.core)
        try {
          return await port.core.run(work, (slice) => port.onProgress?.(done, total, stage, slice));
        } catch (e) {
          if (!(e instanceof CoreUnavailable)) throw e;
        }
      return self.slices(stage, () => working(work));
    },
    async slices<T>(stage: Stage, work: () => Sliced<T>): Promise<T> {
      const slices = work();
      for (;;) {
        const next = slices.next();
        if (next.done) return next.value;
        port.onProgress?.(done, total, stage, next.value);
        await pause(false);
      }
    },
  };
  return self;
}
