/**
 * The summary's core: counts per department and focus area, the one source counted per department,
 * and each kind of conflict planted and found (and the look-alikes that must stay quiet).
 */
import { assessWorkbook } from "../assess";
import type { Period, Status } from "../model";
import { readWorkbook } from "../read";
import { validateWorkbook } from "../validate";
import { loadFixture } from "../../test/support/load";
import { block, measure, report, workbook } from "../../test/support/reports";
import {
  departmentKey,
  nameKey,
  sourcesOf,
  summarise,
  type ConflictCode,
  type SourceSheet,
  type Summary,
} from ".";

/** A source built directly: `statuses` one measure each, under `focus` / `goal`. */
function src(
  file: string,
  department: string | null,
  opts: {
    period?: Period | null;
    year?: number | null;
    statuses?: Status[];
    focus?: string;
    goal?: string;
    sheet?: string;
    errors?: number;
    warnings?: number;
  } = {},
): SourceSheet {
  const focus = opts.focus ?? "Kasvava Pori";
  const goal = opts.goal ?? "Asukasmäärään vaikuttaminen";
  const statuses = opts.statuses ?? ["achieved"];
  return {
    file,
    sheet: opts.sheet ?? "Raportti",
    link: null,
    department,
    period: opts.period === undefined ? "T2" : opts.period,
    year: opts.year === undefined ? 2025 : opts.year,
    errors: opts.errors ?? 0,
    warnings: opts.warnings ?? 0,
    measures: statuses.map((status, i) => ({
      unit: null,
      focusArea: focus,
      goal,
      commitment: "Teko",
      action: `Toimenpide ${i + 1}`,
      measure: `Mittari ${i + 1}`,
      baseline: "1",
      target: "2",
      actual: null,
      status,
      source: "computed",
      reason: { fi: "syy", en: "reason" },
      cell: `B${10 + i}`,
    })),
    names: [
      { kind: "focusArea", text: focus, cell: "B3" },
      { kind: "goal", text: goal, cell: "B4" },
    ],
  };
}

const run = (sources: SourceSheet[], expected?: string[]): Summary =>
  summarise(
    [...new Set(sources.map((s) => s.file))].map((file) => ({ file, error: null })),
    sources,
    { expected },
  );
const codes = (s: Summary): ConflictCode[] => s.conflicts.map((c) => c.code);

describe("keys", () => {
  it("make case, spaces and a trailing full stop the same name, and nothing else", () => {
    expect(nameKey("OSAAVAN TYÖVOIMAN  SAATAVUUS.")).toBe(nameKey("Osaavan työvoiman saatavuus"));
    expect(nameKey("Ylivertaiset asuin ympäristöt")).toBe(nameKey("Ylivertaiset asuinympäristöt"));
    expect(nameKey("Kasvava Pori")).not.toBe(nameKey("Kasvava Porii"));
    expect(departmentKey("ELINVOIMA JA YMPÄRISTÖTOIMIALA")).toBe(
      departmentKey("Elinvoima- ja ympäristötoimiala"),
    );
    expect(departmentKey(null)).toBeNull();
    expect(departmentKey("  ")).toBeNull();
  });
});

describe("counts", () => {
  it("count each department's measures per status, the share achieved and the total, departments in name order", () => {
    const s = run([
      src("b.xlsx", "Sivistystoimiala", {
        statuses: ["achieved", "partial", "not-achieved"],
        errors: 2,
        warnings: 1,
      }),
      src("a.xlsx", "Konsernipalvelut", { statuses: ["achieved", "achieved", "not-assessable", "partial"] }),
    ]);
    expect(
      s.departments.map((d) => [
        d.department,
        d.measures,
        d.achieved,
        d.partial,
        d.notAchieved,
        d.notAssessable,
      ]),
    ).toEqual([
      ["Konsernipalvelut", 4, 2, 1, 0, 1],
      ["Sivistystoimiala", 3, 1, 1, 1, 0],
    ]);
    expect(s.departments[0].share).toBe(0.5);
    expect(s.total).toEqual({
      measures: 7,
      achieved: 3,
      partial: 2,
      notAchieved: 1,
      notAssessable: 1,
      share: 3 / 7,
      errors: 2,
      warnings: 1,
    });
    expect(s.conflicts).toEqual([]);
    expect(s.period).toEqual({ period: "T2", year: 2025 });
  });

  it("merge focus areas written differently only in case, spaces or a full stop, shown as written most", () => {
    const s = run([
      src("a.xlsx", "A", { focus: "Kasvava Pori", statuses: ["achieved", "partial"] }),
      src("b.xlsx", "B", { focus: "KASVAVA  PORI.", statuses: ["not-achieved"] }),
      src("c.xlsx", "C", { focus: "Hyvinvoiva Pori", statuses: ["partial"] }),
    ]);
    expect(
      s.focusAreas.map((f) => [f.focusArea, f.measures, f.achieved, f.partial, f.notAchieved, f.departments]),
    ).toEqual([
      ["Hyvinvoiva Pori", 1, 0, 1, 0, ["C"]],
      ["Kasvava Pori", 3, 1, 1, 1, ["A", "B"]],
    ]);
    expect(s.conflicts).toEqual([]);
  });

  it("give a department without measures its line, with no share", () => {
    const s = run([src("a.xlsx", "A", { statuses: [] })]);
    expect(s.departments[0]).toMatchObject({ department: "A", measures: 0, share: null });
    expect(s.total.share).toBeNull();
  });
});

