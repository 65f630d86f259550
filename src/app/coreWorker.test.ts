/**
 * The pure core in a web worker (coreWorker.ts), with a fake worker in jest: the pane's end and the
 * worker's end joined by a channel that structured-clones every message and delivers it on a later
 * turn, as postMessage does. The use cases give the same results through the worker as on this
 * thread on every fixture workbook; progress comes back slice by slice; a failing work item, a worker
 * that cannot start, dies, or is cancelled each end as the pane expects, never in a hang.
 */
import * as fs from "fs";
import * as path from "path";
import type { WorkbookSnapshot } from "../model";
import { FIXTURES, loadFixture } from "../../test/support/load";
import { check, colour, status, summarise } from ".";
import { CoreCancelled, CoreUnavailable, isCancelled, working, type CoreWork } from "./core";
import { PART_ITEMS } from "./parts";
import {
  serveCore,
  SILENCE_TIMEOUT_MS,
  SILENT_WORKER,
  START_TIMEOUT_MS,
  workerCore,
  type FromWorker,
  type ToWorker,
  type WorkerLike,
  type WorkerScope,
} from "./coreWorker";
import { describeError, PaneError } from "./errors";
import { memorySettings, type HostPort } from "./port";
import { strings } from "../i18n";
import { whole } from "../model/slices";

/** Every fixture workbook (the shared ones, their merged-cell twins, the summary's). */
const FIXTURE_FILES = ["", "merged", "summary"].flatMap((dir) =>
  fs
    .readdirSync(path.join(FIXTURES, dir))
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => path.join(FIXTURES, dir, f)),
);

type Listener<T> = (event: T) => void;

/** A fake web worker: the worker's end served by serveCore, messages cloned and delivered later. */
interface FakeWorker extends WorkerLike {
  /** Every work item the pane posted (its parts apart). */
  posted: Extract<ToWorker, { type: "run" }>[];
  /** The parts the pane posted before them. */
  parts: Extract<ToWorker, { type: "part" }>[];
  /** The kinds of message the worker posted, in order. */
  heard: FromWorker["type"][];
  terminated: boolean;
  /** Fires the worker's error event (an uncaught error in its script, or its script failing to load). */
  fail(message: string): void;
}

interface FakeOptions {
  /** False: the worker's script never runs (as when a policy refuses it). */
  starts?: boolean;
  /** Work the worker's scope should run instead of serveCore's own (to make it throw). */
  serve?: (scope: WorkerScope) => void;
}

function fakeWorker(options: FakeOptions = {}): FakeWorker {
  const toPane: Record<string, Listener<{ data?: FromWorker; message?: string }>[]> = {};
  const toWorker: Listener<{ data: ToWorker }>[] = [];
  const later = (f: () => void) => setTimeout(f, 0);
  const w: FakeWorker = {
    posted: [],
    parts: [],
    heard: [],
    terminated: false,
    postMessage(message) {
      if (message.type === "run") w.posted.push(message);
      else w.parts.push(message);
      const data = structuredClone(message);
      later(() => {
        if (!w.terminated) for (const l of toWorker) l({ data });
      });
    },
    addEventListener(type: string, listener: Listener<never>) {
      (toPane[type] ??= []).push(listener as Listener<{ data?: FromWorker; message?: string }>);
    },
    terminate() {
      w.terminated = true;
    },
    fail(message) {
      for (const l of toPane.error ?? []) l({ message });
    },
  };
  const scope: WorkerScope = {
    postMessage(message) {
      w.heard.push(message.type);
      const data = structuredClone(message);
      later(() => {
        if (!w.terminated) for (const l of toPane.message ?? []) l({ data });
      });
    },
    addEventListener(_type, listener) {
      toWorker.push(listener);
    },
  };
  if (options.starts !== false) later(() => (options.serve ?? serveCore)(scope));
  return w;
}

/** Waits turn by turn until `cond` holds (the fake worker's messages go a turn later each). */
async function until(cond: () => boolean): Promise<void> {
  for (let i = 0; !cond(); i++) {
    if (i > 10_000) throw new Error("never happened");
    await new Promise((r) => setTimeout(r, 0));
  }
}

