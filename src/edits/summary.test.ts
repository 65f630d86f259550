/**
 * The summary sheets as planned (SheetSpecs) and as written into a file and read back: tables,
 * totals, the chart over the department table, status colours with their labels, links, conflicts;
 * the sheets recognised as Toteuma's own by their content, skipped by the reader, replaced on the
 * next run, and a person's own "Yhteenveto" never overwritten.
 */
import ExcelJS from "exceljs";
import { assessWorkbook } from "../assess";
import { a1, STATUS_STYLE, type Grid, type WorkbookSnapshot } from "../model";
import { readWorkbook } from "../read";
import {
  sourcesOf,
  summarise,
  type SourceFile,
  type SourceLink,
  type SourceSheet,
  type Summary,
} from "../summary";
import { validateWorkbook } from "../validate";
import { applyEdits, newWorkbook, snapshotOf, workbookBytes } from "../xlsx/core";
import { loadFixture } from "../../test/support/load";
import { exceljsOf } from "../../test/support/xlsx";
import { partsOf } from "../../test/support/parts";
import {
  EXCEPTIONS_TABLE,
  isSummarySheet,
  linesOf,
  MEASURES_TABLE,
  planSummarySheets,
  summarySheetKind,
  summarySheetNames,
} from "./summary";
import { headerRowOf } from "./layout";
import type { SheetSpec } from "./types";

const FILES = [
  "elinvoima-ja-ymparisto-2023-vuosi.xlsx",
  "kasvu-ja-tyollisyys-2026-T1.xlsx",
  "kasvu-ja-tyollisyys-2026-taulukko.xlsx",
  "konsernipalvelut-2025-T2.xlsx",
];
const LINKS: (SourceLink | null)[] = [
  { kind: "workbook" },
  { kind: "file", href: "raportit/kasvu T1.xlsx" },
  null,
  null,
];

let summary: Summary;
const empty: WorkbookSnapshot = { name: null, sheets: [] };
const specs = (s: Summary, lang: "fi" | "en" = "fi", snapshot = empty): SheetSpec[] =>
  planSummarySheets(s, lang, snapshot).map((e) => (e.kind === "sheet" ? e.spec : (null as never)));

beforeAll(async () => {
  const sources: SourceSheet[] = [];
  for (const [i, file] of FILES.entries()) {
    const wr = readWorkbook(await loadFixture(file));
    sources.push(...sourcesOf(file, LINKS[i], wr, validateWorkbook(wr), assessWorkbook(wr)));
  }
  summary = summarise(
    [
      ...FILES.map((file): SourceFile => ({ file, error: null })),
      { file: "rikki.xlsx", error: { fi: "Tiedosto on vioittunut.", en: "The file is damaged." } },
    ],
    sources,
  );
});

/** The placed cells of a free-form spec as "A1" → value. */
const placed = (spec: SheetSpec) => new Map((spec.cells ?? []).map((c) => [a1(c), c]));

