import { parseDepartmentList } from "./department";
import {
  bySpecificity,
  chooseDepartment,
  departmentCandidates,
  departmentFromFileName,
  departmentFromSheetName,
  departmentInColumn,
  departmentInRow,
  departmentInTitle,
  departmentOfFile,
  departmentOfSheet,
  isDepartmentName,
  isPageFooter,
  organisationFromTitle,
  properCase,
  settleDepartment,
  sheetDepartment,
  sheetPeriod,
  sheetYear,
  unitInTitle,
} from "./meta";

describe("organisationFromTitle", () => {
  it("finds the department in the fixtures' titles", () => {
    expect(
      organisationFromTitle(
        "Talousarvion toiminnallisten tavoitteiden toteutuminen, elinvoima- ja ympäristötoimiala",
      ),
    ).toEqual({ department: "Elinvoima- ja ympäristötoimiala", unit: null });
    expect(organisationFromTitle("TALOUSARVION 2025 TOIMINNALLISET TAVOITTEET – KONSERNIPALVELUT")).toEqual({
      department: "Konsernipalvelut",
      unit: null,
    });
    expect(organisationFromTitle("KONSERNIHALLINNON TOIMIALAN PALVELUOHJELMA").department).toBe(
      "Konsernihallinnon toimiala",
    );
    expect(
      organisationFromTitle(
        "Kasvu- ja työllisyyspalvelut-yksikön toiminnalliset tavoitteet (työllisyysdenhoitoon liittyvät)",
      ),
    ).toEqual({ department: "Kasvu- ja työllisyyspalvelut", unit: "Kasvu- ja työllisyyspalvelut" });
  });
  it("finds other spellings", () => {
    expect(organisationFromTitle("SIVISTYSTOIMIALAN TAVOITTEET 2024").department).toBe("Sivistystoimiala");
    expect(organisationFromTitle("Tavoitteiden toteutuminen 2024 - Tekninen toimiala").department).toBe(
      "Tekninen toimiala",
    );
    expect(organisationFromTitle("Toiminnalliset tavoitteet 2024").department).toBeNull();
  });
});

describe("department rows and sheet names", () => {
  it("recognises a lone department cell", () => {
    expect(isDepartmentName("Elinvoima- ja ympäristötoimiala")).toBe(true);
    expect(isDepartmentName("Konsernipalvelut")).toBe(true);
    expect(isDepartmentName("Joukkoliikenne")).toBe(false);
  });
  it("reads a department from the sheet name", () => {
    expect(departmentFromSheetName("Sivistystoimiala 2024")).toBe("Sivistystoimiala");
    expect(departmentFromSheetName("T1 2026")).toBeNull();
  });
  it("capitalises all-caps names", () => {
    expect(properCase("KONSERNIPALVELUT")).toBe("Konsernipalvelut");
    expect(properCase("elinvoima- ja ympäristötoimiala")).toBe("Elinvoima- ja ympäristötoimiala");
  });
});

const at = (row: number, col = 1) => ({ sheet: "S", row, col });
const line = (text: string, row = 1, col = 1) => ({ text, cell: at(row, col) });

