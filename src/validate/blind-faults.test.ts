/**
 * A blind check written by hand, not with src/read/testing/generate.ts: a year-end block report of a
 * department the fixtures do not have (Sivistystoimiala), laid out as a person types it after the
 * seed 001 style — labels in A, texts in B, "Lähtötaso / Tavoitetaso / Toteuma" on the MITTARI row
 * with values under it, "Mittari 1. … Mittari 2. …" in one cell with a value row each, selvitys
 * headings with the text in the same cell or on the rows under them, a department row under TEKO and
 * section headings between blocks. The clean sheet must read fully and give no warning or error;
 * then one fault is planted per block and each must be found inside its block while the other
 * blocks stay free of warnings and errors.
 */
import type { Cell, Grid, WorkbookSnapshot } from "../model/grid";
import type { Finding } from "../model/finding";
import { countActions, countMeasures } from "../model/report";
import { readWorkbook } from "../read";
import { validateWorkbook } from "./index";

type Row = string[];

const SHEET = "Sivistystoimiala";
const SEL = "Selvitys toimenpiteen toteutumisesta vuonna 2024:";
const HEAD = ["Lähtötaso", "Tavoitetaso", "Toteuma"];

function cell(text: string): Cell | null {
  return text === "" ? null : { value: text, text };
}

function grid(rows: Row[]): Grid {
  const columnCount = Math.max(...rows.map((r) => r.length));
  return {
    sheet: SHEET,
    cells: rows.map((r) => r.map(cell)),
    rowCount: rows.length,
    columnCount,
    merges: [],
  };
}

/** A measure row: label, text, then the three value headers. */
const mittari = (text: string): Row => ["MITTARI", text, ...HEAD];
const values = (base: string, target: string, actual: string): Row => ["", "", base, target, actual];

