/**
 * The judge against a controller's statuses on invented measures (corpus.ts): every measure, every own
 * status, and how the reasons read.
 */
import type { Status } from "../model";
import { assessMeasure } from ".";
import { judgedMeasure } from "../../test/support/measures";
import { CORPUS, HELD_OUT, OWN_CORPUS, PERIOD_CORPUS, type CorpusMeasure } from "../../test/corpus/corpus";

const SHEET = "Toteutuminen 2023";
const toMeasure = (c: CorpusMeasure, own?: string) =>
  judgedMeasure(SHEET, c.measure, c.baseline, c.target, c.actual, own);

const judge = (c: CorpusMeasure, own?: string, column = "Tila") =>
  assessMeasure(toMeasure(c, own), {
    sheet: SHEET,
    ownStatusColumn: own === undefined ? null : column,
    hasActualColumn: !c.periodReport,
  });

const ALL = [...CORPUS, ...PERIOD_CORPUS, ...HELD_OUT];
const row = (c: CorpusMeasure) => `${c.measure} | ${c.baseline} | ${c.target} | ${c.actual}`;

describe("corpus", () => {
  it("is large enough and covers every status", () => {
    expect(ALL.length).toBeGreaterThanOrEqual(120);
    expect(OWN_CORPUS.length).toBeGreaterThanOrEqual(30);
    const counts = new Map<Status, number>();
    for (const c of ALL) counts.set(c.expected, (counts.get(c.expected) ?? 0) + 1);
    for (const s of ["achieved", "partial", "not-achieved", "not-assessable"] as Status[])
      expect(counts.get(s) ?? 0).toBeGreaterThanOrEqual(10);
  });

  it.each(ALL.map((c) => [row(c), c] as const))("%s", (_, c) => {
    const a = judge(c);
    expect(a.source).toBe("computed");
    expect({ status: a.status, reason: a.reason.fi }).toEqual({ status: c.expected, reason: a.reason.fi });
  });
});

describe("own statuses", () => {
  /** Computed: partial (26 → 24 pv towards 20 pv). */
  const base: CorpusMeasure = {
    measure: "Kaikkien lupien läpimenoaika",
    baseline: "26 pv",
    target: "20 pv",
    actual: "24 pv",
    expected: "partial",
  };

  it.each(OWN_CORPUS.map((o) => [o.own, o] as const))("%s", (_, o) => {
    const a = judge(base, o.own);
    if (o.expected === null) {
      expect(a.source).toBe("computed");
      expect(a.status).toBe("partial");
      expect(a.reason.fi).toContain(`Oma arvio (Tila) "${o.own}" ei ole asteikolla, joten tila laskettiin.`);
      expect(a.reason.en).toContain(`"${o.own}" is not on the scale, so the status was computed.`);
    } else {
      expect(a.source).toBe("own");
      expect(a.status).toBe(o.expected);
      expect(a.reason.fi.startsWith("Oma arvio (Tila): ")).toBe(true);
      expect(a.reason.en.startsWith("Own status (Tila): ")).toBe(true);
    }
  });

  it("names the label and, when it differs, what the computation would have said", () => {
    expect(judge(base, "Toteutunut.").reason.fi).toBe(
      "Oma arvio (Tila): Toteutunut. Henkilön oma arvio ratkaisee (laskettu tila olisi Osittain toteutunut: " +
        "Toteuma 24 pv, tavoite 20 pv, lähtötaso 26 pv: edennyt tavoitetta kohti (33 %; asteikko: Pori)).",
    );
    expect(judge(base, "keltainen", "Arvio").reason.fi).toBe(
      'Oma arvio (Arvio): Osittain toteutunut ("keltainen"). Henkilön oma arvio ratkaisee.',
    );
    expect(judge(base, "keltainen", "Arvio").reason.en).toBe(
      'Own status (Arvio): Partially achieved ("keltainen"). The person\'s own judgement decides.',
    );
  });

  it("treats a dash as an empty status cell", () => {
    for (const own of ["-", "–", " "]) {
      const a = judge(base, own);
      expect(a.source).toBe("computed");
      expect(a.reason.fi).not.toContain("asteikolla");
    }
  });
});

describe("reasons", () => {
  const reasonOf = (b: string | null, t: string | null, a: string | null, measure = "Mittari") =>
    judge({ measure, baseline: b, target: t, actual: a, expected: "partial" }).reason;

  it("write numbers the Finnish way with their units", () => {
    expect(reasonOf("1 100 kpl", "1 400 kpl", "1 250 kpl").fi).toBe(
      "Toteuma 1 250 kpl, tavoite 1 400 kpl, lähtötaso 1 100 kpl: edennyt tavoitetta kohti (50 %; asteikko: Pori)",
    );
    expect(reasonOf("1,2 M€", "2 M€", "1,8 M€").fi).toBe(
      "Toteuma 1,8 M€, tavoite 2 M€, lähtötaso 1,2 M€: edennyt tavoitetta kohti (75 %; asteikko: Pori)",
    );
    expect(reasonOf("30 %", "20 %", "23 %", "Työttömyysaste").en).toBe(
      "Actual 23 %, target 20 %, baseline 30 %: moved towards the target (70 %; scale: Pori)",
    );
    expect(reasonOf("1,2 milj.", "1,5 milj.", "1,35 milj.").fi).toBe(
      "Toteuma 1,35 milj., tavoite 1,5 milj., lähtötaso 1,2 milj.: edennyt tavoitetta kohti (50 %; asteikko: Pori)",
    );
    expect(reasonOf("410 000 t CO2", "350 000 t CO2", "372 000 t CO2").fi).toContain("Toteuma 372 000 t CO2");
  });

  it("give the progress of every partial numeric judgement", () => {
    const numericPartials = ALL.filter(
      (c) =>
        c.expected === "partial" &&
        /^\s*[-+]?[\d\s,]+\s*(?:%|pv|kpl|hlö|M€|€|GWh|MWh|kk)?\s*$/u.test(c.actual ?? "") &&
        /\d/u.test(c.target ?? ""),
    );
    expect(numericPartials.length).toBeGreaterThanOrEqual(15);
    for (const c of numericPartials) {
      const a = judge(c);
      expect(a.reason.fi).toMatch(
        /\((?:[1-9]\d?) %; asteikko: Pori\)$|saavutettu [1-9]\d? % \(asteikko: Pori\)$/u,
      );
      expect(a.reason.en).toMatch(
        /\((?:[1-9]\d?) %; scale: Pori\)$|^.* [1-9]\d? % of the target reached \(scale: Pori\)$/u,
      );
    }
  });

  it("are in Finnish in fi and in English in en", () => {
    const unquoted = (s: string) => s.replace(/"[^"]*"/gu, '""');
    for (const c of ALL) {
      const a = judge(c);
      expect(a.reason.fi.length).toBeGreaterThan(10);
      expect(unquoted(a.reason.fi)).not.toMatch(/\b(?:target|actual|baseline|reached|status)\b/iu);
      expect(unquoted(a.reason.en)).not.toMatch(/\b(?:tavoite|toteuma|lähtötaso|saavutettu|tila)\b/iu);
    }
  });

  it("say plainly when no actual is recorded", () => {
    expect(reasonOf("Suunnitteilla", "Valmis", "").fi).toBe("Toteumaa ei ole kirjattu.");
    expect(reasonOf("2 100 hlö", "Vähintään sama", null).en).toBe("No actual has been recorded.");
  });
});
