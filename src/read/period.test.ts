import { PERIODS, reportedDates, selvitysHeading, type Period } from "../model/period";
import { gridOf } from "../../test/support/mess";
import { readBlock } from "./block";
import { periodOf, reportPeriod } from "./period";
import { SheetView } from "./sheet";
import { isSelvitysHeading } from "./vocabulary";

describe("periodOf", () => {
  it.each([
    ["Selvitys tavoitteen toteutumisesta (T1):", "T1", null],
    ["Selvitys toimenpiteen edistymisestä toisella vuosikolmanneksella (T2):", "T2", null],
    ["Selvitys toimenpiteen edistymisestä toisella vuosikolmanneksella:", "T2", null],
    ["Selvitys ensimmäisellä vuosikolmanneksella", "T1", null],
    ["Selvitys 3. tertiaali 2024", "T3", 2024],
    ["Selvitys toimenpiteen edistymisestä vuoden kolmannella neljänneksellä (Q3):", "Q3", null],
    ["Selvitys toisella vuosineljänneksellä", "Q2", null],
    ["Selvitys (Q1/2025)", "Q1", 2025],
    ["Selvitys Q4", "Q4", null],
    ["Selvitys H1/2024", "H1", 2024],
    ["Selvitys (H2)", "H2", null],
    ["Puolivuotisselvitys 2024", "H1", 2024],
    ["Selvitys toimenpiteen toteutumisesta vuonna 2023:", "year", 2023],
    ["Selvitys toimenpiteen toteutumisesta vuodelta 2023", "year", 2023],
    ["Selvitys", null, null],
  ])("%s → %s", (heading, period, year) => {
    expect(periodOf(heading)).toEqual({ period, year });
  });
  it("does not take words such as 'Tammikuu' or measure numbers for codes", () => {
    expect(periodOf("Selvitys tehty 12 kohteesta").period).toBeNull();
  });
});

describe("periodOf of a heading met again", () => {
  it("answers the same, and a change to one answer does not reach the next", () => {
    const heading = "Selvitys toimenpiteen toteutumisesta tammi–huhtikuussa 2025:";
    const first = periodOf(heading);
    expect(first).toEqual({ period: "T1", year: 2025 });
    first.period = "T3";
    expect(periodOf(heading)).toEqual({ period: "T1", year: 2025 });
  });
});

describe("reportPeriod", () => {
  it("takes the majority", () => {
    expect(
      reportPeriod([
        { period: "T2", year: null },
        { period: "T1", year: 2025 },
        { period: "T2", year: 2025 },
      ]),
    ).toEqual({ period: "T2", year: 2025 });
    expect(reportPeriod([])).toEqual({ period: null, year: null });
  });

  it("takes the newest period named: earlier periods' texts are kept above the new one", () => {
    const of = (...periods: (Period | null)[]) =>
      reportPeriod(periods.map((period) => ({ period, year: null })));
    expect(of("T1", "T2", "T1", "T2").period).toBe("T2");
    expect(of("T1", "T1", "T1", "T2").period).toBe("T2");
    expect(of("Q1", "Q3", "Q2", null).period).toBe("Q3");
    expect(of("H1", "year").period).toBe("year");
    // Periods that end in December: the one named most often.
    expect(of("year", "T3", "T3").period).toBe("T3");
    expect(of(null, null).period).toBeNull();
  });
});

describe("periodOf on spans of dates and months", () => {
  it.each([
    ["Selvitys 1.1.–30.4.2025", "T1", 2025],
    ["Selvitys tavoitteen toteutumisesta 1.1.-31.8.2024:", "T2", 2024],
    ["Toteutuminen 1.1.–30.9.2024", "Q3", 2024],
    ["Selvitys 1.1.–30.6.2025", "H1", 2025],
    ["Selvitys 1.1.–31.12.2023", "year", 2023],
    ["Selvitys 1.4.–30.6.2025", "Q2", 2025],
    ["Selvitys tavoitteen toteutumisesta 1-4/2025:", "T1", 2025],
    ["Selvitys 1–8/2025", "T2", 2025],
    ["Selvitys tammi–huhtikuu 2025", "T1", 2025],
    ["Selvitys tammikuu-elokuu 2025", "T2", 2025],
  ])("%s → %s", (heading, period, year) => {
    expect(periodOf(heading)).toEqual({ period, year });
  });

  it("does not take single dates or spans of years for a period", () => {
    expect(periodOf("Selvitys: hyväksytty 16.5.2023").period).toBeNull();
    expect(periodOf("Selvitys: vuosina 2023-2027 toteutetaan").period).toBeNull();
  });
});

describe("the headings the city writes (model/period.ts)", () => {
  it.each(PERIODS.map((p) => [p]))("reads %s's heading back as its period, as a selvitys heading", (p) => {
    const heading = selvitysHeading(p, 2025);
    expect(isSelvitysHeading(heading)).toEqual({ nearMiss: false });
    expect(periodOf(heading)).toEqual({ period: p, year: p === "year" ? 2025 : null });
    // With the dates a report of the period covers after it, as some sheets write them.
    expect(periodOf(`${heading.replace(/:$/, "")} ${reportedDates(p, 2025)}:`)).toEqual({
      period: p,
      year: 2025,
    });
  });

  it("reads a block sheet whose selvitys use the city's heading as a report of that period", () => {
    for (const p of PERIODS) {
      const grid = gridOf("Raportti", [
        ["PAINOPISTE", "Kasvava Pori"],
        ["TAVOITE", "Osaava työvoima"],
        ["TEKO", "Koulutus"],
        ["TOIMENPIDE", "Kurssit"],
        ["MITTARI", "Lähtötaso", "Tavoitetaso"],
        ["", "10", "20"],
        [selvitysHeading(p, 2024)],
        ["Kursseja järjestettiin."],
      ]);
      const report = readBlock(new SheetView(grid));
      expect([p, report.period, report.periodSource, report.year]).toEqual([
        p,
        p,
        "selvitys",
        p === "year" ? 2024 : null,
      ]);
    }
  });
});
