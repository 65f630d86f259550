/**
 * Workbooks written in code (src/read/testing/generate.ts) from the seeds' content and our own, in
 * other mess than the fixtures: labels in B with values further right, merged titles, department rows
 * in odd places, year suffixes in the value headers, own status columns, numbers stored as numbers,
 * measures numbered in other ways, selvitys headings of other periods. One fault is planted per block;
 * each must be found inside its block, and every other block must stay free of warnings and errors.
 */
import { a1 } from "../model/cellref";
import type { Finding } from "../model/finding";
import type { Grid, WorkbookSnapshot } from "../model/grid";
import { countActions, countMeasures } from "../model/report";
import { readWorkbook } from "../read";
import {
  blockSheet,
  freeSheet,
  type GenAction,
  type GenBlock,
  type GeneratedSheet,
  type SheetStyle,
} from "../../test/support/generate";
import { validateWorkbook } from "./index";

const T2 = "Selvitys toimenpiteen edistymisestä toisella vuosikolmanneksella (T2):";
const T1 = "Selvitys tavoitteen toteutumisesta (T1):";
const YEAR = "Selvitys toimenpiteen toteutumisesta vuonna 2023:";

const LONG =
  "Osatavoite 1: Valmistelu käynnissä\nRaportointi: Luonnos on kommenttikierroksella.\n" +
  "Osatavoite 2: Käyttöönotto syksyllä\nRaportointi: Aikataulu pitää.";

/**
 * The blocks twice: the second round under the same focus areas and goals but with commitments and
 * actions of their own (a copied block with the same TEKO and TOIMENPIDE would rightly be a duplicate).
 */
function allBlocks(heading: string): GenBlock[] {
  const second = baseBlocks(heading).map((b) => ({
    ...b,
    commitments: b.commitments.map((c) => ({
      ...c,
      text: `${c.text} ja sen seuranta`,
      actions: c.actions.map((a) => ({ ...a, text: `${a.text}, toinen vaihe` })),
    })),
  }));
  return [...baseBlocks(heading), ...second];
}

