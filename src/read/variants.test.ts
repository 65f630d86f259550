/**
 * Block sheets written the way a city clerk writes them when copying from Word or the budget book's
 * PDF: everything in one column, labels with numbers or with their text on the next row, value
 * headers on their own row, bullets, other selvitys headings, page breaks. Each is read for what a
 * person reads on it, and validation stays quiet on all of them (they are clean reports).
 */
import { countActions, countMeasures } from "../model";
import { measureRows } from "../model/rows";
import { validateWorkbook } from "../validate";
import { readWorkbook } from "./index";
import { gridOf } from "../../test/support/mess";

interface Variant {
  name: string;
  sheet: string;
  rows: string[][];
  expected: {
    department: string | null;
    period: string | null;
    year: number;
    actions: number;
    measures: number;
  };
  /** Fields of the first measure row of `toteuma read --json`. */
  first: Record<string, string | null>;
}

const VARIANTS: Variant[] = [
  {
    name: "the whole report in column A, label and text in one cell without a colon, 'Lähtötaso 65 %' rows, a 1.1.–31.8. selvitys (T2)",
    sheet: "Sivistys T2",
    rows: [
      ["Sivistystoimialan toiminnalliset tavoitteet 2024"],
      [""],
      ["PAINOPISTE Osaava Pori"],
      ["TAVOITE Oppimistulokset paranevat"],
      ["TEKO Vahvistamme perusopetusta"],
      ["TOIMENPIDE Lukutaidon tukeminen"],
      ["MITTARI Lukutaitotestin tulokset"],
      ["Lähtötaso 65 %"],
      ["Tavoitetaso 70 %"],
      ["Selvitys tavoitteen toteutumisesta 1.1.–31.8.2024: Testit tehty keväällä, tulokset paranivat."],
      ["TOIMENPIDE Kirjastopalvelujen kehittäminen"],
      ["MITTARI Lainausmäärä"],
      ["Lähtötaso 500 000"],
      ["Tavoitetaso 520 000"],
      ["Selvitys tavoitteen toteutumisesta 1.1.–31.8.2024: Lainaus kasvoi."],
    ],
    expected: { department: "Sivistystoimiala", period: "T2", year: 2024, actions: 2, measures: 2 },
    first: {
      action: "Lukutaidon tukeminen",
      measure: "Lukutaitotestin tulokset",
      baseline: "65 %",
      target: "70 %",
      focusArea: "Osaava Pori",
    },
  },
  {
    name: "'Toimenpide 1: …' and 'Mittari 1: …' in column A, a second action right after a selvitys, 1.1.–30.4. (T1)",
    sheet: "Taul1",
    rows: [
      ["Tekninen toimiala – toiminnalliset tavoitteet T1/2025"],
      ["Painopiste: Kestävä Pori"],
      ["Tavoite: Hiilineutraali kaupunki"],
      ["Teko: Vähennämme päästöjä"],
      ["Toimenpide 1: Katuvalojen vaihto LED-valoihin"],
      ["Mittari 1: Vaihdettujen valaisimien osuus", "Lähtötaso", "Tavoitetaso"],
      ["", "40 %", "60 %"],
      ["Selvitys 1.1.–30.4.2025: Vaihto etenee."],
      ["Toimenpide 2: Kaukolämmön päästöjen vähentäminen"],
      ["Mittari 2: CO2-päästöt (t)", "Lähtötaso", "Tavoitetaso"],
      ["", "120 000", "100 000"],
      ["Selvitys 1.1.–30.4.2025: Päästöt laskivat."],
    ],
    expected: { department: "Tekninen toimiala", period: "T1", year: 2025, actions: 2, measures: 2 },
    first: {
      action: "Katuvalojen vaihto LED-valoihin",
      measure: "Mittari 1: Vaihdettujen valaisimien osuus",
      baseline: "40 %",
      target: "60 %",
    },
  },
  {
    name: "'PAINOPISTE:' with the text on the next row, value headers on their own row under the MITTARI text, 'Toteutuminen vuonna 2025:'",
    sheet: "Perusturva",
    rows: [
      ["PERUSTURVAN TOIMIALAN TOIMINNALLISET TAVOITTEET 2025"],
      ["PAINOPISTE:"],
      ["Hyvinvoiva Pori"],
      ["TAVOITE:"],
      ["Ikäihmiset asuvat kotona"],
      ["TEKO:"],
      ["Kotihoitoa vahvistetaan"],
      ["TOIMENPIDE:"],
      ["Kotihoidon toiminnanohjaus"],
      ["MITTARI:"],
      ["Kotihoidon välitön työaika %"],
      ["", "Lähtötilanne", "Tavoite 2025", "Toteutuma"],
      ["", "55 %", "60 %", "58 %"],
      ["Toteutuminen vuonna 2025:"],
      ["Välitön työaika nousi."],
    ],
    expected: { department: "Perusturvan toimiala", period: "year", year: 2025, actions: 1, measures: 1 },
    first: {
      focusArea: "Hyvinvoiva Pori",
      goal: "Ikäihmiset asuvat kotona",
      commitment: "Kotihoitoa vahvistetaan",
      action: "Kotihoidon toiminnanohjaus",
      measure: "Kotihoidon välitön työaika %",
      baseline: "55 %",
      target: "60 %",
      actual: "58 %",
    },
  },
  {
    name: "an empty column between label and text, Tila left of the values, 'Tavoitetaso 2024' and 'Toteuma 31.12.', 'Arvio toteutumisesta:' headings",
    sheet: "Konsernihallinto",
    rows: [
      ["Konsernihallinto", "", "", "", ""],
      ["TOIMINNALLISET TAVOITTEET 2024"],
      ["PAINOPISTE", "", "Elinvoimainen Pori"],
      ["TAVOITE", "", "Toimiva organisaatio"],
      ["TEKO", "", "Digitalisaatio"],
      ["TOIMENPIDE", "", "Sähköisten palvelujen lisääminen"],
      [
        "MITTARI",
        "",
        "Sähköisten asiointipalvelujen määrä",
        "Tila",
        "Lähtötaso",
        "Tavoitetaso 2024",
        "Toteuma 31.12.",
      ],
      ["", "", "", "Toteutunut", "10", "15", "16"],
      ["Arvio toteutumisesta:", "", "Palveluja lisättiin."],
      ["TOIMENPIDE", "", "Henkilöstön työhyvinvointi"],
      ["MITTARI", "", "Sairauspoissaolot pv/htv", "Tila", "Lähtötaso", "Tavoitetaso 2024", "Toteuma 31.12."],
      ["", "", "", "Osittain toteutunut", "15", "12", "13"],
      ["Arvio toteutumisesta:", "", "Poissaolot vähenivät."],
    ],
    expected: { department: "Konsernihallinto", period: null, year: 2024, actions: 2, measures: 2 },
    first: {
      measure: "Sähköisten asiointipalvelujen määrä",
      baseline: "10",
      target: "15",
      actual: "16",
      ownStatus: "Toteutunut",
    },
  },
  {
    name: "measures as a)/b) and '- ' bullets in one cell, matched to the value rows in order; the department before a dash in the title",
    sheet: "Elinvoima",
    rows: [
      ["Elinvoimapalvelut – toiminnalliset tavoitteet 2025"],
      ["PAINOPISTE", "Kasvava Pori"],
      ["TAVOITE", "Yritysten määrä kasvaa"],
      ["TEKO", "Palvelemme yrityksiä"],
      ["TOIMENPIDE", "Yrityspalvelujen kehittäminen"],
      ["MITTARI", "a) Uusien yritysten määrä\nb) Yrityskäyntien määrä", "Lähtötaso", "Tavoitetaso"],
      ["", "", "300", "350"],
      ["", "", "100", "120"],
      ["Selvitys (T2):", "Hyvin menee."],
      ["TOIMENPIDE", "Matkailun edistäminen"],
      ["MITTARI", "- Yöpymiset\n- Kävijät Kirjurinluodossa", "Lähtötaso", "Tavoitetaso"],
      ["", "", "200 000", "210 000"],
      ["", "", "50 000", "55 000"],
      ["Selvitys (T2):", "Kesä oli hyvä."],
    ],
    expected: { department: "Elinvoimapalvelut", period: "T2", year: 2025, actions: 2, measures: 4 },
    first: { measure: "a) Uusien yritysten määrä", baseline: "300", target: "350" },
  },
  {
    name: "'Mittari:' heading with the measures in the following rows of column B, 'Tilannekatsaus (T2)' headings",
    sheet: "Kanslia",
    rows: [
      ["Kaupunginkanslia: toiminnalliset tavoitteet 2024"],
      ["PAINOPISTE", "Osallistuva Pori"],
      ["TAVOITE", "Asukkaat osallistuvat"],
      ["TEKO", "Lisäämme osallisuutta"],
      ["TOIMENPIDE", "Osallistuva budjetointi"],
      ["Mittari:", "", "Lähtötaso", "Tavoitetaso"],
      ["", "Äänestäneiden määrä", "2 000", "3 000"],
      ["", "Toteutuneet hankkeet", "5", "8"],
      ["Tilannekatsaus (T2)", "Äänestys pidettiin."],
      ["TOIMENPIDE", "Nuorisovaltuusto"],
      ["Mittari:", "", "Lähtötaso", "Tavoitetaso"],
      ["", "Kokousten määrä", "6", "8"],
      ["Tilannekatsaus (T2)", "Kokouksia pidettiin."],
    ],
    expected: { department: "Kaupunginkanslia", period: "T2", year: 2024, actions: 2, measures: 3 },
    first: { measure: "Äänestäneiden määrä", baseline: "2 000", target: "3 000" },
  },
  {
    name: "the title repeated at a page break and 'Sivu 1/2' footers; the period from 1.1.–30.9. (Q3)",
    sheet: "Tekninen 2024",
    rows: [
      ["TEKNINEN TOIMIALA"],
      ["Toiminnalliset tavoitteet 2024, toteutuminen 1.1.–30.9.2024"],
      ["PAINOPISTE", "Kestävä Pori"],
      ["TAVOITE", "Toimiva kaupunkirakenne"],
      ["TEKO", "Kaavoitamme"],
      ["TOIMENPIDE", "Asemakaavojen laatiminen"],
      ["MITTARI", "Hyväksytyt asemakaavat", "Lähtötaso", "Tavoitetaso"],
      ["", "", "10", "12"],
      ["Selvitys 1.1.–30.9.2024:", "Kaavoja hyväksyttiin 9."],
      ["", "", "", "Sivu 1/2"],
      ["TEKNINEN TOIMIALA"],
      ["Toiminnalliset tavoitteet 2024, toteutuminen 1.1.–30.9.2024"],
      ["TOIMENPIDE", "Katujen kunnossapito"],
      ["MITTARI", "Asukaspalautteiden määrä", "Lähtötaso", "Tavoitetaso"],
      ["", "", "400", "300"],
      ["Selvitys 1.1.–30.9.2024:", "Palautteita 320."],
      ["", "", "", "Sivu 2/2"],
    ],
    expected: { department: "Tekninen toimiala", period: "Q3", year: 2024, actions: 2, measures: 2 },
    first: { measure: "Hyväksytyt asemakaavat", baseline: "10", target: "12" },
  },
  {
    name: "labels with trailing numbers ('PAINOPISTE 1', 'MITTARI 2'), a year-end report",
    sheet: "Sivistys",
    rows: [
      ["Sivistystoimialan toiminnalliset tavoitteet 2024"],
      ["PAINOPISTE 1", "Osaava Pori"],
      ["TAVOITE 1", "Koulutustaso nousee"],
      ["TEKO 1", "Tuemme opiskelua"],
      ["TOIMENPIDE 1", "Kesken jääneiden opintojen vähentäminen"],
      ["MITTARI 1", "Keskeyttäneiden osuus", "Lähtötaso", "Tavoitetaso", "Toteuma"],
      ["", "", "8 %", "6 %", "7 %"],
      ["Selvitys tavoitteen toteutumisesta vuonna 2024:", "Keskeytykset vähenivät."],
      ["TOIMENPIDE 2", "Varhaiskasvatuksen osallistumisaste"],
      ["MITTARI 2", "Osallistumisaste", "Lähtötaso", "Tavoitetaso", "Toteuma"],
      ["", "", "80 %", "85 %", "84 %"],
      ["Selvitys tavoitteen toteutumisesta vuonna 2024:", "Nousi."],
    ],
    expected: { department: "Sivistystoimiala", period: "year", year: 2024, actions: 2, measures: 2 },
    first: {
      focusArea: "Osaava Pori",
      action: "Kesken jääneiden opintojen vähentäminen",
      measure: "Keskeyttäneiden osuus",
      actual: "7 %",
    },
  },
  {
    name: "labels ending in a line break and value headers broken over two lines ('Lähtö-\ntaso')",
    sheet: "Perusturva",
    rows: [
      ["Perusturvan toimiala, toiminnalliset tavoitteet 2025"],
      ["PAINOPISTE\n", "Hyvinvoiva Pori"],
      ["TAVOITE\n", "Terveyserot kapenevat"],
      ["TEKO\n", "Ennaltaehkäisy"],
      ["TOIMENPIDE\n", "Neuvolapalvelujen saatavuus"],
      ["MITTARI\n", "Hoitoon pääsy vrk", "Lähtö-\ntaso", "Tavoite-\ntaso"],
      ["", "", "14", "7"],
      ["Selvitys tavoitteen toteutumisesta 1-4/2025:", "Jonot lyhenivät."],
    ],
    expected: { department: "Perusturvan toimiala", period: "T1", year: 2025, actions: 1, measures: 1 },
    first: { measure: "Hoitoon pääsy vrk", baseline: "14", target: "7" },
  },
  {
    name: "labels in lower case, the department (a liikelaitos) on its own row and the year on the second title row",
    sheet: "Palveluliikelaitos",
    rows: [
      ["Porin Palveluliikelaitos"],
      ["Toiminnalliset tavoitteet 2025"],
      ["painopiste", "Kestävä talous"],
      ["tavoite", "Tuottava toiminta"],
      ["teko", "Tehostamme"],
      ["toimenpide", "Ruokahävikin vähentäminen"],
      ["mittari", "Hävikki kg/asiakas", "Lähtötaso", "Tavoitetaso"],
      ["", "", "12", "10"],
      ["selvitys (H1):", "Hävikki väheni."],
    ],
    expected: { department: "Porin Palveluliikelaitos", period: "H1", year: 2025, actions: 1, measures: 1 },
    first: { measure: "Hävikki kg/asiakas", unit: null, baseline: "12", target: "10" },
  },
];

