import fc from "fast-check";
import { formatNumber, formatQuantity, mainQuantity, parseQuantities } from "./quantity";

const main = (t: string) => {
  const q = mainQuantity(t);
  if (!q) throw new Error(`no quantity in ${t}`);
  return q;
};

describe("numbers the Finnish way", () => {
  it.each([
    ["10 900", 10900],
    ["10\u00a0900", 10900],
    ["10\u202f900", 10900],
    ["1 070 000", 1070000],
    ["259000", 259000],
    ["1,8", 1.8],
    ["-2,4", -2.4],
    ["−5", -5],
    ["+83", 83],
  ])("%s → %d", (text, value) => {
    expect(main(text).value).toBeCloseTo(value);
  });

  it("reads signs as written", () => {
    expect(main("+5 %").signed).toBe(true);
    expect(main("- 2,4 %")).toMatchObject({ value: -2.4, signed: true, isPercent: true });
    expect(main("5").signed).toBe(false);
  });
});

describe("units and scales", () => {
  it.each([
    ["23 %", 23, null, true],
    ["n. 38 pv", 38, "pv", false],
    ["1,8 M€", 1.8e6, "€", false],
    ["2,5 milj. €", 2.5e6, "€", false],
    ["300 000 €", 300000, "€", false],
    ["150 t€", 150000, "€", false],
    ["63 kpl", 63, "kpl", false],
    ["12/2023: 250 hlö/kk", 250, "hlö/kk", false],
    ["431 hlö", 431, "hlö", false],
    ["12 h", 12, "h", false],
    ["3,2 GWh", 3.2, "GWh", false],
    ["113 000 matkaa", 113000, "matkaa", false],
    ["Kasvu 228 000 yöpymisvrk:n", 228000, "yötä", false],
    ["NPS +83", 83, "NPS", false],
    ["5 hanketta", 5, "hanketta", false],
  ])("%s", (text, value, unit, isPercent) => {
    expect(main(text)).toMatchObject({ value, unit, isPercent });
  });

  // The unit rules run as one alternation: the first rule that matches still decides ("milj. €"
  // before "milj.", "t CO2" before "t", "htv" not "h").
  it.each([
    ["1,5 milj. €", [[1500000, "€", false, "1,5 milj. €"]]],
    ["1,5 milj. matkaa", [[1500000, "matkaa", false, "1,5 milj. matkaa"]]],
    ["5 t CO2", [[5, "t CO2", false, "5 t CO2"]]],
    ["5 t", [[5, "t", false, "5 t"]]],
    ["3 htv", [[3, "htv", false, "3 htv"]]],
    ["3 h", [[3, "h", false, "3 h"]]],
    ["10 %-yks.", [[10, null, true, "10 %"]]],
    ["2 vrk", [[2, "pv", false, "2 vrk"]]],
    ["12 000 hlö/kk", [[12000, "hlö/kk", false, "12 000 hlö/kk"]]],
    ["4 kWh", [[4, "kWh", false, "4 kWh"]]],
    ["30 min", [[30, "min", false, "30 min"]]],
    ["2 M€", [[2000000, "€", false, "2 M€"]]],
    ["7 keur", [[7000, "€", false, "7 keur"]]],
    ["2 mrd. €", [[2000000000, "€", false, "2 mrd. €"]]],
    ["5 hanketta", [[5, "hanketta", false, "5 hanketta"]]],
    ["3 vuotta", [[3, "v", false, "3 vuotta"]]],
    ["2kpl/v", [[2, "kpl/v", false, "2kpl/v"]]],
    ["1 M€:lla", [[1000000, "€", false, "1 M€:lla"]]],
    ["2020 kpl", [[2020, "kpl", false, "2020 kpl"]]],
    ["2020 tonnia", []],
    ["12 m²", [[12, "m²", false, "12 m²"]]],
    ["8 yötä", [[8, "yötä", false, "8 yötä"]]],
    ["40 asiakasta", [[40, "asiakasta", false, "40 asiakasta"]]],
    ["9 euroa/asukas", [[9, "€/asukas", false, "9 euroa/asukas"]]],
    ["3,5 %:ia", [[3.5, null, true, "3,5 %:ia"]]],
    ["1 200 €", [[1200, "€", false, "1 200 €"]]],
    ["6 tuntiin", [[6, "h", false, "6 tuntiin"]]],
    ["2 v.", [[2, null, false, "2"]]],
    ["2 vko", [[2, "vko", false, "2 vko"]]],
  ])("reads the unit of %j by the first rule that matches", (text, expected) => {
    expect(parseQuantities(text).map((q) => [q.value, q.unit, q.isPercent, q.text])).toEqual(expected);
  });
});

