import type { Report, Selvitys } from "./report";
import {
  CYCLES,
  cycleOf,
  isPeriod,
  nextPeriod,
  periodInfo,
  periodOfMonths,
  PERIODS,
  reportedDates,
  selvitysHeading,
  usualHeading,
  type Period,
} from "./period";

describe("selvitysHeading", () => {
  // Character for character as in domain.md: the seeds' own headings (T1, T2, Q3, year) and the ones
  // written in their style (T3, Q1, Q2, Q4, H1, H2).
  it.each<[Period, string]>([
    ["T1", "Selvitys tavoitteen toteutumisesta (T1):"],
    ["T2", "Selvitys toimenpiteen edistymisestä toisella vuosikolmanneksella (T2):"],
    ["T3", "Selvitys toimenpiteen edistymisestä kolmannella vuosikolmanneksella (T3):"],
    ["Q1", "Selvitys toimenpiteen edistymisestä vuoden ensimmäisellä neljänneksellä (Q1):"],
    ["Q2", "Selvitys toimenpiteen edistymisestä vuoden toisella neljänneksellä (Q2):"],
    ["Q3", "Selvitys toimenpiteen edistymisestä vuoden kolmannella neljänneksellä (Q3):"],
    ["Q4", "Selvitys toimenpiteen edistymisestä vuoden neljännellä neljänneksellä (Q4):"],
    ["H1", "Selvitys toimenpiteen edistymisestä ensimmäisellä vuosipuoliskolla (H1):"],
    ["H2", "Selvitys toimenpiteen edistymisestä toisella vuosipuoliskolla (H2):"],
  ])("%s: %s", (period, heading) => {
    expect(selvitysHeading(period, 2025)).toBe(heading);
    // Only the year's heading names the year.
    expect(selvitysHeading(period, 2023)).toBe(heading);
  });

  it("names the year in the whole year's heading", () => {
    expect(selvitysHeading("year", 2023)).toBe("Selvitys toimenpiteen toteutumisesta vuonna 2023:");
    expect(selvitysHeading("year", 2026)).toBe("Selvitys toimenpiteen toteutumisesta vuonna 2026:");
  });

  it("writes plain spaces and letters only: no no-break spaces or typographic look-alikes", () => {
    for (const p of PERIODS)
      expect(selvitysHeading(p, 2025)).toMatch(/^Selvitys [\p{L} ]+(\([TQH][1-4]\)| \d{4}):$/u);
  });
});

describe("periodInfo", () => {
  it.each<[Period, string, string, string, string]>([
    ["T1", "1. vuosikolmannes (T1)", "First four-month period (T1)", "T1", "T1"],
    ["T2", "2. vuosikolmannes (T2)", "Second four-month period (T2)", "T2", "T2"],
    ["T3", "3. vuosikolmannes (T3)", "Third four-month period (T3)", "T3", "T3"],
    ["Q1", "1. neljännes (Q1)", "First quarter (Q1)", "Q1", "Q1"],
    ["Q2", "2. neljännes (Q2)", "Second quarter (Q2)", "Q2", "Q2"],
    ["Q3", "3. neljännes (Q3)", "Third quarter (Q3)", "Q3", "Q3"],
    ["Q4", "4. neljännes (Q4)", "Fourth quarter (Q4)", "Q4", "Q4"],
    ["H1", "1. vuosipuolisko (H1)", "First half-year (H1)", "H1", "H1"],
    ["H2", "2. vuosipuolisko (H2)", "Second half-year (H2)", "H2", "H2"],
    ["year", "Koko vuosi", "Whole year", "vuosi", "year"],
  ])("%s is '%s' / '%s', in a sentence '%s' / '%s'", (period, fi, en, shortFi, shortEn) => {
    const info = periodInfo(period);
    expect(info.period).toBe(period);
    expect(info.name).toEqual({ fi, en });
    expect(info.short).toEqual({ fi: shortFi, en: shortEn });
  });

  it.each<[Period, [number, number], [number, number], string]>([
    ["T1", [1, 4], [1, 4], "1.1.–30.4."],
    ["T2", [1, 8], [5, 8], "1.1.–31.8."],
    ["T3", [1, 12], [9, 12], "1.1.–31.12."],
    ["Q1", [1, 3], [1, 3], "1.1.–31.3."],
    ["Q2", [1, 6], [4, 6], "1.1.–30.6."],
    ["Q3", [1, 9], [7, 9], "1.1.–30.9."],
    ["Q4", [1, 12], [10, 12], "1.1.–31.12."],
    ["H1", [1, 6], [1, 6], "1.1.–30.6."],
    ["H2", [1, 12], [7, 12], "1.1.–31.12."],
    ["year", [1, 12], [1, 12], "1.1.–31.12."],
  ])("%s reports months %j (its own %j), %s", (period, months, own, dates) => {
    expect(periodInfo(period).months).toEqual({ from: months[0], to: months[1] });
    expect(periodInfo(period).ownMonths).toEqual({ from: own[0], to: own[1] });
    expect(reportedDates(period)).toBe(dates);
  });

  it("writes the year after the dates when given", () => {
    expect(reportedDates("T2", 2025)).toBe("1.1.–31.8.2025");
    expect(reportedDates("year", 2023)).toBe("1.1.–31.12.2023");
  });

  it("knows a period code from anything else", () => {
    for (const p of PERIODS) expect(isPeriod(p)).toBe(true);
    for (const x of ["t1", "T4", "Q5", "H3", "vuosi", "", null, 1]) expect(isPeriod(x)).toBe(false);
  });
});

