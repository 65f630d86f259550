/**
 * A person's own status column, end to end: the reader finds it in the block and table layouts
 * wherever the person put it, the judge lets it win (source "own"), an empty or off-scale cell leaves
 * the status computed, and the "Tila" labels Toteuma wrote itself are never read back as the person's.
 */
import ExcelJS from "exceljs";
import { a1, measuresOf, type Assessment, type Measure, type WorkbookReport } from "../model";
import type { Grid, WorkbookSnapshot } from "../model/grid";
import { assessWorkbook } from "../assess";
import { planColour } from "../edits/colour";
import { STATE_SHEET } from "../model/own";
import { applyEdits } from "../xlsx/apply";
import { snapshotFromExcelJs, snapshotOf } from "../xlsx/snapshot";
import { exceljsOf, packageOf } from "../../test/support/xlsx";
import { readWorkbook } from "./index";
import { gridOf } from "../../test/support/mess";

interface Row {
  measure: string;
  own: string | null;
  ownCell: string | null;
  baseline: string | null;
  target: string | null;
  actual: string | null;
  status: Assessment["status"];
  source: Assessment["source"];
}

function rowsOf(wr: WorkbookReport, assessments: Assessment[]): Row[] {
  const out: Row[] = [];
  let i = 0;
  for (const report of wr.sheets)
    for (const { measure } of measuresOf(report)) {
      const m: Measure = measure;
      const a = assessments[i++];
      out.push({
        measure: m.text,
        own: m.ownStatus?.text ?? null,
        ownCell: m.ownStatus ? a1(m.ownStatus.cell) : null,
        baseline: m.baseline?.text ?? null,
        target: m.target?.text ?? null,
        actual: m.actual?.text ?? null,
        status: a.status,
        source: a.source,
      });
    }
  return out;
}

function run(snapshot: WorkbookSnapshot): { wr: WorkbookReport; rows: Row[] } {
  const wr = readWorkbook(snapshot);
  return { wr, rows: rowsOf(wr, assessWorkbook(wr)) };
}

const book = (...sheets: Grid[]): WorkbookSnapshot => ({ name: "held-out.xlsx", sheets });

const BLOCK_TOP = [
  ["Sivistystoimiala – toiminnalliset tavoitteet 2025"],
  ["PAINOPISTE", "Osaava Pori"],
  ["TAVOITE", "Oppimistulokset paranevat"],
  ["TEKO", "Vahvistamme perustaitoja"],
];

const HEADERS = [
  "Tila",
  "Arvio",
  "Oma arvio",
  "Tilanne",
  "Toteutumisen arvio",
  "Arvio toteutumisesta",
  "Tila 31.12.",
  "TILA",
  "Tila (oma arvio)",
  "Arvio (vihreä/keltainen/punainen)",
  "Oman arvio",
  "Oma\narvio",
  "Tila:",
  "Arvio tavoitteen toteutumisesta",
  "Tavoitteen tila",
  "Tila-arvio",
  "Tila / arvio",
  "Arviointi",
  "Liikennevalo",
  "Tilanne 31.8.",
  "Arvio (T2)",
];

