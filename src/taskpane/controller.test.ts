/** The controller over the Excel host simulator with the real reader, rules and judge. */
import { createOfficeHost } from "../excel/officeHost";
import { readWorkbook } from "../read";
import { summariseFindings, validateWorkbook } from "../validate";
import { assessWorkbook } from "../assess";
import { simulatorFor } from "../../test/simulator/node";
import type { Edit } from "../edits/types";
import { strings } from "../i18n";
import { describeError, PaneController, PaneError, type Core } from "./controller";

function coreWith(planned: Edit[]): Core & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    readWorkbook,
    validateWorkbook,
    summariseFindings,
    assessWorkbook,
    planColour: (_wr, assessments) => {
      calls.push(`colour:${assessments.length}`);
      return planned;
    },
    planClear: () => {
      calls.push("clear");
      return planned;
    },
    planFindingsSheet: (findings, _wr, lang, _snapshot) => {
      calls.push(`findings:${findings.length}:${lang}`);
      return { kind: "sheet", spec: { name: "Tarkistus", columns: [{ header: "Viesti" }], rows: [["x"]] } };
    },
  };
}

describe("PaneController", () => {
  it("reads the year-end workbook in one snapshot: 16 actions, 25 measures", async () => {
    const sim = await simulatorFor("elinvoima-ja-ymparisto-2023-vuosi.xlsx");
    const c = new PaneController(createOfficeHost(sim.run), coreWith([]));
    const report = await c.read();
    const actions = report.sheets.flatMap((s) =>
      s.focusAreas.flatMap((f) => f.goals.flatMap((g) => g.commitments.flatMap((k) => k.actions))),
    );
    expect(actions).toHaveLength(16);
    expect(actions.flatMap((a) => a.measures)).toHaveLength(25);
  });

  it("validates without changing a cell, with the same number of syncs every time", async () => {
    const sim = await simulatorFor("konsernipalvelut-2025-T2.xlsx");
    const c = new PaneController(createOfficeHost(sim.run), coreWith([]));
    const before = JSON.stringify(await sim.workbook.xlsx.writeBuffer().then((b) => b.byteLength));
    sim.resetStats();
    const first = await c.validate();
    const syncs = sim.stats.syncs;
    sim.resetStats();
    await c.validate();
    expect(sim.stats.syncs).toBe(syncs);
    expect(first.summary.error).toBe(0);
    expect(first.summary.total).toBe(first.findings.length);
    expect(JSON.stringify(await sim.workbook.xlsx.writeBuffer().then((b) => b.byteLength))).toBe(before);
  });

  it("validates again from a fresh snapshot: a label fixed in the workbook is no longer reported", async () => {
    const sim = await simulatorFor("elinvoima-ja-ymparisto-2023-vuosi.xlsx");
    const setA15 = (text: string) =>
      sim.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Toteutuminen 2023").getRange("A15").values = [[text]];
        await ctx.sync();
      });
    await setA15("TOIMENPDE");
    const c = new PaneController(createOfficeHost(sim.run), coreWith([]));
    const at = (r: { findings: { cell: { row: number; col: number } }[] }) =>
      r.findings.filter((f) => f.cell.row === 15 && f.cell.col === 1).length;
    const before = await c.validate();
    expect(at(before)).toBeGreaterThan(0);
    await setA15("TOIMENPIDE");
    const after = await c.validate();
    expect(at(after)).toBe(0);
    expect(after.findings.length).toBe(before.findings.length - at(before));
  });

  it("colours by planning from the assessments and applying the plan; writes findings in the pane's language", async () => {
    const sim = await simulatorFor("elinvoima-ja-ymparisto-2023-vuosi.xlsx");
    const edit: Edit = {
      kind: "cells",
      sheet: "Toteutuminen 2023",
      cells: [{ row: 3, col: 6, value: "merkki" }],
    };
    const core = coreWith([edit]);
    const c = new PaneController(createOfficeHost(sim.run), core);
    const result = await c.colour();
    expect(result.assessments).toHaveLength(25);
    expect(sim.cell("Toteutuminen 2023", "F3").value).toBe("merkki");
    await c.writeFindings("en");
    expect(core.calls).toEqual(["colour:25", expect.stringMatching(/^findings:\d+:en$/)]);
    expect(sim.sheets().map((s) => s.name)).toContain("Tarkistus");
  });

  it("selects a cell in its sheet", async () => {
    const sim = await simulatorFor("konsernihallinto-palveluohjelma-2018.xlsx");
    const c = new PaneController(createOfficeHost(sim.run), coreWith([]));
    await c.select({ sheet: "Toiminnalliset tavoitteet", row: 12, col: 2 });
    expect(sim.selection()).toEqual({
      sheet: "Toiminnalliset tavoitteet",
      address: expect.stringMatching(/^\$?B\$?12$/),
    });
  });

  it("turns failures into one sentence per stage", async () => {
    const failing = {
      snapshot: () => Promise.reject(new Error("RichApi.Error: busy\n at x (office.js:1)")),
      apply: () => Promise.resolve(),
      select: () => Promise.reject(new Error("ItemNotFound")),
    };
    const c = new PaneController(failing, coreWith([]));
    const e1 = await c.read().catch((e: unknown) => e);
    expect(e1).toBeInstanceOf(PaneError);
    expect(describeError(e1, strings("fi"))).toEqual({
      message: strings("fi").errorSnapshot,
      detail: "RichApi.Error: busy",
    });
    const e2 = await c.select({ sheet: "X", row: 1, col: 1 }).catch((e: unknown) => e);
    expect(describeError(e2, strings("en")).message).toBe(strings("en").errorSelect);
  });
});