describe("two sources for one department", () => {
  const kept = (s: Summary) =>
    s.departments.map((d) => [d.department, d.source.file, d.notCounted.map((n) => n.file)]);

  it("count the one whose period is known, and say so", () => {
    const s = run([
      src("taulukko.xlsx", "Kasvu- ja työllisyyspalvelut", {
        period: null,
        year: null,
        statuses: ["achieved", "partial", "partial"],
      }),
      src("T1.xlsx", "KASVU- JA TYÖLLISYYSPALVELUT", { period: "T1", year: 2026, statuses: ["achieved"] }),
    ]);
    expect(kept(s)).toEqual([["KASVU- JA TYÖLLISYYSPALVELUT", "T1.xlsx", ["taulukko.xlsx"]]]);
    expect(s.total.measures).toBe(1);
    expect(s.conflicts).toHaveLength(1);
    expect(s.conflicts[0]).toMatchObject({
      code: "duplicate-department",
      files: ["taulukko.xlsx", "T1.xlsx"],
    });
    expect(s.conflicts[0].message.fi).toBe(
      "Toimiala 'KASVU- JA TYÖLLISYYSPALVELUT' on 2 lähteessä: taulukko.xlsx (kausi ei tiedossa, 3 mittaria) ja " +
        "T1.xlsx (T1 2026, 1 mittari). Mukana on T1.xlsx, koska sen kausi on tiedossa; taulukko.xlsx ei ole laskettu mukaan.",
    );
    expect(s.conflicts[0].message.en).toContain(
      "Counted: T1.xlsx, because its period is known; taulukko.xlsx not counted.",
    );
  });

  it("with both periods known, count the one with more measures; with as many, the one given first", () => {
    const more = run([
      src("a.xlsx", "A", { statuses: ["achieved"] }),
      src("b.xlsx", "A", { statuses: ["achieved", "partial"] }),
    ]);
    expect(kept(more)).toEqual([["A", "b.xlsx", ["a.xlsx"]]]);
    expect(more.conflicts[0].message.en).toContain("because it has more measures");
    const first = run([src("a.xlsx", "A"), src("b.xlsx", "A"), src("c.xlsx", "A")]);
    expect(kept(first)).toEqual([["A", "a.xlsx", ["b.xlsx", "c.xlsx"]]]);
    expect(first.conflicts[0].message.fi).toContain(
      "Mukana on a.xlsx, koska se annettiin ensin; b.xlsx ja c.xlsx ei ole",
    );
    expect(first.total.measures).toBe(1);
  });

  it("name a sheet with its file when the file has several", () => {
    const s = run([src("kirja.xlsx", "A", { sheet: "T1" }), src("kirja.xlsx", "A", { sheet: "T2" })]);
    expect(s.conflicts[0].message.fi).toContain("kirja.xlsx / T1 (T2 2025, 1 mittari) ja kirja.xlsx / T2");
    expect(s.conflicts[0].files).toEqual(["kirja.xlsx"]);
  });
});