describe("Yhteenveto", () => {
  it("has the department table with counts, share as a percentage number, check counts and a total row", () => {
    const [yhteenveto] = specs(summary);
    expect(yhteenveto.name).toBe("Yhteenveto");
    const at = placed(yhteenveto);
    const v = (ref: string) => at.get(ref)?.value;
    expect(v("A1")).toBe("Toiminnallisten tavoitteiden toteutuminen: eri kausia (katso ristiriidat)");
    expect(v("A2")).toBe("3 toimialaa, 37 mittaria, 4 työkirjaa; 3 ristiriitaa (katso alempana)");
    expect(["A5", "B5", "C5", "D5", "E5", "F5", "G5", "H5", "I5", "J5"].map(v)).toEqual([
      "Toimiala",
      "Kausi",
      "Mittareita",
      "Toteutunut",
      "Osittain toteutunut",
      "Ei toteutunut",
      "Ei arvioitavissa",
      "Toteutunut %",
      "Virheitä",
      "Varoituksia",
    ]);
    expect(at.get("D5")?.style).toMatchObject({
      fill: STATUS_STYLE.achieved.fill,
      fontColor: STATUS_STYLE.achieved.font,
    });
    summary.departments.forEach((d, i) => {
      const r = 6 + i;
      expect(
        [`A${r}`, `C${r}`, `D${r}`, `E${r}`, `F${r}`, `G${r}`, `H${r}`, `I${r}`, `J${r}`].map(v),
      ).toEqual([
        d.department,
        d.measures,
        d.achieved,
        d.partial,
        d.notAchieved,
        d.notAssessable,
        d.share,
        d.errors,
        d.warnings,
      ]);
    });
    expect(v("B7")).toBe("T1 2026");
    expect(v("A9")).toBe("Yhteensä");
    expect(v("C9")).toBe(summary.total.measures);
    expect(typeof v("H9")).toBe("number");
    expect(at.get("H9")?.style?.numberFormat).toBe("0 %");
    // The chart takes rows 11–24 below the department table; the focus-area table follows it.
    expect(v("A26")).toBe("Mittareiden tila painopisteittäin");
    expect(v("A27")).toBe("Painopiste / teema");
    const focusTotal = 28 + summary.focusAreas.length;
    expect([`A${focusTotal}`, `C${focusTotal}`].map(v)).toEqual(["Yhteensä", summary.total.measures]);
  });

  it("has a stacked bar chart per department whose series are the four statuses in the city's colours, over the table", () => {
    const [yhteenveto] = specs(summary);
    expect(yhteenveto.charts).toHaveLength(1);
    const chart = yhteenveto.charts![0];
    expect(chart.kind).toBe("bar-stacked");
    expect(chart.categories).toEqual({ top: 6, left: 1, bottom: 8, right: 1 });
    expect(chart.series.map((s) => [s.name, s.nameCell, s.values, s.color])).toEqual([
      ["Toteutunut", { row: 5, col: 4 }, { top: 6, left: 4, bottom: 8, right: 4 }, "#C6EFCE"],
      ["Osittain toteutunut", { row: 5, col: 5 }, { top: 6, left: 5, bottom: 8, right: 5 }, "#FFEB9C"],
      ["Ei toteutunut", { row: 5, col: 6 }, { top: 6, left: 6, bottom: 8, right: 6 }, "#FFC7CE"],
      ["Ei arvioitavissa", { row: 5, col: 7 }, { top: 6, left: 7, bottom: 8, right: 7 }, "#EDEDED"],
    ]);
    // Right below the department table (so that it prints on the first page with it), above the
    // focus-area table, never over a cell.
    const total = (yhteenveto.cells ?? []).find((c) => c.col === 1 && c.value === "Yhteensä")!;
    const focusHeading = (yhteenveto.cells ?? []).find(
      (c) => c.value === "Mittareiden tila painopisteittäin",
    )!;
    expect(chart.anchor.top).toBe(total.row + 2);
    expect(focusHeading.row).toBe(chart.anchor.bottom + 2);
    expect(
      (yhteenveto.cells ?? []).some((c) => c.row >= chart.anchor.top && c.row <= chart.anchor.bottom),
    ).toBe(false);
    expect(yhteenveto.print).toEqual({ paper: "A4", orientation: "landscape", fitToWidth: true });
  });

  it("lists each conflict on a line with its code, the files not read, and every source with whether it counts", () => {
    const [yhteenveto] = specs(summary);
    const cells = yhteenveto.cells ?? [];
    const codes = cells.filter((c) => c.col === 1 && /-(department|mismatch|variant)$/.test(String(c.value)));
    expect(codes.map((c) => c.value)).toEqual(summary.conflicts.map((c) => c.code));
    for (const [i, c] of codes.entries()) {
      const text = cells.find((x) => x.row === c.row && x.col === 2);
      expect(text?.value).toBe(summary.conflicts[i].message.fi);
      expect(yhteenveto.merges).toContainEqual({ top: c.row, left: 2, bottom: c.row, right: 10 });
    }
    const broken = cells.find((c) => c.value === "rikki.xlsx");
    expect(cells.find((c) => c.row === broken?.row && c.col === 2)?.value).toBe("Tiedosto on vioittunut.");
    const taulukko = cells.find((c) => c.value === "kasvu-ja-tyollisyys-2026-taulukko.xlsx");
    expect(cells.filter((c) => c.row === taulukko?.row).map((c) => c.value)).toEqual([
      "kasvu-ja-tyollisyys-2026-taulukko.xlsx",
      "Tavoitteet",
      "Kasvu- ja työllisyyspalvelut",
      "kausi ei tiedossa",
      4,
      "ei (katso ristiriidat)",
    ]);
  });

  it("says when there are no conflicts and leaves the chart out without departments", () => {
    const none = summarise([], []);
    const [yhteenveto] = specs(none, "en");
    expect(yhteenveto.charts).toEqual([]);
    expect((yhteenveto.cells ?? []).map((c) => c.value)).toContain("The sources do not conflict.");
    expect(placed(yhteenveto).get("A1")?.value).toBe("Operational goals");
  });
});

