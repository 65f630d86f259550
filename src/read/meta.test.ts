import {
  chooseDepartment,
  departmentCandidates,
  departmentFromSheetName,
  departmentInColumn,
  departmentInRow,
  departmentInTitle,
  departmentOfSheet,
  isDepartmentName,
  isPageFooter,
  organisationFromTitle,
  properCase,
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
    });
    expect(departmentOfSheet("Taulukko1")).toBeNull();
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
    // The two readings still differ where the title pattern cuts a compound name short: the next step
    // (exact department names) settles it here.
    expect(departmentInRow(line("Vapaa-aikatoimiala"), "whole").name).toBe("Vapaa-aikatoimiala");
    expect(departmentInRow(line("Vapaa-aikatoimiala"), "named").name).toBe("Aikatoimiala");
  });
});

describe("chooseDepartment", () => {
  const title = departmentInTitle(line("Talousarvion toteutuminen – KONSERNIPALVELUT", 1));
  const row = departmentInRow(line("Elinvoima- ja ympäristötoimiala", 7), "whole");
  const sheet = departmentOfSheet("Sivistys T2");
  const column = departmentInColumn([line("Tekninen toimiala", 5, 2)]);

  it("takes the most trusted source: column, title, row, sheet name", () => {
    expect(chooseDepartment([sheet, row, title, column])?.name).toBe("Tekninen toimiala");
    expect(chooseDepartment([sheet, row, title])?.name).toBe("Konsernipalvelut");
    expect(chooseDepartment([sheet, row])?.name).toBe("Elinvoima- ja ympäristötoimiala");
    expect(chooseDepartment([null, sheet])?.name).toBe("Sivistystoimiala");
    expect(chooseDepartment([null, null])).toBeNull();
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