/** The content of the blocks: the seeds' themes and our own, in the seeds' style. */
function baseBlocks(heading: string): GenBlock[] {
  const sel = (text: string) => ({ heading, text });
  const act = (text: string, measures: GenAction["measures"], extra: Partial<GenAction> = {}): GenAction => ({
    text,
    measures,
    selvitys: sel(`Työ on edennyt: ${text.toLocaleLowerCase("fi-FI")} on aloitettu ja etenee aikataulussa.`),
    ...extra,
  });
  return [
    {
      focusLabel: "TEEMA",
      focus: "Viestintä",
      goal: "Strateginen viestintä ja markkinointi",
      commitments: [
        {
          text: "Uuden yksikön organisoituminen",
          departmentRow: "Konsernipalvelut",
          actions: [
            act(
              "Viestintä- ja markkinointistrategian laatiminen",
              [
                {
                  text: "Viestintä- ja markkinointistrategia valmis",
                  baseline: "Ei olemassa",
                  target: "Valmis ja\nkäytössä",
                },
                {
                  text: "Viestinnän vaikuttavuuden mittaristo valmis",
                  baseline: "Ei olemassa",
                  target: "Valmis ja käytössä",
                },
              ],
              { measureStyle: "cell", selvitys: { heading, text: LONG, style: "nextRowsSplit" } },
            ),
          ],
        },
      ],
    },
    {
      focusLabel: "TEEMA",
      focus: "Digitalisaatio",
      goal: "Palveluiden sähköistäminen hyödyntäen Suomi.fi -alustaa",
      commitments: [
        {
          text: "Paperipostin korvaaminen sähköisellä toimintamallilla",
          actions: [
            act("Sähköistettävien lähetyspalveluiden kartoittaminen", [
              { text: "Sähköistettyjen palvelujen määrä", baseline: 0, target: "2-3" },
              {
                text: "Lähetetyn paperipostin määrä (kpl/v)",
                baseline: { num: 48000, fmt: "#,##0" },
                target: "40 000",
              },
            ]),
          ],
        },
      ],
    },
    {
      focus: "Kasvava Pori",
      goal: "Osaavan työvoiman saatavuus",
      commitments: [
        {
          text: "Tuemme työnantajia kansainvälisessä rekrytoinnissa",
          actions: [
            act(
              "Rekrytointitapahtumien järjestäminen yhdessä työnantajien kanssa",
              [
                {
                  text: "Työnantajien asiakastyytyväisyys (NPS)",
                  baseline: "NPS +45",
                  target: "Positiivinen NPS",
                },
              ],
              { measureStyle: "onRow" },
            ),
          ],
        },
      ],
    },
    {
      focus: "Hyvinvoiva Pori",
      goal: "Jokaisella porilaisella on mahdollisuus liikkua arjessaan",
      departmentRow: "Konsernipalvelut",
      commitments: [
        {
          text: "Kaupungin poikkihallinnollinen liikkumisohjelma",
          actions: [
            act("Lähiliikuntapaikkojen kunnostaminen", [
              { text: "Kunnostettujen lähiliikuntapaikkojen määrä", baseline: 2, target: 5 },
            ]),
          ],
        },
      ],
    },
    {
      focus: "Osaava Pori",
      goal: "Koulutuksen ja työelämän yhteistyö vahvistuu",
      commitments: [
        {
          text: "Lisäämme oppisopimuskoulutusta",
          actions: [
            act(
              "Oppisopimuspaikkojen markkinointi yrityksille",
              [
                { text: "Oppisopimusten määrä", baseline: 120, target: "Määrän kasvu" },
                { text: "Mukana olevien yritysten määrä", baseline: "35 yritystä", target: "50 yritystä" },
              ],
              { measureStyle: "cell", numbering: (n) => `Mittari ${n})` },
            ),
          ],
        },
      ],
    },
    {
      focusLabel: "TEEMA",
      focus: "Henkilöstö",
      goal: "Työhyvinvoinnin edistäminen",
      commitments: [
        {
          text: "Esihenkilötyön tukeminen",
          actions: [
            act(
              "Esihenkilövalmennuksen järjestäminen",
              [
                {
                  text: "Valmennukseen osallistuneiden esihenkilöiden osuus",
                  baseline: { num: 0.35, fmt: "0 %" },
                  target: { num: 0.6, fmt: "0 %" },
                },
                {
                  text: "Sairauspoissaolot (pv/htv)",
                  baseline: { num: 14.2, fmt: "0.0" },
                  target: "alle 13",
                },
              ],
              { measureStyle: "cell", numbering: (n) => `${n}.` },
            ),
          ],
        },
      ],
    },
    {
      focus: "Kasvava Pori",
      goal: "Pori mahdollistaa yritystoiminnan kasvun ja uudistumisen",
      commitments: [
        {
          text: "Tarjoamme nopeat ja digitaaliset lupaprosessit",
          actions: [
            act("Lupaprosessien sujuvoittaminen", [
              { text: "Kaikkien lupien keskimääräinen läpimenoaika", baseline: "26 pv", target: "20 pv" },
            ]),
          ],
        },
      ],
    },
    {
      focusLabel: "TEEMA",
      focus: "Talous",
      goal: "Talouden tasapaino ja hallittu velkaantuminen",
      commitments: [
        {
          text: "Hankintojen keskittäminen",
          actions: [
            act(
              "Hankintojen kilpailuttamisen tehostaminen",
              [{ text: "Kilpailutettujen hankintojen osuus", baseline: "62 %", target: "70 %" }],
              { measureStyle: "cell", numbering: (n) => `Mittari ${n}:` },
            ),
            act("Sopimushallinnan käyttöönotto", [
              { text: "Sopimukset sopimushallintajärjestelmässä", baseline: "30 %", target: "100 %" },
            ]),
          ],
        },
      ],
    },
    {
      focus: "Kasvava Pori",
      goal: "Osaavan työvoiman saatavuus",
      commitments: [
        {
          text: "Vahvistamme työperäistä maahanmuuttoa",
          actions: [
            act("Kansainvälisten osaajien vastaanottopalvelun kehittäminen", [
              {
                text: "Palvelun asiakkaiden määrä / vuosi",
                baseline: "130 asiakasta",
                target: "200 asiakasta",
              },
            ]),
          ],
        },
      ],
    },
    {
      focus: "Hyvinvoiva Pori",
      goal: "Jokaisella porilaisella on mahdollisuus liikkua arjessaan",
      commitments: [
        {
          text: "Kävelyn ja pyöräilyn edistäminen",
          actions: [
            act("Pyöräteiden talvikunnossapidon parantaminen", [
              { text: "Asukastyytyväisyys talvikunnossapitoon", baseline: "2,9", target: "3,3" },
              { text: "Priorisoitujen pyöräreittien pituus (km)", baseline: "42 km", target: "60 km" },
            ]),
          ],
        },
      ],
    },
    {
      focusLabel: "TEEMA",
      focus: "Viestintä",
      goal: "Kaupungilla ja sen sidosryhmillä on yhteinen kasvutarina",
      commitments: [
        {
          text: "Kasvutarinan lanseeraus ja jalostaminen yhdessä sidosryhmien kanssa",
          actions: [
            act("Kasvutarinaan liittyvien sisältöjen toteuttaminen", [
              { text: "Kasvutarinaan liittyviä sisältöjä julkaistu", baseline: 0, target: 10 },
              { text: "Kasvutarinan näkyminen mediaseurannassa", baseline: 0, target: "> 0" },
            ]),
          ],
        },
      ],
    },
    {
      focus: "Osaava Pori",
      goal: "Koulutuksen ja työelämän yhteistyö vahvistuu",
      commitments: [
        {
          text: "Nuorten kesätyöllistäminen",
          actions: [
            act("Kesätyösetelin markkinointi yrityksille", [
              { text: "Käytettyjen kesätyösetelien määrä", baseline: "410 kpl", target: "vähintään 450 kpl" },
            ]),
          ],
        },
      ],
    },
    {
      focus: "Kasvava Pori",
      goal: "Asukasmäärään vaikuttaminen",
      commitments: [
        {
          text: "Panostamme kaupunki- ja asukasmarkkinointiin",
          actions: [
            act("Jatkamme asukas- ja matkailumarkkinointia", [
              { text: "Markkinointikampanjoiden määrä", baseline: 5, target: 7 },
            ]),
          ],
        },
      ],
    },
    {
      focusLabel: "TEEMA",
      focus: "Digitalisaatio",
      goal: "Palveluiden sähköistäminen hyödyntäen Suomi.fi -alustaa",
      commitments: [
        {
          text: "Sähköisen allekirjoituksen käytön laajentaminen",
          actions: [
            act("Sähköisen allekirjoituksen käyttöönotto toimialoilla", [
              {
                text: "Toimialat, joilla sähköinen allekirjoitus on käytössä",
                baseline: "1/4",
                target: "4/4",
              },
            ]),
          ],
        },
      ],
    },
  ];
}