describe("periods and years", () => {
  it("name differing periods, and the departments whose period is not known", () => {
    const s = run([
      src("a.xlsx", "A", { period: "T1" }),
      src("b.xlsx", "B", { period: "T2" }),
      src("c.xlsx", "C", { period: null }),
    ]);
    expect(codes(s)).toEqual(["period-mismatch"]);
    expect(s.conflicts[0].message.fi).toBe(
      "Lähteet ovat eri kausilta: T1 (A), T2 (B). Kausi ei tiedossa: C.",
    );
    expect(s.conflicts[0].files).toEqual(["a.xlsx", "b.xlsx"]);
    expect(s.period).toBeNull();
  });

  it("name differing years apart from periods", () => {
    const s = run([src("a.xlsx", "A", { year: 2024 }), src("b.xlsx", "B", { year: 2025 })]);
    expect(codes(s)).toEqual(["year-mismatch"]);
    expect(s.conflicts[0].message.en).toBe("The sources are for different years: 2024 (A), 2025 (B).");
  });

  it("stay quiet when the periods agree where they are known", () => {
    const s = run([src("a.xlsx", "A"), src("b.xlsx", "B", { period: null, year: null })]);
    expect(s.conflicts).toEqual([]);
    expect(s.period).toEqual({ period: "T2", year: 2025 });
  });
});

describe("names spelled differently across departments", () => {
  it("find 'Kasvava Pori' / 'Kasvava Porii' with the cells of the rarer spelling", () => {
    const s = run([
      src("a.xlsx", "A", { focus: "Kasvava Pori" }),
      src("b.xlsx", "B", { focus: "Kasvava Pori" }),
      src("c.xlsx", "C", { focus: "Kasvava Porii", sheet: "T2" }),
    ]);
    expect(codes(s)).toEqual(["name-variant"]);
    expect(s.conflicts[0].message.fi).toBe(
      "Painopiste on kirjoitettu eri tavoin eri toimialoilla: 'Kasvava Pori' (A, B) ja 'Kasvava Porii' (C).",
    );
    expect(s.conflicts[0].files).toEqual(["a.xlsx", "b.xlsx", "c.xlsx"]);
    expect(s.conflicts[0].cells).toEqual([{ file: "c.xlsx", sheet: "T2", cell: "B3" }]);
  });

  it("find a goal's variant too", () => {
    const s = run([
      src("a.xlsx", "A", { goal: "Osaavan työvoiman saatavuus" }),
      src("b.xlsx", "B", { goal: "Osaavan työvoiman saatavuuus" }),
    ]);
    expect(codes(s)).toEqual(["name-variant"]);
    expect(s.conflicts[0].message.en).toMatch(/^The goal is spelled differently across departments/);
  });

  it("stay quiet for case, spaces and a trailing full stop, for numbered names and within one department", () => {
    const quiet = run([
      src("a.xlsx", "A", { focus: "Kasvava Pori", goal: "Ylivertaiset asuin ympäristöt" }),
      src("b.xlsx", "B", { focus: "KASVAVA PORI.", goal: "Ylivertaiset asuinympäristöt" }),
      src("c.xlsx", "C", { goal: "Tavoite 1" }),
      src("d.xlsx", "D", { goal: "Tavoite 2" }),
    ]);
    expect(quiet.conflicts).toEqual([]);
    const one = src("a.xlsx", "A", { focus: "Kasvava Pori" });
    one.names.push({ kind: "focusArea", text: "Kasvava Porii", cell: "B30" });
    expect(run([one]).conflicts).toEqual([]);
  });
});

describe("departments unknown, expected and missing", () => {
  it("name a source without a department by file and sheet, on a line of its own, never merged with another", () => {
    const s = run([src("x.xlsx", null, { sheet: "Taul1" }), src("y.xlsx", null), src("z.xlsx", "A")]);
    expect(codes(s)).toEqual(["unknown-department", "unknown-department"]);
    expect(s.conflicts[0]).toMatchObject({
      files: ["x.xlsx"],
      cells: [{ file: "x.xlsx", sheet: "Taul1", cell: "A1" }],
    });
    expect(s.conflicts[0].message.fi).toBe(
      "Toimialaa ei saatu selville: tiedosto x.xlsx, välilehti 'Taul1'. Sen mittarit ovat omalla rivillään.",
    );
    expect(s.departments.map((d) => d.department)).toEqual(["A", null, null]);
    expect(s.total.measures).toBe(3);
  });

  it("name each expected department that no source is from; case and spaces do not matter", () => {
    const s = run([src("a.xlsx", "Konsernipalvelut")], ["konsernipalvelut ", "Sivistystoimiala", ""]);
    expect(codes(s)).toEqual(["missing-department"]);
    expect(s.conflicts[0]).toEqual({
      code: "missing-department",
      message: {
        fi: "Odotettu toimiala 'Sivistystoimiala' puuttuu: yksikään lähde ei ole siltä.",
        en: "The expected department 'Sivistystoimiala' is missing: no source is from it.",
      },
      files: [],
    });
  });
});

