/**
 * The pure core in a web worker: both ends of the message protocol, over any port that posts and
 * hears messages (a Worker and the worker's own scope in the task pane; a pair of fake ports in
 * tests). Office.js stays on the pane's thread (it cannot run in a worker): the pane takes the
 * snapshot and applies edits there, and sends the worker only the pure work (core.ts) as plain data.
 *
 *   pane → worker   { type: "run", id, work, report? }  one CoreWork (the snapshot or report inside;
 *                                                        `report`: the id of the read whose report the
 *                                                        worker kept, sent in its place)
 *                   { type: "part", id, part }           before its run: a part of the work's long lists
 *   worker → pane   { type: "ready" }                    once, when the worker's script has started
 *                   { type: "slice", id, slice }         after each slice of the work (progress)
 *                   { type: "part", id, part }           before its done: a part of the result's long lists
 *                   { type: "done", id, result }         the work's result (plain data)
 *                   { type: "failed", id, error }        what the work threw: its message (and its
 *                                                        Finnish and English sentence, when it has one)
 *
 * Messages are structured clones: the work and its result are plain data (core.ts), so they arrive
 * equal. The worker keeps the report of the last read it did, so that checking or assessing that
 * report (the next step of the same command) does not send it back: a report of a 50,000-row sheet is
 * tens of megabytes to clone, which the pane's thread would spend. Long lists (a grid's rows, a
 * report's focus areas, the findings) cross in parts of their own (parts.ts), the pane taking a turn
 * between the parts it sends, so that no one clone holds the pane's thread for long. Cancelling is terminating: a new command while work runs, or the pane closing, ends the
 * worker; the next work starts a new one. A worker that cannot start (no Worker, its script refused by
 * a Content-Security-Policy or missing, an error before "ready") makes `run` reject with
 * CoreUnavailable, and the use case runs the work in slices on the pane's thread instead (job.ts).
 */
import type { WorkbookReport } from "../model";
import type { Slice } from "../model/slices";
import {
  CoreCancelled,
  CoreUnavailable,
  working,
  type CoreRunner,
  type CoreWork,
  type ResultOf,
} from "./core";
import { assemble, carve, type Part } from "./parts";

/** What the work threw, as it crosses to the pane. */
export interface WorkError {
  name: string;
  message: string;
  /** A reader's own sentence, when the error carries one (a summary names an unreadable file with it). */
  fi?: string;
  en?: string;
}

/**
 * One work item to run. With `report`, the work's own `report` is left out (null) and the worker uses
 * the report it kept from the read of that id.
 */
export type ToWorker =
  { type: "run"; id: number; work: CoreWork; report?: number } | { type: "part"; id: number; part: Part };

export type FromWorker =
  | { type: "ready" }
  | { type: "slice"; id: number; slice: Slice }
  | { type: "part"; id: number; part: Part }
  | { type: "done"; id: number; result: unknown }
  | { type: "failed"; id: number; error: WorkError };

/** The worker's own scope as the serving end needs it (DedicatedWorkerGlobalScope). */
export interface WorkerScope {
  postMessage(message: FromWorker): void;
  addEventListener(type: "message", listener: (event: { data: ToWorker }) => void): void;
}

function workError(e: unknown): WorkError {
  const error: WorkError =
    e instanceof Error ? { name: e.name, message: e.message } : { name: "Error", message: String(e) };
  const b = e as { fi?: unknown; en?: unknown } | null;
  if (b && typeof b.fi === "string" && typeof b.en === "string") {
    error.fi = b.fi;
    error.en = b.en;
  }
  return error;
}

