import fc from "fast-check";
import type { Measure, Report, Status } from "../model";
import { assessMeasure, assessReport, assessWorkbook, numericStatus, ownStatusOf } from ".";
import { formatNumber } from "./quantity";
import { judgedMeasure } from "../../test/support/measures";

const SHEET = "Toteutuminen 2023";
const cell = (row: number, col: number) => ({ sheet: SHEET, row, col });

const measure = (baseline: string | null, target: string | null, actual: string | null, own?: string) =>
  judgedMeasure(SHEET, "Mittari", baseline, target, actual, own);

const ctx = { sheet: SHEET, ownStatusColumn: null, hasActualColumn: true };
const judge = (b: string | null, t: string | null, a: string | null, own?: string) =>
  assessMeasure(measure(b, t, a, own), ctx);
const status = (b: string | null, t: string | null, a: string | null): Status => judge(b, t, a).status;

describe("own status", () => {
  it.each([
    ["Toteutunut", "achieved"],
    ["toteutui", "achieved"],
    ["OK", "achieved"],
    ["Kyllä", "achieved"],
    ["vihreä", "achieved"],
    ["Osittain toteutunut", "partial"],
    ["osittain", "partial"],
    ["Keltainen", "partial"],
    ["Ei toteutunut", "not-achieved"],
    ["ei", "not-achieved"],
    ["Punainen", "not-achieved"],
    ["Ei arvioitavissa", "not-assessable"],
    ["Osittain toteutunt", "partial"],
    ["Toteutunut.", "achieved"],
    ["Toteutunut (myöhässä)", "achieved"],
    ["🟢", "achieved"],
  ])("%s → %s", (text, s) => {
    expect(ownStatusOf(text)).toBe(s);
  });

  it.each(["", "   ", "Hyvin menee", "Katso selvitys", "12"])("%j is not on the scale", (text) => {
    expect(ownStatusOf(text)).toBeNull();
  });

  it("wins over the computed status and says it was the person's", () => {
    const a = assessMeasure(measure("26 pv", "20 pv", "24 pv", "Toteutunut"), {
      ...ctx,
      ownStatusColumn: "Tila",
    });
    expect(a.status).toBe("achieved");
    expect(a.source).toBe("own");
    expect(a.reason.fi).toContain("oma arvio");
    expect(a.reason.fi).toContain("Tila");
    expect(a.reason.en).toContain("own");
  });

  it("is noted but not used when it is off the scale", () => {
    const a = judge("26 pv", "20 pv", "24 pv", "Hyvin menee");
    expect(a.status).toBe("partial");
    expect(a.source).toBe("computed");
    expect(a.reason.fi).toContain('"Hyvin menee" ei ole asteikolla');
  });
});

describe("not assessable", () => {
  it("has no actual yet", () => {
    for (const actual of [null, "", "  ", "-"]) {
      const a = judge("26 pv", "20 pv", actual);
      expect(a.status).toBe("not-assessable");
      expect(a.reason.fi).toBe("Toteumaa ei ole kirjattu.");
    }
  });

  it("says so for period reports without an actual column", () => {
    const a = assessMeasure(measure("23 %", "30 %", null), { ...ctx, hasActualColumn: false });
    expect(a.status).toBe("not-assessable");
    expect(a.reason.fi).toContain("toteumasaraketta");
  });

  it("cannot judge text that says nothing about the state", () => {
    const a = judge("Puhelinpalaute", "Palautejärjestelmä käytössä", "Asiasta keskusteltu johtoryhmässä");
    expect(a.status).toBe("not-assessable");
    expect(a.reason.fi).toContain("ei voi päätellä");
  });

  it("cannot compare a percent target with a count", () => {
    expect(status("23 %", "30 %", "45 kpl")).toBe("not-assessable");
  });

  it("has no target", () => {
    expect(status("5", null, "7")).toBe("not-assessable");
  });
});