describe("own status in the block layout", () => {
  it.each(HEADERS)("'%s' right of the values, values on the row under the MITTARI row", (header) => {
    const rows = [
      ...BLOCK_TOP,
      ["TOIMENPIDE", "Lukutaidon tukeminen"],
      ["MITTARI", "Lukudiplomien määrä", "Lähtötaso", "Tavoitetaso", "Toteuma", header],
      ["", "", "120", "150", "160", "Toteutunut"],
      ["Selvitys vuodelta 2025:", "Lukudiplomeja suoritettiin ennätysmäärä."],
      ["TOIMENPIDE", "Matematiikan tukiopetus"],
      ["MITTARI", "Tukiopetustunnit", "Lähtötaso", "Tavoitetaso", "Toteuma", header],
      ["", "", "500", "700", "600", "Osittain toteutunut"],
      ["Selvitys vuodelta 2025:", "Tunteja lisättiin."],
      ["TOIMENPIDE", "Kirjastoyhteistyö"],
      ["MITTARI", "Kirjastokäynnit", "Lähtötaso", "Tavoitetaso", "Toteuma", header],
      ["", "", "40", "60", "30", ""],
      ["Selvitys vuodelta 2025:", "Käyntejä oli vähemmän."],
      ["TOIMENPIDE", "Etäopetus"],
      ["MITTARI", "Etäopetuksen kurssit", "Lähtötaso", "Tavoitetaso", "Toteuma", header],
      ["", "", "5", "10", "", "Ei arvioitavissa"],
      ["Selvitys vuodelta 2025:", "Ei tietoa vielä."],
    ];
    const { wr, rows: got } = run(book(gridOf("Sivistys", rows)));
    expect(wr.sheets[0].layout).toBe("block");
    expect(wr.sheets[0].ownStatusColumn).toBe(header.replace(/\s+/g, " "));
    expect(wr.sheets[0].nearMisses).toEqual([]);
    expect(wr.sheets[0].problems).toEqual([]);
    expect(got).toEqual([
      {
        measure: "Lukudiplomien määrä",
        own: "Toteutunut",
        ownCell: "F7",
        baseline: "120",
        target: "150",
        actual: "160",
        status: "achieved",
        source: "own",
      },
      {
        measure: "Tukiopetustunnit",
        own: "Osittain toteutunut",
        ownCell: "F11",
        baseline: "500",
        target: "700",
        actual: "600",
        status: "partial",
        source: "own",
      },
      {
        measure: "Kirjastokäynnit",
        own: null,
        ownCell: null,
        baseline: "40",
        target: "60",
        actual: "30",
        status: "not-achieved",
        source: "computed",
      },
      {
        measure: "Etäopetuksen kurssit",
        own: "Ei arvioitavissa",
        ownCell: "F19",
        baseline: "5",
        target: "10",
        actual: null,
        status: "not-assessable",
        source: "own",
      },
    ]);
  });

  it.each(HEADERS)(
    "'%s' left of the values: the values shift one column, an empty status stays computed",
    (header) => {
      const rows = [
        ...BLOCK_TOP,
        ["TOIMENPIDE", "Lukutaidon tukeminen"],
        ["MITTARI", "Lukudiplomien määrä", header, "Lähtötaso", "Tavoitetaso", "Toteuma"],
        ["", "", "vihreä", "120", "150", "160"],
        ["Selvitys vuodelta 2025:", "Hyvin meni."],
        ["TOIMENPIDE", "Matematiikan tukiopetus"],
        ["MITTARI", "Tukiopetustunnit", header, "Lähtötaso", "Tavoitetaso", "Toteuma"],
        ["", "", "", "500", "700", "750"],
        ["Selvitys vuodelta 2025:", "Tunteja lisättiin."],
        ["TOIMENPIDE", "Kirjastoyhteistyö"],
        ["MITTARI", "Kirjastokäynnit", header, "Lähtötaso", "Tavoitetaso", "Toteuma"],
        ["", "", "Kesken", "40", "60", "50"],
        ["Selvitys vuodelta 2025:", "Jatkuu."],
      ];
      const { wr, rows: got } = run(book(gridOf("Sivistys", rows)));
      expect(wr.sheets[0].ownStatusColumn).toBe(header.replace(/\s+/g, " "));
      expect(wr.sheets[0].problems).toEqual([]);
      expect(
        got.map((r) => [r.measure, r.own, r.ownCell, r.baseline, r.target, r.actual, r.status, r.source]),
      ).toEqual([
        ["Lukudiplomien määrä", "vihreä", "C7", "120", "150", "160", "achieved", "own"],
        ["Tukiopetustunnit", null, null, "500", "700", "750", "achieved", "computed"],
        ["Kirjastokäynnit", "Kesken", "C15", "40", "60", "50", "partial", "own"],
      ]);
    },
  );

  it("the status on the MITTARI row itself, with the values there under a header row", () => {
    const rows = [
      ...BLOCK_TOP,
      ["TOIMENPIDE", "Lukutaidon tukeminen"],
      ["", "", "Lähtötaso", "Tavoitetaso", "Toteuma", "Oma arvio"],
      ["MITTARI", "Lukudiplomien määrä", "120", "150", "160", "🟢"],
      ["MITTARI", "Lainausten määrä", "1000", "1200", "1100", "Osittain"],
      ["MITTARI", "Lukupiirit", "3", "6", "2", ""],
      ["Selvitys vuodelta 2025:", "Hyvin meni."],
    ];
    const { wr, rows: got } = run(book(gridOf("Sivistys", rows)));
    expect(wr.sheets[0].ownStatusColumn).toBe("Oma arvio");
    expect(wr.sheets[0].problems).toEqual([]);
    expect(
      got.map((r) => [r.measure, r.own, r.ownCell, r.baseline, r.target, r.actual, r.status, r.source]),
    ).toEqual([
      ["Lukudiplomien määrä", "🟢", "F7", "120", "150", "160", "achieved", "own"],
      ["Lainausten määrä", "Osittain", "F8", "1000", "1200", "1100", "partial", "own"],
      ["Lukupiirit", null, null, "3", "6", "2", "not-achieved", "computed"],
    ]);
  });

  it("the status header between the measure text and the values on the MITTARI row, values on the same row", () => {
    const rows = [
      ...BLOCK_TOP,
      ["TOIMENPIDE", "Lukutaidon tukeminen"],
      ["", "", "Arvio", "Lähtötaso", "Tavoitetaso", "Toteuma"],
      ["MITTARI", "Lukudiplomien määrä", "Ei toteutunut", "120", "150", "110"],
      ["MITTARI", "Lainausten määrä", "", "1000", "1200", "1300"],
      ["Selvitys vuodelta 2025:", "Hyvin meni."],
    ];
    const { wr, rows: got } = run(book(gridOf("Sivistys", rows)));
    expect(wr.sheets[0].ownStatusColumn).toBe("Arvio");
    expect(wr.sheets[0].problems).toEqual([]);
    expect(
      got.map((r) => [r.measure, r.own, r.ownCell, r.baseline, r.target, r.actual, r.status, r.source]),
    ).toEqual([
      ["Lukudiplomien määrä", "Ei toteutunut", "C7", "120", "150", "110", "not-achieved", "own"],
      ["Lainausten määrä", null, null, "1000", "1200", "1300", "achieved", "computed"],
    ]);
  });

  it("headers and values on the MITTARI row and the status header on it too", () => {
    const rows = [
      ...BLOCK_TOP,
      ["TOIMENPIDE", "Lukutaidon tukeminen"],
      [
        "MITTARI",
        "Lukudiplomien määrä",
        "Lähtötaso 120",
        "Tavoitetaso 150",
        "Toteuma 160",
        "Tila: Toteutunut",
      ],
      ["Selvitys vuodelta 2025:", "Hyvin meni."],
      ["TOIMENPIDE", "Matematiikan tukiopetus"],
      [
        "MITTARI",
        "Tukiopetustunnit",
        "Lähtötaso 500",
        "Tavoitetaso 700",
        "Toteuma 600",
        "Arvio: osittain toteutunut",
      ],
      ["Selvitys vuodelta 2025:", "Tunteja lisättiin."],
    ];
    const { rows: got } = run(book(gridOf("Sivistys", rows)));
    expect(
      got.map((r) => [r.measure, r.own, r.ownCell, r.baseline, r.target, r.actual, r.status, r.source]),
    ).toEqual([
      ["Lukudiplomien määrä", "Toteutunut", "F6", "120", "150", "160", "achieved", "own"],
      ["Tukiopetustunnit", "osittain toteutunut", "F9", "500", "700", "600", "partial", "own"],
    ]);
  });

  it("several measures in one cell, a status per value row", () => {
    const rows = [
      ...BLOCK_TOP,
      ["TOIMENPIDE", "Lukutaidon tukeminen"],
      [
        "MITTARI",
        "a) Lukudiplomien määrä\nb) Lainausten määrä\nc) Lukupiirit",
        "Lähtötaso",
        "Tavoitetaso",
        "Toteuma",
        "Tilanne",
      ],
      ["", "", "120", "150", "160", "Toteutunut"],
      ["", "", "1000", "1200", "1100", ""],
      ["", "", "3", "6", "2", "Ei toteutunut"],
      ["Selvitys vuodelta 2025:", "Hyvin meni."],
    ];
    const { wr, rows: got } = run(book(gridOf("Sivistys", rows)));
    expect(wr.sheets[0].problems).toEqual([]);
    expect(
      got.map((r) => [r.measure, r.own, r.ownCell, r.baseline, r.target, r.actual, r.status, r.source]),
    ).toEqual([
      ["a) Lukudiplomien määrä", "Toteutunut", "F7", "120", "150", "160", "achieved", "own"],
      ["b) Lainausten määrä", null, null, "1000", "1200", "1100", "partial", "computed"],
      ["c) Lukupiirit", "Ei toteutunut", "F9", "3", "6", "2", "not-achieved", "own"],
    ]);
  });

  it("an own-status header is no measure, no value and no near-miss; an off-scale status stays computed", () => {
    const rows = [
      ...BLOCK_TOP,
      ["TOIMENPIDE", "Lukutaidon tukeminen"],
      ["MITTARI", "Lukudiplomien määrä", "Lähtötaso", "Tavoitetaso", "Toteuma", "Toteutumisen arvio"],
      ["", "", "120", "150", "160", "Katso selvitys"],
      ["Selvitys vuodelta 2025:", "Hyvin meni."],
    ];
    const { wr, rows: got } = run(book(gridOf("Sivistys", rows)));
    expect(wr.sheets[0].nearMisses).toEqual([]);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({
      own: "Katso selvitys",
      ownCell: "F7",
      status: "achieved",
      source: "computed",
    });
  });
});

