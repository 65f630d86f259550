/**
 * The 25 measures of the shared year-end workbook (test/fixtures/workbooks/
 * elinvoima-ja-ymparisto-2023-vuosi.xlsx, sheet "Toteutuminen 2023"), with the statuses a careful
 * controller would give. Cell texts are copied from the workbook; the Measure objects are built here
 * directly so that this table does not depend on the reader.
 */
import type { Measure, Status } from "../model";
import { assessMeasure } from ".";

const SHEET = "Toteutuminen 2023";

interface Row {
  /** Row of the measure's cell (column B, or A for row 43 where the sheet is shifted one column). */
  row: number;
  measure: string;
  baseline: string;
  target: string;
  actual: string;
  expected: Status;
  /** Why, where it is not obvious. */
  why?: string;
}

const ROWS: Row[] = [
  {
    row: 11,
    measure: "Tapahtuma-alan elinvoimavaikutusmittariston kehittäminen.",
    baseline: "Mittariston kehittäminen käynnissä.",
    target: "Mittaristo valmis.",
    actual: "Työ edelleen valtakunnan tasolla kesken.",
    expected: "partial",
    why: "work under way but not finished ('kesken'): started, not done",
  },
  {
    row: 16,
    measure: "Mittari 1. Kirjurinluodon leiriytymisalueen toiminnan vakiinnuttaminen.",
    baseline: "Pilotti toteutettu",
    target: "Useampivuotinen sopimus toiminnanharjoittajan kanssa.",
    actual: "Toteutunut ja valmis.",
    expected: "achieved",
  },
  {
    row: 16,
    measure: "Mittari 2. Kävijälaskureiden hankkiminen keskustaan ja Kirjurinluotoon.",
    baseline: "Hankinta suunnitteilla.",
    target: "Laskurit käytössä, dataa (avointa) hyödynnetään tapahtumasuunnittelussa.",
    actual: "Toteutunut, kehitys edelleen käynnissä.",
    expected: "achieved",
    why: "the verdict comes first ('Toteutunut'); continued development does not undo it",
  },
  {
    row: 28,
    measure: "Keskustan liikenneverkkosuunnitelma hyväksytty",
    baseline: "Suunnittelu on kesken",
    target: "Suunnitelma on hyväksytty",
    actual: "Suunnitelma on hyväksytty",
    expected: "achieved",
  },
  {
    row: 40,
    measure:
      "Mittari 1. Uudisrakennuslupien keskimääräinen läpimenoaika säilyy samassa suhteessa Topten – kaupunkeihin.",
    baseline: "1. Porissa n. 40 pv, Topten n. 60 pv.",
    target: "30 pv",
    actual: "n. 38 pv",
    expected: "partial",
    why: "target below baseline: lower is better; 40 → 38 pv moved towards 30 pv (20 %) without reaching it",
  },
  {
    row: 41,
    measure: "Mittari 2. Kaikkien lupien keskimääräinen läpimenoaika lyhenee.",
    baseline: "26 pv",
    target: "20 pv",
    actual: "24 pv",
    expected: "partial",
    why: "lower is better; 26 → 24 pv is a third of the way to 20 pv",
  },
  {
    row: 42,
    measure: "Mittari 3. Lupapalveluiden asiakaspalautejärjestelmän käyttöönotto.",
    baseline: "Ei käytössä",
    target: "Käytössä H1/2023",
    actual: "Ei käytössä",
    expected: "not-achieved",
    why: "explicit negative, and no change from the baseline",
  },
  {
    row: 43,
    measure: "Mittari 4. Lupapalveluiden prosessien kehittäminen palvelumuotoilun keinoin.",
    baseline: "Tarve tunnistettu",
    target: "Käynnistys Q1/2023, valmistuminen Q2/2023",
    actual: "Käynnistynyt",
    expected: "partial",
    why: "the target asks for start and completion; only the start happened",
  },
  {
    row: 51,
    measure: "Laadittujen yritysvaikutusten määrä",
    baseline: "0",
    target: "5",
    actual: "1",
    expected: "partial",
    why: "0 → 1 of 5: moved towards the target (20 %)",
  },
  {
    row: 60,
    measure: "Mittari 1. Markkinointikampanjoiden määrä",
    baseline: "5",
    target: "7",
    actual: "9",
    expected: "achieved",
  },
  {
    row: 61,
    measure:
      "Mittari 2. Kansainvälisten matkailijoiden yöpymisvuorokausien määrä kesäsesonkina toukokuu-syyskuu",
    baseline: "2019: 11200 2021: 5000 2022: 10 900",
    target: "Lähestyä v. 2019 tasoa, 10000",
    actual: "Yöpymisluvut 11 952, toteutunut.",
    expected: "achieved",
    why: "'approach the 2019 level' means higher is better although 10 000 is below 2022's 10 900; 11 952 ≥ 10 000",
  },
  {
    row: 62,
    measure:
      "Mittari 3. Yöpymisvuorokausien kokonaismäärä vuonna 2023 kotimaisten ja kansainvälisten matkailijoiden osalta",
    baseline: "2019 ja 2021 yöpymisvrk:t 221 000",
    target: "Kasvu 228 000 yöpymisvrk:n",
    actual: "Toteutunut 237 000 yöpymisvuorokautta.",
    expected: "achieved",
    why: "the years are context; 237 000 ≥ 228 000",
  },
  {
    row: 88,
    measure:
      "Uusien businesspori.fi -sivujen valmistuminen ja yritysmarkkinoinnin konsepti. Markkinointi käynnissä.",
    baseline: "Suunnitteilla",
    target: "Valmis ja käynnissä",
    actual: "Verkkosivut valmiina, markkinoinnin konseptointi ja toteutus vuodelle 2024 olemassa",
    expected: "achieved",
    why: "the sites are ready ('valmiina') and the marketing concept exists ('olemassa')",
  },
  {
    row: 97,
    measure: "Mittari 1. Ekosysteemisopimuksen puitteessa rahoitettavien hankkeiden määrän kasvattaminen",
    baseline: "Vuoden 2022 luku (0)",
    target: "Määrän kasvu",
    actual: "5 kpl",
    expected: "achieved",
    why: "relative target read against the baseline: 0 → 5 is growth",
  },
  {
    row: 99,
    measure: "Mittari 2. Prosessiteollisuudelle sopivien T/kemonttien määrän kasvattaminen",
    baseline: "0",
    target: "1 uusi + 1 vireille",
    actual: "1 on lähes valmis, 1 tulossa päätösvaiheeseen",
    expected: "partial",
    why: "the count matches but the words say neither is finished ('lähes valmis', 'tulossa')",
  },
  {
    row: 108,
    measure: "Uusi malli käytössä",
    baseline: "Suunnitteilla",
    target: "Käytössä",
    actual: "Käynnistyy 2/24",
    expected: "partial",
    why: "not yet in use at year end, but past planning: the service starts in February 2024",
  },
  {
    row: 117,
    measure:
      "Vuorovaikutteinen palautejärjestelmä on hankittu ja otettu käyttöön. Puutteisiin reagoidaan ripeästi.",
    baseline: "Puhelin- ja sähköpostipalaute",
    target: "Palautejärjestelmä käytössä",
    actual: "Palautejärjestelmä on testivaiheessa",
    expected: "partial",
    why: "'testivaiheessa' (in testing): started, not yet in use",
  },
  {
    row: 128,
    measure:
      "Uudet maksutavat ovat käytössä. Aika- ja kertalippumatkoja tehdään loka-joulukuussa enemmän kuin 2021 vastaavaan aikaan.",
    baseline: "113 000 matkaa",
    target: "119 000 (+5 %)",
    actual: "135 000 (+13 %)",
    expected: "achieved",
    why: "the parenthesised percentages are changes; 135 000 ≥ 119 000",
  },
  {
    row: 141,
    measure:
      "Joukkoliikennematkojen määrä kasvaa ympärivuotisilla vahvan palvelutason reiteillä elo-joulukuussa 2023 vuoden 2021 samaan aikaan verrattuna.",
    baseline: "259 000",
    target: "272 000 (+ 5 %)",
    actual: "355 000 (+ 37 %)",
    expected: "achieved",
  },
  {
    row: 166,
    measure: "Kuntakokeilun palkkatukipäätökset yritysisiin.",
    baseline: "130 kpl (52 % kaikista palkkatukipäätöksistä) tammi-kesäkuun aikana (2022)",
    target: "150 kpl/tammi-kesäkuussa 2023",
    actual: "63 kpl (48 %)",
    expected: "not-achieved",
    why: "counts compared with counts: 130 → 63 kpl moved away from 150 kpl",
  },
  {
    row: 175,
    measure: "Työryhmä ja valmistelija valittu ja tulevan alueen koko määriteltä",
    baseline: "Aloittamatta",
    target: "Tuleva alue ja malli sovittu",
    actual: "Toteutunut",
    expected: "achieved",
  },
  {
    row: 184,
    measure:
      "Mittari 1. TE-tilasto: niiden työnhakijoiden määrä, joiden valmistumisesta on korkeintaan 1 vuosi ja työttömyysjakso ylittää yli 3 kk.",
    baseline: "Työttömänä 37 % (1-7/2022)",
    target: "27 % (1-7/2023)",
    actual: "35 % (1-7/2023)",
    expected: "partial",
    why: "the periods are context; lower is better, 37 → 35 % towards 27 % (20 %)",
  },
  {
    row: 186,
    measure:
      "Mittari 2. Ohjaamon ja nuorten työvoimapalveluiden keskittäminen samoihin tiloihin ja tiiviiseen yhteistoimintaan",
    baseline: "Suunnittelu-vaihe",
    target: "Toteutunut",
    actual: "Suunnitelma muuttui vuoden 2023 aikana",
    expected: "not-achieved",
    why: "the plan changed: the services were not brought together as intended",
  },
  {
    row: 195,
    measure: "Mittari 1. Yhteistoimintasopimus tehty ja voimassa",
    baseline: "Lähtötaso Suunnitteluvaihe",
    target: "Tavoitetaso Toteutunut",
    actual: "Toteuma Ei erillistä sopimusta.",
    expected: "not-achieved",
    why: "the column labels are written into the cells; 'Ei erillistä sopimusta' (no separate agreement) is an explicit negative",
  },
  {
    row: 196,
    measure: "Mittari 2. Asiaksmäärä kuntouttavassa työtoiminnassa kuukausittain",
    baseline: "Te-tilasto 12/2021 431 hlö/kk",
    target: "Vähintään sama",
    actual: "12/2023: 250 hlö/kk",
    expected: "not-achieved",
    why: "'at least the same' as the baseline 431 hlö/kk; 250 is below it (moved away)",
  },
];