/** The worker's end: runs each work item through at once, telling each slice, and says it has started. */
export function serveCore(scope: WorkerScope): void {
  /** The report of the last read, by the id of its work. */
  let kept: { id: number; report: WorkbookReport } | null = null;
  /** The parts of the work items still to come, by id. */
  const incoming = new Map<number, Part[]>();
  scope.addEventListener("message", ({ data }) => {
    if (data?.type === "part") {
      const parts = incoming.get(data.id) ?? [];
      if (parts.length === 0) incoming.clear(); // a new work item: what was left of others was given up
      incoming.set(data.id, [...parts, data.part]);
      return;
    }
    if (data?.type !== "run") return;
    const { id } = data;
    try {
      let work = assemble(data.work, incoming.get(id) ?? []);
      incoming.clear();
      if (data.report !== undefined && "report" in work) {
        if (kept?.id !== data.report) throw new Error("The worker no longer holds the report it read.");
        work = { ...work, report: kept.report };
      }
      const slices = working(work);
      for (;;) {
        const next = slices.next();
        if (next.done) {
          if (work.kind === "read") kept = { id, report: next.value as WorkbookReport };
          const { value, parts } = carve(next.value);
          for (const part of parts) scope.postMessage({ type: "part", id, part });
          scope.postMessage({ type: "done", id, result: value });
          return;
        }
        scope.postMessage({ type: "slice", id, slice: next.value });
      }
    } catch (e) {
      scope.postMessage({ type: "failed", id, error: workError(e) });
    }
  });
  scope.postMessage({ type: "ready" });
}

/** A Worker as the pane's end needs it. */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  addEventListener(type: "message", listener: (event: { data: FromWorker }) => void): void;
  addEventListener(type: "error" | "messageerror", listener: (event: { message?: string }) => void): void;
  terminate(): void;
}

/** The pane's runner over a worker, and the way to give up the work it runs. */
export interface WorkerCore extends CoreRunner {
  /** Ends the worker and whatever it runs (that work rejects with CoreCancelled); the next run starts anew. */
  cancel(): void;
}

/** One turn of the thread's event loop (a timer: promise callbacks would not let the page paint). */
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** How long a new worker may take to say it has started before it counts as unable to (then: here). */
export const START_TIMEOUT_MS = 15_000;

/**
 * How long running work may stay silent (no slice, part or result) before its worker counts as dead.
 * A worker killed by the browser (out of memory, its process gone) may end without any `error` event;
 * without this its command would wait for ever. One slice is one sheet (or one file of a summary),
 * seconds even for a 50,000-row sheet, so two minutes of silence is no slow sheet but a dead worker.
 */
export const SILENCE_TIMEOUT_MS = 120_000;

/** What the step's error says when the worker went silent (its detail under the usual sentence). */
export const SILENT_WORKER = "The worker stopped answering.";

interface Pending {
  id: number;
  kind: CoreWork["kind"];
  /** The result's parts heard so far. */
  parts: Part[];
  onSlice(slice: Slice): void;
  resolve(result: unknown): void;
  reject(error: unknown): void;
}

/** The error the pane gets for work that failed in the worker: as the work threw it, as near as data allows. */
function errorOf(e: WorkError): Error {
  const error = new Error(e.message);
  error.name = e.name;
  if (e.fi !== undefined && e.en !== undefined) Object.assign(error, { fi: e.fi, en: e.en });
  return error;
}

/**
 * The pane's end: one worker (started by `spawn` on the first work), one work item at a time. A new
 * work item while one runs cancels the old (its command was superseded). Once a worker has failed to
 * start, every run rejects with CoreUnavailable at once: the work runs on the pane's thread for good.
 */