describe("approximations, comparisons and ranges", () => {
  it("marks n., noin and lähes as approximate", () => {
    expect(main("n. 38 pv").approx).toBe(true);
    expect(main("noin 46 000 matkaa").approx).toBe(true);
    expect(main("lähes 157 000 euroa").approx).toBe(true);
    expect(main("38 pv").approx).toBe(false);
  });

  it.each([
    ["> 0", ">"],
    ["NPS>0", ">"],
    ["≥ 95 %", ">="],
    [">= 10", ">="],
    ["< 5", "<"],
    ["≤ 20 pv", "<="],
    ["vähintään 10 kpl", ">="],
    ["enintään 20 pv", "<="],
    ["yli 430 henkilöä", ">"],
    ["alle 10 pv", "<"],
  ])("%s has comparator %s", (text, cmp) => {
    expect(main(text).comparator).toBe(cmp);
  });

  it("reads ranges with a hyphen or an en dash", () => {
    expect(main("2-3").range).toEqual({ low: 2, high: 3 });
    expect(main("2–3 kpl")).toMatchObject({ value: 2, range: { low: 2, high: 3 }, unit: "kpl" });
  });
});

describe("dates and periods are context", () => {
  it.each([
    "12/2023",
    "1-7/2023",
    "H1/2023",
    "Q2/2023",
    "26.6.2023",
    "2/24",
    "T1/2026",
    "Käytössä H1/2023",
    "Käynnistys Q1/2023, valmistuminen Q2/2023",
    "Käynnistyy 2/24",
    "Hyväksytty KH:ssa 26.6.2023",
    "vuosina 2023-2027",
    "v. 2019",
    "(2022)",
    "Mittari 2.",
  ])("%s has no quantity", (text) => {
    expect(parseQuantities(text)).toEqual([]);
  });

  it("keeps the value next to a period and remembers its year", () => {
    expect(main("35 % (1-7/2023)")).toMatchObject({ value: 35, isPercent: true, year: 2023 });
    expect(main("Työttömänä 37 % (1-7/2022)")).toMatchObject({ value: 37, year: 2022 });
    expect(main("Te-tilasto 12/2021 431 hlö/kk")).toMatchObject({ value: 431, unit: "hlö/kk" });
    expect(main("12/2023: 250 hlö/kk")).toMatchObject({ year: 2023, yearLabelled: true });
    expect(main("150 kpl/tammi-kesäkuussa 2023")).toMatchObject({ value: 150, unit: "kpl" });
    expect(main("2019 ja 2021 yöpymisvrk:t 221 000").value).toBe(221000);
    expect(main("Lähestyä v. 2019 tasoa, 10000").value).toBe(10000);
    expect(main("1.1.-30.4: NPS +83.")).toMatchObject({ value: 83, unit: "NPS" });
    // A comparator word or a verb between "NPS" and the score: still the score, not a change of it.
    expect(main("NPS vähintään +45")).toMatchObject({ value: 45, unit: "NPS", comparator: ">=" });
    expect(main("Kyselyn NPS oli +52.")).toMatchObject({ value: 52, unit: "NPS" });
    expect(main("NPS yli 0")).toMatchObject({ value: 0, unit: "NPS", comparator: ">" });
  });

  it("skips list numbers and ordinals", () => {
    expect(main("1. Porissa n. 40 pv, Topten n. 60 pv.").value).toBe(40);
    expect(parseQuantities("1. Porissa n. 40 pv, Topten n. 60 pv.").map((q) => q.value)).toEqual([40, 60]);
    expect(main("kokous 24. marraskuuta, 5 kpl").value).toBe(5);
  });

  it("reads a cell that is only a number, even a year-like one", () => {
    expect(main("2023").value).toBe(2023);
  });
});

describe("several values in one cell", () => {
  it("takes the latest year of year: value pairs", () => {
    const qs = parseQuantities("2019: 11200 2021: 5000 2022: 10 900");
    expect(qs.map((q) => [q.year, q.value])).toEqual([
      [2019, 11200],
      [2021, 5000],
      [2022, 10900],
    ]);
    expect(main("2019: 11200 2021: 5000 2022: 10 900")).toMatchObject({ value: 10900, year: 2022 });
  });

  it("keeps a parenthesised change as an extra of the main value", () => {
    const q = main("119 000 (+5 %)");
    expect(q.value).toBe(119000);
    expect(q.extras).toHaveLength(1);
    expect(q.extras[0]).toMatchObject({ value: 5, isPercent: true, signed: true, inParens: true });
    expect(main("272 000 (+ 5 %)").extras[0].value).toBe(5);
  });

  it("keeps a share in parentheses beside a count", () => {
    const q = main("130 kpl (52 % kaikista palkkatukipäätöksistä) tammi-kesäkuun aikana (2022)");
    expect(q).toMatchObject({ value: 130, unit: "kpl", year: 2022 });
    expect(q.extras[0]).toMatchObject({ value: 52, isPercent: true });
  });

  it("falls back to a parenthesised value when nothing else is there", () => {
    expect(main("Vuoden 2022 luku (0)").value).toBe(0);
  });

  it("reads 'by' amounts as deltas", () => {
    expect(main("Kuntaosuus vähenee 1 M€:lla")).toMatchObject({ value: 1e6, unit: "€", delta: true });
  });
});

