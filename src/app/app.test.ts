/**
 * The use cases over both hosts with the real reader, rules, judge and planners: the Office.js host
 * over the Excel host simulator, and the file host over the fixture workbooks. What a person gets must
 * not depend on where the workbook lives.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { createOfficeHost } from "../excel/officeHost";
import { fileHost } from "../cli/fileHost";
import { loadXlsxFile } from "../xlsx/file";
import { getCustomProperty } from "../xlsx/core";
import { readWorkbook } from "../read";
import { assessWorkbook } from "../assess";
import { planColour } from "../edits/colour";
import { FINDINGS_SHEET } from "../edits/findings";
import { a1, countActions, countMeasures, STATUS_LABEL, type CellRef, type WorkbookReport } from "../model";
import { simulatorFor, FIXTURES } from "../../test/simulator/node";
import { createSimulator } from "../../test/simulator";
import { copiesWorkbook } from "../../test/officejs/workbooks";
import type { Slice } from "../model/slices";
import { PAUSE_EVERY_MS } from "./job";
import { strings } from "../i18n";
import {
  connect,
  describeError,
  expectedDepartments,
  memorySettings,
  PaneError,
  type HostPort,
  type Stage,
} from ".";

const YEAR_END = "elinvoima-ja-ymparisto-2023-vuosi.xlsx";
const SHEET = "Toteutuminen 2023";
const SCALE = Object.values(STATUS_LABEL).map((l) => l.fi);
const FILES = [
  [YEAR_END, 16, 25],
  ["kasvu-ja-tyollisyys-2026-T1.xlsx", 4, 4],
  ["kasvu-ja-tyollisyys-2026-taulukko.xlsx", 4, 4],
  ["konsernipalvelut-2025-T2.xlsx", 4, 8],
  ["konsernihallinto-palveluohjelma-2018.xlsx", 12, 12],
] as const;

const actionCount = (wr: WorkbookReport) => wr.sheets.reduce((n, r) => n + countActions(r), 0);
const measureCount = (wr: WorkbookReport) => wr.sheets.reduce((n, r) => n + countMeasures(r), 0);

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "toteuma-app-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("the use cases over the Excel host simulator", () => {
  it("reads the year-end workbook in one snapshot: 16 actions, 25 measures", async () => {
    const sim = await simulatorFor(YEAR_END);
    const app = connect(createOfficeHost(sim.run));
    const report = await app.read();
    const actions = report.sheets.flatMap((s) =>
      s.focusAreas.flatMap((f) => f.goals.flatMap((g) => g.commitments.flatMap((k) => k.actions))),
    );
    expect(actions).toHaveLength(16);
    expect(actions.flatMap((a) => a.measures)).toHaveLength(25);
  });

  it("validates without changing a cell, with the same number of syncs every time", async () => {
    const sim = await simulatorFor("konsernipalvelut-2025-T2.xlsx");
    const app = connect(createOfficeHost(sim.run));
    const before = JSON.stringify(await sim.workbook.xlsx.writeBuffer().then((b) => b.byteLength));
    sim.resetStats();
    const first = await app.check();
    const syncs = sim.stats.syncs;
    sim.resetStats();
    await app.check();
    expect(sim.stats.syncs).toBe(syncs);
    expect(first.summary.error).toBe(0);
    expect(first.summary.total).toBe(first.findings.length);
    expect(JSON.stringify(await sim.workbook.xlsx.writeBuffer().then((b) => b.byteLength))).toBe(before);
  });

  it("validates again from a fresh snapshot: a label fixed in the workbook is no longer reported", async () => {
    const sim = await simulatorFor(YEAR_END);
    const setA15 = (text: string) =>
      sim.run(async (ctx) => {
        ctx.workbook.worksheets.getItem(SHEET).getRange("A15").values = [[text]];
        await ctx.sync();
      });
    await setA15("TOIMENPDE");
    const app = connect(createOfficeHost(sim.run));
    const at = (r: { findings: { cell: { row: number; col: number } }[] }) =>
      r.findings.filter((f) => f.cell.row === 15 && f.cell.col === 1).length;
    const before = await app.check();
    expect(at(before)).toBeGreaterThan(0);
    await setA15("TOIMENPIDE");
    const after = await app.check();
    expect(at(after)).toBe(0);
    expect(after.findings.length).toBe(before.findings.length - at(before));
  });

  it("colours by planning from the assessments and applying the plan; writes findings in the pane's language", async () => {
    const sim = await simulatorFor(YEAR_END);
    const host = createOfficeHost(sim.run);
    // The plan the real planner makes from the same snapshot: every one of its cells must land.
    const snapshot = await host.snapshot();
    const report = readWorkbook(snapshot);
    const plan = planColour(report, assessWorkbook(report), snapshot);
    const planned = plan.flatMap((e) =>
      e.kind === "cells" ? e.cells.map((c) => ({ sheet: e.sheet, ...c })) : [],
    );
    expect(planned.length).toBeGreaterThanOrEqual(25);

    const app = connect(host);
    const result = await app.colour();
    expect(result.assessments).toHaveLength(25);
    for (const c of planned) {
      const cell = sim.cell(c.sheet, a1(c));
      if (c.value !== undefined) expect([a1(c), cell.value]).toEqual([a1(c), c.value]);
      if (c.style?.fill) expect([a1(c), cell.fill]).toEqual([a1(c), c.style.fill]);
    }

    const written = await app.writeFindings("en");
    expect(sim.sheets().map((s) => s.name)).toContain(FINDINGS_SHEET);
    const table = sim.tables().find((t) => t.sheet === FINDINGS_SHEET);
    expect(table).toBeDefined();
    const header = Number(/(\d+):/.exec(table!.address.replace(/\$/g, ""))![1]);
    expect([
      sim.cell(FINDINGS_SHEET, `A${header}`).value,
      sim.cell(FINDINGS_SHEET, `B${header}`).value,
    ]).toEqual(["Sheet", "Cell"]);
    expect(sim.cell(FINDINGS_SHEET, `A${header + written.findings.length}`).value).not.toBe("");
  });

  it("selects a cell in its sheet", async () => {
    const sim = await simulatorFor("konsernihallinto-palveluohjelma-2018.xlsx");
    const app = connect(createOfficeHost(sim.run));
    await app.select({ sheet: "Toiminnalliset tavoitteet", row: 12, col: 2 });
    expect(sim.selection()).toEqual({
      sheet: "Toiminnalliset tavoitteet",
      address: expect.stringMatching(/^\$?B\$?12$/),
    });
  });

  it("keeps the sync counts of one snapshot per command", async () => {
    const sim = await simulatorFor(YEAR_END);
    const app = connect(createOfficeHost(sim.run));
    const syncs = async (run: () => Promise<unknown>) => {
      sim.resetStats();
      await run();
      return sim.stats.syncs;
    };
    // The snapshot's three syncs; the settings the use cases need (the department list, the status
    // scale) are read in the first of them, never in a sync of their own.
    const snapshot = await syncs(() => app.read());
    expect(snapshot).toBe(3);
    expect(await syncs(() => app.check())).toBe(snapshot);
    expect(await syncs(() => app.status())).toBe(snapshot);
    expect(await syncs(() => app.status({ scale: { kind: "pori" } }))).toBe(snapshot);
    // Colouring adds the apply's read of what it will change and its write.
    expect(await syncs(() => app.colour())).toBe(snapshot + 2);
    // A scale and a department list kept in the workbook are still what the status takes.
    await app.setScale({ kind: "distance", share: 15 });
    await app.saveDepartments("Elinvoiman toimiala\nElinvoima- ja ympäristötoimiala = Elinvoiman toimiala\n");
    let judged: Awaited<ReturnType<typeof app.status>> | null = null;
    expect(
      await syncs(async () => {
        judged = await app.status();
      }),
    ).toBe(snapshot);
    expect(judged!.scale).toEqual({ kind: "distance", share: 15 });
    expect(judged!.report.sheets.map((r) => r.department)).toContain("Elinvoiman toimiala");
  });
});

describe("the use cases over the file host and the fixture workbooks", () => {
  it.each(FILES)(
    "%s: the same report, findings and statuses as over the simulator",
    async (name, actions, measures) => {
      const file = connect(fileHost(path.join(FIXTURES, name)));
      const excel = connect(createOfficeHost((await simulatorFor(name)).run));
      const [fromFile, fromExcel] = [await file.read(), await excel.read()];
      expect([actionCount(fromFile), measureCount(fromFile)]).toEqual([actions, measures]);
      expect([actionCount(fromExcel), measureCount(fromExcel)]).toEqual([actions, measures]);

      const where = (f: { code: string; cell: CellRef }) => `${f.code}@${f.cell.sheet}!${a1(f.cell)}`;
      const [checkFile, checkExcel] = [await file.check(), await excel.check()];
      expect(checkFile.findings.map(where)).toEqual(checkExcel.findings.map(where));
      expect(checkFile.summary.line).toEqual(checkExcel.summary.line);

      const statuses = (r: { assessments: { status: string; source: string }[] }) =>
        r.assessments.map((a) => `${a.status}/${a.source}`);
      const [statusFile, statusExcel] = [await file.status(), await excel.status()];
      expect(statusFile.assessments).toHaveLength(measures);
      expect(statuses(statusFile)).toEqual(statuses(statusExcel));
    },
  );

  it("colours into a new file, leaves the input untouched, and clears the copy back as it was", async () => {
    const input = path.join(FIXTURES, YEAR_END);
    const before = fs.readFileSync(input);
    const coloured = path.join(tmp, "varitetty.xlsx");
    const host = fileHost(input);
    const result = await connect(host).colour();
    expect(result.assessments).toHaveLength(25);
    await host.saveAs(coloured);
    expect(fs.readFileSync(input).equals(before)).toBe(true);

    const original = await fileHost(input).snapshot();
    const again = fileHost(coloured);
    const colouredSnapshot = await again.snapshot();
    const labels = (s: typeof original) =>
      s.sheets[0].cells.flat().filter((c) => c && SCALE.includes(String(c.value))).length;
    // The status label beside each measure's values (the workbook has two such words of its own).
    expect(labels(colouredSnapshot) - labels(original)).toBe(result.assessments.length);

    const cleared = path.join(tmp, "palautettu.xlsx");
    await connect(again).clear();
    await again.saveAs(cleared);
    const back = await fileHost(cleared).snapshot();
    expect(back.sheets.map((g) => g.sheet)).toEqual(original.sheets.map((g) => g.sheet));
    expect(back.sheets[0].cells.map((row) => (row ?? []).map((c) => c?.value ?? null))).toEqual(
      original.sheets[0].cells.map((row) => (row ?? []).map((c) => c?.value ?? null)),
    );
  });

  it("gives its snapshot before edits, never a stale one after", async () => {
    const host = fileHost(path.join(FIXTURES, YEAR_END));
    await connect(host).colour();
    await expect(connect(host).check()).rejects.toMatchObject({ stage: "snapshot" });
  });

  it("selects only in sheets the workbook has: a file has no selection to move", async () => {
    const app = connect(fileHost(path.join(FIXTURES, "konsernipalvelut-2025-T2.xlsx")));
    await expect(app.select({ sheet: "T2 2025", row: 5, col: 2 })).resolves.toBeUndefined();
    const e = await app.select({ sheet: "Poistettu", row: 1, col: 1 }).catch((x: unknown) => x);
    expect(describeError(e, strings("fi")).message).toBe(strings("fi").errorSelect);
  });

  it("keeps settings as custom document properties named Toteuma.<key>, written with the file", async () => {
    const file = path.join(FIXTURES, "konsernipalvelut-2025-T2.xlsx");
    const host = fileHost(file);
    expect(await host.getSetting("statusScale")).toBeNull();
    await host.setSetting("statusScale", "=1+1");
    expect(await host.getSetting("statusScale")).toBe("=1+1");
    // Not in the input: only in what is saved.
    expect(await fileHost(file).getSetting("statusScale")).toBeNull();
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "toteuma-settings-")), "out.xlsx");
    await host.saveAs(out);
    const again = fileHost(out);
    expect(await again.getSetting("statusScale")).toBe("=1+1");
    expect(await again.getSetting("departments")).toBeNull();
    const saved = await loadXlsxFile(out);
    expect(getCustomProperty(saved.workbook, "Toteuma.statusScale")).toBe("=1+1");
  });
});

/** A host over the simulator that records progress and can be made to fail at one method. */
async function watched(failAt?: "snapshot" | "apply") {
  const sim = await simulatorFor("kasvu-ja-tyollisyys-2026-T1.xlsx");
  const office = createOfficeHost(sim.run);
  const heard: [number, number, Stage][] = [];
  const within: [Stage, Slice][] = [];
  const broken = () => Promise.reject(new Error("RichApi.Error: busy\n at x (office.js:1)"));
  const host: HostPort = {
    ...office,
    snapshot: failAt === "snapshot" ? broken : office.snapshot,
    apply: failAt === "apply" ? broken : office.apply,
    onProgress: (done, total, what, slice) => {
      if (slice) within.push([what, slice]);
      else heard.push([done, total, what]);
    },
  };
  return { app: connect(host), heard, within };
}