describe("numbers", () => {
  it("reads the direction from baseline and target", () => {
    expect(status("26 pv", "20 pv", "24 pv")).toBe("partial");
    expect(status("26 pv", "20 pv", "19 pv")).toBe("achieved");
    expect(status("26 pv", "20 pv", "28 pv")).toBe("not-achieved");
    expect(status("26 pv", "20 pv", "26 pv")).toBe("not-achieved");
    expect(status("23 %", "30 %", "30 %")).toBe("achieved");
    expect(status("23 %", "30 %", "16 %")).toBe("not-achieved");
  });

  it("writes a reason a controller can check", () => {
    expect(judge("26 pv", "20 pv", "24 pv").reason).toEqual({
      fi: "Toteuma 24 pv, tavoite 20 pv, lähtötaso 26 pv: edennyt tavoitetta kohti (33 %; asteikko: Pori)",
      en: "Actual 24 pv, target 20 pv, baseline 26 pv: moved towards the target (33 %; scale: Pori)",
    });
    expect(judge("1 070 000", "1 200 000", "1 490 000,5").reason.fi).toBe(
      "Toteuma 1 490 000,5, tavoite 1 200 000, lähtötaso 1 070 000: tavoite saavutettu (asteikko: Pori)",
    );
    expect(judge("130 kpl", "150 kpl", "63 kpl").reason.fi).toContain("muuttunut poispäin tavoitteesta");
  });

  it("reads a score target written with a comparator word as the score, not a change", () => {
    expect(status("NPS +41", "NPS vähintään +45", "NPS +52")).toBe("achieved");
    expect(status("NPS +41", "NPS vähintään +45", "NPS +43")).toBe("partial");
  });

  it("compares like with like when the actual has a count and a share", () => {
    expect(status("130 kpl (52 %)", "150 kpl", "160 kpl (48 %)")).toBe("achieved");
    expect(status("52 %", "60 %", "63 kpl (61 %)")).toBe("achieved");
  });

  it("reads money in millions", () => {
    expect(status("1,8 M€", "2,0 M€", "2,2 M€")).toBe("achieved");
    expect(status("1 800 000 €", "2 M€", "1,9 milj. €")).toBe("partial");
  });

  it("uses the lower end of a range as the bar to reach", () => {
    expect(status("0", "2-3", "2")).toBe("achieved");
    expect(status("0", "2-3", "1")).toBe("partial");
  });

  it("honours comparisons in the target", () => {
    expect(status("0", "> 0", "0")).toBe("not-achieved");
    expect(status("0", "> 0", "3")).toBe("achieved");
    expect(status("12 pv", "enintään 10 pv", "10 pv")).toBe("achieved");
    expect(status("12 pv", "alle 10 pv", "10 pv")).toBe("partial");
  });

  it("does without a baseline", () => {
    expect(status(null, "50", "50")).toBe("achieved");
    expect(status(null, "50", "19 kpl")).toBe("partial");
  });
});

describe("relative targets", () => {
  it.each([
    ["Te-tilasto 12/2021 431 hlö/kk", "Vähintään sama", "12/2023: 250 hlö/kk", "not-achieved"],
    ["431 hlö/kk", "Vähintään sama", "431 hlö/kk", "achieved"],
    ["431 hlö/kk", "Vähintään sama taso", "500 hlö/kk", "achieved"],
    ["Vuoden 2022 luku (0)", "Määrän kasvu", "5 kpl", "achieved"],
    ["10", "Kasvu", "10", "not-achieved"],
    ["10", "Kasvu", "12", "achieved"],
    ["10", "Määrä kasvaa", "8", "not-achieved"],
    ["200 pv", "Vähenee 3 %", "193 pv", "achieved"],
    ["200 pv", "Vähenee 3 %", "195 pv", "partial"],
    ["200", "+3 %", "206", "achieved"],
    ["200", "+3 %", "203", "partial"],
    ["1 000 000 €", "Vähenee 100 000 €:lla", "880 000 €", "achieved"],
    ["KEHAN mittarin käyttöön saaminen", "Positiivinen NPS", "NPS +83", "achieved"],
    ["KEHAN mittarin käyttöön saaminen", "Positiivinen NPS", "NPS -5", "not-achieved"],
    ["Asiakastyytyväisyysjärjestelmä pilotoinnissa.", "Asiakastyytyväisyys: NPS>0", "NPS +12", "achieved"],
    ["0", "> 0", "4 julkaisua", "achieved"],
    [
      "2019: 11200 2021: 5000 2022: 10 900",
      "Lähestyä v. 2019 tasoa, 10000",
      "Yöpymisluvut 11 952",
      "achieved",
    ],
    ["2019: 11200 2021: 5000 2022: 10 900", "Lähestyä v. 2019 tasoa, 10000", "9 500", "not-achieved"],
    ["2019 ja 2021 yöpymisvrk:t 221 000", "Kasvu 228 000 yöpymisvrk:n", "225 000", "partial"],
    ["113 000 matkaa", "119 000 (+5 %)", "135 000 (+13 %)", "achieved"],
    ["Työttömänä 37 % (1-7/2022)", "27 % (1-7/2023)", "35 % (1-7/2023)", "partial"],
    ["Työttömänä 37 % (1-7/2022)", "27 % (1-7/2023)", "38 %", "not-achieved"],
  ])("%s | %s | %s → %s", (b, t, a, s) => {
    expect(status(b, t, a)).toBe(s);
  });

  it("explains a relative target", () => {
    expect(judge("431 hlö/kk", "Vähintään sama", "250 hlö/kk").reason.fi).toBe(
      "Toteuma 250 hlö/kk, tavoite vähintään lähtötaso 431 hlö/kk: muuttunut poispäin tavoitteesta (asteikko: Pori)",
    );
    expect(judge("200", "+3 %", "203").reason.fi).toBe(
      "Toteuma 203, tavoite 206 (lähtötaso 200 +3 %): edennyt tavoitetta kohti (50 %; asteikko: Pori)",
    );
  });
});

