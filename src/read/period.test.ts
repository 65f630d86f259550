import { periodOf, reportPeriod } from "./period";

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
