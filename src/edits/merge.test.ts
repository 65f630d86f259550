/**
 * The contents sheet "Sisällys": a linked line per merged sheet with its source, then every conflict,
 * every file and sheet left out and every change made in copying, each in its own sentence.
 */
import type { MergePlan, SourceSheet } from "../summary";
import { CONTENTS_SHEET, planContentsSheet } from "./merge";
import { headerRowOf } from "./layout";

const source = (file: string, sheet: string, department: string | null): SourceSheet => ({
  file,
  sheet,
  link: null,
  department,
  period: "T2",
  year: 2025,
  errors: 0,
  warnings: 0,
  measures: [],
  names: [],
});

const PLAN: MergePlan = {
  sheets: [
    { source: source("sivistys.xlsx", "T2 2025", "Sivistystoimiala"), name: "Sivistystoimiala" },
    { source: source("x.xlsx", "=HYPERLINK(1)", null), name: "=HYPERLINK(1)" },
  ],
  leftOut: [
    { file: "sivistys.xlsx", sheet: "Ohjeet", reason: { fi: "ei raporttia", en: "no report" } },
    {
      file: "rikki.xlsx",
      sheet: null,
      reason: { fi: "Tiedosto on vioittunut.", en: "The file is damaged." },
    },
  ],
  conflicts: [
    {
      code: "unknown-department",
      message: { fi: "Toimialaa ei saatu selville.", en: "Not known." },
      files: [],
    },
  ],
  files: [
    { file: "sivistys.xlsx", error: null },
    { file: "x.xlsx", error: null },
    { file: "rikki.xlsx", error: { fi: "Tiedosto on vioittunut.", en: "The file is damaged." } },
  ],
};

describe("planContentsSheet", () => {
  it("lists the sheets with links and their sources, then conflicts, what was left out and what copying changed", () => {
    const edit = planContentsSheet(
      PLAN,
      [
        {
          sheet: "Sivistystoimiala",
          kind: "left-out",
          message: { fi: "Kuva jäi pois.", en: "Picture left out." },
        },
      ],
      "fi",
    );
    if (edit.kind !== "sheet") throw new Error("a sheet edit");
    const spec = edit.spec;
    expect(spec.name).toBe(CONTENTS_SHEET);
    expect(spec.rows).toEqual([
      ["Sivistystoimiala", "Sivistystoimiala", "T2 2025", "sivistys.xlsx", "T2 2025", 0],
      ["=HYPERLINK(1)", "toimiala ei tiedossa", "T2 2025", "x.xlsx", "=HYPERLINK(1)", 0],
    ]);
    expect(spec.links).toEqual([
      { row: 0, col: 0, target: { sheet: "Sivistystoimiala", cell: "A1" } },
      { row: 1, col: 0, target: { sheet: "=HYPERLINK(1)", cell: "A1" } },
    ]);
    const below = (spec.cells ?? []).map((c) => c.value);
    expect(below).toEqual([
      "Ristiriidat / Conflicts",
      "Toimialaa ei saatu selville.",
      "Jäi pois / Left out",
      "Tiedoston sivistys.xlsx välilehti 'Ohjeet': ei raporttia.",
      "Tiedosto rikki.xlsx: Tiedosto on vioittunut.",
      "Kopioinnissa muuttunut / Changed in copying",
      "Kuva jäi pois.",
    ]);
    // Nothing below overlaps the table.
    const lastTableRow = headerRowOf(spec) + spec.rows.length;
    expect(Math.min(...(spec.cells ?? []).map((c) => c.row))).toBeGreaterThan(lastTableRow);
    expect(spec.title?.[1]).toBe(
      "2 raporttivälilehteä 2 työkirjasta, kukin sellaisena kuin toimiala sen kirjoitti.",
    );
  });

  it("makes every column at least as wide as its header (headers do not wrap: LibreOffice printed them over each other)", () => {
    const edit = planContentsSheet(PLAN, [], "fi");
    if (edit.kind !== "sheet") throw new Error("a sheet edit");
    for (const c of edit.spec.columns) expect(c.width ?? 0).toBeGreaterThanOrEqual(c.header.length);
  });

  it("says so when nothing conflicts, nothing is left out and everything was copied as it was (English)", () => {
    const edit = planContentsSheet({ ...PLAN, leftOut: [], conflicts: [] }, [], "en");
    if (edit.kind !== "sheet") throw new Error("a sheet edit");
    expect((edit.spec.cells ?? []).map((c) => c.value)).toEqual([
      "Ristiriidat / Conflicts",
      "The sources do not conflict.",
      "Jäi pois / Left out",
      "Nothing was left out.",
      "Kopioinnissa muuttunut / Changed in copying",
      "Every sheet was copied as it was.",
    ]);
  });
});