describe("words", () => {
  it.each([
    ["Suunnittelu on kesken", "Suunnitelma on hyväksytty", "Suunnitelma on hyväksytty", "achieved"],
    ["Vireillä", "Suunnitelma valmis", "Toteutunut", "achieved"],
    ["Tarve tunnistettu", "Käynnistys Q1/2023, valmistuminen Q2/2023", "Käynnistynyt", "partial"],
    ["Ei käytössä", "Käytössä H1/2023", "Ei käytössä", "not-achieved"],
    ["Ei olemassa", "Valmis ja käytössä", "Luonnosvaihe kommenttikierroksella", "partial"],
    ["Suunnitteilla", "Käytössä", "Suunnitteilla", "not-achieved"],
    ["Suunnitteilla", "Käytössä", "Hanke keskeytetty", "not-achieved"],
    ["Aloittamatta", "Käynnissä", "Käynnistetty syyskuussa", "achieved"],
    ["Aloittamatta", "Malli sovittu", "Aloittamatta", "not-achieved"],
    ["Puhelinpalaute", "Palautejärjestelmä käytössä", "Palautejärjestelmä on testivaiheessa", "partial"],
    ["Ei olemassa", "Mittaristo hyväksytty ja julkaistu", "Mittaristo hyväksytty ja julkaistu.", "achieved"],
    ["", "Strategia valmis", "Strategia ei ole vielä valmis", "partial"],
    ["", "Uusi toimintamalli", "Uusi toimintamalli", "achieved"],
  ])("%s | %s | %s → %s", (b, t, a, s) => {
    expect(status(b, t, a)).toBe(s);
  });

  it("downgrades a reached count when the words say it is unfinished", () => {
    const a = judge("0", "1 uusi + 1 vireille", "1 on lähes valmis, 1 tulossa päätösvaiheeseen");
    expect(a.status).toBe("partial");
    expect(a.reason.fi).toContain("lähes valmis");
  });

  it("strips column labels written into the cells", () => {
    expect(
      status("Lähtötaso Suunnitteluvaihe", "Tavoitetaso Toteutunut", "Toteuma Ei erillistä sopimusta."),
    ).toBe("not-achieved");
  });
});

describe("numeric judgements agree with the plain formula", () => {
  /** The rule of domain.md written out plainly. */
  function formula(b: number, t: number, a: number): Status {
    const up = t > b;
    if (up ? a >= t : a <= t) return "achieved";
    if (up ? a > b : a < b) return "partial";
    return "not-achieved";
  }

  /** Finnish format with a given thousands separator: space, no-break space or narrow no-break space. */
  const finnish = (n: number, sep: string) => formatNumber(n).replace(/ /g, sep);

  it("for counts, percentages and amounts written the Finnish way", () => {
    const value = fc.integer({ min: 0, max: 5_000_000 }).map((n) => n / 100);
    const unit = fc.constantFrom("", " pv", " kpl", " %", " €", " hlö/kk");
    fc.assert(
      fc.property(value, value, value, unit, fc.boolean(), (b, t, a, u, approx) => {
        fc.pre(b !== t);
        for (const n of [b, t, a]) fc.pre(!(Number.isInteger(n) && n >= 1900 && n <= 2099 && u === ""));
        const result = assessMeasure(
          measure(
            finnish(b, " ") + u,
            finnish(t, "\u00a0") + u,
            (approx ? "n. " : "") + finnish(a, "\u202f") + u,
          ),
          ctx,
        );
        expect(result.status).toBe(formula(b, t, a));
        expect(result.source).toBe("computed");
      }),
      { numRuns: 3000 },
    );
  });

  it("numericStatus is that formula, with progress between 0 and 1 when partial", () => {
    const num = fc.integer({ min: -100_000_000, max: 100_000_000 }).map((n) => n / 100);
    fc.assert(
      fc.property(num, num, num, (b, t, a) => {
        fc.pre(b !== t);
        const r = numericStatus(b, t, a, t > b ? "up" : "down");
        expect(r.status).toBe(formula(b, t, a));
        if (r.status === "partial") {
          expect(r.progress).toBeGreaterThan(0);
          expect(r.progress).toBeLessThan(1);
        }
      }),
    );
  });
});