describe("department candidates", () => {
  it("keeps where each was written and how it was read", () => {
    expect(departmentInTitle(line("Tavoitteiden toteutuminen 2024 – TEKNINEN TOIMIALA", 2))).toEqual({
      name: "Tekninen toimiala",
      source: "title",
      written: "Tavoitteiden toteutuminen 2024 – TEKNINEN TOIMIALA",
      cell: at(2),
      unitOnly: false,
    });
    expect(departmentInTitle(line("Toiminnalliset tavoitteet 2024"))).toBeNull();
    expect(departmentOfSheet("Sivistys T2")).toEqual({
      name: "Sivistystoimiala",
      source: "sheet",
      written: "Sivistys T2",
      cell: null,
      unitOnly: false,
      stem: "Sivistys",
    });
    expect(departmentOfSheet("Sivistystoimiala 2024")).not.toHaveProperty("stem");
    expect(departmentOfSheet("Taulukko1")).toBeNull();
    expect(departmentOfFile("/raportit/VAPAA-AIKATOIMIALA_T2_2023.xlsx")).toEqual({
      name: "Vapaa-aikatoimiala",
      source: "file",
      written: "VAPAA-AIKATOIMIALA_T2_2023.xlsx",
      cell: null,
      unitOnly: false,
    });
    expect(departmentOfFile("kolme-toimialaa-2025-T2.xlsx")).toBeNull();
  });

  it("says when a title names only a unit that stands for the department", () => {
    const unit = departmentInTitle(line("Kasvu- ja työllisyyspalvelut-yksikön toiminnalliset tavoitteet"));
    expect(unit).toMatchObject({ name: "Kasvu- ja työllisyyspalvelut", unitOnly: true });
    expect(unitInTitle("Kasvu- ja työllisyyspalvelut-yksikön toiminnalliset tavoitteet")).toBe(
      "Kasvu- ja työllisyyspalvelut",
    );
    expect(unitInTitle("Talousarvion toiminnallisten tavoitteiden toteutuminen")).toBeNull();
  });

  it("takes the name most rows of a Toimiala column give, as first written", () => {
    const col = [
      line("Tekninen toimiala", 3, 1),
      line("SIVISTYSTOIMIALA", 4, 1),
      line("sivistystoimiala", 5, 1),
    ];
    expect(departmentInColumn(col)).toMatchObject({
      name: "Sivistystoimiala",
      written: "SIVISTYSTOIMIALA",
      cell: at(4),
    });
    expect(departmentInColumn([])).toBeNull();
  });

  it("reads a department row whole (block layout) or as a title would (programme layout)", () => {
    expect(departmentInRow(line("ELINVOIMA- JA YMPÄRISTÖTOIMIALA"), "whole").name).toBe(
      "Elinvoima- ja ympäristötoimiala",
    );
    expect(departmentInRow(line("ELINVOIMA- JA YMPÄRISTÖTOIMIALA"), "named").name).toBe(
      "Elinvoima- ja ympäristötoimiala",
    );
    // Hyphenated words are whole words: both readings give "Vapaa-aikatoimiala" (the title pattern
    // once cut it to "Aikatoimiala", which this test expected; issue 13).
    expect(departmentInRow(line("Vapaa-aikatoimiala"), "whole").name).toBe("Vapaa-aikatoimiala");
    expect(departmentInRow(line("Vapaa-aikatoimiala"), "named").name).toBe("Vapaa-aikatoimiala");
    expect(departmentInRow(line("Toimiala: VAPAA-AIKATOIMIALA"), "named").name).toBe("Vapaa-aikatoimiala");
  });
});

describe("chooseDepartment", () => {
  const title = departmentInTitle(line("Talousarvion toteutuminen – KONSERNIPALVELUT", 1));
  const row = departmentInRow(line("Elinvoima- ja ympäristötoimiala", 7), "whole");
  const sheet = departmentOfSheet("Sivistys T2");
  const column = departmentInColumn([line("Tekninen toimiala", 5, 2)]);
  const file = departmentOfFile("vapaa-aikatoimiala-2023.xlsx");
  const unitOnly = departmentInTitle(
    line("Kasvu- ja työllisyyspalvelut-yksikön toiminnalliset tavoitteet", 1),
  );

  it("takes the most specific place: column, title, row, sheet name, file name", () => {
    expect(chooseDepartment([file, sheet, row, title, column])?.name).toBe("Tekninen toimiala");
    expect(chooseDepartment([file, sheet, row, title])?.name).toBe("Konsernipalvelut");
    expect(chooseDepartment([file, sheet, row])?.name).toBe("Elinvoima- ja ympäristötoimiala");
    expect(chooseDepartment([file, null, sheet])?.name).toBe("Sivistystoimiala");
    expect(chooseDepartment([file])?.name).toBe("Vapaa-aikatoimiala");
    expect(chooseDepartment([null, null])).toBeNull();
  });

  it("takes any place that names a department before a title that names only a unit", () => {
    expect(chooseDepartment([unitOnly, file])?.name).toBe("Vapaa-aikatoimiala");
    expect(chooseDepartment([unitOnly, sheet])?.name).toBe("Sivistystoimiala");
    expect(chooseDepartment([unitOnly])?.name).toBe("Kasvu- ja työllisyyspalvelut");
  });

  it("with a city's list, takes a listed name (or alias) before any name not on it", () => {
    const { list } = parseDepartmentList("Sivistystoimiala\nVapaa-aikatoimiala");
    expect(chooseDepartment([title, row, sheet, file], list)?.name).toBe("Sivistystoimiala");
    expect(bySpecificity([file, title, row, sheet], list).map((c) => c.source)).toEqual([
      "sheet",
      "file",
      "title",
      "row",
    ]);
    // With nothing on the list, the places decide as without one.
    expect(chooseDepartment([title, row], list)?.name).toBe("Konsernipalvelut");
  });

  it("within a source, takes the first written", () => {
    const later = departmentInTitle(line("Tekninen toimiala", 2));
    expect(chooseDepartment([later, title])?.cell).toEqual(at(2));
    expect(chooseDepartment([title, later])?.cell).toEqual(at(1));
  });
});