const TABLE_HEAD = [
  "Painopiste",
  "Tavoite",
  "Teko",
  "Toimenpide",
  "Mittari",
  "Lähtötaso",
  "Tavoitetaso",
  "Toteuma",
];
const TABLE_ROWS = [
  [
    "Osaava Pori",
    "Oppimistulokset paranevat",
    "Perustaidot",
    "Lukutaito",
    "Lukudiplomit",
    "120",
    "150",
    "160",
  ],
  ["", "", "", "Tukiopetus", "Tukiopetustunnit", "500", "700", "600"],
  ["", "", "", "Kirjasto", "Kirjastokäynnit", "40", "60", "30"],
];
const TABLE_OWN = ["Toteutunut", "Kesken", ""];

describe("own status in the table layout", () => {
  const cases: [string, number][] = [];
  for (const header of [
    "Tila",
    "Arvio",
    "Tilannearvio",
    "Oma arvio",
    "Tila (oma arvio)",
    "Tavoitteen tila",
    "Liikennevalo",
  ])
    for (const at of [0, 5, 6, 8]) cases.push([header, at]);
  it.each(cases)("'%s' as column %i", (header, at) => {
    const insert = <T>(row: T[], x: T): T[] => [...row.slice(0, at), x, ...row.slice(at)];
    const rows = [
      ["Sivistystoimiala – toiminnalliset tavoitteet 2025, toteuma 31.12."],
      insert(TABLE_HEAD, header),
      ...TABLE_ROWS.map((r, i) => insert(r, TABLE_OWN[i])),
    ];
    const { wr, rows: got } = run(book(gridOf("Taulukko", rows)));
    expect(wr.sheets[0].layout).toBe("table");
    expect(wr.sheets[0].ownStatusColumn).toBe(header.replace(/\s+/g, " "));
    const col = String.fromCharCode(65 + at);
    expect(
      got.map((r) => [r.measure, r.own, r.ownCell, r.baseline, r.target, r.actual, r.status, r.source]),
    ).toEqual([
      ["Lukudiplomit", "Toteutunut", `${col}3`, "120", "150", "160", "achieved", "own"],
      ["Tukiopetustunnit", "Kesken", `${col}4`, "500", "700", "600", "partial", "own"],
      ["Kirjastokäynnit", null, null, "40", "60", "30", "not-achieved", "computed"],
    ]);
  });
});