describe("the city's department list, kept in the workbook's settings", () => {
  const KP = "konsernipalvelut-2025-T2.xlsx";
  const codes = (r: { findings: { code: string }[] }) => r.findings.map((f) => f.code);

  it("in Excel: saved by the editor's use case, then every reading uses it", async () => {
    const sim = await simulatorFor(KP);
    const app = connect(createOfficeHost(sim.run));
    expect(await app.departments()).toEqual({
      text: "",
      list: { names: [], aliases: [] },
      problems: [],
      saved: true,
    });
    const before = await app.check();
    expect(codes(before)).not.toContain("department-not-listed");

    const list = "Konsernipalvelujen toimiala\nKonsernipalvelut = Konsernipalvelujen toimiala";
    expect((await app.saveDepartments(list)).saved).toBe(true);
    expect((await app.departments()).text).toBe(list);
    // An alias reads as the listed name everywhere: read, check, status.
    expect((await app.read()).sheets.map((r) => r.department)).toEqual(["Konsernipalvelujen toimiala"]);
    expect((await app.status()).report.sheets[0].department).toBe("Konsernipalvelujen toimiala");
    expect(codes(await app.check())).not.toContain("department-not-listed");

    await app.saveDepartments("Sivistystoimiala\nTekninen toimiala");
    const after = await app.check();
    const warning = after.findings.find((f) => f.code === "department-not-listed");
    expect(warning?.message.fi).toBe(
      "Toimiala 'Konsernipalvelut' ei ole toimialaluettelossa. Lähin luettelon nimi: 'Tekninen toimiala'.",
    );
    expect(after.summary.warning).toBe(before.summary.warning + 1);
  });

  it("gives the summary the listed names as the departments it expects", async () => {
    const port = createOfficeHost((await simulatorFor(KP)).run);
    const other = connect(createOfficeHost((await simulatorFor(KP)).run));
    expect(await expectedDepartments(port)).toEqual([]);
    await connect(port).saveDepartments("Tekninen toimiala\nSivistys = SIVISTYSTOIMIALA\n# loppu");
    expect(await expectedDepartments(port)).toEqual(["Tekninen toimiala", "Sivistystoimiala"]);
    // The list is the workbook's own: another workbook keeps none.
    expect((await other.departments()).text).toBe("");
  });

  it("refuses a list with a line it cannot take, and keeps the one it had", async () => {
    const app = connect(createOfficeHost((await simulatorFor(KP)).run));
    await app.saveDepartments("Konsernipalvelut");
    const refused = await app.saveDepartments("Konsernipalvelut\n= Sivistystoimiala");
    expect(refused.saved).toBe(false);
    expect(refused.problems.map((p) => p.line)).toEqual([2]);
    expect((await app.departments()).text).toBe("Konsernipalvelut");
    // Empty text is no list: names are taken as written again.
    await app.saveDepartments("");
    expect((await app.read()).departmentList).toBeUndefined();
  });

  it("in a file: the custom property Toteuma.departments is the list, saved with the file", async () => {
    const host = fileHost(path.join(FIXTURES, KP));
    await connect(host).saveDepartments("# Pori\nSivistystoimiala");
    const out = path.join(tmp, "with-list.xlsx");
    await host.saveAs(out);
    expect(getCustomProperty((await loadXlsxFile(out)).workbook, "Toteuma.departments")).toBe(
      "# Pori\nSivistystoimiala",
    );
    const saved = connect(fileHost(out));
    expect((await saved.read()).departmentList).toEqual({ names: ["Sivistystoimiala"], aliases: [] });
    expect(codes(await saved.check())).toContain("department-not-listed");
    // The input has no list.
    expect(codes(await connect(fileHost(path.join(FIXTURES, KP))).check())).not.toContain(
      "department-not-listed",
    );
  });
});