export function workerCore(spawn: () => WorkerLike): WorkerCore {
  let worker: WorkerLike | null = null;
  let ready = false;
  let unavailable: string | null = null;
  let pending: Pending | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** Ends running work whose worker has gone silent (SILENCE_TIMEOUT_MS). */
  let watchdog: ReturnType<typeof setTimeout> | null = null;
  let nextId = 1;
  /** The report of the last read the worker did (and keeps), by its work's id. */
  let lastRead: { id: number; report: unknown } | null = null;

  const quiet = () => {
    if (watchdog !== null) clearTimeout(watchdog);
    watchdog = null;
  };
  const stop = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    quiet();
    worker?.terminate();
    worker = null;
    ready = false;
    lastRead = null;
  };
  const settle = (error: unknown) => {
    quiet();
    const p = pending;
    pending = null;
    p?.reject(error);
  };
  /** The worker has the work (or just answered): it has SILENCE_TIMEOUT_MS to say something again. */
  const listen = (w: WorkerLike, id: number) => {
    quiet();
    watchdog = setTimeout(() => {
      watchdog = null;
      if (!current(w, id)) return;
      // Gone without a word: end it, and the next run starts a new worker.
      stop();
      settle(new Error(SILENT_WORKER));
    }, SILENCE_TIMEOUT_MS);
  };
  /** The worker could not start: from now on the work runs on the pane's thread. */
  const giveUp = (why: string) => {
    unavailable = why;
    stop();
    settle(new CoreUnavailable(why));
  };

  const start = (): WorkerLike => {
    const w = spawn();
    w.addEventListener("message", ({ data }) => {
      if (w !== worker) return;
      if (data.type === "ready") {
        ready = true;
        if (timer !== null) clearTimeout(timer);
        timer = null;
        return;
      }
      if (!pending || data.id !== pending.id) return;
      if (data.type !== "done" && data.type !== "failed") listen(w, pending.id);
      if (data.type === "slice") pending.onSlice(data.slice);
      else if (data.type === "part") pending.parts.push(data.part);
      else if (data.type === "done") {
        quiet();
        const p = pending;
        pending = null;
        const result = assemble(data.result, p.parts);
        if (p.kind === "read") lastRead = { id: p.id, report: result };
        p.resolve(result);
      } else settle(errorOf(data.error));
    });
    w.addEventListener("error", (event) => {
      if (w !== worker) return;
      const message = event.message || "The worker stopped.";
      if (!ready) return giveUp(`The worker did not start: ${message}`);
      // The worker failed outside any work's own error handling: it is gone; the next run starts anew.
      stop();
      settle(new Error(message));
    });
    w.addEventListener("messageerror", () => {
      if (w !== worker) return;
      settle(new Error("A message from the worker could not be read."));
    });
    return w;
  };

  /** Still the work running, on the same worker: not cancelled or superseded meanwhile. */
  const current = (w: WorkerLike, id: number) => worker === w && pending?.id === id;

  /** The work's long lists in parts, a turn of the pane's thread after each, then the work itself. */
  const send = async (w: WorkerLike, message: Extract<ToWorker, { type: "run" }>) => {
    const { id } = message;
    try {
      const { value: work, parts } = carve(message.work);
      for (const part of parts) {
        w.postMessage({ type: "part", id, part });
        await nextTurn();
        if (!current(w, id)) return;
      }
      w.postMessage({ ...message, work });
      listen(w, id);
    } catch (e) {
      // The work could not be cloned (it never should: core.ts keeps it plain data).
      if (current(w, id)) settle(e);
    }
  };

  return {
    run<W extends CoreWork>(work: W, onSlice: (slice: Slice) => void): Promise<ResultOf<W>> {
      if (unavailable !== null) return Promise.reject(new CoreUnavailable(unavailable));
      // Work still running belongs to a command that a newer one superseded: give it up.
      if (pending) {
        stop();
        settle(new CoreCancelled());
      }
      if (!worker) {
        try {
          worker = start();
        } catch (e) {
          unavailable = `The worker could not be created: ${e instanceof Error ? e.message : String(e)}`;
          worker = null;
          return Promise.reject(new CoreUnavailable(unavailable));
        }
        timer = setTimeout(() => giveUp("The worker did not start in time."), START_TIMEOUT_MS);
      }
      const id = nextId++;
      const w = worker;
      // The report the worker kept from its last read goes as its id, not cloned again.
      const keptRead =
        "report" in work && lastRead !== null && work.report === lastRead.report ? lastRead : null;
      const message: ToWorker = keptRead
        ? { type: "run", id, work: { ...work, report: null } as unknown as CoreWork, report: keptRead.id }
        : { type: "run", id, work };
      return new Promise<ResultOf<W>>((resolve, reject) => {
        pending = {
          id,
          kind: work.kind,
          parts: [],
          onSlice,
          resolve: resolve as (r: unknown) => void,
          reject,
        };
        void send(w, message);
      });
    },
    cancel() {
      stop();
      settle(new CoreCancelled());
    },
  };
}
