import * as path from "path";
import ExcelJS from "exceljs";
import type { Grid, WorkbookSnapshot } from "../model/grid";
import type { Measure, Report, TextAt, WorkbookReport } from "../model/report";
import { STATUS_STYLE, type Assessment, type Status } from "../model/status";
import { applyEdits } from "../xlsx/apply";
import { loadXlsxFile, snapshotOf } from "../xlsx/snapshot";
import { exceljsOf } from "../../test/support/xlsx";
import { planClear, planColour, STATUS_KEY } from "./colour";
import { readState } from "./state";
import type { CellEdit, Edit } from "./types";
import { STATE_SHEET } from "./types";

const FIX = path.join(__dirname, "../../test/fixtures/workbooks");
const SHEET = "Toteutuminen 2023";

const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
const ref = (a1: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(a1) as RegExpExecArray;
  return { sheet: SHEET, row: Number(m[2]), col: col(m[1]) };
};
const at = (a1: string | null, text = "x"): TextAt | null => (a1 ? { text, cell: ref(a1) } : null);

/** A measure as the reader would give it: its cell and its value cells. */
function measure(
  cell: string,
  baseline: string | null,
  target: string | null,
  actual: string | null,
  index = 1,
): Measure {
  return {
    text: "Mittari",
    cell: ref(cell),
    index,
    baseline: at(baseline),
    target: at(target),
    actual: at(actual),
    ownStatus: null,
  };
}

function report(measures: Measure[]): WorkbookReport {
  const c = ref("A1");
  const r: Report = {
    sheet: SHEET,
    layout: "block",
    title: null,
    department: "Elinvoima- ja ympäristötoimiala",
    period: "year",
    year: 2023,
    focusAreas: [
      {
        kind: "painopiste",
        text: "Kasvava Pori",
        cell: c,
        unit: null,
        goals: [
          {
            text: "T",
            cell: c,
            commitments: [{ text: "K", cell: c, actions: [{ text: "A", cell: c, measures, reports: [] }] }],
          },
        ],
      },
    ],
    financialGoals: [],
    hasActualColumn: true,
    ownStatusColumn: null,
    nearMisses: [],
    problems: [],
    looksLikeGoals: true,
  };
  return { name: "elinvoima.xlsx", sheets: [r] };
}

/** An assessment of `m`, the `ordinal`-th measure of the report (-1: not given, found by its cell). */
const assess = (m: Measure, status: Status, ordinal = -1): Assessment => ({
  sheet: SHEET,
  cell: m.cell,
  ordinal,
  status,
  source: "computed",
  reason: { fi: "syy", en: "reason" },
});

// Measures of the year-end fixture, as in the sheet.
const M = {
  events: measure("B11", "C12", "D12", "E12"), // header row 11, values on row 12
  permits1: measure("B40", "C40", "D40", "E40"),
  permits2: measure("B41", "C41", "D41", "E41", 2),
  feedback: measure("B42", "C42", "D42", "E42", 3),
  design: measure("A43", "B43", "C43", "D43", 4), // shifted one column left
  impacts: measure("B51", "C52", "D52", null), // no actual: the target is coloured
  bare: measure("B60", null, null, null), // no values at all: the measure cell
};

async function yearEnd() {
  return loadXlsxFile(path.join(FIX, "elinvoima-ja-ymparisto-2023-vuosi.xlsx"));
}

function cellsOf(edits: Edit[]): CellEdit[] {
  return edits.flatMap((e) => (e.kind === "cells" ? e.cells : []));
}

const a1 = (c: { row: number; col: number }) => `${String.fromCharCode(64 + c.col)}${c.row}`;