describe("progress and errors", () => {
  it("tells the host each step as it starts, and the end", async () => {
    const { app, heard, within } = await watched();
    await app.colour();
    expect(heard).toEqual([
      [0, 4, "snapshot"],
      [1, 4, "read"],
      [2, 4, "assess"],
      [3, 4, "apply"],
      [4, 4, "apply"],
    ]);
    // Within the long steps: the one sheet read, its 4 measures assessed.
    expect(within).toEqual([
      ["read", { done: 1, total: 1, unit: "sheet" }],
      ["assess", { done: 4, total: 4, unit: "measure" }],
    ]);
    heard.length = 0;
    await app.writeFindings("fi");
    expect(heard.map(([, , what]) => what)).toEqual(["snapshot", "read", "validate", "apply", "apply"]);
    heard.length = 0;
    await app.read();
    expect(heard).toEqual([
      [0, 2, "snapshot"],
      [1, 2, "read"],
      [2, 2, "read"],
    ]);
  });

  it("stops at the failing step and names it; no progress past it", async () => {
    const { app, heard } = await watched("apply");
    const e = await app.colour().catch((x: unknown) => x);
    expect(e).toBeInstanceOf(PaneError);
    expect((e as PaneError).stage).toBe("apply");
    expect(describeError(e, strings("fi"))).toEqual({
      message: strings("fi").errorApply,
      detail: "RichApi.Error: busy",
    });
    expect(heard[heard.length - 1]).toEqual([3, 4, "apply"]);
  });

  it("turns failures into one sentence per stage", async () => {
    const failing: HostPort = {
      snapshot: () => Promise.reject(new Error("RichApi.Error: busy\n at x (office.js:1)")),
      apply: () => Promise.resolve(),
      select: () => Promise.reject(new Error("ItemNotFound")),
      ...memorySettings(),
    };
    const app = connect(failing);
    const e1 = await app.read().catch((e: unknown) => e);
    expect(e1).toBeInstanceOf(PaneError);
    expect(describeError(e1, strings("fi"))).toEqual({
      message: strings("fi").errorSnapshot,
      detail: "RichApi.Error: busy",
    });
    const e2 = await app.select({ sheet: "X", row: 1, col: 1 }).catch((e: unknown) => e);
    expect(describeError(e2, strings("en")).message).toBe(strings("en").errorSelect);
  });

  it("names the read stage when the snapshot cannot be read as goals", async () => {
    const odd: HostPort = {
      snapshot: async () => ({ name: null, sheets: null as never }),
      apply: () => Promise.resolve(),
      select: () => Promise.resolve(),
      ...memorySettings(),
    };
    const e = await connect(odd)
      .check()
      .catch((x: unknown) => x);
    expect(describeError(e, strings("en")).message).toBe(strings("en").errorRead);
  });
});

