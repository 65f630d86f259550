import { readWorkbook } from "../read";
import { loadFixture } from "../../test/support/load";
import { actionsOf, countMeasures, type WorkbookReport } from "../model";
import * as fs from "fs";
import * as path from "path";
import { merge } from "../app/merge";
import { memorySettings, type HostPort } from "../app/port";
import { formatMerge } from "../cli/commands/merge";
import { mergeXlsx } from "../xlsx/mergeKit";
import { actionAt, countsUnder, EXPAND_LIMIT, initialDepth, mergeOutcome, TREE_LEVELS } from "./viewModel";

async function reportOf(file: string): Promise<WorkbookReport> {
  return readWorkbook(await loadFixture(file));
}

describe("tree helpers", () => {
  it("counts actions and measures under every node, adding up to the sheet's", async () => {
    const wr = await reportOf("elinvoima-ja-ymparisto-2023-vuosi.xlsx");
    const sheet = wr.sheets[0];
    const sum = sheet.focusAreas.map(countsUnder).reduce((a, b) => ({
      actions: a.actions + b.actions,
      measures: a.measures + b.measures,
    }));
    expect(sum).toEqual({ actions: 16, measures: 25 });
    const commitment = sheet.focusAreas[0].goals[0].commitments[0];
    expect(countsUnder(commitment).measures).toBe(
      commitment.actions.reduce((n, a) => n + a.measures.length, 0),
    );
  });

  it("opens small workbooks fully and starts large ones closed", async () => {
    const wr = await reportOf("elinvoima-ja-ymparisto-2023-vuosi.xlsx");
    expect(countMeasures(wr.sheets[0])).toBeLessThanOrEqual(EXPAND_LIMIT);
    expect(initialDepth(wr)).toBe(TREE_LEVELS);
    const doubled = { name: null, sheets: [wr.sheets[0], { ...wr.sheets[0], sheet: "Kopio" }] };
    expect(initialDepth(doubled)).toBe(0); // 50 measures
  });
});

describe("actionAt", () => {
  it("finds the action whose block holds a cell, for every measure of the year-end report", async () => {
    const wr = await reportOf("elinvoima-ja-ymparisto-2023-vuosi.xlsx");
    for (const { action } of actionsOf(wr.sheets[0])) {
      expect(actionAt(wr, action.cell)).toBe(action);
      for (const m of action.measures) {
        expect(actionAt(wr, m.cell)).toBe(action);
        if (m.target) expect(actionAt(wr, m.target.cell)).toBe(action);
      }
    }
  });

  it("finds each row's action in a flat table and nothing outside the blocks", async () => {
    const wr = await reportOf("kasvu-ja-tyollisyys-2026-taulukko.xlsx");
    const sheet = wr.sheets.find((r) => r.layout === "table")!;
    for (const { action } of actionsOf(sheet))
      for (const m of action.measures) expect(actionAt(wr, m.cell)?.text).toBe(action.text);
    expect(actionAt(wr, { sheet: sheet.sheet, row: 1, col: 1 })).toBeNull();
    expect(actionAt(wr, { sheet: "Ei ole", row: 5, col: 1 })).toBeNull();
  });
});

describe("mergeOutcome", () => {
  const FIX = path.join(__dirname, "../../test/fixtures/workbooks");
  const files = [
    "merge/tekninen-liitteet-2025-T2.xlsx",
    "kasvu-ja-tyollisyys-2026-T1.xlsx",
    "kasvu-ja-tyollisyys-2026-taulukko.xlsx",
    "konsernihallinto-palveluohjelma-2018.xlsx",
  ];

  it("lists every line the command line prints: sheets, conflicts, left out, changed in copying", async () => {
    const port: HostPort = {
      ...memorySettings(),
      snapshot: () => Promise.reject(new Error("no")),
      apply: () => Promise.reject(new Error("no")),
      select: () => Promise.reject(new Error("no")),
    };
    const r = await merge(port, {
      files: files.map((f) => ({
        name: path.basename(f),
        bytes: () => new Uint8Array(fs.readFileSync(path.join(FIX, f))),
      })),
      xlsx: mergeXlsx(),
      lang: "fi",
      name: "m.xlsx",
    });
    const view = mergeOutcome(r.plan, r.notes);
    // Something of each kind, so every kind of line is compared.
    expect(view.sheets.length).toBeGreaterThan(1);
    expect(view.conflicts.length).toBeGreaterThan(0);
    expect(view.leftOut.length).toBeGreaterThan(0);
    expect(view.notes.length).toBeGreaterThan(0);
    for (const lang of ["fi", "en"] as const) {
      const printed = formatMerge(r.plan, r.notes, lang)
        .split("\n")
        .map((l) => l.trim().replace(/\s{2,}/g, " | "));
      const listed = [
        ...view.sheets.map((x) => [x.name, x.period[lang], x.measures, `${x.file} / ${x.sheet}`].join(" | ")),
        ...view.conflicts.map((c) => `${c.code}: ${c.message[lang]}`),
        ...view.leftOut.map((l) => `${l.where}: ${l.reason[lang]}`),
        ...view.notes.map((n) => n.message[lang]),
      ];
      for (const line of listed) expect(printed).toContain(line);
      // And nothing printed is missing from the view: every indented or table line is listed.
      const body = printed.filter(
        (l, i) =>
          i > 0 &&
          l !== "" &&
          !/^(Ristiriidat|Jäi pois|Kopioinnissa|Conflicts|Left out|Changed in|Ei ristiriitoja|No conflicts)/.test(
            l,
          ),
      );
      expect(body.sort()).toEqual([...listed].sort());
    }
    // Plain data: it survives structured cloning and holds no source's measures.
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });
});