describe("sheetPeriod / sheetYear", () => {
  it("takes the selvitys headings' period first, then the title lines, then the sheet name", () => {
    expect(sheetPeriod("T2", { title: ["Toteutuminen 1.1.–30.9.2024"], sheet: "Sivistys T1" })).toEqual({
      period: "T2",
      periodSource: "selvitys",
    });
    expect(
      sheetPeriod(null, { title: ["Sivistystoimiala", "toteutuminen 1.1.–30.9.2024"], sheet: "T1" }),
    ).toEqual({
      period: "Q3",
      periodSource: "title",
    });
    expect(sheetPeriod(null, { title: ["Sivistystoimiala"], sheet: "Sivistys T1" })).toEqual({
      period: "T1",
      periodSource: "title",
    });
    expect(sheetPeriod(null, { title: [], sheet: "Taulukko1" })).toEqual({ period: null });
  });

  it("takes the content's year first, then a table's headers, the first title line with one, the sheet", () => {
    const where = {
      headers: ["Mittari", "Tavoitetaso 2026"],
      title: ["Tekninen", "Tavoitteet 2025"],
      sheet: "2024",
    };
    expect(sheetYear(2023, where)).toBe(2023);
    expect(sheetYear(null, where)).toBe(2026);
    expect(sheetYear(null, { ...where, headers: [] })).toBe(2025);
    expect(sheetYear(null, { title: ["Toimiala", "Vuosi 2022", "2021"], sheet: "2024" })).toBe(2022);
    expect(sheetYear(null, { title: [], sheet: "Tekninen 2024" })).toBe(2024);
    expect(sheetYear(null, { title: [], sheet: "Tekninen" })).toBeNull();
  });
});

describe("isPageFooter", () => {
  it("knows page numbers copied from print, in Finnish and English", () => {
    for (const t of ["Sivu 2/5", "sivu 2 (5)", "Sivu 3", "Page 3", "page 2 of 5", "s. 4", "2 / 5", "12/40"])
      expect([t, isPageFooter(t)]).toEqual([t, true]);
  });
  it("does not take text or values for one", () => {
    for (const t of ["Sivutoimipiste", "12/2023: 250 hlö/kk", "1-4/2025", "Sivu", "s. 4 kohdat", "50 %"])
      expect([t, isPageFooter(t)]).toEqual([t, false]);
  });
});