type Fault = {
  name: string;
  code: string;
  /** Changes one block's description (a copy). */
  plant: (b: GenBlock) => void;
};

const firstAction = (b: GenBlock): GenAction => b.commitments[0].actions[0];

const FAULTS: Fault[] = [
  {
    name: "TEKO row deleted",
    code: "goal-without-commitment",
    plant: (b) => void (b.commitments[0].label = null),
  },
  {
    name: "TOIMENPIDE row deleted",
    code: "commitment-without-action",
    plant: (b) => void (firstAction(b).label = null),
  },
  {
    name: "MITTARI row and values deleted",
    code: "action-without-measure",
    plant: (b) => void (firstAction(b).measureLabel = null),
  },
  {
    name: "baseline emptied",
    code: "measure-without-baseline",
    plant: (b) => void (firstAction(b).measures[0].baseline = null),
  },
  {
    name: "baseline a formula error (#DIV/0!)",
    code: "measure-without-baseline",
    plant: (b) => void (firstAction(b).measures[0].baseline = { error: "#DIV/0!" }),
  },
  {
    name: "target emptied",
    code: "measure-without-target",
    plant: (b) => void (firstAction(b).measures[0].target = null),
  },
  {
    name: "selvitys deleted",
    code: "action-without-selvitys",
    plant: (b) => void (firstAction(b).selvitys = null),
  },
  {
    name: "T1 heading in a T2 report",
    code: "selvitys-period-mismatch",
    plant: (b) => void (firstAction(b).selvitys = { heading: T1, text: "Tapahtuma pidettiin 22.4." }),
  },
  {
    name: "action copied twice under one commitment",
    code: "duplicate-action",
    plant: (b) =>
      void b.commitments[0].actions.push({
        ...firstAction(b),
        measures: firstAction(b).measures.map((m) => ({ ...m })),
      }),
  },
  {
    name: "measure duplicated under one action",
    code: "duplicate-measure",
    plant: (b) => void firstAction(b).measures.push({ ...firstAction(b).measures[0] }),
  },
  { name: "TOIMENPDE", code: "label-near-miss", plant: (b) => void (firstAction(b).label = "TOIMENPDE") },
  { name: "MITARI", code: "label-near-miss", plant: (b) => void (firstAction(b).measureLabel = "MITARI") },
  { name: "TAVOTE", code: "label-near-miss", plant: (b) => void (b.goalLabel = "TAVOTE") },
  {
    name: "Lähtötaos",
    code: "label-near-miss",
    plant: (b) => void (firstAction(b).headers = ["Lähtötaos", "Tavoitetaso"]),
  },
  { name: "Kasvava Porii", code: "name-spelling-variant", plant: (b) => void (b.focus = "Kasvava Porii") },
  {
    name: "Osaavan työvoiman saatavuuss",
    code: "name-spelling-variant",
    plant: (b) => void (b.goal = "Osaavan työvoiman saatavuuss"),
  },
  {
    name: "unassessable target",
    code: "target-not-assessable",
    plant: (b) => void (firstAction(b).measures[0].target = "Yhteistyötä jatketaan"),
  },
  {
    name: "empty selvitys",
    code: "action-without-selvitys",
    plant: (b) => void (firstAction(b).selvitys = { heading: T2, text: "" }),
  },
];