/** The state sheet as "Väritä tila" leaves it: these cells were empty before Toteuma wrote them. */
function stateSheet(sheet: string, cells: [number, number][]): Grid {
  const json = JSON.stringify({ value: null, fill: null, fontColor: null });
  return gridOf(
    STATE_SHEET,
    cells.map(([r, c]) => ["status", sheet, String(r), String(c), json]),
  );
}

describe("a 'Tila' column Toteuma wrote itself", () => {
  const rows = [
    ...BLOCK_TOP,
    ["TOIMENPIDE", "Lukutaidon tukeminen"],
    ["MITTARI", "Lukudiplomien määrä", "Lähtötaso", "Tavoitetaso", "Toteuma", "Tila"],
    ["", "", "120", "150", "110", "Toteutunut"],
    ["Selvitys vuodelta 2025:", "Hyvin meni."],
  ];

  it("is not read as the person's own status", () => {
    const { wr, rows: got } = run(
      book(
        gridOf("Sivistys", rows),
        stateSheet("Sivistys", [
          [6, 6],
          [7, 6],
        ]),
      ),
    );
    expect(wr.sheets).toHaveLength(1);
    expect(wr.sheets[0].ownStatusColumn).toBeNull();
    expect(got).toEqual([
      expect.objectContaining({ own: null, actual: "110", status: "not-achieved", source: "computed" }),
    ]);
  });

  it("is the person's when they wrote it (no state for those cells)", () => {
    const { wr, rows: got } = run(book(gridOf("Sivistys", rows), stateSheet("Sivistys", [[7, 5]])));
    expect(wr.sheets[0].ownStatusColumn).toBe("Tila");
    expect(got[0]).toMatchObject({ own: "Toteutunut", status: "achieved", source: "own" });
  });

  it("colouring a workbook with the person's own column leaves their statuses theirs, read back from the file", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Sivistys");
    const own = [
      ...BLOCK_TOP,
      ["TOIMENPIDE", "Lukutaidon tukeminen"],
      ["MITTARI", "Lukudiplomien määrä", "Arvio", "Lähtötaso", "Tavoitetaso", "Toteuma"],
      ["", "", "Osittain toteutunut", "120", "150", "160"],
      ["Selvitys vuodelta 2025:", "Hyvin meni."],
      ["TOIMENPIDE", "Matematiikan tukiopetus"],
      ["MITTARI", "Tukiopetustunnit", "Arvio", "Lähtötaso", "Tavoitetaso", "Toteuma"],
      ["", "", "", "500", "700", "600"],
      ["Selvitys vuodelta 2025:", "Tunteja lisättiin."],
    ];
    own.forEach((r, i) => r.forEach((t, j) => t && (ws.getCell(i + 1, j + 1).value = t)));
    const before = run(snapshotFromExcelJs(wb, "own.xlsx"));
    const expected = [
      ["Lukudiplomien määrä", "Osittain toteutunut", "C7", "partial", "own"],
      ["Tukiopetustunnit", null, null, "partial", "computed"],
    ];
    const pick = (r: Row) => [r.measure, r.own, r.ownCell, r.status, r.source];
    expect(before.rows.map(pick)).toEqual(expected);

    const file = await packageOf(wb, "own.xlsx");
    for (let round = 0; round < 2; round++) {
      const snapshot = await snapshotOf(file);
      const wr = readWorkbook(snapshot);
      applyEdits(file, planColour(wr, assessWorkbook(wr), snapshot));
      // Toteuma's labels are there, right of the values…
      const back = (await exceljsOf(file)).getWorksheet("Sivistys") as ExcelJS.Worksheet;
      expect(back.getCell("G7").value).toBe("Osittain toteutunut");
      expect(back.getCell("G11").value).toBe("Osittain toteutunut");
      expect(back.getCell("G6").value).toBe("Tila");
      // …and are not read back as the person's.
      const after = run(await snapshotOf(file));
      expect(after.wr.sheets[0].ownStatusColumn).toBe("Arvio");
      expect(after.rows.map(pick)).toEqual(expected);
    }
  });
});