describe.each(VARIANTS)("block sheet: $name", ({ sheet, rows, expected, first }) => {
  const wb = readWorkbook({ name: "test.xlsx", sheets: [gridOf(sheet, rows)] });
  const report = wb.sheets[0];

  it("is read as a block sheet with its counts, department, period and year", () => {
    expect({
      layout: report.layout,
      department: report.department,
      period: report.period,
      year: report.year,
      actions: countActions(report),
      measures: countMeasures(report),
    }).toEqual({ layout: "block", ...expected });
    expect(report.problems).toEqual([]);
    expect(report.nearMisses).toEqual([]);
  });

  it("reads the first measure as a person would", () => {
    expect(measureRows(report)[0]).toMatchObject(first);
    for (const row of measureRows(report)) {
      expect(row.measure).not.toBe("");
      expect(row.action).not.toBe("");
      expect(row.target).not.toBeNull();
    }
  });

  it("gives no findings (a clean report)", () => {
    expect(validateWorkbook(wb).map((f) => `${f.code} ${f.cell.row}`)).toEqual([]);
  });
});

interface TableVariant {
  name: string;
  sheet: string;
  rows: string[][];
  /** [top, left, bottom, right], 0-based. */
  merges: number[][];
  expected: {
    department: string | null;
    period: string | null;
    year: number;
    actions: number;
    measures: number;
  };
  /** Index of a measure row and fields it must have. */
  row: number;
  fields: Record<string, string | null>;
}