/** The block each fault is planted in: one that can carry it (the variants need their namesakes). */
function blockFor(fault: Fault, blocks: GenBlock[], used: Set<number>): number {
  const fits = (b: GenBlock, i: number): boolean => {
    if (used.has(i)) return false;
    if (fault.name === "Kasvava Porii") return b.focus === "Kasvava Pori";
    if (fault.name.startsWith("Osaavan")) return b.goal === "Osaavan työvoiman saatavuus";
    return true;
  };
  const i = blocks.findIndex(fits);
  if (i < 0) throw new Error(`no block for ${fault.name}`);
  return i;
}

interface Planted {
  snapshot: WorkbookSnapshot;
  sheet: GeneratedSheet;
  /** Block index → fault planted there. */
  faults: Map<number, Fault>;
}

function plantAll(faults: Fault[], style: Partial<SheetStyle>, sheetName = "T2 2025"): Planted {
  // Twice the blocks: every fault gets one, and clean blocks sit between faulty ones.
  const blocks = allBlocks(T2);
  const used = new Set<number>();
  const map = new Map<number, Fault>();
  // The spelling variants first: they need blocks of their namesakes.
  const ordered = [...faults].sort(
    (a, b) =>
      Number(b.name.includes("Por") || b.name.startsWith("Osaavan")) -
      Number(a.name.includes("Por") || a.name.startsWith("Osaavan")),
  );
  // Leave the block after each faulty one clean while there is room.
  const spare = blocks.length - faults.length;
  for (const f of ordered) {
    const i = blockFor(f, blocks, used);
    used.add(i);
    if (i + 1 < blocks.length && used.size - map.size <= spare) used.add(i + 1);
    map.set(i, f);
    f.plant(blocks[i]);
  }
  const sheet = blockSheet(sheetName, blocks, style);
  return { snapshot: { name: "generated.xlsx", sheets: [sheet.grid] }, sheet, faults: map };
}

function blockOf(sheet: GeneratedSheet, row: number): number {
  return sheet.blocks.findIndex((b) => row >= b.first && row <= b.last);
}

function describeFindings(fs: Finding[]): string[] {
  return fs.map((f) => `${f.severity} ${f.code} ${f.cell.sheet}!${a1(f.cell)}: ${f.message.fi}`);
}

/** Each fault found in its block; every other block without warnings or errors. */
function check(p: Planted): void {
  const findings = validateWorkbook(readWorkbook(p.snapshot));
  const problems: string[] = [];
  for (const [i, fault] of p.faults) {
    const b = p.sheet.blocks[i];
    const hit = findings.some((f) => f.code === fault.code && f.cell.row >= b.first && f.cell.row <= b.last);
    if (!hit) problems.push(`${fault.name}: no ${fault.code} in rows ${b.first}-${b.last}`);
  }
  for (const f of findings) {
    if (f.severity === "info" && f.code !== "target-not-assessable") continue;
    const i = blockOf(p.sheet, f.cell.row);
    if (!p.faults.has(i))
      problems.push(`clean block ${i} (rows ${p.sheet.blocks[i]?.first}-): ${describeFindings([f])[0]}`);
  }
  expect(problems).toEqual([]);
}

