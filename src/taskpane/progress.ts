/**
 * How the pane hears a command's progress and keeps answering during it. The pane's host is the
 * Office.js host with two more things (src/app/port.ts): `onProgress`, which this hub passes on to
 * whoever listens (the progress bar, components/ProgressLine.tsx, so that only the bar re-renders
 * as a command goes on), and `pause`, one turn of the browser's event loop (`nextTurn`), which the
 * use cases take between slices of long work so that the pane paints and takes clicks meanwhile.
 * With the pane's web worker (core) the long work runs off the pane's thread altogether, its slices
 * told to the hub as they come back; the pauses remain for what still runs here.
 */
import type { HostPort, Stage } from "../app";
import type { CoreRunner } from "../app/core";
import type { Slice } from "../model/slices";

/** Where a command is: `done` of `total` steps, the step running, and how far within it. */
export interface Progress {
  done: number;
  total: number;
  stage: Stage;
  within: Slice | null;
}

export interface ProgressSource {
  /** Calls `listener` with every progress report from now on; returns the way to stop. */
  subscribe(listener: (p: Progress) => void): () => void;
}

export interface ProgressHub extends ProgressSource {
  /** The host port's listener (HostPort.onProgress). */
  report(done: number, total: number, stage: Stage, within?: Slice): void;
}

export function progressHub(): ProgressHub {
  const listeners = new Set<(p: Progress) => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    report(done, total, stage, within) {
      const p: Progress = { done, total, stage, within: within ?? null };
      for (const l of listeners) l(p);
    },
  };
}

/**
 * One turn of the event loop: a task queued after whatever waits (a paint, a click, React's work).
 * A timer, not a microtask: promise callbacks would run before the browser gets its turn.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The pane's host: `host` with its progress told to `hub`, a pause between slices of work done on the
 * pane's thread, and `core`, the runner of the pure core's work in a web worker (src/app/coreWorker.ts),
 * when the pane has one.
 */
export function paneHost(host: HostPort, hub: ProgressHub, core?: CoreRunner): HostPort {
  return { ...host, onProgress: hub.report, pause: nextTurn, ...(core ? { core } : {}) };
}