describe("sources from reports", () => {
  it("keep each report sheet's measures with their assessments, findings counted per sheet", () => {
    const r1 = {
      ...report({ sheet: "A" }, [block({ action: "Yksi" }, [measure("M1"), measure("M2", { target: "" })])]),
      department: "Sivistystoimiala",
    };
    const r2 = { ...report({ sheet: "Muistio", layout: "none" }, []), department: null };
    const wr = workbook(r1, r2);
    const findings = validateWorkbook(wr);
    const assessments = assessWorkbook(wr);
    const [s, ...rest] = sourcesOf("a.xlsx", { kind: "workbook" }, wr, findings, assessments);
    expect(rest).toEqual([]);
    expect(s).toMatchObject({
      file: "a.xlsx",
      sheet: "A",
      department: "Sivistystoimiala",
      period: "T2",
      year: 2025,
    });
    expect(s.measures.map((m) => [m.measure, m.cell, m.status])).toEqual(
      assessments.map((a, i) => [`M${i + 1}`, `B${a.cell.row}`, a.status]),
    );
    expect(s.errors + s.warnings).toBe(
      findings.filter((f) => f.cell.sheet === "A" && f.severity !== "info").length,
    );
    expect(s.errors + s.warnings).toBeGreaterThan(0);
  });
});

const FIVE = [
  "elinvoima-ja-ymparisto-2023-vuosi.xlsx",
  "kasvu-ja-tyollisyys-2026-T1.xlsx",
  "kasvu-ja-tyollisyys-2026-taulukko.xlsx",
  "konsernihallinto-palveluohjelma-2018.xlsx",
  "konsernipalvelut-2025-T2.xlsx",
];

async function sourcesOfFixture(name: string): Promise<{ sources: SourceSheet[]; measures: number }> {
  const wr = readWorkbook(await loadFixture(name));
  const assessments = assessWorkbook(wr);
  return {
    sources: sourcesOf(name, null, wr, validateWorkbook(wr), assessments),
    measures: assessments.length,
  };
}

describe("the five shared workbooks together", () => {
  let s: Summary;
  let perFile: { sources: SourceSheet[]; measures: number }[];
  beforeAll(async () => {
    perFile = await Promise.all(FIVE.map(sourcesOfFixture));
    s = summarise(
      FIVE.map((file) => ({ file, error: null })),
      perFile.flatMap((f) => f.sources),
    );
  });

  it("name exactly the duplicate department and the differing periods and years", () => {
    expect(codes(s)).toEqual(["duplicate-department", "period-mismatch", "year-mismatch"]);
    const [dup, period, year] = s.conflicts;
    expect(dup.files).toEqual(["kasvu-ja-tyollisyys-2026-T1.xlsx", "kasvu-ja-tyollisyys-2026-taulukko.xlsx"]);
    expect(dup.message.fi).toContain(
      "Mukana on kasvu-ja-tyollisyys-2026-T1.xlsx, koska sen kausi on tiedossa",
    );
    expect(period.message.fi).toBe(
      "Lähteet ovat eri kausilta: T1 (Kasvu- ja työllisyyspalvelut), T2 (Konsernipalvelut), " +
        "vuosi (Elinvoima- ja ympäristötoimiala). Kausi ei tiedossa: Konsernihallinnon toimiala.",
    );
    expect(year.message.en).toBe(
      "The sources are for different years: 2018 (Konsernihallinnon toimiala), 2023 (Elinvoima- ja ympäristötoimiala), " +
        "2025 (Konsernipalvelut), 2026 (Kasvu- ja työllisyyspalvelut).",
    );
  });

  it("count the department once, from its T1 report: the sum of the statuses of the four others", () => {
    expect(s.departments.map((d) => [d.department, d.source.file, d.measures])).toEqual([
      ["Elinvoima- ja ympäristötoimiala", FIVE[0], 25],
      ["Kasvu- ja työllisyyspalvelut", FIVE[1], 4],
      ["Konsernihallinnon toimiala", FIVE[3], 12],
      ["Konsernipalvelut", FIVE[4], 8],
    ]);
    const counted = perFile.filter((_, i) => i !== 2);
    expect(s.total.measures).toBe(counted.reduce((n, f) => n + f.measures, 0));
    for (const key of ["achieved", "partial", "notAchieved", "notAssessable"] as const)
      expect(s.total[key]).toBe(s.departments.reduce((n, d) => n + d[key], 0));
    expect(s.focusAreas.reduce((n, f) => n + f.measures, 0)).toBe(s.total.measures);
  });
});