const STYLES: [string, Partial<SheetStyle>][] = [
  ["labels in A, values next to the measure", {}],
  [
    "labels in B, values two columns right, year headers, merged title",
    {
      labelCol: 1,
      valueGap: 2,
      headers: ["Lähtötaso 2024", "Tavoitetaso 2025"],
      title: "TALOUSARVION 2025 TOIMINNALLISET TAVOITTEET – KONSERNIPALVELUT",
      mergeTitle: true,
    },
  ],
  [
    "labels in title case with colons, text two columns right, blank-free",
    {
      textGap: 2,
      label: (l) => `${l.charAt(0)}${l.slice(1).toLocaleLowerCase("fi-FI")}:`,
      blankRows: 0,
      title: "Toiminnallisten tavoitteiden toteutuminen T2/2025, konsernipalvelut",
    },
  ],
  [
    "labels in C, no-break spaces and a Tila column",
    {
      labelCol: 2,
      headers: ["Lähtötaso", "Tavoitetaso", "Tila"],
      label: (l) => `${l}\u00a0`,
      blankRows: 2,
    },
  ],
];

describe.each(STYLES)("a generated T2 report: %s", (_name, style) => {
  it("clean, it reads every action and measure and gives no warning or error", () => {
    const sheet = blockSheet("T2 2025", allBlocks(T2), style);
    const wr = readWorkbook({ name: "clean.xlsx", sheets: [sheet.grid] });
    const [r] = wr.sheets;
    const blocks = baseBlocks(T2);
    const actions = blocks.flatMap((b) => b.commitments.flatMap((c) => c.actions));
    expect([r.layout, r.period, countActions(r), countMeasures(r)]).toEqual([
      "block",
      "T2",
      2 * actions.length,
      2 * actions.reduce((n, a) => n + a.measures.length, 0),
    ]);
    expect(r.problems).toEqual([]);
    expect(r.nearMisses).toEqual([]);
    const findings = validateWorkbook(wr).filter((f) => f.severity !== "info");
    expect(describeFindings(findings)).toEqual([]);
  });

  it.each(FAULTS.map((f) => [f.name, f] as const))("finds %s in its block only", (_n, fault) => {
    check(plantAll([fault], style));
  });

  it("finds every fault at its block when all are planted at once", () => {
    const faults = FAULTS.filter((f) => !f.name.startsWith("T1 heading"));
    check(plantAll(faults, style));
  });
});

export type { Grid };

/** Year-end blocks: every measure with an actual and the person's own status. */
function yearBlocks(heading: string, focusFix: (f: string) => string = (f) => f): GenBlock[] {
  const statuses = ["Toteutunut", "Osittain toteutunut", "Ei toteutunut", "Ei arvioitavissa"];
  let k = 0;
  return baseBlocks(heading).map((b) => ({
    ...b,
    focus: focusFix(b.focus),
    commitments: b.commitments.map((c) => ({
      ...c,
      actions: c.actions.map((a) => ({
        ...a,
        measures: a.measures.map((m) => ({
          ...m,
          actual: k % 3 === 0 ? { num: 7, fmt: "0" } : `Toteutui osittain.\nTyö jatkuu ${2024 + (k % 2)}.`,
          status: statuses[k++ % statuses.length],
        })),
      })),
    })),
  }));
}

const YEAR_STYLE: Partial<SheetStyle> = {
  labelCol: 1,
  valueGap: 1,
  headers: ["Lähtötaso 2022", "Tavoitetaso 2023", "Toteuma 2023", "Tila"],
  title: "Talousarvion toiminnallisten tavoitteiden toteutuminen 2023, elinvoima- ja ympäristötoimiala",
  mergeTitle: true,
};

