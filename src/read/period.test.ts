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
