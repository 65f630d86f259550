import { departmentFromSheetName, isDepartmentName, organisationFromTitle, properCase } from "./department";

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