describe("a generated year-end workbook: one goal sheet per department, notes and a hidden sheet", () => {
  const notes = freeSheet("Ohjeet", [
    ["Täyttöohje"],
    ["Kirjoita toteuma Toteuma-sarakkeeseen ja arvio Tila-sarakkeeseen."],
    ["Tila: Toteutunut / Osittain toteutunut / Ei toteutunut / Ei arvioitavissa"],
    ["Laskenta", { error: "#DIV/0!" }],
  ]);
  const hidden = freeSheet("Apu", [["Toteutunut"], ["Osittain toteutunut"], ["Ei toteutunut"]], true);

  function workbook(plant: (a: GenBlock[], b: GenBlock[]) => void): {
    snapshot: WorkbookSnapshot;
    sheets: GeneratedSheet[];
  } {
    const a = yearBlocks(YEAR);
    // The second department writes its focus areas in capitals: the same names, no warning.
    const b = yearBlocks(YEAR, (f) => f.toLocaleUpperCase("fi-FI")).map((blk) => ({
      ...blk,
      commitments: blk.commitments.map((c) => ({
        ...c,
        text: `${c.text} (sivistys)`,
        departmentRow: "Sivistystoimiala",
      })),
    }));
    plant(a, b);
    const s1 = blockSheet("Elinvoima 2023", a, YEAR_STYLE);
    const s2 = blockSheet("Sivistys 2023", b, {
      ...YEAR_STYLE,
      labelCol: 0,
      valueGap: 2,
      title: "TOIMINNALLISTEN TAVOITTEIDEN TOTEUTUMINEN 2023 – SIVISTYSTOIMIALA",
    });
    return { snapshot: { name: "vuosi.xlsx", sheets: [notes, s1.grid, hidden, s2.grid] }, sheets: [s1, s2] };
  }

  it("clean, each sheet is a year-end report of its department with no warning or error", () => {
    const { snapshot } = workbook(() => {});
    const wr = readWorkbook(snapshot);
    expect(
      wr.sheets.map((r) => [r.sheet, r.layout, r.period, r.year, r.department, r.hasActualColumn]),
    ).toEqual([
      ["Ohjeet", "none", null, null, null, false],
      ["Elinvoima 2023", "block", "year", 2023, "Elinvoima- ja ympäristötoimiala", true],
      ["Apu", "none", null, null, null, false],
      ["Sivistys 2023", "block", "year", 2023, "Sivistystoimiala", true],
    ]);
    const measures = [
      ...wr.sheets[1].focusAreas.flatMap((f) =>
        f.goals.flatMap((g) => g.commitments.flatMap((c) => c.actions.flatMap((a) => a.measures))),
      ),
    ];
    expect(measures[0]).toMatchObject({ actual: { text: "7" }, ownStatus: { text: "Toteutunut" } });
    // A value written over two lines (Alt+Enter) is read as one line of text.
    expect(measures[1].actual?.text).toBe("Toteutui osittain. Työ jatkuu 2025.");
    expect(wr.sheets[1].ownStatusColumn).toBe("Tila");
    expect(describeFindings(validateWorkbook(wr).filter((f) => f.severity !== "info"))).toEqual([]);
  });

  it("finds an emptied actual, an own status off the scale and a misspelt focus area, each at its block", () => {
    const { snapshot, sheets } = workbook((a, b) => {
      a[2].commitments[0].actions[0].measures[0].actual = null;
      b[6].commitments[0].actions[0].measures[0].status = "Melkein";
      b[8].focus = "Kasvava Porii";
    });
    const findings = validateWorkbook(readWorkbook(snapshot)).filter((f) => f.severity !== "info");
    const where = (f: Finding) => {
      const s = f.cell.sheet === "Elinvoima 2023" ? sheets[0] : sheets[1];
      return `${f.code} ${f.cell.sheet} block ${blockOf(s, f.cell.row)}`;
    };
    expect(findings.map(where)).toEqual([
      "measure-without-actual Elinvoima 2023 block 2",
      "own-status-off-scale Sivistys 2023 block 6",
      "name-spelling-variant Sivistys 2023 block 8",
    ]);
  });
});

describe("generated reports of other periods", () => {
  it.each([
    ["Q3", "Selvitys toimenpiteen edistymisestä vuoden kolmannella neljänneksellä (Q3):", "sameCell"],
    ["H1", "Selvitys toimenpiteen edistymisestä ensimmäisellä vuosipuoliskolla (H1)", "nextRows"],
    ["T3", "selvitys tavoitteen toteutumisesta (T3):", "nextRows"],
    ["year", "SELVITYS TOIMENPITEEN TOTEUTUMISESTA VUONNA 2024", "sameCell"],
    ["T1", "Selvitys tavoitteen toteutumisesta T1/2024", "nextRowsSplit"],
  ] as const)(
    "%s: heading %j is read, every action has its report, no warnings",
    (period, heading, style) => {
      const blocks = baseBlocks(heading).map((b) => ({
        ...b,
        commitments: b.commitments.map((c) => ({
          ...c,
          actions: c.actions.map((a) => ({
            ...a,
            selvitys: { heading, text: "Mittari 1. Edennyt.\nMittari 2. Aloitettu syksyllä.", style },
            measures: a.measures.map((m) => (period === "year" ? { ...m, actual: "Toteutunut" } : m)),
          })),
        })),
      }));
      const sheet = blockSheet(
        "Raportti",
        blocks,
        period === "year" ? { headers: ["Lähtötaso", "Tavoitetaso", "Toteuma"] } : {},
      );
      const wr = readWorkbook({ name: null, sheets: [sheet.grid] });
      const [r] = wr.sheets;
      expect([r.period, r.year ?? 2024]).toEqual([period, 2024]);
      const actions = r.focusAreas.flatMap((f) =>
        f.goals.flatMap((g) => g.commitments.flatMap((c) => c.actions)),
      );
      expect(actions.every((a) => a.reports.length === 1 && a.reports[0].text.includes("Edennyt."))).toBe(
        true,
      );
      expect(describeFindings(validateWorkbook(wr).filter((f) => f.severity !== "info"))).toEqual([]);
    },
  );
});