describe("planColour", () => {
  it("colours the actual (else the target, else the measure), labels in a free Tila column, headers once", async () => {
    const { snapshot } = await yearEnd();
    const ms = Object.values(M);
    const statuses: Status[] = [
      "partial",
      "achieved",
      "partial",
      "not-achieved",
      "partial",
      "not-assessable",
      "achieved",
    ];
    const edits = planColour(
      report(ms),
      ms.map((m, i) => assess(m, statuses[i], i)),
      snapshot,
    );
    expect(edits.map((e) => e.kind)).toEqual(["capture", "cells", "expect"]);
    const cells = new Map(cellsOf(edits).map((c) => [a1(c), c]));
    const colour = (s: Status) => ({ fill: STATUS_STYLE[s].fill, fontColor: STATUS_STYLE[s].font });

    expect(cells.get("E12")).toEqual({ row: 12, col: 5, style: colour("partial") });
    expect(cells.get("F12")).toEqual({
      row: 12,
      col: 6,
      value: "Osittain toteutunut",
      style: colour("partial"),
    });
    expect(cells.get("F11")).toEqual({ row: 11, col: 6, value: "Tila" });
    expect(cells.get("E40")?.style).toEqual(colour("achieved"));
    expect(cells.get("F40")?.value).toBe("Toteutunut");
    expect(cells.get("F42")?.value).toBe("Ei toteutunut");
    expect(cells.get("F39")?.value).toBe("Tila");
    // The shifted row: actual in D, label still in the Tila column right of the Toteuma header.
    expect(cells.get("D43")?.style).toEqual(colour("partial"));
    expect(cells.get("F43")?.value).toBe("Osittain toteutunut");
    expect(cells.has("E43")).toBe(false);
    // No actual: the target is coloured; the label goes right of the Toteuma header.
    expect(cells.get("D52")?.style).toEqual(colour("not-assessable"));
    expect(cells.get("F52")?.value).toBe("Ei arvioitavissa");
    expect(cells.get("F51")?.value).toBe("Tila");
    // Neither: the measure cell; C60 holds a value, so no label there.
    expect(cells.get("B60")?.style).toEqual(colour("achieved"));
    expect(cells.has("C60")).toBe(false);

    // Every touched cell is captured first, under "status", and nothing else is touched.
    const capture = edits[0] as Extract<Edit, { kind: "capture" }>;
    expect(capture.key).toBe(STATUS_KEY);
    expect(capture.sheet).toBe(SHEET);
    expect(capture.cells.map(a1).sort()).toEqual([...cells.keys()].sort());
    // Labels only where the sheet was empty.
    const grid = snapshot.sheets[0];
    for (const c of cellsOf(edits))
      if (c.value !== undefined) expect(grid.cells[c.row - 1]?.[c.col - 1] ?? null).toBeNull();
  });

  it("expects the cells it changes and the values it judged from as the snapshot read them; planClear the cells it puts back", async () => {
    const { snapshot } = await yearEnd();
    const edits = planColour(report([M.events]), [assess(M.events, "partial")], snapshot);
    const expectation = edits.find((e) => e.kind === "expect") as Extract<Edit, { kind: "expect" }>;
    expect(expectation.sheet).toBe(SHEET);
    const byCell = new Map(expectation.cells.map((c) => [a1(c), c.value]));
    // The measure, its baseline, target and actual as read; the empty label and header cells as empty.
    expect(byCell.get("B11")).toBe(snapshot.sheets[0].cells[10][1]?.value);
    expect(byCell.get("C12")).toBe("Mittariston kehittäminen käynnissä.");
    expect(byCell.get("D12")).toBe("Mittaristo valmis.");
    expect(byCell.get("E12")).toBe(snapshot.sheets[0].cells[11][4]?.value);
    expect(byCell.get("F12")).toBeNull();
    expect(byCell.get("F11")).toBeNull();
    for (const c of cellsOf(edits)) expect(byCell.has(a1(c))).toBe(true);

    const { workbook: wb } = await loadXlsxFile(path.join(FIX, "elinvoima-ja-ymparisto-2023-vuosi.xlsx"));
    applyEdits(wb, edits);
    const coloured = await snapshotOf(wb);
    const clear = planClear(coloured);
    const restore = clear.find((e) => e.kind === "restore") as Extract<Edit, { kind: "restore" }>;
    const expected = clear.find((e) => e.kind === "expect") as Extract<Edit, { kind: "expect" }>;
    expect(expected.cells.map(a1).sort()).toEqual(restore.cells.map(a1).sort());
    expect(expected.cells.find((c) => a1(c) === "F12")?.value).toBe("Osittain toteutunut");
  });

  it("skips measures of sheets the snapshot does not have and assessments of unknown cells gracefully", async () => {
    const { snapshot } = await yearEnd();
    const other: Assessment = {
      ...assess(M.permits1, "achieved"),
      sheet: "Ei ole",
      cell: { ...M.permits1.cell, sheet: "Ei ole" },
    };
    expect(planColour(report([M.permits1]), [other], snapshot)).toEqual([]);
    // An assessment whose measure the report does not know: its own cell is coloured, and the label
    // still goes in the Tila column right of the headers above it.
    const lone = assess(measure("B62", null, null, null), "partial");
    const cells = cellsOf(planColour(report([]), [lone], snapshot));
    expect(cells.map(a1)).toEqual(["F59", "B62", "F62"]);
  });

  it("tells apart several measures written in one cell by their ordinal", async () => {
    const { snapshot } = await yearEnd();
    // B16 holds "Mittari 1. …" and "Mittari 2. …"; their values are on rows 17 and 18.
    const m1 = measure("B16", "C17", "D17", "E17", 1);
    const m2 = measure("B16", "C18", "D18", "E18", 2);
    const edits = planColour(
      report([m1, m2]),
      [assess(m1, "achieved", 0), assess(m2, "partial", 1)],
      snapshot,
    );
    const cells = new Map(cellsOf(edits).map((c) => [a1(c), c]));
    expect(cells.get("E17")?.style?.fill).toBe(STATUS_STYLE.achieved.fill);
    expect(cells.get("F17")?.value).toBe("Toteutunut");
    expect(cells.get("E18")?.style?.fill).toBe(STATUS_STYLE.partial.fill);
    expect(cells.get("F18")?.value).toBe("Osittain toteutunut");
    expect(cells.get("F16")?.value).toBe("Tila");
  });

  it("never writes a label into a merged area's covered cell or a cell holding text", () => {
    const grid: Grid = {
      sheet: SHEET,
      cells: [
        [null, { value: "Lähtötaso", text: "Lähtötaso" }, { value: "Toteuma", text: "Toteuma" }],
        [
          { value: "m", text: "m" },
          { value: "1", text: "1" },
          { value: "2", text: "2" },
          { value: "oma", text: "oma" },
        ],
        [
          { value: "m2", text: "m2" },
          { value: "1", text: "1" },
          { value: "2", text: "2" },
        ],
      ],
      rowCount: 3,
      columnCount: 5,
      merges: [{ top: 2, left: 2, bottom: 2, right: 4 }],
    };
    const snap: WorkbookSnapshot = { name: null, sheets: [grid] };
    const m1 = measure("A2", "B2", null, "C2");
    const m2 = measure("A3", "B3", null, "C3", 2);
    const cells = cellsOf(
      planColour(report([m1, m2]), [assess(m1, "achieved", 0), assess(m2, "achieved", 1)], snap),
    );
    expect(cells.map(a1).sort()).toEqual(["C2", "C3", "D1"]);
  });
});