const TABLES: TableVariant[] = [
  {
    name: "a 'Nro' column, levels merged down over rows, 'Tilannearvio' and 'Vastuuhenkilö' columns, a totals row",
    sheet: "Taulukko",
    rows: [
      ["Sivistystoimialan toiminnalliset tavoitteet 2024, tilanne 31.8.2024"],
      [""],
      [
        "Nro",
        "Painopiste",
        "Tavoite",
        "Teko",
        "Toimenpide",
        "Mittari",
        "Lähtötaso",
        "Tavoitetaso",
        "Tilannearvio",
        "Vastuuhenkilö",
        "Selvitys (T2)",
      ],
      [
        "1",
        "Osaava Pori",
        "Oppiminen paranee",
        "Tuemme kouluja",
        "Lukutaidon tukeminen",
        "Lukutaitotestin tulokset",
        "65 %",
        "70 %",
        "Toteutunut",
        "Rehtori A",
        "Testit tehty.",
      ],
      ["2", "", "", "", "", "Lukudiplomit", "100", "150", "Toteutunut", "Rehtori A", "Diplomeja 120."],
      [
        "3",
        "",
        "",
        "",
        "Kirjastopalvelut",
        "Lainaus",
        "500 000",
        "520 000",
        "Ei toteutunut",
        "Kirjastotoimenjohtaja",
        "Lainaus laski.",
      ],
      [
        "4",
        "",
        "Hyvinvointi kasvaa",
        "Liikutamme",
        "Liikuntapaikat",
        "Käyntikerrat",
        "1 000 000",
        "1 050 000",
        "Toteutunut",
        "Liikuntajohtaja",
        "Hyvin.",
      ],
      ["", "Yhteensä", "", "", "", "4 mittaria"],
    ],
    merges: [
      [3, 1, 6, 1],
      [3, 2, 5, 2],
      [3, 3, 5, 3],
      [3, 4, 4, 4],
    ],
    expected: { department: "Sivistystoimiala", period: "T2", year: 2024, actions: 3, measures: 4 },
    row: 1,
    fields: {
      action: "Lukutaidon tukeminen",
      measure: "Lukudiplomit",
      baseline: "100",
      target: "150",
      ownStatus: "Toteutunut",
      focusArea: "Osaava Pori",
    },
  },
  {
    name: "columns in another order, a second header row of years and dates, the year on the second title row",
    sheet: "Taulukko",
    rows: [
      ["Tekninen toimiala"],
      ["Toiminnalliset tavoitteet 2025"],
      [
        "Toimenpide",
        "Mittari",
        "Tavoite",
        "Teko",
        "Painopiste",
        "Tavoitetaso",
        "Lähtötaso",
        "Toteuma",
        "Arvio",
      ],
      ["", "", "", "", "", "2025", "2024", "31.12.2025", ""],
      [
        "Katuvalot LED",
        "LED-osuus",
        "Hiilineutraali Pori",
        "Vähennämme päästöjä",
        "Kestävä Pori",
        "60 %",
        "40 %",
        "58 %",
        "Osittain toteutunut",
      ],
      [
        "Kaukolämpö",
        "CO2 t",
        "Hiilineutraali Pori",
        "Vähennämme päästöjä",
        "Kestävä Pori",
        "100 000",
        "120 000",
        "98 000",
        "Toteutunut",
      ],
    ],
    merges: [],
    expected: { department: "Tekninen toimiala", period: null, year: 2025, actions: 2, measures: 2 },
    row: 0,
    fields: {
      action: "Katuvalot LED",
      measure: "LED-osuus",
      baseline: "40 %",
      target: "60 %",
      actual: "58 %",
      ownStatus: "Osittain toteutunut",
    },
  },
  {
    name: "a grouping header row above the header, the period T1 from the title",
    sheet: "Taulukko",
    rows: [
      ["Perusturvan toimiala – toiminnalliset tavoitteet T1/2025"],
      ["Strateginen", "", "", "", "Mittarit", "", ""],
      ["Painopiste", "Tavoite", "Teko", "Toimenpide", "Mittari", "Lähtötaso", "Tavoitetaso", "Tila"],
      [
        "Hyvinvoiva Pori",
        "Kotona asuminen",
        "Kotihoito",
        "Toiminnanohjaus",
        "Välitön työaika",
        "55 %",
        "60 %",
        "Osittain toteutunut",
      ],
      [
        "Hyvinvoiva Pori",
        "Kotona asuminen",
        "Kotihoito",
        "Toiminnanohjaus",
        "Asiakastyytyväisyys",
        "4,0",
        "4,2",
        "Osittain toteutunut",
      ],
      [
        "Hyvinvoiva Pori",
        "Terveyserot",
        "Ennaltaehkäisy",
        "Neuvola",
        "Hoitoon pääsy vrk",
        "14",
        "7",
        "Ei toteutunut",
      ],
    ],
    merges: [],
    expected: { department: "Perusturvan toimiala", period: "T1", year: 2025, actions: 2, measures: 3 },
    row: 1,
    fields: { action: "Toiminnanohjaus", measure: "Asiakastyytyväisyys", baseline: "4,0", target: "4,2" },
  },
];

describe.each(TABLES)("flat table: $name", ({ sheet, rows, merges, expected, row, fields }) => {
  const grid = gridOf(sheet, rows);
  grid.merges = merges.map(([top, left, bottom, right]) => ({ top, left, bottom, right }));
  const wb = readWorkbook({ name: "test.xlsx", sheets: [grid] });
  const report = wb.sheets[0];

  it("is read with its counts, department, period and year", () => {
    expect({
      layout: report.layout,
      department: report.department,
      period: report.period,
      year: report.year,
      actions: countActions(report),
      measures: countMeasures(report),
    }).toEqual({ layout: "table", ...expected });
    expect(report.problems).toEqual([]);
  });

  it("reads the measure rows as a person would", () => {
    expect(measureRows(report)[row]).toMatchObject(fields);
  });

  it("gives no findings (a clean report)", () => {
    expect(validateWorkbook(wb).map((f) => `${f.code} ${f.cell.row}`)).toEqual([]);
  });
});