describe("cycles", () => {
  it("has the city's three cycles, each ending with the year", () => {
    expect(CYCLES).toEqual({
      tertiaries: ["T1", "T2", "year"],
      quarters: ["Q1", "Q2", "Q3", "year"],
      "half-years": ["H1", "year"],
    });
    expect(PERIODS.map(cycleOf)).toEqual([
      "tertiaries",
      "tertiaries",
      "tertiaries",
      "quarters",
      "quarters",
      "quarters",
      "quarters",
      "half-years",
      "half-years",
      null,
    ]);
  });

  it("goes round each cycle, the year-end report followed by the first period of the next year", () => {
    const walk = (start: Period, cycle: keyof typeof CYCLES, steps: number): string[] => {
      const out: string[] = [];
      let at = { period: start, year: 2025 };
      for (let i = 0; i < steps; i++) {
        at = nextPeriod(at, cycle);
        out.push(`${at.period} ${at.year}`);
      }
      return out;
    };
    expect(walk("T1", "tertiaries", 4)).toEqual(["T2 2025", "year 2025", "T1 2026", "T2 2026"]);
    expect(walk("Q1", "quarters", 5)).toEqual(["Q2 2025", "Q3 2025", "year 2025", "Q1 2026", "Q2 2026"]);
    expect(walk("H1", "half-years", 3)).toEqual(["year 2025", "H1 2026", "year 2026"]);
  });

  it("after a period outside the cycle, takes the cycle's next one to end later", () => {
    expect(nextPeriod({ period: "T3", year: 2024 }, "tertiaries")).toEqual({ period: "T1", year: 2025 });
    expect(nextPeriod({ period: "Q4", year: 2024 }, "quarters")).toEqual({ period: "Q1", year: 2025 });
    expect(nextPeriod({ period: "H2", year: 2024 }, "half-years")).toEqual({ period: "H1", year: 2025 });
    expect(nextPeriod({ period: "Q2", year: 2025 }, "tertiaries")).toEqual({ period: "T2", year: 2025 });
    expect(nextPeriod({ period: "T2", year: 2025 }, "quarters")).toEqual({ period: "Q3", year: 2025 });
    expect(nextPeriod({ period: "year", year: 2025 }, "half-years")).toEqual({ period: "H1", year: 2026 });
  });
});

describe("periodOfMonths", () => {
  // The tables the heading reader used before the months moved here: the same answer for every span.
  const before = (from: number, to: number): Period | null => {
    if (from === 1) {
      const cumulative: Record<number, Period> = { 3: "Q1", 4: "T1", 6: "H1", 8: "T2", 9: "Q3", 12: "year" };
      return cumulative[to] ?? null;
    }
    const spans: Record<string, Period> = {
      "4-6": "Q2",
      "7-9": "Q3",
      "10-12": "Q4",
      "5-8": "T2",
      "9-12": "T3",
      "7-12": "H2",
    };
    return spans[`${from}-${to}`] ?? null;
  };

  it("names the same period as before for every span of months", () => {
    for (let from = 1; from <= 12; from++)
      for (let to = 1; to <= 12; to++)
        expect([from, to, periodOfMonths(from, to)]).toEqual([from, to, before(from, to)]);
  });

  it("reads spans from January as the city reports them, and periods' own months", () => {
    expect(periodOfMonths(1, 4)).toBe("T1");
    expect(periodOfMonths(1, 8)).toBe("T2");
    expect(periodOfMonths(5, 8)).toBe("T2");
    expect(periodOfMonths(1, 6)).toBe("H1");
    expect(periodOfMonths(1, 12)).toBe("year");
    expect(periodOfMonths(2, 5)).toBeNull();
  });

  it("gives back every period from its own months", () => {
    for (const p of PERIODS) {
      const { from, to } = periodInfo(p).ownMonths;
      expect(periodOfMonths(from, to)).toBe(p);
    }
  });
});

describe("usualHeading", () => {
  const cell = { sheet: "T2", row: 1, col: 1 };
  const sel = (heading: string, period: Period | null): Selvitys => ({
    heading,
    cell,
    period,
    year: null,
    text: "x",
    parts: [],
  });
  const reportOf = (headings: Selvitys[][]): Report => ({
    sheet: "T2",
    layout: "block",
    title: null,
    department: null,
    period: "T2",
    year: 2025,
    focusAreas: [
      {
        text: "Kasvava Pori",
        cell,
        kind: "painopiste",
        unit: null,
        goals: [
          {
            text: "Tavoite",
            cell,
            commitments: [
              {
                text: "Teko",
                cell,
                actions: headings.map((reports, i) => ({
                  text: `Toimenpide ${i}`,
                  cell,
                  measures: [],
                  reports,
                })),
              },
            ],
          },
        ],
      },
    ],
    financialGoals: [],
    hasActualColumn: false,
    ownStatusColumn: null,
    nearMisses: [],
    problems: [],
    looksLikeGoals: true,
  });

  it("takes the sheet's own wording for the period, the most used, the first on a tie", () => {
    const own = "Selvitys T2/2025:";
    const city = selvitysHeading("T2", 2025);
    const r = reportOf([[sel(city, "T2")], [sel(own, "T2")], [sel(own, "T2"), sel("Selvitys (T1):", "T1")]]);
    expect(usualHeading(r, "T2")).toBe(own);
    expect(usualHeading(r, "T1")).toBe("Selvitys (T1):");
    expect(usualHeading(reportOf([[sel(city, "T2")], [sel(own, "T2")]]), "T2")).toBe(city);
  });

  it("is null when no selvitys of the sheet names the period", () => {
    expect(usualHeading(reportOf([[sel("Selvitys", null)]]), "T2")).toBeNull();
    expect(usualHeading(reportOf([]), "year")).toBeNull();
  });
});