function measureOf(r: Row, i: number): Measure {
  const col = r.row === 43 ? 1 : 2;
  const at = (c: number) => ({ sheet: SHEET, row: r.row + (r.row === 43 ? 0 : 1), col: c });
  return {
    text: r.measure,
    cell: { sheet: SHEET, row: r.row, col },
    index: i + 1,
    baseline: { text: r.baseline, cell: at(col + 1) },
    target: { text: r.target, cell: at(col + 2) },
    actual: { text: r.actual, cell: at(col + 3) },
    ownStatus: null,
  };
}

describe("year-end workbook elinvoima-ja-ymparisto-2023-vuosi", () => {
  it("has the 25 measures of the sheet", () => {
    expect(ROWS).toHaveLength(25);
  });

  it.each(ROWS.map((r, i) => [`row ${r.row}: ${r.actual}`, r, i] as const))("%s", (_name, r, i) => {
    const a = assessMeasure(measureOf(r, i), { sheet: SHEET, ownStatusColumn: null, hasActualColumn: true });
    expect({ actual: r.actual, status: a.status, reason: a.reason.fi }).toEqual({
      actual: r.actual,
      status: r.expected,
      reason: a.reason.fi,
    });
    expect(a.source).toBe("computed");
    expect(a.reason.fi.length).toBeGreaterThan(10);
    expect(a.reason.en.length).toBeGreaterThan(10);
  });
});