describe("row heights for wrapped text", () => {
  it("give each row the lines its longest wrapped cell takes, merged cells over their columns", () => {
    expect(linesOf("lyhyt", 10)).toBe(1);
    expect(linesOf("x".repeat(25), 10)).toBe(3);
    expect(linesOf("a\nb\nc", 40)).toBe(3);
    // Word by word, as programs wrap: "aaa bbb" does not fit a line of 6, so three lines, not two.
    expect(linesOf("aaa bbb ccc", 5.5)).toBe(3);
    expect(linesOf("aaa bb ccc", 5.5)).toBe(2);
    expect(linesOf("x".repeat(10_000), 10)).toBe(20);
    const [yhteenveto, mittarit] = specs(summary);
    const heights = new Map((yhteenveto.rowHeights ?? []).map((r) => [r.row, r.height]));
    const dup = (yhteenveto.cells ?? []).find((c) => c.value === "duplicate-department")!;
    // The message is merged over B–J (113 characters wide): about 300 characters take three lines.
    expect(heights.get(dup.row)).toBe(45);
    expect(heights.get(5)).toBe(30); // "Osittain toteutunut" in a header 13 wide
    const h = headerRowOf(mittarit);
    const mh = new Map((mittarit.rowHeights ?? []).map((r) => [r.row, r.height]));
    mittarit.rows.forEach((r, i) => {
      const lines = Math.max(
        1,
        ...mittarit.columns.map((c, j) =>
          c.wrap && typeof r[j] === "string" ? linesOf(r[j] as string, c.width!) : 1,
        ),
      );
      expect([i, mh.get(h + 1 + i) ?? 15]).toEqual([i, lines * 15]);
    });
  });
});