/** Every cell of the first sheet: value, fill, font. */
function dump(wb: ExcelJS.Workbook): unknown[] {
  const ws = wb.getWorksheet(SHEET) as ExcelJS.Worksheet;
  const out: unknown[] = [];
  for (let r = 1; r <= 210; r++)
    for (let c = 1; c <= 8; c++) {
      const cell = ws.findCell(r, c);
      out.push([r, c, cell?.value ?? null, cell?.fill ?? null, cell?.font ?? null, cell?.numFmt ?? null]);
    }
  return out;
}

describe("colour, re-colour, clear in a file", () => {
  it("re-colouring updates without duplicates, restores what is no longer coloured, and clearing gives the original", async () => {
    const original = dump(await exceljsOf((await yearEnd()).workbook));
    const wb = (await yearEnd()).workbook;
    let x = await exceljsOf(wb);
    const ms = [M.events, M.permits1, M.permits2, M.feedback, M.design, M.impacts];

    const run1: Status[] = ["partial", "achieved", "partial", "not-achieved", "partial", "not-assessable"];
    applyEdits(
      wb,
      planColour(
        report(ms),
        ms.map((m, i) => assess(m, run1[i], i)),
        await snapshotOf(wb),
      ),
    );
    x = await exceljsOf(wb);
    const first = readState(await snapshotOf(wb)).get(STATUS_KEY)?.[0].cells ?? [];
    const ws = () => x.getWorksheet(SHEET) as ExcelJS.Worksheet;
    expect(ws().getCell("F41").value).toBe("Osittain toteutunut");
    expect(ws().getCell("E41").fill).toMatchObject({ fgColor: { argb: "FFFFEB9C" } });

    // Second run: statuses changed, one measure no longer assessed.
    const ms2 = ms.filter((m) => m !== M.feedback);
    const run2: Status[] = ["achieved", "achieved", "achieved", "partial", "not-assessable"];
    const edits2 = planColour(
      report(ms2),
      ms2.map((m, i) => assess(m, run2[i], i)),
      await snapshotOf(wb),
    );
    const restore = edits2.find((e) => e.kind === "restore") as Extract<Edit, { kind: "restore" }>;
    expect(restore.cells.map(a1).sort()).toEqual(["E42", "F42"]);
    applyEdits(wb, edits2);
    x = await exceljsOf(wb);
    expect(ws().getCell("F41").value).toBe("Toteutunut");
    expect(ws().getCell("E41").fill).toMatchObject({ fgColor: { argb: "FFC6EFCE" } });
    expect(ws().getCell("F42").value).toBeNull();
    expect(ws().getCell("E42").value).toBe("Ei käytössä");
    // No second Tila column, no label beside a label.
    for (let r = 1; r <= 210; r++) expect(ws().getCell(r, 7).value).toBeNull();
    const second = readState(await snapshotOf(wb)).get(STATUS_KEY)?.[0].cells ?? [];
    expect(second.length).toBe(first.length - 2);
    // The originals captured in the first run are kept.
    for (const c of second) expect(first).toContainEqual(c);

    // Third run with the same input changes nothing but colours.
    applyEdits(
      wb,
      planColour(
        report(ms2),
        ms2.map((m, i) => assess(m, run2[i], i)),
        await snapshotOf(wb),
      ),
    );
    x = await exceljsOf(wb);
    expect(readState(await snapshotOf(wb)).get(STATUS_KEY)?.[0].cells).toEqual(second);

    // Clear: every cell as it was, the state sheet gone.
    const clear = planClear(await snapshotOf(wb));
    expect(clear.map((e) => e.kind)).toEqual(["restore", "expect"]);
    applyEdits(wb, clear);
    x = await exceljsOf(wb);
    expect(dump(x)).toEqual(original);
    expect(x.worksheets.map((w) => w.name)).toEqual([SHEET]);
    expect(planClear(await snapshotOf(wb))).toEqual([]);
    expect(x.worksheets.some((w) => w.name === STATE_SHEET)).toBe(false);
  });

  it("planClear of a workbook never coloured does nothing", async () => {
    const { snapshot } = await yearEnd();
    expect(planClear(snapshot)).toEqual([]);
  });
});