function blocks(): Row[][] {
  return [
    // 1: department row under TEKO, selvitys text in the heading's own cell.
    [
      ["PAINOPISTE", "Hyvinvoiva Pori"],
      ["TAVOITE", "Lasten ja nuorten hyvinvointi vahvistuu"],
      ["TEKO", "Vahvistamme varhaista tukea varhaiskasvatuksessa ja perusopetuksessa"],
      ["Sivistystoimiala"],
      ["TOIMENPIDE", "Kolmiportaisen tuen vahvistaminen"],
      mittari("Tehostetun ja erityisen tuen oppilaiden osuus perusopetuksessa"),
      values("14,2 %", "13 %", "13,6 %"),
      [
        `${SEL} Tuen mallia on yhtenäistetty kouluissa. Konsultoivan erityisopettajan työ on laajentunut ` +
          "kaikille alueille, ja osuus on laskenut, vaikka tavoitetasoon ei vielä päästy.",
      ],
    ],
    // 2: two measures in one cell, a value row each, selvitys text on two rows under its heading.
    [
      ["PAINOPISTE", "Hyvinvoiva Pori"],
      ["TAVOITE", "Jokaisella porilaisella on mahdollisuus liikkua ja harrastaa"],
      ["TEKO", "Lisäämme harrastusmahdollisuuksia koulupäivän yhteydessä"],
      ["TOIMENPIDE", "Harrastamisen Suomen mallin laajentaminen"],
      mittari(
        "Mittari 1. Harrastuskerhoja tarjoavien koulujen määrä.  Mittari 2. Kerhoihin osallistuneiden oppilaiden määrä.",
      ),
      values("12 koulua", "20 koulua", "21 koulua"),
      values("850 oppilasta", "1 200 oppilasta", "1 340 oppilasta"),
      [SEL],
      ["Mittari 1. Kerhotoiminta laajeni syksyllä 2024 kaikkiin yläkouluihin ja yhdeksään alakouluun."],
      ["Mittari 2. Osallistujamäärä kasvoi erityisesti liikunta- ja taidekerhoissa."],
    ],
    // 3: a Kasvava Pori block with a department row.
    [
      ["PAINOPISTE", "Kasvava Pori"],
      ["TAVOITE", "Osaavan työvoiman saatavuus paranee"],
      ["TEKO", "Kehitämme toisen asteen koulutusta yhdessä elinkeinoelämän kanssa"],
      ["Sivistystoimiala"],
      ["TOIMENPIDE", "Oppisopimuskoulutuksen lisääminen"],
      mittari("Oppisopimusopiskelijoiden määrä Porin seudulla"),
      values("310 opiskelijaa", "350 opiskelijaa", "362 opiskelijaa"),
      [SEL],
      ["Oppisopimuksia solmittiin erityisesti teknologiateollisuuteen ja sote-alalle."],
    ],
    // 4: the focus area written with a full stop: the same name, no spelling variant.
    [
      ["PAINOPISTE", "Kasvava Pori."],
      ["TAVOITE", "Korkeakoulutettujen osuus väestöstä kasvaa"],
      ["TEKO", "Tuemme yliopistokeskuksen tutkintokoulutuksen laajentamista"],
      ["TOIMENPIDE", "Uusien tutkinto-ohjelmien käynnistäminen Porissa"],
      mittari("Käynnistyneiden tutkinto-ohjelmien määrä"),
      values("1 ohjelma", "3 ohjelmaa", "2 ohjelmaa"),
      [`${SEL} Kaksi uutta ohjelmaa käynnistyi syksyllä, kolmannen valmistelu siirtyi vuodelle 2025.`],
    ],
    // 5: after a section heading.
    [
      ["PAINOPISTE", "Vetovoimainen Pori"],
      ["TAVOITE", "Kulttuuripalvelut tavoittavat kaikenikäiset"],
      ["TEKO", "Uudistamme kirjastopalvelut omatoimisiksi"],
      ["TOIMENPIDE", "Omatoimikirjastojen käyttöönotto lähikirjastoissa"],
      mittari("Omatoimikirjastojen määrä"),
      values("2 kirjastoa", "5 kirjastoa", "5 kirjastoa"),
      [SEL],
      ["Omatoimisuus otettiin käyttöön Noormarkun, Ulvilantien ja Kuninkaanhaan kirjastoissa."],
    ],
    // 6: two actions under one commitment.
    [
      ["PAINOPISTE", "Vetovoimainen Pori"],
      ["TAVOITE", "Kulttuuripalvelut tavoittavat kaikenikäiset"],
      ["TEKO", "Lisäämme kulttuurikasvatusta kouluissa"],
      ["TOIMENPIDE", "Kulttuuripolun toteuttaminen kaikilla luokka-asteilla"],
      mittari("Kulttuuripolkuun osallistuneiden luokka-asteiden osuus"),
      values("60 %", "100 %", "85 %"),
      [`${SEL} Kulttuuripolku toteutui esi- ja alkuopetuksessa sekä yläkoulun luokilla.`],
      ["TOIMENPIDE", "Taiteen perusopetuksen saavutettavuuden parantaminen"],
      mittari("Taiteen perusopetuksen oppilaspaikkojen määrä"),
      values("1 450 paikkaa", "1 600 paikkaa", "1 580 paikkaa"),
      [`${SEL} Uusia ryhmiä avattiin Noormarkkuun ja Meri-Poriin.`],
    ],
    // 7
    [
      ["PAINOPISTE", "Hyvinvoiva Pori"],
      ["TAVOITE", "Yhdenvertaisuus ja osallisuus vahvistuvat"],
      ["TEKO", "Vahvistamme nuorten osallisuutta päätöksenteossa"],
      ["TOIMENPIDE", "Nuorisovaltuuston aloitteiden käsittelyn nopeuttaminen"],
      mittari("Aloitteiden keskimääräinen käsittelyaika"),
      values("120 pv", "60 pv", "75 pv"),
      [SEL],
      ["Käsittelyaika lyheni, kun aloitteet ohjattiin suoraan toimialan valmisteluun."],
    ],
    // 8: Kasvava Pori again, measures numbered in one cell.
    [
      ["PAINOPISTE", "Kasvava Pori"],
      ["TAVOITE", "Maahanmuuttajien kotoutuminen ja työllistyminen nopeutuu"],
      ["TEKO", "Tehostamme kotoutumiskoulutusta"],
      ["Sivistystoimiala"],
      ["TOIMENPIDE", "Suomen kielen opetuksen lisääminen aikuisille"],
      mittari(
        "Mittari 1. Kotoutumiskoulutuksen aloittaneiden määrä.  Mittari 2. Kielitaitotason B1 saavuttaneiden osuus.",
      ),
      values("180 henkilöä", "250 henkilöä", "236 henkilöä"),
      values("35 %", "45 %", "41 %"),
      [SEL],
      ["Mittari 1. Aloituspaikkoja lisättiin kansalaisopistossa."],
      ["Mittari 2. Osuus kasvoi, mutta tavoitetasoon ei päästy."],
    ],
  ];
}

interface Built {
  snapshot: WorkbookSnapshot;
  /** 1-based first and last row of each block. */
  ranges: { first: number; last: number }[];
}