describe("formatting", () => {
  it.each([
    [10900, "10 900"],
    [1070000, "1 070 000"],
    [1.8, "1,8"],
    [-2.45, "-2,45"],
    [1250, "1 250"],
    [2021, "2 021"],
    [0, "0"],
  ])("%d → %s", (n, s) => {
    expect(formatNumber(n)).toBe(s);
  });

  it("formats quantities with units", () => {
    expect(formatQuantity({ value: 24, unit: "pv", isPercent: false })).toBe("24 pv");
    expect(formatQuantity({ value: 35, unit: null, isPercent: true })).toBe("35 %");
    expect(formatQuantity({ value: 1.8e6, unit: "€", isPercent: false })).toBe("1,8 M€");
  });

  it("keeps the decimals written in the cell", () => {
    const shown = (t: string) => formatQuantity(mainQuantity(t)!);
    expect(shown("3,0")).toBe("3,0");
    expect(shown("≥ 4,0")).toBe("4,0");
    expect(shown("12,50 %")).toBe("12,50 %");
    expect(shown("3,25 milj.")).toBe("3,25 milj.");
    expect(shown("4,2")).toBe("4,2");
    expect(formatQuantity({ value: 296.4, unit: null, isPercent: false })).toBe("296,4");
  });

  it("prints a number written as a year as written, never '2 025'", () => {
    expect(formatQuantity(mainQuantity("2025")!)).toBe("2025");
    expect(formatQuantity({ value: 2025, unit: null, isPercent: false, text: "2025" })).toBe("2025");
    // Amounts keep their thousands space: written with one, with a unit, or computed.
    expect(formatQuantity(mainQuantity("2 025")!)).toBe("2 025");
    expect(formatQuantity(mainQuantity("2000 kpl")!)).toBe("2 000 kpl");
    expect(formatQuantity({ value: 2025, unit: null, isPercent: false })).toBe("2 025");
  });

  it("keeps a unit per something, and reads 'vk' as weeks", () => {
    expect(mainQuantity("17,4 pv/htv")).toMatchObject({ value: 17.4, unit: "pv/htv" });
    expect(mainQuantity("2,1 pv/opettaja")).toMatchObject({ value: 2.1, unit: "pv/opettaja" });
    expect(mainQuantity("9 km/v")).toMatchObject({ value: 9, unit: "km/v" });
    expect(mainQuantity("4 vk")).toMatchObject({ value: 4, unit: "vko" });
    // A period after the slash is context.
    expect(mainQuantity("150 kpl/tammi-kesäkuussa 2023")).toMatchObject({ value: 150, unit: "kpl" });
    expect(mainQuantity("120 kpl/vuodessa")).toMatchObject({ value: 120, unit: "kpl" });
    // Scales and percents take no "per": "1,2 M€/v" is still euros.
    expect(mainQuantity("1,2 M€/v")).toMatchObject({ value: 1.2e6, unit: "€" });
  });
});

describe("properties", () => {
  it("never throws, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        expect(Array.isArray(parseQuantities(s))).toBe(true);
        mainQuantity(s);
      }),
      { numRuns: 2000 },
    );
  });

  it("never throws on text made of the parser's own pieces", () => {
    const piece = fc.constantFrom(
      "1",
      "10 900",
      "2019:",
      "12/2023",
      "(",
      ")",
      "+",
      "-",
      "–",
      "%",
      "n.",
      "M€",
      " ",
      "\u00a0",
      ",",
      ".",
      "pv",
      "kpl",
      "hlö/kk",
      "Q2/2023",
      "H1",
      "yli",
      "≥",
      ":lla",
      "2-3",
      "NPS",
      "0",
      "26.6.2023",
      "\n",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const qs = parseQuantities(parts.join(""));
        for (const q of qs) expect(Number.isFinite(q.value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads back any number it formats", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -9_999_999, max: 9_999_999 }),
        fc.integer({ min: 0, max: 99 }),
        (i, d) => {
          if (i >= 1900 && i <= 2099) return;
          const n = i + (Math.sign(i || 1) * d) / 100;
          const text = formatNumber(n) + " pv";
          expect(main(text).value).toBeCloseTo(n, 6);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe("parseQuantities remembers short texts without sharing its lists", () => {
  it("a caller replacing an item (as harmonisePercent does) does not change the next caller's list", () => {
    const first = parseQuantities("Tavoite 90 (2025)");
    expect(first.map((q) => q.value)).toEqual([90]);
    first[0] = { ...first[0], isPercent: true };
    first.push({ ...first[0], value: 1 });
    const again = parseQuantities("Tavoite 90 (2025)");
    expect(again).toHaveLength(1);
    expect(again[0].isPercent).toBe(false);
  });

  it("the quantities handed out are frozen: a change to one throws instead of reaching another caller", () => {
    const [q] = parseQuantities("12 kpl");
    expect(() => {
      (q as { value: number }).value = 13;
    }).toThrow(TypeError);
    expect(parseQuantities("12 kpl")[0].value).toBe(12);
  });

  it("a text without a digit has no quantity", () => {
    expect(parseQuantities("Toteutunut, noin puolet")).toEqual([]);
  });
});