describe("sheetDepartment", () => {
  const unitTitle = line("Kasvu- ja työllisyyspalvelut-yksikön toiminnalliset tavoitteet", 1);
  const plainTitle = line("Toiminnalliset tavoitteet 2025", 1);
  const department = line("KONSERNIHALLINNON TOIMIALA", 2);

  it("lets a unit's own report name the department from its title, in any line or the first only", () => {
    expect(sheetDepartment({ sheet: "T1", title: [unitTitle] })?.name).toBe("Kasvu- ja työllisyyspalvelut");
    const lower = line("Kasvu- ja työllisyyspalvelut-yksikön toiminnalliset tavoitteet", 2);
    expect(sheetDepartment({ sheet: "T1", title: [plainTitle, lower] })?.name).toBe(
      "Kasvu- ja työllisyyspalvelut",
    );
    expect(
      sheetDepartment({ sheet: "T1", title: [plainTitle, lower], unitFromTitle: "first-line" }),
    ).toBeNull();
    expect(
      sheetDepartment({ sheet: "Sivistys T1", title: [plainTitle, lower], unitFromTitle: "first-line" })
        ?.source,
    ).toBe("sheet");
  });

  it("lists the candidates in precedence order and takes the first", () => {
    const sources = {
      sheet: "Sivistys T2",
      column: [line("Tekninen toimiala", 5, 2)],
      title: [plainTitle, department],
      row: { line: line("Elinvoima- ja ympäristötoimiala", 9), read: "whole" as const },
    };
    expect(departmentCandidates(sources).map((c) => [c.source, c.name])).toEqual([
      ["column", "Tekninen toimiala"],
      ["title", "Konsernihallinnon toimiala"],
      ["row", "Elinvoima- ja ympäristötoimiala"],
      ["sheet", "Sivistystoimiala"],
    ]);
    expect(sheetDepartment(sources)?.name).toBe("Tekninen toimiala");
    expect(sheetDepartment({ ...sources, column: [] })?.cell).toEqual(at(2));
  });
});

describe("settleDepartment: the workbook's file name and the city's list", () => {
  const report = (sheet: string, mentions: ReturnType<typeof departmentCandidates>) => ({
    sheet,
    layout: "block" as const,
    title: null,
    department: mentions[0]?.name ?? null,
    departmentMentions: mentions,
    period: null,
    year: null,
    focusAreas: [],
    financialGoals: [],
    hasActualColumn: false,
    ownStatusColumn: null,
    nearMisses: [],
    problems: [],
    looksLikeGoals: true,
  });

  it("adds the file name as the least specific place", () => {
    const plain = report("T2 2023", departmentCandidates({ sheet: "T2 2023" }));
    expect(settleDepartment(plain, { file: "Sivistystoimiala_2023.xlsx", list: null })).toMatchObject({
      department: "Sivistystoimiala",
      departmentMentions: [{ source: "file", written: "Sivistystoimiala_2023.xlsx" }],
    });
    const titled = report(
      "T2 2023",
      departmentCandidates({ sheet: "T2 2023", title: [line("Tekninen toimiala")] }),
    );
    expect(
      settleDepartment(titled, { file: "sivistys.xlsx", list: null }).departmentMentions?.map(
        (m) => m.source,
      ),
    ).toEqual(["title", "file"]);
  });

  it("spells every mention as the list does and lets a listed one win", () => {
    const { list } = parseDepartmentList("Sivistystoimiala\nSivari = Sivistystoimiala");
    const r = report(
      "Sivari T2",
      departmentCandidates({ sheet: "Sivari T2", title: [line("Tavoitteet 2024 – KULTTUURITOIMIALA")] }),
    );
    expect(r.department).toBe("Kulttuuritoimiala");
    const settled = settleDepartment(r, { file: null, list });
    expect(settled.department).toBe("Sivistystoimiala");
    expect(settled.departmentMentions?.map((m) => [m.source, m.name])).toEqual([
      ["sheet", "Sivistystoimiala"],
      ["title", "Kulttuuritoimiala"],
    ]);
  });

  it("keeps the department of a report without mentions, in its display spelling", () => {
    const built = { ...report("S", []), department: "SIVISTYSTOIMIALA" };
    delete (built as { departmentMentions?: unknown }).departmentMentions;
    expect(settleDepartment(built, { file: "tekninen.xlsx", list: null }).department).toBe(
      "Sivistystoimiala",
    );
  });
});

describe("departmentFromFileName", () => {
  it("reads a file name as a sheet name, with hyphens beside years and periods as spaces", () => {
    expect(departmentFromFileName("elinvoima-ja-ymparisto-2023-vuosi.xlsx")).toBe(
      "Elinvoima- ja ympäristötoimiala",
    );
    expect(departmentFromFileName("Konserni_Q3_2024.xlsx")).toBe("Konsernipalvelut");
    expect(departmentFromFileName("T2-2023.xlsx")).toBeNull();
  });
});
