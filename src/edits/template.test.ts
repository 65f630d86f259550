import { readWorkbook } from "../read";
import { loadFixture } from "../../test/support/load";
import { planTemplates, type Template } from "../template";
import { ANSWER, heightFor, templateEdits, templateLayout, TILA_LABELS } from "./template";
import type { SheetSpec } from "./types";

async function templateFor(fixture: string, period: "T2" | "year", year = 2026): Promise<Template> {
  const plan = planTemplates(readWorkbook(await loadFixture(fixture)), { period, year });
  if (plan.refusal) throw new Error(plan.refusal.en);
  return plan.templates[0];
}

const cellAt = (spec: SheetSpec, row: number, col: number) =>
  spec.cells?.find((c) => c.row === row && c.col === col);

describe("templateLayout", () => {
  it("makes only the answer cells take typing, in Excel's Input style, on a sheet protected without a password", async () => {
    for (const [fixture, period] of [
      ["konsernipalvelut-2025-T2", "year"],
      ["kasvu-ja-tyollisyys-2026-taulukko", "T2"],
      ["konsernihallinto-palveluohjelma-2018", "T2"],
    ] as const) {
      const { spec, answers } = templateLayout(await templateFor(fixture, period));
      expect(spec.protect).toBe(true);
      const unlocked = (spec.cells ?? []).filter((c) => c.style?.locked === false);
      const covered = (r: number, c: number) =>
        (spec.merges ?? []).some(
          (m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && !(r === m.top && c === m.left),
        );
      // Every unlocked cell is an answer (or a cell its merged area covers), every answer empty and unlocked.
      expect(unlocked.filter((c) => !covered(c.row, c.col)).map((c) => [c.row, c.col])).toEqual(
        [...answers].sort((a, b) => a.row - b.row || a.col - b.col).map((a) => [a.row, a.col]),
      );
      for (const c of unlocked) expect([c.value, c.style]).toEqual([null, ANSWER]);
      expect(new Set(answers.map((a) => a.kind))).toEqual(
        new Set([
          // The T2 workbook's every action has sub-goals: each gets a "Raportointi" answer instead.
          ...(fixture.includes("konsernipalvelut") ? [] : ["selvitys"]),
          "tila",
          ...(period === "year" ? ["actual"] : []),
          ...(fixture.includes("konsernipalvelut") ? ["raportointi"] : []),
          ...(fixture.includes("palveluohjelma") ? ["level", "baseline", "target"] : []),
        ]),
      );
    }
  });

  it("gives every Tila cell a drop-down of the city's four labels, exactly", async () => {
    const { spec, answers } = templateLayout(await templateFor("elinvoima-ja-ymparisto-2023-vuosi", "year"));
    expect(TILA_LABELS).toEqual(["Toteutunut", "Osittain toteutunut", "Ei toteutunut", "Ei arvioitavissa"]);
    const validations = spec.validations ?? [];
    const inList = (r: number, c: number) =>
      validations.some((v) => r >= v.box.top && r <= v.box.bottom && c >= v.box.left && c <= v.box.right);
    const tila = answers.filter((a) => a.kind === "tila");
    expect(tila).toHaveLength(25);
    for (const a of tila) expect(inList(a.row, a.col)).toBe(true);
    for (const a of answers.filter((x) => x.kind !== "tila")) expect(inList(a.row, a.col)).toBe(false);
    for (const v of validations) {
      expect(v.values).toEqual(TILA_LABELS);
      expect(v.prompt?.title.length).toBeLessThanOrEqual(32);
      expect(v.error?.title.length).toBeLessThanOrEqual(32);
      expect(v.error?.text.length).toBeLessThanOrEqual(255);
    }
  });

  it("lays out a year-end block: headers, the Toteuma column, the reference above the heading, the answer under it", async () => {
    const t = await templateFor("elinvoima-ja-ymparisto-2023-vuosi", "year");
    const { spec } = templateLayout(t);
    expect(spec.columnWidths?.map((w) => w.width)).toEqual([18, 52, 20, 20, 20, 20]);
    expect(cellAt(spec, 1, 1)?.value).toBe(t.title);
    const texts = (spec.cells ?? []).filter((c) => c.value !== null).map((c) => [c.row, c.col, c.value]);
    const row = (r: number) => texts.filter((x) => x[0] === r).map((x) => x[2]);
    const header = texts.find((x) => x[2] === "Lähtötaso") as [number, number, string];
    expect(row(header[0])).toEqual(["Lähtötaso", "Tavoitetaso", "Toteuma", "Tila"]);
    expect(row(header[0] + 1)).toEqual([
      "MITTARI",
      expect.stringMatching(/^Tapahtuma-alan elinvoimavaikutusmittariston/),
      "Mittariston kehittäminen käynnissä.",
      "Mittaristo valmis.",
    ]);
    expect(String(row(header[0] + 2)[0])).toMatch(/^Edellinen selvitys \(vuosi 2023\): Tapahtuma-alan/);
    expect(row(header[0] + 3)).toEqual(["Selvitys toimenpiteen toteutumisesta vuonna 2026:"]);
    expect(row(header[0] + 4)).toEqual([]);
    // The answer is merged over the width, tall enough to type in.
    expect(spec.merges).toContainEqual({ top: header[0] + 4, left: 1, bottom: header[0] + 4, right: 6 });
    expect(spec.rowHeights).toContainEqual({ row: header[0] + 4, height: 105 });
    expect(spec.print).toEqual({
      paper: "A4",
      orientation: "landscape",
      fitToWidth: true,
      titleRows: { from: 1, to: 1 },
    });
  });

  it("writes numbers people wrote as plain integers as numbers, everything else as text", async () => {
    const { spec } = templateLayout(await templateFor("konsernipalvelut-2025-T2", "T2"));
    const values = (spec.cells ?? []).map((c) => c.value);
    expect(values).toContain(10);
    expect(values).toContain("> 0");
    expect(values).toContain("2-3");
  });

  it("sizes rows to their text and never beyond Excel's 409 points", () => {
    expect(heightFor([{ text: "lyhyt", width: 20 }])).toBe(15);
    expect(heightFor([{ text: "sana ".repeat(20), width: 20 }])).toBe(93);
    expect(heightFor([{ text: "a\nb\nc", width: 50 }])).toBe(48);
    expect(heightFor([{ text: "x".repeat(100_000), width: 50 }])).toBe(409);
  });

  it("adds the templates as new sheets, the first one shown", async () => {
    const t = await templateFor("konsernipalvelut-2025-T2", "T2");
    const edits = templateEdits([t, { ...t, sheet: "Toinen" }]);
    expect(edits.map((e) => (e.kind === "sheet" ? [e.spec.name, e.activate ?? false] : e.kind))).toEqual([
      ["Konsernipalvelut T2 2026", true],
      ["Toinen", false],
    ]);
  });
});