describe("Mittarit and Poikkeamat", () => {
  it("Mittarit: one row per counted measure, status label with the city's colours, links where the source allows", () => {
    const [, mittarit] = specs(summary);
    expect(mittarit.name).toBe("Mittarit");
    expect(mittarit.table?.name).toBe(MEASURES_TABLE);
    expect(mittarit.freezeHeader).toBe(true);
    expect(mittarit.print?.titleRows).toEqual({ from: headerRowOf(mittarit), to: headerRowOf(mittarit) });
    expect(mittarit.rows).toHaveLength(summary.total.measures);
    expect(mittarit.columns.map((c) => c.header)).toEqual([
      "Toimiala",
      "Yksikkö",
      "Painopiste / teema",
      "Tavoite",
      "Teko",
      "Toimenpide",
      "Mittari",
      "Lähtötaso",
      "Tavoitetaso",
      "Toteuma",
      "Tila",
      "Tilan lähde",
      "Perustelu",
      "Tiedosto",
      "Välilehti",
      "Solu",
    ]);
    const labels = mittarit.rows.map((r) => r[10]);
    expect(labels.filter((l) => l === "Toteutunut")).toHaveLength(summary.total.achieved);
    expect(labels.filter((l) => l === "Ei arvioitavissa")).toHaveLength(summary.total.notAssessable);
    for (const s of mittarit.styles ?? []) {
      expect(s.col).toBe(10);
      const status = (["achieved", "partial", "not-achieved", "not-assessable"] as const).find(
        (x) => STATUS_STYLE[x].fill === s.style.fill,
      );
      expect(status).toBeDefined();
      expect(s.style.fontColor).toBe(STATUS_STYLE[status!].font);
    }
    expect(mittarit.styles).toHaveLength(mittarit.rows.length);
    const row = (file: string) => mittarit.rows.findIndex((r) => r[13] === file);
    const links = new Map((mittarit.links ?? []).map((l) => [l.row, l]));
    const year = row(FILES[0]);
    expect(links.get(year)).toEqual({
      row: year,
      col: 15,
      target: { sheet: "Toteutuminen 2023", cell: mittarit.rows[year][15] },
    });
    const t1 = row(FILES[1]);
    expect(links.get(t1)?.target).toEqual({
      url: `raportit/kasvu T1.xlsx#'T1 2026'!${mittarit.rows[t1][15]}`,
    });
    expect(links.has(row(FILES[3]))).toBe(false);
    // The duplicate source is not counted: none of its measures is listed.
    expect(row(FILES[2])).toBe(-1);
  });

  it("Poikkeamat: only measures not achieved or not assessable, by department, then the check's counts per department", () => {
    const [, , poikkeamat] = specs(summary);
    expect(poikkeamat.table?.name).toBe(EXCEPTIONS_TABLE);
    expect(poikkeamat.rows).toHaveLength(summary.total.notAchieved + summary.total.notAssessable);
    for (const r of poikkeamat.rows) expect(["Ei toteutunut", "Ei arvioitavissa"]).toContain(r[1]);
    expect(poikkeamat.styles?.map((s) => s.style.fill)).toEqual(
      poikkeamat.rows.map((r) => (r[1] === "Ei toteutunut" ? "#FFC7CE" : "#EDEDED")),
    );
    const order = summary.departments.map((d) => d.department);
    const seen = poikkeamat.rows.map((r) => order.indexOf(r[0] as string));
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    const top = headerRowOf(poikkeamat) + Math.max(1, poikkeamat.rows.length) + 2;
    const at = placed(poikkeamat);
    expect(at.get(`A${top}`)?.value).toBe("Tarkistuksen virheet ja varoitukset toimialoittain");
    summary.departments.forEach((d, i) =>
      expect([1, 2, 3, 4, 5].map((c) => at.get(a1({ row: top + 2 + i, col: c }))?.value)).toEqual([
        d.department,
        d.errors,
        d.warnings,
        d.notAchieved,
        d.notAssessable,
      ]),
    );
  });
});

/** The sheets written into a new workbook, as a snapshot and as exceljs reads them. */
async function written(s: Summary, lang: "fi" | "en") {
  const wb = newWorkbook();
  applyEdits(wb, planSummarySheets(s, lang, empty));
  return { wb, snapshot: await snapshotOf(wb, "yhteenveto.xlsx"), x: await exceljsOf(wb) };
}