/** Events of a use case over `sheets` sheets of `copies` × 25 measures, as the pane hears them. */
async function sliced(sheets: number, pause?: () => Promise<void>, copies = 1) {
  const sim = createSimulator(await copiesWorkbook(sheets, copies));
  const log: (string | [number, number, Stage, Slice | null])[] = [];
  const host: HostPort = {
    ...createOfficeHost(sim.run),
    onProgress: (done, total, what, slice) => log.push([done, total, what, slice ?? null]),
    ...(pause ? { pause } : {}),
  };
  return { app: connect(host), log };
}

describe("long work in slices: the pane answers and its progress bar moves", () => {
  afterEach(() => jest.restoreAllMocks());

  it("tells every sheet read and checked and every 200 measures assessed, in order", async () => {
    const { app, log } = await sliced(3);
    await app.check();
    expect(log).toEqual([
      [0, 3, "snapshot", null],
      [1, 3, "read", null],
      [1, 3, "read", { done: 1, total: 3, unit: "sheet" }],
      [1, 3, "read", { done: 2, total: 3, unit: "sheet" }],
      [1, 3, "read", { done: 3, total: 3, unit: "sheet" }],
      [2, 3, "validate", null],
      [2, 3, "validate", { done: 1, total: 3, unit: "sheet" }],
      [2, 3, "validate", { done: 2, total: 3, unit: "sheet" }],
      [2, 3, "validate", { done: 3, total: 3, unit: "sheet" }],
      [3, 3, "validate", null],
    ]);
    log.length = 0;
    const { assessments } = await app.status({ scale: { kind: "pori" } });
    expect(assessments).toHaveLength(75);
    expect(log.filter((e) => typeof e !== "string" && e[2] === "assess")).toEqual([
      [2, 3, "assess", null],
      [2, 3, "assess", { done: 25, total: 75, unit: "measure" }],
      [2, 3, "assess", { done: 50, total: 75, unit: "measure" }],
      [2, 3, "assess", { done: 75, total: 75, unit: "measure" }],
      [3, 3, "assess", null],
    ]);
    // One sheet of 225 measures: told after 200, and at the sheet's end.
    const one = await sliced(1, undefined, 9);
    await one.app.status({ scale: { kind: "pori" } });
    expect(one.log.filter((e) => typeof e !== "string" && e[2] === "assess" && e[3] !== null)).toEqual([
      [2, 3, "assess", { done: 200, total: 225, unit: "measure" }],
      [2, 3, "assess", { done: 225, total: 225, unit: "measure" }],
    ]);
  });

  it("lets a timer set before a check run before the check ends, when the host pauses", async () => {
    // A host answering from memory: nothing but the pause gives the event loop a turn.
    const snapshot = await createOfficeHost(createSimulator(await copiesWorkbook(2, 1)).run).snapshot();
    const hostOf = (pause?: () => Promise<void>): HostPort => ({
      snapshot: async () => snapshot,
      apply: async () => undefined,
      select: async () => undefined,
      ...memorySettings(),
      ...(pause ? { pause } : {}),
    });
    const turn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
    for (const [host, expected] of [
      [hostOf(turn), true],
      [hostOf(), false],
    ] as const) {
      let ended = false;
      let ranFirst: boolean | null = null;
      setTimeout(() => (ranFirst = !ended), 0);
      const { findings } = await connect(host).check();
      ended = true;
      expect(findings.length).toBeGreaterThan(0);
      await turn();
      // With the pane's pause the timer runs mid-check; without one (the command line) only after it.
      expect(ranFirst).toBe(expected);
    }
  });

  it("pauses between slices once a slice has run long enough, not after every slice", async () => {
    const pauses: number[] = [];
    const { app, log } = await sliced(4, async () => {
      pauses.push(log.length);
    });
    // A clock that moves PAUSE_EVERY_MS at every look: every slice is long enough to pause after.
    let now = 0;
    jest.spyOn(Date, "now").mockImplementation(() => (now += PAUSE_EVERY_MS));
    await app.check();
    const slices = log.filter((e) => typeof e !== "string" && e[3] !== null).length;
    // One pause at each of the 3 steps' start, one after each of the 8 slices.
    expect(slices).toBe(8);
    expect(pauses).toHaveLength(3 + slices);
    // A clock that stands still: only the pauses at the steps' start.
    jest.spyOn(Date, "now").mockImplementation(() => 0);
    pauses.length = 0;
    await app.check();
    expect(pauses).toHaveLength(3);
  });
});
