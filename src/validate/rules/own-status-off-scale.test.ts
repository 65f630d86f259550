import { a1 } from "../../model/cellref";
import { at, block, measure, report, run } from "../../../test/support/reports";
import { ownStatusOffScale, scaleStatus } from "./own-status-off-scale";

describe("scaleStatus", () => {
  it.each([
    ["Toteutunut", "achieved"],
    ["toteutunut.", "achieved"],
    ["  OSITTAIN   toteutunut ", "partial"],
    ["Toteutunut osittain", "partial"],
    ["Ei-toteutunut", "not-achieved"],
    ["Ei\u00a0toteutunut", "not-achieved"],
    ["ei arvioitavissa", "not-assessable"],
    ["Vihreä", null],
    ["Toteutunut ja valmis", null],
    ["Totutunut", null],
  ])("%s → %s", (text, expected) => {
    expect(scaleStatus(text)).toBe(expected);
  });
});

describe("own-status-off-scale", () => {
  const sheet = (...statuses: (string | null)[]) =>
    report({ ownStatusColumn: "Tila" }, [
      block(
        { action: "A" },
        statuses.map((s, i) => measure(`M${i + 1}`, { ownStatus: s })),
      ),
    ]);

  it("is quiet for the four labels in any case and spacing, and for no status", () => {
    expect(
      run(
        ownStatusOffScale,
        sheet("Toteutunut", "osittain toteutunut", "EI TOTEUTUNUT", "Ei arvioitavissa.", null, ""),
      ),
    ).toEqual([]);
  });

  it("warns at an off-scale status, suggesting the likely label", () => {
    const r = sheet("Toteutunut", "Totutunut", "vihreä", "Hyvä");
    const f = run(ownStatusOffScale, r);
    const ms = r.focusAreas[0].goals[0].commitments[0].actions[0].measures;
    expect(at(f)).toEqual([
      ["own-status-off-scale", a1(ms[1].ownStatus!.cell)],
      ["own-status-off-scale", a1(ms[2].ownStatus!.cell)],
      ["own-status-off-scale", a1(ms[3].ownStatus!.cell)],
    ]);
    expect(f[0].severity).toBe("warning");
    expect(f[0].message.fi).toBe("Mittarin 'M2' oma arvio 'Totutunut' ei ole kaupungin asteikolla.");
    expect(f[0].suggestion?.fi).toBe("Tarkoititko 'Toteutunut'?");
    expect(f[1].suggestion?.fi).toBe("Tarkoititko 'Toteutunut'?");
    expect(f[2].suggestion?.fi).toBe(
      "Käytä jotakin näistä: Toteutunut / Osittain toteutunut / Ei toteutunut / Ei arvioitavissa.",
    );
  });
});
