/**
 * The blind batches of issue 12 (test/corpus/blind3.ts, blind4.ts) run one way: every measure's
 * computed status against its expectation (written before the judge ran on it), on the Pori and the
 * distance scale, own statuses with their legends, the agreement reported, and reasons in the language
 * asked for. Disagreements the judge is not changed for are listed in `known` with the argument; the
 * test fails when one of them starts to agree (remove it then).
 */
import type { Status } from "../../src/model";
import { assessMeasure, legendsFor, parseScale, type Scale } from "../../src/assess";
import { legendOf } from "../../src/read/status-column";
import type { Blind3Measure } from "../corpus/blind3";
import { judgedMeasure } from "./measures";
import { report } from "./reports";

/** Where the judge and the blind expectation differ and the judge is left as it is, keyed by measure
 * (computed status) or by "own:" and the own status text. */
export type Known = Record<string, { judge: Status; why: string }>;

/** What a batch must hold at the least, so that it keeps measuring what it was written to. */
export interface BatchSize {
  measures: number;
  perStatus: number;
  legends: number;
  distance: number;
}

const SHEET = "Toteutuminen 2024";
const DISTANCE = parseScale("distance:10") as Scale;
const DISTANCE15 = parseScale("distance:15") as Scale;

/** The legend a measure's own status comes with, as the reader finds it in a cell of the workbook. */
function legendFor(c: Blind3Measure) {
  if (!c.own?.legend) return undefined;
  const entries = legendOf(c.own.legend, { sheet: "Ohje", row: 2, col: 1 });
  expect(entries.length).toBeGreaterThanOrEqual(2);
  return legendsFor({ ...report({ sheet: "Ohje" }, []), ownStatusLegend: entries });
}

const judge = (c: Blind3Measure, withOwn = false, scale?: Scale) =>
  assessMeasure(
    judgedMeasure(SHEET, c.measure, c.baseline, c.target, c.actual, withOwn && c.own ? c.own.text : null),
    {
      sheet: SHEET,
      ownStatusColumn: withOwn && c.own ? c.own.column : null,
      hasActualColumn: !c.periodReport,
      year: 2024,
      ...(scale ? { scale } : {}),
      ...(withOwn && legendFor(c) ? { legend: legendFor(c) } : {}),
    },
  );

const row = (c: Blind3Measure) => `${c.sector}: ${c.measure} | ${c.baseline} | ${c.target} | ${c.actual}`;

export function describeBlindBatch(
  n: number,
  batch: readonly Blind3Measure[],
  least: BatchSize,
  KNOWN: Known = {},
): void {
  describe(`blind batch ${n}`, () => {
    it("is large, covers every status, and has own statuses with and without legends", () => {
      expect(batch.length).toBeGreaterThanOrEqual(least.measures);
      const counts = new Map<Status, number>();
      for (const c of batch) counts.set(c.expected, (counts.get(c.expected) ?? 0) + 1);
      for (const s of ["achieved", "partial", "not-achieved", "not-assessable"] as Status[])
        expect(counts.get(s) ?? 0).toBeGreaterThanOrEqual(least.perStatus);
      expect(batch.filter((c) => c.own?.legend).length).toBeGreaterThanOrEqual(least.legends);
      expect(batch.filter((c) => c.distance).length).toBeGreaterThanOrEqual(least.distance);
    });

    it.each(batch.map((c) => [row(c), c] as const))("%s", (_, c) => {
      const a = judge(c);
      expect(a.source).toBe("computed");
      const want = KNOWN[c.measure]?.judge ?? c.expected;
      expect({ status: a.status, reason: a.reason.fi }).toEqual({ status: want, reason: a.reason.fi });
    });

    it.each(batch.filter((c) => c.distance).map((c) => [row(c), c] as const))(
      "on the distance scale: %s",
      (_, c) => {
        const a = judge(c, false, DISTANCE);
        expect({ status: a.status, reason: a.reason.fi }).toEqual({
          status: c.distance,
          reason: a.reason.fi,
        });
        if (c.distance15) expect(judge(c, false, DISTANCE15).status).toBe(c.distance15);
      },
    );

    it.each(batch.filter((c) => c.own).map((c) => [`${c.own?.column}: ${c.own?.text}`, c] as const))(
      "own status %s",
      (_, c) => {
        const own = c.own!;
        const a = judge(c, true);
        const want = KNOWN[`own:${own.text}`]?.judge ?? own.expected;
        if (want === null) {
          expect(a.source).toBe("computed");
          expect(a.status).toBe(judge(c).status);
          expect(a.reason.fi).toContain(`Oma arvio (${own.column}) "${own.text}" ei ole asteikolla`);
        } else {
          expect({ source: a.source, status: a.status }).toEqual({ source: "own", status: want });
          if (own.legend) expect(a.reason.fi).toContain("selite solussa Ohje!A2");
        }
      },
    );

    it("agreement: reported, and every other measure agrees", () => {
      const misses = batch.filter((c) => judge(c).status !== c.expected).map((c) => c.measure);
      const distanceMisses = batch
        .filter((c) => c.distance && judge(c, false, DISTANCE).status !== c.distance)
        .map((c) => `distance:${c.measure}`);
      const ownMisses = batch
        .filter((c) => c.own)
        .filter((c) => {
          const a = judge(c, true);
          const want = c.own!.expected ?? judge(c).status;
          return a.status !== want || a.source !== (c.own!.expected === null ? "computed" : "own");
        })
        .map((c) => `own:${c.own!.text}`);
      expect([...misses, ...distanceMisses, ...ownMisses].sort()).toEqual(Object.keys(KNOWN).sort());
    });
  });

  describe(`blind batch ${n} reasons`, () => {
    it("are in Finnish in fi and in English in en, and name the scale where a figure decided", () => {
      const unquoted = (s: string) => s.replace(/"[^"]*"/gu, '""');
      for (const c of batch)
        for (const scale of [undefined, DISTANCE]) {
          const a = judge(c, false, scale);
          expect(unquoted(a.reason.fi)).not.toMatch(/\b(?:target|actual|baseline|reached|status|scale)\b/iu);
          expect(unquoted(a.reason.en)).not.toMatch(
            /\b(?:tavoite|toteuma|lähtötaso|saavutettu|tila|asteikko)\b/iu,
          );
          if (a.rule === "numeric" || a.rule === "completion")
            expect(a.reason.fi).toMatch(scale ? /asteikko: etäisyys, 10 %\)/u : /asteikko: Pori\)/u);
        }
    });
  });
}
