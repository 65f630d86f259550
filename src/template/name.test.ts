import { organisationFromTitle, departmentFromSheetName } from "../read/meta";
import { periodOf } from "../read/period";
import { yearIn } from "../text";
import { PERIODS } from "../model/period";
import { previousLabel, SHEET_NAME_LIMIT, templateSheetName, templateTitle } from "./name";
import { REFERENCE_LINE } from "../read/vocabulary";

describe("templateSheetName", () => {
  it("is '<Department> <period> <year>'", () => {
    expect(templateSheetName("Konsernipalvelut", "T2", 2025, [])).toBe("Konsernipalvelut T2 2025");
    expect(templateSheetName("Konsernipalvelut", "year", 2025, [])).toBe("Konsernipalvelut vuosi 2025");
    expect(templateSheetName(null, "Q3", 2025, [])).toBe("Tavoitteet Q3 2025");
  });

  it("shortens long department names sensibly, within 31 characters", () => {
    expect(templateSheetName("Elinvoima- ja ympäristötoimiala", "T2", 2026, [])).toBe(
      "Elinvoima- ja ympäristö T2 2026",
    );
    expect(templateSheetName("Elinvoima- ja ympäristötoimiala", "year", 2026, [])).toBe(
      "Elinvoima vuosi 2026",
    );
    expect(templateSheetName("Kasvu- ja työllisyyspalvelut", "T1", 2026, [])).toBe(
      "Kasvu- ja työllisyys T1 2026",
    );
    expect(templateSheetName("Konsernihallinnon toimiala", "year", 2018, [])).toBe(
      "Konsernihallinnon vuosi 2018",
    );
    const long = templateSheetName("Kaupunkiympäristön-ja-rakentamisenpalvelukokonaisuus", "H2", 2027, []);
    expect(long).toBe("Kaupunkiympäristön-ja-r H2 2027");
    for (const p of PERIODS)
      for (const d of [
        "Elinvoima- ja ympäristötoimiala",
        "Sivistys- ja hyvinvointipalvelujen toimiala",
        "X".repeat(80),
      ])
        expect(templateSheetName(d, p, 2026, []).length).toBeLessThanOrEqual(SHEET_NAME_LIMIT);
  });

  it("keeps the shortened name the department's own to the readers", () => {
    expect(departmentFromSheetName("Elinvoima vuosi 2026")).toBe("Elinvoima- ja ympäristötoimiala");
    expect(departmentFromSheetName("Konsernipalvelut T2 2025")).toBe("Konsernipalvelut");
  });

  it("takes no character Excel refuses in a sheet name, nor an apostrophe at either end", () => {
    expect(templateSheetName("'Tekninen: [ICT/Data]*?'", "T1", 2025, [])).toBe("Tekninen ICT Data T1 2025");
  });

  it("never takes an existing sheet's name (compared ignoring case)", () => {
    const taken = ["konsernipalvelut t2 2025", "Konsernipalvelut T2 2025 (2)"];
    expect(templateSheetName("Konsernipalvelut", "T2", 2025, taken)).toBe("Konsernipalvelut T2 2025 (3)");
    const long = ["Elinvoima- ja ympäristö T2 2026"];
    const next = templateSheetName("Elinvoima- ja ympäristötoimiala", "T2", 2026, long);
    expect(next).toBe("Elinvoima T2 2026 (2)");
  });
});

describe("templateTitle", () => {
  it("names the department, period and year the way the readers take them", () => {
    for (const department of [
      "Konsernipalvelut",
      "Elinvoima- ja ympäristötoimiala",
      "Kasvu- ja työllisyyspalvelut",
      "Konsernihallinnon toimiala",
    ])
      for (const period of PERIODS) {
        const title = templateTitle(department, period, 2026);
        expect(organisationFromTitle(title).department).toBe(department);
        expect(periodOf(title).period).toBe(period);
        expect(yearIn(title)).toBe(2026);
      }
    expect(templateTitle("Konsernipalvelut", "T2", 2026)).toBe(
      "Talousarvion 2026 toiminnalliset tavoitteet – T2 – Konsernipalvelut",
    );
    expect(templateTitle(null, "year", 2025)).toBe(
      "Talousarvion 2025 toiminnalliset tavoitteet – vuosiraportti",
    );
  });
});

describe("previousLabel", () => {
  it("labels the last report with its period, in words the readers keep out of the answer", () => {
    expect(previousLabel("selvitys", "T1", 2026)).toBe("Edellinen selvitys (T1 2026)");
    expect(previousLabel("raportointi", "year", 2025)).toBe("Edellinen raportointi (vuosi 2025)");
    expect(previousLabel("selvitys", null, null)).toBe("Edellinen selvitys");
    for (const label of [previousLabel("selvitys", "T1", 2026), previousLabel("raportointi", null, 2025)])
      expect(REFERENCE_LINE.test(`${label}: teksti`)).toBe(true);
  });
});