describe("written to a file", () => {
  it.each(["fi", "en"] as const)(
    "(%s) reads back as planned, with the chart part over the table, and is skipped by the reader",
    async (lang) => {
      const { wb, snapshot, x } = await written(summary, lang);
      expect(snapshot.sheets.map((g) => [g.sheet, summarySheetKind(g)])).toEqual([
        ["Yhteenveto", "summary"],
        ["Mittarit", "measures"],
        ["Poikkeamat", "exceptions"],
      ]);
      expect(readWorkbook(snapshot).sheets).toEqual([]);
      const ws = x.getWorksheet("Mittarit") as ExcelJS.Worksheet;
      const h = headerRowOf(specs(summary, lang)[1]);
      expect(ws.getCell(h + 1, 11).fill).toMatchObject({
        fgColor: {
          argb: `FF${STATUS_STYLE[summary.departments[0].source.measures[0].status].fill.slice(1)}`,
        },
      });
      const chart = [...partsOf(workbookBytes(wb)).entries()].find(([n]) => /charts\/chart\d+\.xml$/.test(n));
      expect(chart).toBeDefined();
      const xml = new TextDecoder().decode(chart![1]);
      expect(xml).toContain('<c:grouping val="stacked"/>');
      expect(xml).toContain("<c:f>'Yhteenveto'!$A$6:$A$8</c:f>");
      expect(xml).toContain("<c:f>'Yhteenveto'!$D$6:$D$8</c:f>");
      expect(xml).toContain('<a:srgbClr val="C6EFCE"/>');
    },
  );

  it("keeps text literal: a name starting with = is text, never a formula", async () => {
    const tricky = summarise(
      [{ file: "=x.xlsx", error: null }],
      [{ ...summary.departments[0].source, file: "=x.xlsx", department: "=SUM(A1)" }],
    );
    const { x } = await written(tricky, "fi");
    const ws = x.getWorksheet("Yhteenveto") as ExcelJS.Worksheet;
    expect(ws.getCell("A6").value).toBe("=SUM(A1)");
    expect(ws.getCell("A6").type).toBe(ExcelJS.ValueType.String);
  });
});

describe("sheet names", () => {
  const grid = (sheet: string, rows: string[][]): Grid => ({
    sheet,
    cells: rows.map((r) => r.map((v) => ({ value: v, text: v }))),
    rowCount: rows.length,
    columnCount: Math.max(0, ...rows.map((r) => r.length)),
    merges: [],
  });

  it("a person's own Yhteenveto is not Toteuma's: the summary goes to Yhteenveto 2; Toteuma's own is replaced", async () => {
    const own = grid("Yhteenveto", [["Oma yhteenveto"], ["Toimiala", "Tila", "Perustelu"]]);
    expect(isSummarySheet(own)).toBe(false);
    expect(summarySheetNames({ name: null, sheets: [own] })).toEqual({
      summary: "Yhteenveto 2",
      measures: "Mittarit",
      exceptions: "Poikkeamat",
    });
    const { snapshot } = await written(summary, "fi");
    expect(summarySheetNames(snapshot)).toEqual({
      summary: "Yhteenveto",
      measures: "Mittarit",
      exceptions: "Poikkeamat",
    });
    // Toteuma's Mittarit under the name Poikkeamat is not an exceptions sheet: that name is kept apart.
    const swapped = { ...snapshot.sheets[1], sheet: "Poikkeamat" };
    expect(summarySheetNames({ name: null, sheets: [swapped] }).exceptions).toBe("Poikkeamat 2");
  });

  it("a person's sheet is read as a report even when called Yhteenveto; Toteuma's Mittarit never", async () => {
    const wb = newWorkbook();
    const report = (await loadFixture("konsernipalvelut-2025-T2.xlsx")).sheets[0];
    applyEdits(wb, [
      {
        kind: "sheet",
        spec: {
          name: "Yhteenveto",
          columns: [],
          rows: [],
          cells: report.cells.flatMap((row, r) =>
            (row ?? []).flatMap((c, col) =>
              c && (typeof c.value === "string" || typeof c.value === "number")
                ? [{ row: r + 1, col: col + 1, value: c.value }]
                : [],
            ),
          ),
        },
      },
    ]);
    const before = await snapshotOf(wb, "x.xlsx");
    applyEdits(wb, planSummarySheets(summary, "fi", before));
    const after = await snapshotOf(wb, "x.xlsx");
    expect(after.sheets.map((g) => g.sheet)).toEqual([
      "Yhteenveto",
      "Yhteenveto 2",
      "Mittarit",
      "Poikkeamat",
    ]);
    expect(readWorkbook(after).sheets.map((r) => [r.sheet, r.department])).toEqual([
      ["Yhteenveto", "Konsernipalvelut"],
    ]);
  });
});