describe("own status in harder block sheets", () => {
  const pick = (r: Row) => [r.measure, r.own, r.ownCell, r.baseline, r.target, r.actual, r.status, r.source];

  it("a header row of its own under the MITTARI text, status right of the values", () => {
    const rows = [
      ...BLOCK_TOP,
      ["TOIMENPIDE", "Lukutaidon tukeminen"],
      ["MITTARI", "Lukudiplomien määrä"],
      ["", "", "Lähtötaso", "Tavoitetaso", "Toteuma", "Tila"],
      ["", "", "120", "150", "160", "Toteutunut"],
      ["Selvitys vuodelta 2025:", "Hyvin meni."],
    ];
    const { wr, rows: got } = run(book(gridOf("Sivistys", rows)));
    expect(wr.sheets[0].ownStatusColumn).toBe("Tila");
    expect(wr.sheets[0].problems).toEqual([]);
    expect(got.map(pick)).toEqual([
      ["Lukudiplomien määrä", "Toteutunut", "F8", "120", "150", "160", "achieved", "own"],
    ]);
  });

  it("headers only in the first block, later MITTARI rows carry values and the status", () => {
    const rows = [
      ...BLOCK_TOP,
      ["TOIMENPIDE", "Lukutaidon tukeminen"],
      ["MITTARI", "Lukudiplomien määrä", "Lähtötaso", "Tavoitetaso", "Toteuma", "Arvio"],
      ["", "", "120", "150", "160", "Toteutunut"],
      ["Selvitys vuodelta 2025:", "Hyvin meni."],
      ["TOIMENPIDE", "Matematiikan tukiopetus"],
      ["MITTARI", "Tukiopetustunnit", "500", "700", "600", "Ei toteutunut"],
      ["Selvitys vuodelta 2025:", "Tunteja lisättiin."],
      ["TOIMENPIDE", "Kirjastoyhteistyö"],
      ["MITTARI", "Kirjastokäynnit", "40", "60", "70"],
      ["Selvitys vuodelta 2025:", "Käyntejä oli enemmän."],
    ];
    const { wr, rows: got } = run(book(gridOf("Sivistys", rows)));
    expect(wr.sheets[0].problems).toEqual([]);
    expect(got.map(pick)).toEqual([
      ["Lukudiplomien määrä", "Toteutunut", "F7", "120", "150", "160", "achieved", "own"],
      ["Tukiopetustunnit", "Ei toteutunut", "F10", "500", "700", "600", "not-achieved", "own"],
      ["Kirjastokäynnit", null, null, "40", "60", "70", "achieved", "computed"],
    ]);
  });

  it("a period report without Toteuma: the status is all there is to judge by", () => {
    const rows = [
      ["Sivistystoimiala – toiminnalliset tavoitteet 2025, T2"],
      ...BLOCK_TOP.slice(1),
      ["TOIMENPIDE", "Lukutaidon tukeminen"],
      ["MITTARI", "Lukudiplomien määrä", "Lähtötaso", "Tavoitetaso", "Tilanne"],
      ["", "", "120", "150", "Kesken"],
      ["Selvitys (T2):", "Työ jatkuu."],
      ["TOIMENPIDE", "Matematiikan tukiopetus"],
      ["MITTARI", "Tukiopetustunnit", "Lähtötaso", "Tavoitetaso", "Tilanne"],
      ["", "", "500", "700", ""],
      ["Selvitys (T2):", "Tunteja lisättiin."],
    ];
    const { wr, rows: got } = run(book(gridOf("Sivistys", rows)));
    expect(wr.sheets[0].hasActualColumn).toBe(false);
    expect(got.map(pick)).toEqual([
      ["Lukudiplomien määrä", "Kesken", "E7", "120", "150", null, "partial", "own"],
      // Without an own status, a period report's measure is judged from its selvitys (issue 16).
      ["Tukiopetustunnit", null, null, "500", "700", null, "not-assessable", "selvitys"],
    ]);
  });

  it("an empty baseline does not shift the status into another field", () => {
    const rows = [
      ...BLOCK_TOP,
      ["TOIMENPIDE", "Lukutaidon tukeminen"],
      ["MITTARI", "Uusi lukuohjelma", "Lähtötaso", "Tavoitetaso", "Toteuma", "Tila"],
      ["", "", "", "Käytössä", "", "Osittain toteutunut"],
      ["Selvitys vuodelta 2025:", "Otettiin käyttöön osassa kouluja."],
    ];
    const { rows: got } = run(book(gridOf("Sivistys", rows)));
    expect(got.map(pick)).toEqual([
      ["Uusi lukuohjelma", "Osittain toteutunut", "F7", null, "Käytössä", null, "partial", "own"],
    ]);
  });

  it("several measures in one cell with the status left of the values, an empty status in the middle", () => {
    const rows = [
      ...BLOCK_TOP,
      ["TOIMENPIDE", "Lukutaidon tukeminen"],
      [
        "MITTARI",
        "1. Lukudiplomit\n2. Lainaukset\n3. Lukupiirit",
        "Tila",
        "Lähtötaso",
        "Tavoitetaso",
        "Toteuma",
      ],
      ["", "", "🟢", "120", "150", "160"],
      ["", "", "", "1000", "1200", "900"],
      ["", "", "Osittain", "3", "6", "4"],
      ["Selvitys vuodelta 2025:", "Hyvin meni."],
    ];
    const { wr, rows: got } = run(book(gridOf("Sivistys", rows)));
    expect(wr.sheets[0].problems).toEqual([]);
    expect(got.map((r) => r.measure.replace(/^\d\.\s*/, ""))).toEqual([
      "Lukudiplomit",
      "Lainaukset",
      "Lukupiirit",
    ]);
    expect(got.map((r) => pick(r).slice(1))).toEqual([
      ["🟢", "C7", "120", "150", "160", "achieved", "own"],
      [null, null, "1000", "1200", "900", "not-achieved", "computed"],
      ["Osittain", "C9", "3", "6", "4", "partial", "own"],
    ]);
  });

  it("statuses that look like words of a header row are read as statuses, not headers", () => {
    const rows = [
      ...BLOCK_TOP,
      ["TOIMENPIDE", "Lukutaidon tukeminen"],
      ["MITTARI", "Lukudiplomien määrä", "Lähtötaso", "Tavoitetaso", "Toteuma", "Tila"],
      ["", "", "120", "150", "160", "Toteutunut taso"],
      ["Selvitys vuodelta 2025:", "Hyvin meni."],
      ["TOIMENPIDE", "Matematiikan tukiopetus"],
      ["MITTARI", "Tukiopetustunnit", "Lähtötaso", "Tavoitetaso", "Toteuma", "Tila"],
      ["", "", "500", "700", "600", "Tilanne hyvä"],
      ["Selvitys vuodelta 2025:", "Tunteja lisättiin."],
    ];
    const { wr, rows: got } = run(book(gridOf("Sivistys", rows)));
    expect(wr.sheets[0].problems).toEqual([]);
    expect(got.map((r) => [r.measure, r.own, r.ownCell, r.actual])).toEqual([
      ["Lukudiplomien määrä", "Toteutunut taso", "F7", "160"],
      ["Tukiopetustunnit", "Tilanne hyvä", "F11", "600"],
    ]);
  });
});