describe("a garbled region in a generated goal sheet", () => {
  it("is a read problem at its rows, inside its block; the other blocks stay clean", () => {
    const sheet = blockSheet("T2 2025", allBlocks(T2), { labelCol: 1 });
    const b = sheet.blocks[4];
    // Rows after the block's TOIMENPIDE overwritten with junk: numbers and words in no order.
    const row = b.actions[0].first; // 1-based row of the TOIMENPIDE
    const cells = sheet.grid.cells.map((r) => [...r]);
    cells[row] = [
      null,
      null,
      null,
      { value: 12, text: "12" },
      { value: "xx", text: "xx" },
      { value: 0.5, text: "50 %" },
    ];
    cells[row + 1] = [null, null, null, null, { value: "??", text: "??" }, { value: 3, text: "3" }];
    const wr = readWorkbook({ name: null, sheets: [{ ...sheet.grid, cells }] });
    const findings = validateWorkbook(wr).filter((f) => f.severity !== "info");
    const blocks = new Set(findings.map((f) => blockOf(sheet, f.cell.row)));
    expect([...blocks]).toEqual([4]);
    expect(findings.some((f) => f.code === "read-problem")).toBe(true);
  });
});

/** Findings that are not notes, as "code A1". */
const loud = (snapshot: WorkbookSnapshot): string[] =>
  validateWorkbook(readWorkbook(snapshot))
    .filter((f) => f.severity !== "info")
    .map((f) => `${f.code} ${a1(f.cell)}`);

describe("a generated flat table with its own Tila column and blank 'same as above' cells", () => {
  const header = [
    "",
    "Toimiala",
    "Painopiste / teema",
    "Tavoite",
    "Teko",
    "Toimenpide",
    "Mittari",
    "Lähtötaso 2024",
    "Tavoitetaso 2025",
    "Tila",
  ];
  const rows = (status4: string, target5: string | null): (string | null)[][] => [
    [
      "",
      "Konsernipalvelut",
      "Viestintä",
      "Strateginen viestintä ja markkinointi",
      "Uuden yksikön organisoituminen",
      "Viestintästrategian laatiminen",
      "Strategia valmis",
      "Ei olemassa",
      "Valmis ja käytössä",
      "Osittain toteutunut",
    ],
    ["", "", "", "", "", "", "Vaikuttavuuden mittaristo valmis", "Ei olemassa", "Valmis", "Ei toteutunut"],
    [
      "",
      "",
      "Digitalisaatio",
      "Palveluiden sähköistäminen",
      "Paperipostin korvaaminen",
      "Lähetyspalveluiden kartoittaminen",
      "Sähköistetyt palvelut",
      "0",
      "2-3",
      "Toteutunut",
    ],
    [
      "",
      "",
      "",
      "",
      "",
      "Sähköisen allekirjoituksen laajentaminen",
      "Toimialat, joilla käytössä",
      "1/4",
      "4/4",
      status4,
    ],
    [
      "",
      "",
      "Kasvava Pori",
      "Osaavan työvoiman saatavuus",
      "Tuemme työnantajia",
      "Rekrytointitapahtumat",
      "Tapahtumien määrä",
      "4",
      target5,
      "Ei arvioitavissa",
    ],
  ];
  const snapshot = (status4: string, target5: string | null): WorkbookSnapshot => ({
    name: "taulukko.xlsx",
    sheets: [
      freeSheet("T2 2025", [["Toiminnalliset tavoitteet T2/2025"], [], header, ...rows(status4, target5)]),
    ],
  });

  it("clean, reads five measures under their blanks' parents, with own statuses, and gives no warning", () => {
    const wr = readWorkbook(snapshot("Toteutunut", "6"));
    const [r] = wr.sheets;
    expect([r.layout, r.ownStatusColumn, countActions(r), countMeasures(r)]).toEqual(["table", "Tila", 4, 5]);
    expect(r.focusAreas.map((f) => f.text)).toEqual(["Viestintä", "Digitalisaatio", "Kasvava Pori"]);
    expect(loud(snapshot("Toteutunut", "6"))).toEqual([]);
  });

  it("finds 'Melkein' in the Tila column and an emptied target at their rows", () => {
    expect(loud(snapshot("Melkein", null))).toEqual(["own-status-off-scale J7", "measure-without-target G8"]);
  });
});