describe("reports", () => {
  const report = (m: Measure[], own: string | null = null): Report => ({
    sheet: SHEET,
    layout: "block",
    title: null,
    department: null,
    period: "year",
    year: 2023,
    focusAreas: [
      {
        kind: "painopiste",
        unit: null,
        text: "Kasvava Pori",
        cell: cell(5, 2),
        goals: [
          {
            text: "Tavoite",
            cell: cell(6, 2),
            commitments: [
              {
                text: "Teko",
                cell: cell(7, 2),
                actions: [{ text: "Toimenpide", cell: cell(8, 2), measures: m, reports: [] }],
              },
            ],
          },
        ],
      },
    ],
    financialGoals: [],
    hasActualColumn: true,
    ownStatusColumn: own,
    nearMisses: [],
    problems: [],
    looksLikeGoals: true,
  });

  it("assesses every measure in sheet order with its cell", () => {
    const m1 = measure("26 pv", "20 pv", "24 pv");
    const m2 = { ...measure("5", "7", "9"), cell: cell(20, 2), index: 2 };
    const m3 = { ...measure("5", "7", "4", "Osittain toteutunut"), cell: cell(30, 2), index: 3 };
    const out = assessReport(report([m1, m2, m3], "Arvio"));
    expect(out.map((a) => [a.cell.row, a.status, a.source])).toEqual([
      [10, "partial", "computed"],
      [20, "achieved", "computed"],
      [30, "partial", "own"],
    ]);
    expect(out[2].reason.fi).toContain("(Arvio)");
    expect(out.every((a) => a.sheet === SHEET)).toBe(true);
    expect(assessWorkbook({ name: "x.xlsx", sheets: [report([m1]), report([m2])] })).toHaveLength(2);
  });
});

describe("direction from what the measure counts", () => {
  const st = (measureText: string, b: string | null, t: string, a: string) =>
    assessMeasure({ ...measure(b, t, a), text: measureText }, ctx).status;

  it("reads lower as better for times, queues, costs and emissions when the numbers do not say", () => {
    expect(st("Jonotusaika", "2 vko", "2 vko", "3 vko")).toBe("not-achieved");
    expect(st("Jonotusaika", "2 vko", "2 vko", "1 vko")).toBe("achieved");
    expect(st("Henkilöstökulut", null, "18,5 M€", "18,9 M€")).toBe("not-achieved");
    expect(st("Hätäkeskuksen vasteaika", null, "8 min", "7,5 min")).toBe("achieved");
  });

  it("keeps higher as better for savings, opening hours and the unmarked", () => {
    expect(st("Kustannussäästöt", null, "500 000 €", "450 000 €")).toBe("partial");
    expect(st("Kirjaston aukioloajat", "60 h", "60 h", "58 h")).toBe("not-achieved");
    expect(st("Kävijämäärä", "2 vko", "2 vko", "3 vko")).toBe("achieved");
  });

  it("lets the baseline and target decide over the measure's words", () => {
    expect(st("Energiankulutus", "90 GWh", "95 GWh", "96 GWh")).toBe("achieved");
  });

  it("reads 'Vähintään sama' as at least even for a cost", () => {
    expect(st("Investointimenot", "2,0 M€", "Vähintään sama", "2,2 M€")).toBe("achieved");
    expect(st("Ylläpitokustannukset", "2,4 M€", "vuoden 2022 tasolla", "2,6 M€")).toBe("not-achieved");
    expect(st("Lainaukset", "1 050 000", "vuoden 2022 tasolla", "1 062 000")).toBe("achieved");
  });
});