describe("Toteuma's own Tila column in the table layout", () => {
  it("is not read as the person's, while the person's Arvio column is", () => {
    const rows = [
      ["Sivistystoimiala – toiminnalliset tavoitteet 2025, toteuma 31.12."],
      [...TABLE_HEAD, "Arvio", "Tila"],
      ...TABLE_ROWS.map((r, i) => [
        ...r,
        TABLE_OWN[i],
        ["Toteutunut", "Osittain toteutunut", "Ei toteutunut"][i],
      ]),
    ];
    const ours = stateSheet("Taulukko", [
      [2, 10],
      [3, 10],
      [4, 10],
      [5, 10],
    ]);
    const { wr, rows: got } = run(book(gridOf("Taulukko", rows), ours));
    expect(wr.sheets[0].ownStatusColumn).toBe("Arvio");
    expect(got.map((r) => [r.own, r.ownCell, r.source])).toEqual([
      ["Toteutunut", "I3", "own"],
      ["Kesken", "I4", "own"],
      [null, null, "computed"],
    ]);
  });

  it("alone, is no own status at all", () => {
    const rows = [
      ["Sivistystoimiala – toiminnalliset tavoitteet 2025, toteuma 31.12."],
      [...TABLE_HEAD, "Tila"],
      ...TABLE_ROWS.map((r, i) => [...r, ["Toteutunut", "Osittain toteutunut", "Ei toteutunut"][i]]),
    ];
    const ours = stateSheet("Taulukko", [
      [2, 9],
      [3, 9],
      [4, 9],
      [5, 9],
    ]);
    const { wr, rows: got } = run(book(gridOf("Taulukko", rows), ours));
    expect(wr.sheets[0].ownStatusColumn).toBeNull();
    expect(got.map((r) => [r.own, r.status, r.source])).toEqual([
      [null, "achieved", "computed"],
      [null, "partial", "computed"],
      [null, "not-achieved", "computed"],
    ]);
  });
});