/** A host over a snapshot, with the pane's worker when `core` is given. */
function hostOf(snapshot: WorkbookSnapshot, extra: Partial<HostPort> = {}): HostPort {
  return {
    snapshot: async () => snapshot,
    apply: async () => undefined,
    select: async () => undefined,
    ...memorySettings(),
    ...extra,
  };
}

/** A runner over fake workers, keeping each one it started. */
function fakeCore(options: FakeOptions = {}) {
  const spawned: FakeWorker[] = [];
  const core = workerCore(() => {
    const w = fakeWorker(options);
    spawned.push(w);
    return w;
  });
  return { core, spawned };
}

describe("the pure core in a web worker", () => {
  it.each(FIXTURE_FILES.map((f) => [path.relative(FIXTURES, f), f]))(
    "%s: check, status, colour's edits and a summary are the same through the worker as on this thread",
    async (_name, file) => {
      const snapshot = await loadFixture(file);
      const { core, spawned } = fakeCore();
      const here = hostOf(snapshot);
      const there = hostOf(snapshot, { core });

      expect(await check(there)).toStrictEqual(await check(here));
      expect(await status(there)).toStrictEqual(await status(here));
      const applied: unknown[] = [];
      const hereColour = await colour(hostOf(snapshot, { apply: async (e) => void applied.push(e) }));
      const thereColour = await colour(hostOf(snapshot, { core, apply: async (e) => void applied.push(e) }));
      expect(thereColour).toStrictEqual(hereColour);
      expect(applied[1]).toStrictEqual(applied[0]);
      const files = [{ name: path.basename(file), open: () => hostOf(snapshot) }];
      expect(await summarise(there, { workbook: true, files })).toStrictEqual(
        await summarise(here, { workbook: true, files }),
      );

      // It was the worker that did the work: one worker, every kind of work sent to it.
      expect(spawned).toHaveLength(1);
      expect(new Set(spawned[0].posted.map((m) => m.work.kind))).toEqual(
        new Set(["read", "validate", "assess", "sources"]),
      );
      // Checking and assessing went on from the report the worker kept: none was sent back to it.
      const onReports = spawned[0].posted.filter(
        (m) => m.work.kind === "validate" || m.work.kind === "assess",
      );
      expect(onReports.length).toBeGreaterThan(0);
      for (const m of onReports) {
        expect(typeof m.report).toBe("number");
        expect("report" in m.work && m.work.report).toBeNull();
      }
    },
  );

  it("a long sheet crosses in parts both ways, and the results are still those of this thread", async () => {
    // The year-end report 25 times down one sheet: 5,175 rows and 625 measures, over PART_ITEMS each.
    const one = await loadFixture("elinvoima-ja-ymparisto-2023-vuosi");
    const grid = one.sheets[0];
    const cells = Array.from({ length: 25 }, () => grid.cells.map((row) => row.slice())).flat();
    const snapshot: WorkbookSnapshot = {
      ...one,
      sheets: [{ ...grid, cells, rowCount: cells.length, merges: [] }],
    };
    expect(cells.length).toBeGreaterThan(2 * PART_ITEMS);
    const { core, spawned } = fakeCore();
    expect(await status(hostOf(snapshot, { core }))).toStrictEqual(await status(hostOf(snapshot)));
    const [w] = spawned;
    expect(new Set(w.parts.map((p) => p.part.path.join(".")))).toEqual(new Set(["snapshot.sheets.0.cells"]));
    expect(w.parts.length).toBeGreaterThanOrEqual(Math.ceil(cells.length / PART_ITEMS));
    // The assessments (over PART_ITEMS of them) came back in parts before their done.
    expect(w.heard.filter((t) => t === "part").length).toBeGreaterThan(0);
    expect(w.heard.lastIndexOf("part")).toBeLessThan(w.heard.lastIndexOf("done"));
  });

  it("only the report of the worker's last read stays there; any other report is sent whole", async () => {
    const snapshot = await loadFixture("konsernipalvelut-2025-T2");
    const { core, spawned } = fakeCore();
    const read: CoreWork = { kind: "read", snapshot, departments: null };
    const first = await core.run(read, () => {});
    const second = await core.run(read, () => {});
    const expected = whole(working({ kind: "validate", report: first }));
    // The first read's report is no longer the worker's: sent whole, the same findings.
    expect(await core.run({ kind: "validate", report: first }, () => {})).toStrictEqual(expected);
    expect(await core.run({ kind: "validate", report: second }, () => {})).toStrictEqual(expected);
    const [, , whole1, kept2] = spawned[0].posted;
    expect(whole1.report).toBeUndefined();
    expect(whole1.work).toStrictEqual({ kind: "validate", report: first });
    expect(kept2.report).toBe(2);
  });

  it("a worker asked for a report it does not hold says so: the work's own error, never a wrong result", () => {
    const answers: FromWorker[] = [];
    let listener: ((event: { data: ToWorker }) => void) | null = null;
    serveCore({ postMessage: (m) => answers.push(m), addEventListener: (_t, l) => (listener = l) });
    const work = { kind: "validate", report: null } as unknown as CoreWork;
    listener!({ data: { type: "run", id: 7, work, report: 3 } });
    expect(answers).toEqual([
      { type: "ready" },
      {
        type: "failed",
        id: 7,
        error: { name: "Error", message: "The worker no longer holds the report it read." },
      },
    ]);
  });

  it("the snapshot, report, findings and assessments are plain data: a structured clone is equal, type for type", async () => {
    for (const file of FIXTURE_FILES) {
      const snapshot = await loadFixture(file);
      const report = whole(working({ kind: "read", snapshot, departments: null }));
      const findings = whole(working({ kind: "validate", report }));
      const assessments = whole(working({ kind: "assess", report, scale: { kind: "pori" } }));
      for (const data of [snapshot, report, findings, assessments])
        expect(structuredClone(data)).toStrictEqual(data);
    }
  });

  it("tells each slice as it comes back, under the step running, as the work on this thread tells them", async () => {
    const snapshot = await loadFixture("konsernipalvelut-2025-T2");
    const told: [number, number, string, string | null][] = [];
    const { core } = fakeCore();
    const host = hostOf(snapshot, {
      core,
      onProgress: (done, total, what, within) =>
        told.push([done, total, what, within ? `${within.done}/${within.total} ${within.unit}` : null]),
    });
    await check(host);
    const here: typeof told = [];
    await check(
      hostOf(snapshot, {
        onProgress: (done, total, what, within) =>
          here.push([done, total, what, within ? `${within.done}/${within.total} ${within.unit}` : null]),
      }),
    );
    // The same reports, in the same order, as the work on this thread gives.
    expect(told).toEqual(here);
    const sheets = snapshot.sheets.length;
    expect(told).toContainEqual([1, 3, "read", `${sheets}/${sheets} sheet`]);
    expect(told).toContainEqual([2, 3, "validate", `${sheets}/${sheets} sheet`]);
  });

  it("work failing in the worker is the step's error, with the message it would have had here", async () => {
    const broken = {
      name: "rikki.xlsx",
      sheets: [{ sheet: "A", cells: null }],
    } as unknown as WorkbookSnapshot;
    const { core } = fakeCore();
    const there = await check(hostOf(broken, { core })).catch((e: unknown) => e);
    const here = await check(hostOf(broken)).catch((e: unknown) => e);
    expect(there).toBeInstanceOf(PaneError);
    expect((there as PaneError).stage).toBe("read");
    expect(describeError(there, strings("fi"))).toEqual(describeError(here, strings("fi")));
  });

  it("a reader's own Finnish and English sentence survives the crossing (a summary names the file with it)", async () => {
    const failing = (scope: WorkerScope) =>
      scope.addEventListener("message", ({ data }) =>
        scope.postMessage({
          type: "failed",
          id: data.id,
          error: { name: "Error", message: "x", fi: "Tiedosto on rikki.", en: "The file is broken." },
        }),
      );
    const { core } = fakeCore({
      serve: (scope) => {
        failing(scope);
        scope.postMessage({ type: "ready" });
      },
    });
    const snapshot = await loadFixture("konsernipalvelut-2025-T2");
    const files = [{ name: "rikki.xlsx", open: () => hostOf(snapshot) }];
    const { summary } = await summarise(hostOf(snapshot, { core }), { workbook: false, files });
    expect(summary.files).toEqual([
      { file: "rikki.xlsx", error: { fi: "Tiedosto on rikki.", en: "The file is broken." } },
    ]);
  });

  describe("a worker that cannot run the work: the same results on this thread", () => {
    let snapshot: WorkbookSnapshot;
    let expected: unknown;
    beforeAll(async () => {
      snapshot = await loadFixture("elinvoima-ja-ymparisto-2023-vuosi");
      expected = await status(hostOf(snapshot));
    });

    it("no Worker at all (spawning throws): here, and no worker is tried again", async () => {
      let tries = 0;
      const core = workerCore(() => {
        tries++;
        throw new ReferenceError("Worker is not defined");
      });
      expect(await status(hostOf(snapshot, { core }))).toStrictEqual(expected);
      expect(await status(hostOf(snapshot, { core }))).toStrictEqual(expected);
      expect(tries).toBe(1);
      await expect(
        core.run({ kind: "validate", report: { name: null, sheets: [] } }, () => {}),
      ).rejects.toThrow(CoreUnavailable);
    });

    it("its script refused or missing (an error before it started): here", async () => {
      const { core, spawned } = fakeCore({ starts: false });
      const result = status(hostOf(snapshot, { core }));
      await until(() => spawned.length > 0);
      spawned[0].fail("Refused to create a worker from 'core-worker.js' (Content-Security-Policy)");
      expect(await result).toStrictEqual(expected);
      expect(spawned[0].terminated).toBe(true);
      expect(spawned).toHaveLength(1);
    });

    it("silent (never says it started): here once START_TIMEOUT_MS has passed", async () => {
      jest.useFakeTimers();
      try {
        const { core, spawned } = fakeCore({ starts: false });
        const work: CoreWork = { kind: "read", snapshot, departments: null };
        const run = core.run(work, () => {});
        jest.advanceTimersByTime(START_TIMEOUT_MS - 1);
        expect(spawned[0].terminated).toBe(false);
        jest.advanceTimersByTime(1);
        await expect(run).rejects.toThrow(CoreUnavailable);
        expect(spawned[0].terminated).toBe(true);
      } finally {
        jest.useRealTimers();
      }
    });
  });

  it("a worker that dies mid-work: the step's error (never a hang), and the next work starts a new worker", async () => {
    const snapshot = await loadFixture("elinvoima-ja-ymparisto-2023-vuosi");
    const { core, spawned } = fakeCore({
      // Starts, then never answers: as a worker that ran out of memory would.
      serve: (scope) => scope.postMessage({ type: "ready" }),
    });
    const result = check(hostOf(snapshot, { core })).catch((e: unknown) => e);
    // It said it started and has the work.
    await until(
      () => spawned.length > 0 && spawned[0].posted.length > 0 && spawned[0].heard.includes("ready"),
    );
    // The ready message is heard a turn after it was posted.
    for (let i = 0; i < 3; i++) await new Promise((r) => setTimeout(r, 0));
    spawned[0].fail("Uncaught RangeError: Array buffer allocation failed");
    const error = await result;
    expect(error).toBeInstanceOf(PaneError);
    expect(describeError(error, strings("en"))).toEqual({
      message: strings("en").errorRead,
      detail: "Uncaught RangeError: Array buffer allocation failed",
    });
    expect(spawned[0].terminated).toBe(true);
    const { core: fresh } = fakeCore();
    expect(await check(hostOf(snapshot, { core: fresh }))).toStrictEqual(await check(hostOf(snapshot)));
  });

  it("a worker that goes silent mid-work with no error event (killed by the browser): the step's error after SILENCE_TIMEOUT_MS of silence, never a hang", async () => {
    jest.useFakeTimers();
    try {
      const snapshot = await loadFixture("elinvoima-ja-ymparisto-2023-vuosi");
      const work: CoreWork = { kind: "read", snapshot, departments: null };
      let said: ((slice: FromWorker) => void) | null = null;
      const { core, spawned } = fakeCore({
        // Starts and takes the work, tells one slice when asked to, and otherwise says nothing.
        serve: (scope) => {
          scope.addEventListener("message", ({ data }) => {
            if (data.type === "run") said = (m) => scope.postMessage(m);
          });
          scope.postMessage({ type: "ready" });
        },
      });
      const slices: unknown[] = [];
      const run = core.run(work, (slice) => slices.push(slice)).catch((e: unknown) => e);
      // The fake worker's messages go a turn (a 0 ms timer) later each.
      const turns = async (n: number) => {
        for (let i = 0; i < n; i++) await jest.advanceTimersByTimeAsync(0);
      };
      await turns(10);
      expect(said).not.toBeNull();
      // Quiet for almost the whole time, then a slice: the time starts again.
      await jest.advanceTimersByTimeAsync(SILENCE_TIMEOUT_MS - 10);
      said!({ type: "slice", id: spawned[0].posted[0].id, slice: { done: 1, total: 2, unit: "sheet" } });
      await turns(3);
      expect(slices).toHaveLength(1);
      await jest.advanceTimersByTimeAsync(SILENCE_TIMEOUT_MS - 10);
      expect(spawned[0].terminated).toBe(false);
      // Then silence for the whole time: the work ends in the step's error and the worker is ended.
      await jest.advanceTimersByTimeAsync(10);
      const error = await run;
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toBe(SILENT_WORKER);
      expect(error).not.toBeInstanceOf(CoreUnavailable);
      expect(spawned[0].terminated).toBe(true);
    } finally {
      jest.useRealTimers();
    }
    // The next work starts a new worker, which answers.
    const snapshot = await loadFixture("elinvoima-ja-ymparisto-2023-vuosi");
    const { core: fresh } = fakeCore();
    expect(await check(hostOf(snapshot, { core: fresh }))).toStrictEqual(await check(hostOf(snapshot)));
  });

  it("work that answers is never cut short, and its result leaves no timer behind to end the worker later", async () => {
    const snapshot = await loadFixture("elinvoima-ja-ymparisto-2023-vuosi");
    const work: CoreWork = { kind: "read", snapshot, departments: null };
    jest.useFakeTimers();
    try {
      const { core, spawned } = fakeCore();
      let result: unknown = undefined;
      void core.run(work, () => {}).then((r) => (result = r));
      for (let i = 0; result === undefined; i++) {
        if (i > 10_000) throw new Error("never answered");
        // A turn: the fake worker's messages go on 0 ms timers (the fake clock runs them at 1 ms).
        await jest.advanceTimersByTimeAsync(1);
      }
      expect(result).toStrictEqual(whole(working(work)));
      // Then silence far longer than SILENCE_TIMEOUT_MS: the idle worker is not ended.
      expect(jest.getTimerCount()).toBe(0);
      await jest.advanceTimersByTimeAsync(SILENCE_TIMEOUT_MS * 2);
      expect(spawned[0].terminated).toBe(false);
    } finally {
      jest.useRealTimers();
    }
  });

  it("cancelling: the work given up rejects as cancelled (no error to show), the worker ends, the next work starts anew", async () => {
    const snapshot = await loadFixture("elinvoima-ja-ymparisto-2023-vuosi");
    const { core, spawned } = fakeCore();
    const first = check(hostOf(snapshot, { core })).catch((e: unknown) => e);
    await until(() => spawned.length > 0 && spawned[0].posted.length > 0);
    core.cancel();
    const given = await first;
    expect(isCancelled(given)).toBe(true);
    expect(spawned[0].terminated).toBe(true);

    // A new command while work runs gives the old up.
    const read: CoreWork = { kind: "read", snapshot, departments: null };
    const old = core.run(read, () => {});
    const newer = core.run(read, () => {});
    await expect(old).rejects.toThrow(CoreCancelled);
    expect(await newer).toStrictEqual(whole(working(read)));
    expect(spawned).toHaveLength(3);
    expect(spawned[1].terminated).toBe(true);
    expect(spawned[2].terminated).toBe(false);
  });
});