/** The sheet: a title, section headings before blocks 1 and 5, an empty row after each block. */
function build(bs: Row[][]): Built {
  const rows: Row[] = [["Talousarvion toiminnallisten tavoitteiden toteutuminen 2024, sivistystoimiala"], []];
  const ranges: Built["ranges"] = [];
  bs.forEach((b, i) => {
    if (i === 0) rows.push(["Porilaisten hyvinvointi ja osaaminen"], []);
    if (i === 4) rows.push(["Vetovoima ja osallisuus"], []);
    ranges.push({ first: rows.length + 1, last: rows.length + b.length });
    rows.push(...b, []);
  });
  return { snapshot: { name: "sivistys-2024.xlsx", sheets: [grid(rows)] }, ranges };
}

function blockOf(ranges: Built["ranges"], row: number): number {
  return ranges.findIndex((r) => row >= r.first && row <= r.last);
}

const loud = (f: Finding) => f.severity !== "info";
const show = (fs: Finding[]) => fs.map((f) => `${f.severity} ${f.code} row ${f.cell.row}: ${f.message.fi}`);

describe("a hand-written Sivistystoimiala year-end report (blind check)", () => {
  it("reads the clean sheet fully and gives no warning or error", () => {
    const { snapshot } = build(blocks());
    const wr = readWorkbook(snapshot);
    expect(wr.sheets).toHaveLength(1);
    const report = wr.sheets[0];
    expect(report.layout).toBe("block");
    expect(countActions(report)).toBe(9);
    expect(countMeasures(report)).toBe(11);
    const findings = validateWorkbook(wr);
    expect(show(findings.filter(loud))).toEqual([]);
    // Infos: none expected either — every target is a quantity ("20 koulua", "13 %") or a state
    // a person can compare, so no target-not-assessable note is due.
    expect(show(findings)).toEqual([]);
  });

  const actionRow = (b: Row[], text: string) => b.findIndex((r) => r[0] === "TOIMENPIDE" && r[1] === text);

  const faults: { name: string; block: number; code: string; plant: (b: Row[]) => Row[] }[] = [
    {
      name: "TEKO row removed",
      block: 0,
      code: "goal-without-commitment",
      plant: (b) => b.filter((r) => r[0] !== "TEKO"),
    },
    {
      name: "MITTARI row and its values removed",
      block: 1,
      code: "action-without-measure",
      plant: (b) => b.filter((r) => r[0] !== "MITTARI" && !(r[0] === "" && r[1] === "" && r[2])),
    },
    {
      name: "an emptied Toteuma cell",
      block: 2,
      code: "measure-without-actual",
      plant: (b) => b.map((r) => (r[0] === "" && r[2] ? [r[0], r[1], r[2], r[3], ""] : r)),
    },
    {
      name: "an emptied Tavoitetaso cell",
      block: 3,
      code: "measure-without-target",
      plant: (b) => b.map((r) => (r[0] === "" && r[2] ? [r[0], r[1], r[2], "", r[4]] : r)),
    },
    {
      name: "the selvitys heading and its text removed",
      block: 4,
      code: "action-without-selvitys",
      plant: (b) =>
        b.slice(
          0,
          b.findIndex((r) => r[0] === SEL),
        ),
    },
    {
      name: "TOIMENPIDE misspelt TOIMENPDE",
      block: 5,
      code: "label-near-miss",
      plant: (b) =>
        b.map((r, i) =>
          i === actionRow(b, "Kulttuuripolun toteuttaminen kaikilla luokka-asteilla")
            ? ["TOIMENPDE", r[1]]
            : r,
        ),
    },
    {
      name: "the same action pasted twice under one TEKO",
      block: 6,
      code: "duplicate-action",
      plant: (b) => {
        const i = b.findIndex((r) => r[0] === "TOIMENPIDE");
        return [...b, ...b.slice(i)];
      },
    },
    {
      name: "Kasvava Pori written Kasvva Pori",
      block: 7,
      code: "name-spelling-variant",
      plant: (b) => b.map((r) => (r[0] === "PAINOPISTE" ? ["PAINOPISTE", "Kasvva Pori"] : r)),
    },
  ];

  it.each(faults)("$name: $code inside its block, the other blocks stay clean", ({ block, code, plant }) => {
    const bs = blocks();
    bs[block] = plant(bs[block]);
    const { snapshot, ranges } = build(bs);
    const findings = validateWorkbook(readWorkbook(snapshot));
    const inBlock = findings.filter((f) => loud(f) && blockOf(ranges, f.cell.row) === block);
    expect(inBlock.map((f) => f.code)).toContain(code);
    const elsewhere = findings.filter((f) => loud(f) && blockOf(ranges, f.cell.row) !== block);
    expect(show(elsewhere)).toEqual([]);
  });

  it("plants all eight faults at once: each block has its own finding", () => {
    const bs = blocks().map((b, i) => faults[i].plant(b));
    const { snapshot, ranges } = build(bs);
    const findings = validateWorkbook(readWorkbook(snapshot)).filter(loud);
    const hit = new Set(findings.map((f) => blockOf(ranges, f.cell.row)));
    expect([...hit].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  /**
   * Harder variants a person makes: a label split by a space or a letter dropped, a heading removed
   * but its text left, measure rows removed but their values left, a fault in the second measure of a
   * "Mittari 1. … Mittari 2." cell, a focus area differing only by case and full stop (quiet).
   */
  const harder: { name: string; block: number; code: string | null; plant: (b: Row[]) => Row[] }[] = [
    {
      name: "TOIMENPIDE written TOIMEN PIDE",
      block: 5,
      code: "label-near-miss",
      plant: (b) =>
        b.map((r) => (r[0] === "TOIMENPIDE" && r[1].startsWith("Taiteen") ? ["TOIMEN PIDE", r[1]] : r)),
    },
    {
      name: "MITTARI written MITARI",
      block: 2,
      code: "label-near-miss",
      plant: (b) => b.map((r) => (r[0] === "MITTARI" ? ["MITARI", ...r.slice(1)] : r)),
    },
    {
      name: "TAVOITE written TAVOTE",
      block: 6,
      code: "label-near-miss",
      plant: (b) => b.map((r) => (r[0] === "TAVOITE" ? ["TAVOTE", r[1]] : r)),
    },
    {
      name: "the selvitys heading removed, its text left",
      block: 6,
      code: "action-without-selvitys",
      plant: (b) => b.filter((r) => r[0] !== SEL),
    },
    {
      name: "the MITTARI row removed, its value rows left",
      block: 7,
      code: "action-without-measure",
      plant: (b) => b.filter((r) => r[0] !== "MITTARI"),
    },
    {
      name: "Toteuma emptied for Mittari 2 of a shared cell",
      block: 1,
      code: "measure-without-actual",
      plant: (b) => b.map((r) => (r[2] === "850 oppilasta" ? [r[0], r[1], r[2], r[3], ""] : r)),
    },
    {
      name: "Lähtötaso emptied",
      block: 0,
      code: "measure-without-baseline",
      plant: (b) => b.map((r) => (r[0] === "" && r[2] ? [r[0], r[1], "", r[3], r[4]] : r)),
    },
    {
      name: "TEKO row removed where no department row follows",
      block: 6,
      code: "goal-without-commitment",
      plant: (b) => b.filter((r) => r[0] !== "TEKO"),
    },
    {
      name: "the same action pasted twice, the copy at the end of a two-action commitment",
      block: 5,
      code: "duplicate-action",
      plant: (b) => [...b, ...b.slice(3, 7)],
    },
    {
      name: "Hyvinvoiva Pori written Hyvinvoiva pori (case only: quiet)",
      block: 6,
      code: null,
      plant: (b) => b.map((r) => (r[0] === "PAINOPISTE" ? ["PAINOPISTE", "Hyvinvoiva pori"] : r)),
    },
    {
      name: "Vetovoimainen Pori written Vetovoimaimen Pori in the later of its two blocks",
      block: 5,
      code: "name-spelling-variant",
      plant: (b) => b.map((r) => (r[0] === "PAINOPISTE" ? ["PAINOPISTE", "Vetovoimaimen Pori"] : r)),
    },
    {
      name: "Vetovoimainen Pori written Vetovoimaimen Pori in the earlier of its two blocks",
      block: 4,
      code: "name-spelling-variant",
      plant: (b) => b.map((r) => (r[0] === "PAINOPISTE" ? ["PAINOPISTE", "Vetovoimaimen Pori"] : r)),
    },
  ];

  it.each(harder)("$name: $code inside its block, the other blocks stay clean", ({ block, code, plant }) => {
    const bs = blocks();
    bs[block] = plant(bs[block]);
    const { snapshot, ranges } = build(bs);
    const findings = validateWorkbook(readWorkbook(snapshot));
    const inBlock = findings.filter((f) => loud(f) && blockOf(ranges, f.cell.row) === block);
    if (code === null) expect(show(inBlock)).toEqual([]);
    else expect(show(inBlock).join("\n")).toContain(` ${code} `);
    const elsewhere = findings.filter((f) => loud(f) && blockOf(ranges, f.cell.row) !== block);
    expect(show(elsewhere)).toEqual([]);
  });
});