describe("a person's status column added to the real fixture workbooks", () => {
  const STATUSES: [string, Assessment["status"] | null][] = [
    ["Toteutunut", "achieved"],
    ["Osittain toteutunut", "partial"],
    ["Ei toteutunut", "not-achieved"],
    ["Ei arvioitavissa", "not-assessable"],
    ["vihreä", "achieved"],
    ["Kesken", "partial"],
    ["", null],
    ["🟡", "partial"],
  ];

  /**
   * The sheet as a person would extend it: a "Tila" header at a new column right of everything on every
   * row with value headers, and their status at that column on each measure's value row.
   */
  function withOwnColumn(grid: Grid, measures: Measure[]) {
    const col = grid.columnCount; // 0-based: a new column
    const cells = grid.cells.map((row) => row.slice());
    const put = (r: number, text: string) => {
      while (cells[r].length < col) cells[r].push(null);
      cells[r][col] = text ? { value: text, text } : null;
    };
    const headerRows = new Set<number>();
    grid.cells.forEach((row, r) => {
      if (row.some((c) => c && /^(Lähtötaso|Tavoitetaso|Toteuma)$/.test(String(c.value).trim())))
        headerRows.add(r);
    });
    const expected: { own: string | null; cell: string | null; status: Assessment["status"] | null }[] = [];
    const usedRows = new Set<number>();
    let i = 0;
    for (const m of measures) {
      const value = m.actual ?? m.target ?? m.baseline;
      const r = value ? value.cell.row - 1 : -1;
      if (r < 0 || usedRows.has(r)) {
        expected.push({ own: null, cell: null, status: null });
        continue;
      }
      usedRows.add(r);
      const [text, status] = STATUSES[i++ % STATUSES.length];
      // Values on the header row itself ("Lähtötaso Suunnitteluvaihe"): the status written the same way.
      const onHeader = headerRows.has(r);
      put(r, onHeader && text ? `Tila: ${text}` : text);
      const cell = `${String.fromCharCode(65 + col)}${r + 1}`;
      expected.push({ own: text || null, cell: text ? cell : null, status });
    }
    for (const r of headerRows) if (!usedRows.has(r)) put(r, "Tila");
    return { grid: { ...grid, cells, columnCount: col + 1 }, expected };
  }

  it.each([
    "elinvoima-ja-ymparisto-2023-vuosi",
    "kasvu-ja-tyollisyys-2026-T1",
    "konsernipalvelut-2025-T2",
    "kasvu-ja-tyollisyys-2026-taulukko",
  ])("%s: each measure's status read from its own cell, the rest of the measure unchanged", async (name) => {
    const { loadFixture } = await import("../../test/support/load");
    const original = await loadFixture(name);
    const before = readWorkbook(original);
    const beforeAssessed = assessWorkbook(before);
    const sheets = original.sheets.map((g, s) => {
      const report = before.sheets[s];
      return report.layout === "block" || report.layout === "table"
        ? withOwnColumn(
            g,
            [...measuresOf(report)].map((p) => p.measure),
          )
        : { grid: g, expected: [] };
    });
    const after = readWorkbook({ ...original, sheets: sheets.map((s) => s.grid) });
    const assessed = assessWorkbook(after);
    let k = 0;
    let own = 0;
    after.sheets.forEach((report, s) => {
      const was = [...measuresOf(before.sheets[s])].map((p) => p.measure);
      const now = [...measuresOf(report)].map((p) => p.measure);
      expect(now.map((m) => [m.text, m.baseline, m.target, m.actual])).toEqual(
        was.map((m) => [m.text, m.baseline, m.target, m.actual]),
      );
      expect(report.problems).toEqual(before.sheets[s].problems);
      expect(report.nearMisses).toEqual(before.sheets[s].nearMisses);
      const exp = sheets[s].expected;
      if (exp.some((e) => e.own)) expect(report.ownStatusColumn).toMatch(/^Tila/);
      now.forEach((m, i) => {
        const e = exp[i];
        const a = assessed[k];
        const b = beforeAssessed[k++];
        expect([m.ownStatus?.text ?? null, m.ownStatus ? a1(m.ownStatus.cell) : null]).toEqual([
          e.own,
          e.cell,
        ]);
        if (e.status) {
          own++;
          expect([a.status, a.source]).toEqual([e.status, "own"]);
        } else {
          // As judged without the column: computed, or from the selvitys in a period report.
          expect([a.status, a.source]).toEqual([b.status, b.source]);
        }
      });
    });
    expect(own).toBeGreaterThanOrEqual(3);
  });
});

