/**
 * The merge's plan: order (the city's list, else by name, unknown last), sheet names Excel takes and
 * that never collide, every sheet and file left out named with its reason, the summary's conflicts
 * passed through, and the read-back sentences.
 */
import type { Period } from "../model";
import { summarise } from "./summarise";
import { planMerge, readBackNotes, validSheetName, type FileSheet } from "./merge";
import type { SourceFile, SourceSheet } from "./types";

function src(
  file: string,
  sheet: string,
  department: string | null,
  period: Period | null = "T2",
): SourceSheet {
  return {
    file,
    sheet,
    link: null,
    department,
    period,
    year: 2025,
    errors: 0,
    warnings: 0,
    measures: [],
    names: [],
  };
}

const read = (file: string): SourceFile => ({ file, error: null });

function plan(sources: SourceSheet[], options: { order?: string[]; files?: SourceFile[] } = {}) {
  const files = options.files ?? [...new Set(sources.map((s) => s.file))].map(read);
  const sheets = new Map<string, FileSheet[]>();
  for (const s of sources) sheets.set(s.file, [...(sheets.get(s.file) ?? []), { name: s.sheet }]);
  return planMerge(summarise(files, sources), sheets, { order: options.order, reserved: ["Sisällys"] });
}

describe("validSheetName", () => {
  it("takes out what Excel refuses, keeps 31 characters, never empty, never History", () => {
    expect(validSheetName("Sivistys [T2]: 1/2 * ? \\")).toBe("Sivistys -T2-- 1-2 - - -");
    expect(validSheetName("'Tekninen'")).toBe("Tekninen");
    expect(validSheetName("   ")).toBe("Raportti");
    expect(validSheetName("history")).toBe("history (1)");
    const long = validSheetName("Kaupunkiympäristön ja elinvoiman toimiala (uusi organisaatio)");
    expect([...long].length).toBeLessThanOrEqual(31);
    expect(long).toBe("Kaupunkiympäristön ja elinvoima");
    expect(validSheetName("Rivi\nvaihto")).toBe("Rivi vaihto");
  });
});

describe("planMerge", () => {
  it("orders by the city's list, then the unlisted by name, the unknown last; within one department as given", () => {
    const p = plan(
      [
        src("c.xlsx", "S", "Sivistystoimiala"),
        src("x.xlsx", "Raportti", null),
        src("a.xlsx", "A", "Aluepalvelut"),
        src("t.xlsx", "T", "Tekninen toimiala"),
        src("t2.xlsx", "T", "TEKNINEN TOIMIALA", "T1"),
      ],
      { order: ["Tekninen toimiala", "Sivistystoimiala"] },
    );
    expect(p.sheets.map((s) => [s.name, s.source.file])).toEqual([
      ["Tekninen toimiala", "t.xlsx"],
      ["TEKNINEN TOIMIALA (2)", "t2.xlsx"],
      ["Sivistystoimiala", "c.xlsx"],
      ["Aluepalvelut", "a.xlsx"],
      ["Raportti", "x.xlsx"],
    ]);
  });

  it("without a list, by department name; a name already taken (also Sisällys) gets a number", () => {
    const p = plan([
      src("s.xlsx", "Sisällys", null),
      src("b.xlsx", "B", "Perusturva"),
      src("a.xlsx", "A", "Elinvoima"),
    ]);
    expect(p.sheets.map((s) => s.name)).toEqual(["Elinvoima", "Perusturva", "Sisällys (2)"]);
  });

  it("a long name cut to leave room for its number, within 31 characters", () => {
    const name = "Kasvu- ja työllisyyspalvelut ja kotouttaminen";
    const p = plan([src("a.xlsx", "A", name), src("b.xlsx", "B", name, "T1")]);
    expect(p.sheets.map((s) => s.name)).toEqual([
      "Kasvu- ja työllisyyspalvelut ja",
      "Kasvu- ja työllisyyspalvelu (2)",
    ]);
    for (const s of p.sheets) expect([...s.name].length).toBeLessThanOrEqual(31);
  });

  it("names every file and sheet left out with its reason, and passes the summary's conflicts through", () => {
    const sources = [
      src("a.xlsx", "Raportti", "Sivistystoimiala"),
      src("b.xlsx", "R", "Sivistystoimiala", "T1"),
    ];
    const files: SourceFile[] = [
      read("a.xlsx"),
      read("b.xlsx"),
      { file: "c.xlsx", error: { fi: "Rikki.", en: "Broken." } },
    ];
    const sheets = new Map<string, FileSheet[]>([
      ["a.xlsx", [{ name: "Raportti" }, { name: "Ohjeet" }, { name: "Kaavio", kind: "chartsheet" }]],
      ["b.xlsx", [{ name: "R" }]],
    ]);
    const summary = summarise(files, sources);
    const p = planMerge(summary, sheets);
    expect(p.sheets).toHaveLength(2);
    expect(p.leftOut.map((l) => [l.file, l.sheet, l.reason.en])).toEqual([
      ["a.xlsx", "Ohjeet", "the sheet holds no goal report (no goal structure)"],
      ["a.xlsx", "Kaavio", "a chart sheet, not a goal report"],
      ["c.xlsx", null, "Broken."],
    ]);
    expect(p.conflicts).toBe(summary.conflicts);
    expect(p.conflicts.map((c) => c.code)).toEqual(["duplicate-department"]);
  });

  it("says which merged sheets read back otherwise than their sources, and only those", () => {
    const p = plan([
      src("kasvu-2026-T1.xlsx", "Taulukko", "Kasvupalvelut", "T1"),
      src("b.xlsx", "B", "Perusturva"),
    ]);
    const notes = readBackNotes(
      p,
      new Map([
        ["Kasvupalvelut", { department: "Kasvupalvelut", period: null, year: 2025 }],
        ["Perusturva", { department: "PERUSTURVA", period: "T2" as Period, year: 2025 }],
      ]),
    );
    expect(notes.map((n) => [n.sheet, n.kind, n.message.en])).toEqual([
      [
        "Kasvupalvelut",
        "read-back",
        "Sheet Kasvupalvelut reads otherwise in the merged workbook than in its source kasvu-2026-T1.xlsx (period T1 2025 → 2025): the source said it in its file or sheet name. The contents sheet holds the source's.",
      ],
    ]);
  });
});