describe("actuals that give only a trend", () => {
  it.each([
    ["120", "Vähenee", "Laski 8 %", "achieved"],
    ["120", "Vähenee", "Nousi 3 %", "not-achieved"],
    ["200 kpl", "250 kpl", "Kasvoi 10 %", "partial"],
    ["45", "Kasvu", "Nousi", "achieved"],
    ["20 h", "25 h", "Laski", "not-achieved"],
    ["20 h", "25 h", "Nousi", "partial"],
    ["210", "180", "Ennallaan", "not-achieved"],
    ["3,8", "Pysyy ennallaan", "Ennallaan", "achieved"],
    ["Selvitys", "Toimitila käytössä", "Ennallaan", "not-achieved"],
  ])("%s | %s | %s → %s", (b, t, a, s) => {
    expect(status(b, t, a)).toBe(s);
  });

  it("shows the value the change gives", () => {
    expect(judge("120", "Vähenee", "Laski 8 %").reason.fi).toBe(
      'Toteuma "Laski 8 %" (≈ 110,4), tavoite lasku lähtötasosta 120: tavoite saavutettu (asteikko: Pori)',
    );
  });
});

describe("results still to come", () => {
  it.each([
    "Kysely toteutetaan 2024",
    "Tulokset valmistuvat keväällä 2024",
    "Ei tietoa",
    "Tieto ei ole vielä saatavilla",
    "Kysely siirtyy vuodelle 2024",
  ])("%s is not assessable", (a) => {
    const r = judge("3,4", "3,6", a);
    expect(r.status).toBe("not-assessable");
    expect(r.reason.fi).toContain("mittauksen tulos ei ole vielä käytettävissä");
  });

  it("does not take finished results for future ones", () => {
    expect(status("-", "Selvitys valmis", "Selvityksen tulokset valmistuivat kesäkuussa")).toBe("achieved");
    expect(status("-", "Raportti julkaistu", "Tulokset julkaistu 5/2023")).toBe("achieved");
  });
});

describe("degree of completion", () => {
  it("reads a share of the work done against a target without numbers", () => {
    expect(status("-", "Kaikki esihenkilöt koulutettu", "Toteutunut (90 %)")).toBe("partial");
    expect(status("-", "Kaikki esihenkilöt koulutettu", "100 %")).toBe("achieved");
    expect(judge("-", "Kaikki koulutettu", "Toteutunut (90 %)").reason.fi).toContain("tehty 90 %");
  });

  it("does not read a result share as completion", () => {
    expect(status("-", "Asiakkaat tyytyväisiä", "Kävijöistä 85 % tyytyväisiä")).not.toBe("partial");
  });
});

describe("postponement and refusals", () => {
  it.each([
    ["Kilpailutus", "Järjestelmä käytössä", "Käyttöönotto siirtyy vuodelle 2025", "not-achieved"],
    ["Hakemus jätetty", "Rahoitus myönnetty", "Rahoitusta ei myönnetty", "not-achieved"],
    ["Hakemus jätetty", "Rahoitus myönnetty", "Rahoitus myönnettiin 4/2023", "achieved"],
    [
      "Osittain käytössä",
      "Kaikki luvat Lupapisteessä",
      "Kaikki lupatyypit siirretty Lupapisteeseen",
      "achieved",
    ],
    ["Riittävä", "Säilyy riittävänä", "Riittävä", "achieved"],
  ])("%s | %s | %s → %s", (b, t, a, s) => {
    expect(status(b, t, a)).toBe(s);
  });

  it("keeps the first word of an actual that starts like a label", () => {
    expect(status("200 000", "250 000", "Tavoite ylittyi")).toBe("achieved");
    expect(judge("200 000", "250 000", "Tavoite ylittyi").reason.fi).toContain('"Tavoite ylittyi"');
  });
});

describe("the judge is total", () => {
  it("never throws and always gives a reason in both languages", () => {
    const cellText = fc.oneof(
      fc.constant(null),
      fc.string(),
      fc.constantFrom("26 pv", "Vähintään sama", "Laski 8 %", "Ennallaan", "NPS +20", "1-2 kk", "?", "Ei"),
    );
    fc.assert(
      fc.property(cellText, cellText, cellText, fc.option(fc.string()), fc.string(), (b, t, a, own, text) => {
        const r = assessMeasure({ ...measure(b, t, a, own ?? undefined), text }, ctx);
        expect(["achieved", "partial", "not-achieved", "not-assessable"]).toContain(r.status);
        expect(r.reason.fi.length).toBeGreaterThan(0);
        expect(r.reason.en.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});