describe("colouring and reading back, with the person's column in other places", () => {
  const pick = (r: Row) => [r.measure, r.own, r.ownCell, r.status, r.source];

  async function roundTrips(sheet: string, rows: string[][], expected: unknown[][]) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(sheet);
    rows.forEach((r, i) => r.forEach((t, j) => t && (ws.getCell(i + 1, j + 1).value = t)));
    expect(run(snapshotFromExcelJs(wb, "x.xlsx")).rows.map(pick)).toEqual(expected);
    const cellsBefore = new Set<string>();
    ws.eachRow((row) => row.eachCell((c) => cellsBefore.add(c.address)));
    const file = await packageOf(wb, "x.xlsx");
    for (let round = 0; round < 2; round++) {
      const snapshot = await snapshotOf(file);
      const wr = readWorkbook(snapshot);
      applyEdits(file, planColour(wr, assessWorkbook(wr), snapshot));
      let wrote = 0;
      const back = (await exceljsOf(file)).getWorksheet(sheet) as ExcelJS.Worksheet;
      back.eachRow((row) => row.eachCell((c) => (wrote += cellsBefore.has(c.address) ? 0 : 1)));
      expect(wrote).toBeGreaterThan(0);
      expect(run(await snapshotOf(file)).rows.map(pick)).toEqual(expected);
    }
  }

  it("block without a column of the person's: Toteuma's Tila labels stay Toteuma's", async () => {
    await roundTrips(
      "Sivistys",
      [
        ...BLOCK_TOP,
        ["TOIMENPIDE", "Lukutaidon tukeminen"],
        ["MITTARI", "Lukudiplomien määrä", "Lähtötaso", "Tavoitetaso", "Toteuma"],
        ["", "", "120", "150", "110"],
        ["Selvitys vuodelta 2025:", "Heikosti meni."],
        ["TOIMENPIDE", "Matematiikan tukiopetus"],
        ["MITTARI", "Tukiopetustunnit", "Lähtötaso 500", "Tavoitetaso 700", "Toteuma 800"],
        ["Selvitys vuodelta 2025:", "Tunteja lisättiin."],
      ],
      [
        ["Lukudiplomien määrä", null, null, "not-achieved", "computed"],
        ["Tukiopetustunnit", null, null, "achieved", "computed"],
      ],
    );
  });

  it("block: the person's Tila right of the values, one status empty", async () => {
    await roundTrips(
      "Sivistys",
      [
        ...BLOCK_TOP,
        ["TOIMENPIDE", "Lukutaidon tukeminen"],
        ["MITTARI", "Lukudiplomien määrä", "Lähtötaso", "Tavoitetaso", "Toteuma", "Tila"],
        ["", "", "120", "150", "160", "Osittain toteutunut"],
        ["Selvitys vuodelta 2025:", "Hyvin meni."],
        ["TOIMENPIDE", "Matematiikan tukiopetus"],
        ["MITTARI", "Tukiopetustunnit", "Lähtötaso", "Tavoitetaso", "Toteuma", "Tila"],
        ["", "", "500", "700", "600", ""],
        ["Selvitys vuodelta 2025:", "Tunteja lisättiin."],
      ],
      [
        ["Lukudiplomien määrä", "Osittain toteutunut", "F7", "partial", "own"],
        ["Tukiopetustunnit", null, null, "partial", "computed"],
      ],
    );
  });

  it("table: the person's Arvio between Mittari and the values, one status empty", async () => {
    const head = [...TABLE_HEAD.slice(0, 5), "Arvio", ...TABLE_HEAD.slice(5)];
    await roundTrips(
      "Taulukko",
      [
        ["Sivistystoimiala – toiminnalliset tavoitteet 2025, toteuma 31.12."],
        head,
        ...TABLE_ROWS.map((r, i) => [...r.slice(0, 5), ["Ei toteutunut", "", "vihreä"][i], ...r.slice(5)]),
      ],
      [
        ["Lukudiplomit", "Ei toteutunut", "F3", "not-achieved", "own"],
        ["Tukiopetustunnit", null, null, "partial", "computed"],
        ["Kirjastokäynnit", "vihreä", "F5", "achieved", "own"],
      ],
    );
  });
});

describe("own status in numbered measure rows and two-row table headers", () => {
  const pick = (r: Row) => [r.measure, r.own, r.ownCell, r.baseline, r.target, r.actual, r.status, r.source];

  it("'Mittari 1.' rows under a MITTARI header row, the status left of the values", () => {
    const rows = [
      ...BLOCK_TOP,
      ["TOIMENPIDE", "Lukutaidon tukeminen"],
      ["MITTARI", "", "Tila", "Lähtötaso", "Tavoitetaso", "Toteuma"],
      ["", "Mittari 1. Lukudiplomien määrä", "Toteutunut", "120", "150", "160"],
      ["", "Mittari 2. Lainausten määrä", "", "1000", "1200", "900"],
      ["", "Mittari 3. Lukupiirit", "Osittain toteutunut", "3", "6", "4"],
      ["Selvitys vuodelta 2025:", "Hyvin meni."],
    ];
    const { wr, rows: got } = run(book(gridOf("Sivistys", rows)));
    expect(wr.sheets[0].problems).toEqual([]);
    expect(got.map(pick)).toEqual([
      ["Mittari 1. Lukudiplomien määrä", "Toteutunut", "C7", "120", "150", "160", "achieved", "own"],
      ["Mittari 2. Lainausten määrä", null, null, "1000", "1200", "900", "not-achieved", "computed"],
      ["Mittari 3. Lukupiirit", "Osittain toteutunut", "C9", "3", "6", "4", "partial", "own"],
    ]);
  });

  it("a table with years under the value headers and nothing under Tila", () => {
    const rows = [
      ["Sivistystoimiala – toiminnalliset tavoitteet, toteuma 31.12.2025"],
      [...TABLE_HEAD, "Tila"],
      ["", "", "", "", "", "2024", "2025", "2025"],
      ...TABLE_ROWS.map((r, i) => [...r, ["Osittain toteutunut", "", "Ei arvioitavissa"][i]]),
    ];
    const { wr, rows: got } = run(book(gridOf("Taulukko", rows)));
    expect(wr.sheets[0].layout).toBe("table");
    expect(wr.sheets[0].ownStatusColumn).toBe("Tila");
    expect(got.map(pick)).toEqual([
      ["Lukudiplomit", "Osittain toteutunut", "I4", "120", "150", "160", "partial", "own"],
      ["Tukiopetustunnit", null, null, "500", "700", "600", "partial", "computed"],
      ["Kirjastokäynnit", "Ei arvioitavissa", "I6", "40", "60", "30", "not-assessable", "own"],
    ]);
  });
});