describe("a generated programme workbook: unnumbered blocks, missing fields, a list of long-term goals", () => {
  const list = freeSheet("Pitkän aikavälin tavoitteet", [
    ["Pitkän aikavälin tavoitteet"],
    ["Työpaikkojen ja verotulojen kasvu"],
    ["Nuorisotakuun toteutuminen"],
    ["Kehittyvä sisäinen ohjausmalli"],
  ]);
  type Item = [string, string, string, string | null, string | null];
  const items: Item[] = [
    [
      "Työpaikkojen ja verotulojen kasvu.",
      "Yritysten kasvun tukeminen.",
      "Yritysten kasvutarpeiden tunnistaminen.",
      "Kumppaniverkoston yhteinen palveluehdotus.",
      "Jouko Hautamäki",
    ],
    [
      "Nuorisotakuun toteutuminen.",
      "Nuorten työllistymisen tukeminen.",
      "Kesätyösetelit yrityksille.",
      "Käytettyjen setelien määrä.",
      "Juha Laine",
    ],
    [
      "Kehittyvä sisäinen ohjausmalli.",
      "Tavoitteiden seuranta kolmannesvuosittain.",
      "Raportointimallin uudistaminen.",
      "Uusi malli käytössä.",
      "Tiina Lehtonen",
    ],
    [
      "Työpaikkojen ja verotulojen kasvu.",
      "Tonttitarjonnan kehittäminen.",
      "Infrastruktuuri-investoinnit.",
      "Luovutettujen tonttien määrä.",
      "Mikko Nurminen",
    ],
  ];
  function sheet(plant: (items: Item[]) => void, vastuuLabel = "Vastuuhenkilö") {
    const copy = items.map((i) => [...i] as Item);
    plant(copy);
    const rows: (string | null)[][] = [["KONSERNIHALLINNON TOIMIALAN PALVELUOHJELMA 2018"], []];
    const starts: number[] = [];
    copy.forEach((it, i) => {
      // A block starts at its number ("1."); every other block is unnumbered.
      starts.push(rows.length + 1);
      if (i % 2 === 0) rows.push([`${i + 1}.`]);
      rows.push(["Pitkän aikavälin tavoite", it[0]]);
      rows.push(["Toiminnallinen tavoite 2018", it[1]]);
      rows.push(["Toimenpide", it[2]]);
      if (it[3] !== null) rows.push(["Mittari", it[3]]);
      if (it[4] !== null) rows.push([i === 2 ? vastuuLabel : "Vastuuhenkilö", it[4]]);
      rows.push([]);
    });
    return {
      snapshot: { name: "ohjelma.xlsx", sheets: [freeSheet("Toiminnalliset tavoitteet", rows), list] },
      starts,
    };
  }
  const blockAt = (starts: number[], row: number) => starts.filter((s) => s <= row).length - 1;
  const found = (s: ReturnType<typeof sheet>) =>
    validateWorkbook(readWorkbook(s.snapshot))
      .filter((f) => f.severity !== "info")
      .map((f) => `${f.code} block ${blockAt(s.starts, f.cell.row)}`);

  it("clean, reads four items and gives no warning", () => {
    const s = sheet(() => {});
    const [r] = readWorkbook(s.snapshot).sheets;
    expect([r.layout, r.programme?.items.length]).toEqual(["programme", 4]);
    expect(found(s)).toEqual([]);
  });

  it("finds a missing Mittari, a missing Vastuuhenkilö and an unlisted long-term goal at their blocks", () => {
    const s = sheet((it) => {
      it[0][3] = null;
      it[1][4] = null;
      it[3][0] = "Porin maine ja näkyvyys.";
    });
    expect(found(s)).toEqual([
      "programme-missing-field block 0",
      "programme-missing-field block 1",
      "programme-unknown-long-term-goal block 3",
    ]);
  });

  it("warns of 'Vastuhenkilö' as a near-miss at its block", () => {
    const s = sheet(() => {}, "Vastuhenkilö");
    expect(found(s)).toEqual(["label-near-miss block 2"]);
  });
});
