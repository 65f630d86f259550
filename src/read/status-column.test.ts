/**
 * What the readers carry for the judge (issue 12): the number a value cell stores beside the text it
 * shows, a status column with no header right of the actual, and a legend written somewhere in the
 * workbook that explains its numbers, symbols or colours.
 */
import { assessWorkbook } from "../assess";
import { measuresOf } from "../model";
import { freeSheet, type In } from "../../test/support/generate";
import { readWorkbook } from ".";
import { legendOf, looksLikeOwnStatus } from "./status-column";

const HEAD: In[] = ["Toimenpide", "Mittari", "Lähtötaso", "Tavoitetaso", "Toteuma"];

function table(rows: In[][], extra: In[][] = []) {
  return readWorkbook({ name: null, sheets: [freeSheet("Tavoitteet 2024", [HEAD, ...rows, [], ...extra])] });
}

describe("stored values", () => {
  it("carries the number a cell stores; the judge compares it, the reason quotes the display", () => {
    const wr = table([
      ["Kotihoidon kehittäminen", "Kotona asuvien osuus", "10 %", { num: 0.115, fmt: "0 %" }, "11,6 %"],
    ]);
    const [{ measure }] = measuresOf(wr.sheets[0]);
    expect(measure.target).toMatchObject({ text: "12 %", value: 0.115 });
    expect(measure.actual?.value).toBeUndefined();
    const [a] = assessWorkbook(wr);
    // By the display (11,6 % of 12 %) it would be partial; the target is 11,5 %.
    expect(a.status).toBe("achieved");
    expect(a.reason.fi).toContain('tavoitesolussa näkyy "12 %", tallennettu arvo on 11,5 %');
    expect(a.reason.en).toContain('the target cell shows "12 %"; the value it stores is 11,5 %');
  });

  it("leaves a display that is the stored number as it is", () => {
    const wr = table([
      ["Kirjasto", "Lainat", { num: 4750, fmt: "# ##0" }, { num: 5000, fmt: "# ##0" }, "5 100"],
    ]);
    const [a] = assessWorkbook(wr);
    expect(a.status).toBe("achieved");
    expect(a.reason.fi).not.toContain("tallennettu");
  });
});

describe("own statuses as cities write them", () => {
  const LEGEND = [["Selite: 1 = toteutunut, 2 = osittain toteutunut, 3 = ei toteutunut"]];

  it("reads a column with no header right of the actual, explained by a legend on the sheet", () => {
    const wr = table(
      [
        ["Kirjasto", "Lainat", "4 750", "5 000", "5 100", "1"],
        ["Kirjasto", "Kävijät", "120 000", "130 000", "125 000", "2"],
        ["Kirjasto", "Tapahtumat", "300", "350", "280", "3"],
        ["Kirjasto", "Aukiolotunnit", "60", "65", "61", "4"],
      ],
      LEGEND,
    );
    const report = wr.sheets[0];
    expect(report.ownStatusColumn).toBe("");
    expect(report.ownStatusLegend?.map((e) => [e.key, e.status])).toEqual([
      ["1", "achieved"],
      ["2", "partial"],
      ["3", "not-achieved"],
    ]);
    const out = assessWorkbook(wr).map((a) => [a.source, a.status]);
    expect(out).toEqual([
      ["own", "achieved"],
      ["own", "partial"],
      ["own", "not-achieved"],
      // "4" is on no scale and in no legend: never guessed, the computed status stands.
      ["computed", "partial"],
    ]);
    const [first, , , off] = assessWorkbook(wr);
    expect(first.reason.fi).toContain('Oma arvio (F-sarake): Toteutunut ("1" = "toteutunut", selite solussa');
    expect(off.reason.fi).toContain('Oma arvio (F-sarake) "4" ei ole asteikolla');
  });

  it("reads traffic-light words and symbols, and a legend on another sheet", () => {
    const sheet = freeSheet("Tavoitteet 2024", [
      [...HEAD, "Tila"],
      ["Liikunta", "Uimahallin kävijät", "200 000", "210 000", "190 000", "punainen"],
      ["Liikunta", "Kuntosalikortit", "1 000", "1 200", "1 250", "●"],
      ["Liikunta", "Ohjatut ryhmät", "40", "45", "43", "◐"],
    ]);
    const help = freeSheet("Ohje", [[], ["● = toteutunut, ◐ = osittain, ○ = ei toteutunut"]]);
    const wr = readWorkbook({ name: null, sheets: [sheet, help] });
    expect(assessWorkbook(wr).map((a) => [a.source, a.status])).toEqual([
      ["own", "not-achieved"],
      ["own", "achieved"],
      ["own", "partial"],
    ]);
    expect(assessWorkbook(wr)[1].reason.fi).toContain("selite solussa Ohje!A2");
  });

  it("does not take a column of remarks for a status column", () => {
    const wr = table([
      ["Kirjasto", "Lainat", "4 750", "5 000", "5 100", "Uusi kokoelma avattiin"],
      ["Kirjasto", "Kävijät", "120 000", "130 000", "125 000", "Remontti keväällä"],
    ]);
    expect(wr.sheets[0].ownStatusColumn).toBeNull();
    expect(looksLikeOwnStatus("Remontti keväällä")).toBe(false);
    expect(looksLikeOwnStatus("vihreä")).toBe(true);
    expect(legendOf("Kokous pidettiin 1.3.", { sheet: "S", row: 1, col: 1 })).toEqual([]);
  });
});
