/**
 * A corpus of measures as a Finnish city's controller sees them in year-end and period reports,
 * invented in the style of the seed reports (../../shared/seeds) across sectors, each with the status
 * a careful controller gives. The expected statuses were written before the judge was run on them;
 * `why` explains the cases that are not obvious.
 *
 * Used by corpus.test.ts to measure and hold the judge's agreement with the controller.
 */
import type { Status } from "../../src/model";

export interface CorpusMeasure {
  /** The measure's text (MITTARI). */
  measure: string;
  baseline: string | null;
  target: string | null;
  actual: string | null;
  expected: Status;
  why?: string;
  /** A period report: the sheet has no actual column. */
  periodReport?: boolean;
}

export interface CorpusOwnStatus {
  /** The person's own status as written in the "Tila"/"Arvio" column. */
  own: string;
  /** The status a controller reads from it; null when it is off the scale and the status is computed. */
  expected: Status | null;
  why?: string;
}

const m = (
  measure: string,
  baseline: string | null,
  target: string | null,
  actual: string | null,
  expected: Status,
  why?: string,
): CorpusMeasure => ({ measure, baseline, target, actual, expected, why });

export const CORPUS: CorpusMeasure[] = [
  // Lupa-ajat (lead times): lower is better.
  m(
    "Rakennuslupien keskimääräinen käsittelyaika",
    "32 pv",
    "25 pv",
    "27 pv",
    "partial",
    "32 → 27 pv is 71 % of the way to 25 pv",
  ),
  m("Ympäristölupien käsittelyaika lyhenee", "n. 120 vrk", "alle 90 vrk", "85 vrk", "achieved"),
  m("Maa-aineslupien käsittelyaika", "6 kk", "4 kk", "6 kk", "not-achieved", "no change from the baseline"),
  m(
    "Poikkeamispäätösten käsittelyaika",
    "45 pv (2022)",
    "enintään 40 pv",
    "52 pv",
    "not-achieved",
    "grew: away from the target",
  ),
  m("Mittari 1. Lupahakemusten läpimenoaika", "2021: 38 pv 2022: 34 pv", "30 pv", "2023: 29 pv", "achieved"),
  m(
    "Asemakaavojen läpimenoaika",
    "18 kk",
    "Lyhenee",
    "15 kk",
    "achieved",
    "relative target read against the baseline",
  ),
  m(
    "Avustushakemusten käsittelyaika",
    "n. 2 kk",
    "1 kk",
    "1-2 kk",
    "partial",
    "a range as the actual is somewhere between: not fully at 1 kk",
  ),
  m("Asiakaspalautteisiin vastaaminen", "10 pv", "5 pv", "4 pv (tammi-kesäkuu)", "achieved"),
  m("Mittari 2. Rakennusvalvonnan jonossa olevat hakemukset", "-", "alle 50 kpl", "64 kpl", "not-achieved"),

  // Asiakastyytyväisyys / NPS.
  m("Asiakastyytyväisyys (NPS) lupapalveluissa", "NPS +12", "NPS +20", "NPS +25", "achieved"),
  m("Kirjaston asiakastyytyväisyys", "4,2 (asteikko 1-5)", "vähintään 4,3", "4,3", "achieved"),
  m(
    "Asiakastyytyväisyys liikuntapalveluihin",
    "8,4",
    "Vähintään sama",
    "8,1",
    "not-achieved",
    "fell below the baseline",
  ),
  m("Asukaskyselyn tyytyväisyys joukkoliikenteeseen", "68 %", "70 %", "69 %", "partial"),
  m("Nuorisopalveluiden NPS", "-5", "Positiivinen NPS", "+8", "achieved"),
  m("Suositteluindeksi (NPS)", "NPS 15", "> 20", "NPS 18", "partial"),
  m(
    "Asiakastyytyväisyys säilyy hyvänä",
    "4,1/5",
    "säilyy vähintään 4,0",
    "3,9/5",
    "not-achieved",
    "below the floor it had to keep",
  ),
  m(
    "Asiakastyytyväisyys ruokapalveluihin",
    "4,2",
    "ei heikkene",
    "4,1",
    "not-achieved",
    "it did weaken, if slightly",
  ),
  m("Yritysten tyytyväisyys yrityspalveluihin", "3,5", "3,8", "3,5", "not-achieved"),
  m("Vuokralaisten tyytyväisyys", "12,5", "13", "12,5", "not-achieved"),

  // Työllisyys.
  m("Työttömyysaste", "11,2 %", "10 %", "10,6 %", "partial", "lower is better: half way"),
  m("Nuorten työttömyysaste", "14 %", "laskee", "15,3 %", "not-achieved"),
  m("Pitkäaikaistyöttömien määrä", "2 450 hlö", "alle 2 200 hlö", "2 180 hlö", "achieved"),
  m("Työllisyysaste", "68,5 %", "70 %", "71,2 %", "achieved"),
  m("Palkkatuella työllistettyjen määrä", "310 hlö", "+10 %", "335 hlö", "partial", "target 341 hlö"),
  m("Avoimille työmarkkinoille siirtyneiden osuus", "18 %", "25 %", "18 %", "not-achieved"),
  m("Nuorten kesätyöpaikat", "400 kpl", "vähintään 450 kpl", "462 kpl", "achieved"),
  m(
    "Mittari 1. Työkokeilussa olevat",
    "12/2022: 150 hlö/kk",
    "170 hlö/kk",
    "12/2023: 176 hlö/kk",
    "achieved",
  ),
  m("Kotoutumiskoulutukseen osallistuneet", "180 hlö", "220 hlö", "205 hlö", "partial"),
  m(
    "Liikuntaneuvontaan osallistuneet",
    "n. 300 henkilöä",
    "vähintään 300 henkilöä",
    "280 henkilöä",
    "not-achieved",
  ),
  m("Kaupungin henkilöstömäärä", "2 140 htv", "enintään 2 100 htv", "2 098 htv", "achieved"),

  // Käyntimäärät.
  m(
    "Kirjaston fyysiset käynnit",
    "2019: 620 000 2022: 480 000",
    "Lähestyä v. 2019 tasoa, 550 000",
    "512 300",
    "partial",
    "from the 2022 level towards 550 000",
  ),
  m("Uimahallin käyntimäärä", "310 000", "320 000", "298 500", "not-achieved"),
  m("Museoiden kävijämäärä", "n. 85 000", "Määrän kasvu", "91 200", "achieved"),
  m(
    "Matkailijoiden yöpymisvuorokaudet",
    "2022: 410 000",
    "+5 %",
    "2023: 425 000",
    "partial",
    "target 430 500",
  ),
  m("Kulttuuritalon tapahtumien määrä", "85 tapahtumaa", "100 tapahtumaa", "104 tapahtumaa", "achieved"),
  m("Verkkosivujen käynnit", "1,2 milj.", "1,5 milj.", "1,35 milj.", "partial"),
  m(
    "Joukkoliikenteen matkustajamäärä",
    "2,1 milj. matkaa (2022)",
    "2,3 milj. matkaa",
    "2,32 milj. matkaa",
    "achieved",
  ),
  m("Kotikäyntien määrä", "1 250", "1 400", "1 310", "partial"),
  m("Digitaalisten palveluiden käyttäjät", "12 000 (2022)", "15 000", "n. 15 000", "achieved"),
  m("Asuntojen määrä keskustassa", "2021: 5 420 2022: 5 480", "2023: 5 600", "2023: 5 590", "partial"),
  m("Väestömäärä", "83 500", "> 84 000", "83 100", "not-achieved"),
  m(
    "Kirjaston lainaukset",
    "1 050 000",
    "vuoden 2022 tasolla",
    "1 062 000",
    "achieved",
    "kept at least the 2022 level",
  ),

  // Kustannukset.
  m("Toimialan nettokustannukset", "48,2 M€", "enintään 47,5 M€", "47,1 M€", "achieved"),
  m(
    "Kiinteistöjen ylläpitokustannukset",
    "12,4 milj. €",
    "Vähenee 3 %",
    "12,3 milj. €",
    "partial",
    "target 12,03 M€",
  ),
  m(
    "Työmarkkinatuen kuntaosuus",
    "6 967 749 € (2021)",
    "vähenee 1 M€:lla",
    "6 633 298 €",
    "partial",
    "fell by a third of the million",
  ),
  m("Ostopalveluiden kustannukset", "3,2 M€", "3,0 M€", "3,4 M€", "not-achieved"),
  m("Toimeentulotuen menot", "22 M€", "ei kasva", "23,5 M€", "not-achieved"),
  m("Hankintojen säästöt", "0 €", "500 000 €", "620 000 €", "achieved"),
  m("Sisäiset vuokrat", "1 850 t€", "1 800 t€", "1 790 t€", "achieved"),
  m("Ylitöiden kustannukset", "420 000 €", "-10 %", "401 000 €", "partial", "target 378 000 €"),
  m(
    "Kunnossapidon ulkoistetut kustannukset",
    "2,4 M€",
    "vuoden 2022 tasolla",
    "2,6 M€",
    "not-achieved",
    "costs: 'at the 2022 level' means not above it",
  ),
  m(
    "Henkilöstökulut",
    null,
    "18,5 M€",
    "18,9 M€",
    "not-achieved",
    "costs: lower is better even without a baseline",
  ),
  m("Hallinnon kustannukset asukasta kohden", "420 €/asukas", "400 €/asukas", "405 €/asukas", "partial"),
  m("Kulttuuriavustukset", "0,8 M€", "1,0 M€", "1,05 M€", "achieved"),
  m(
    "Ilkivallan korjauskustannukset",
    "85 000 €",
    "-20 %",
    "Nousi",
    "not-achieved",
    "rose although it had to fall",
  ),

  // Energia.
  m("Kaupungin kiinteistöjen energiankulutus", "98 GWh", "95 GWh", "93,4 GWh", "achieved"),
  m("Katuvalaistuksen sähkönkulutus", "5 600 MWh", "-15 %", "5 100 MWh", "partial", "target 4 760 MWh"),
  m("Lämmönkulutus", "62 GWh", "Vähenee", "63,1 GWh", "not-achieved"),
  m("Uusiutuvan energian osuus", "42 %", "50 %", "47 %", "partial"),
  m("Aurinkosähkön tuotanto kaupungin kiinteistöillä", "320 MWh", "500 MWh", "510 MWh", "achieved"),
  m("Koulujen energiankulutus", null, "enintään 40 GWh", "38,5 GWh", "achieved"),
  m(
    "Energiatehokkuussopimuksen säästötavoite",
    "2016: 0 MWh",
    "7,5 % säästö 2025 mennessä",
    "5,2 %",
    "partial",
  ),

  // Päästöt.
  m("Kasvihuonekaasupäästöt", "410 000 t CO2", "350 000 t CO2", "372 000 t CO2", "partial"),
  m("Kaupunkiorganisaation päästöt", "28 500 tCO2e", "-20 %", "29 100 tCO2e", "not-achieved"),
  m(
    "Ajoneuvojen CO2-päästöt",
    "1 200 t CO2",
    "alle 1 000 t CO2",
    "1 000 t CO2",
    "partial",
    "'alle' is strict: 1 000 is not below 1 000",
  ),

  // Jonot ja jonotusajat.
  m("Kiireettömän hoidon jonotusaika", "45 vrk", "enintään 30 vrk", "38 vrk", "partial"),
  m("Hammashoidon jonot", "5 kk", "3 kk", "2,5 kk", "achieved"),
  m("Vammaispalveluhakemusten käsittelyaika", "n. 60 pv", "max 40 pv", "42 pv", "partial"),
  m("Kotihoidon odotusaika", "14 pv", "≤ 7 pv", "7 pv", "achieved"),
  m(
    "Varhaiskasvatuspaikan jonotusaika",
    "2 vko",
    "2 vko",
    "3 vko",
    "not-achieved",
    "a waiting time: longer is worse",
  ),
  m("Hätäkeskuksen vasteaika", null, "8 min", "7,5 min", "achieved", "a response time: shorter is better"),

  // Kappaleet ja henkilöt.
  m("Uudet yritykset", "420 kpl", "450 kpl", "438 kpl", "partial"),
  m("Valmistuneet asunnot", "350 asuntoa", "400 asuntoa", "286 asuntoa", "not-achieved"),
  m("Myydyt omakotitontit", "25 tonttia", "30 tonttia", "31 tonttia", "achieved"),
  m("Laadittujen yritysvaikutusten arviointien määrä", "0 kpl", "5 kpl", "3 kpl", "partial"),
  m("Ekosysteemisopimuksen hankkeet", "4 hanketta", "Määrän kasvu", "4 hanketta", "not-achieved"),
  m("Sähköisten asiointipalveluiden määrä", "12", "20", "24", "achieved"),
  m(
    "Robotisoidut prosessit",
    "2 robottia",
    "5 prosessia automatisoitu",
    "4 prosessia automatisoitu",
    "partial",
  ),
  m("Pyöräilyn pääreittien rakentaminen", "0 km", "5 km", "3,2 km", "partial"),
  m("Koulujen sisäilmakorjaukset", "4 koulua", "Kaikki 8 koulua korjattu", "6 koulua korjattu", "partial"),
  m("Vesijohtojen saneeraus", "1,2 km/v", "2 km/v", "2,1 km", "achieved"),
  m("Kaupungin tapahtuma-avustuksella tuetut tapahtumat", "-", "Vähintään 10", "12 tapahtumaa", "achieved"),
  m(
    "Nettomuutto",
    "Nettomuutto -150",
    "Nettomuutto positiivinen",
    "-42",
    "partial",
    "moved towards positive, still negative",
  ),
  m("Liikenneonnettomuudet", "120", "Vähenee", "Laski 8 %", "achieved", "the actual says it fell, by 8 %"),
  m(
    "Nuorisotilojen aukioloajat",
    "20 h/vko",
    "25 h/vko",
    "Laski",
    "not-achieved",
    "fell although the target was higher",
  ),
  m("Lasten harrastusryhmien määrä", "45", "Kasvu", "Nousi", "achieved", "the target only asked for growth"),
  m("Liikennevahingot", "210", "180", "Ennallaan", "not-achieved", "no change"),

  // Prosenttiosuudet.
  m("Sähköisten hakemusten osuus", "55 %", "75 %", "81 %", "achieved"),
  m("Pyöräilyn kulkutapaosuus", "16 %", "20 %", "16 %", "not-achieved"),
  m("Yhdyskuntajätteen kierrätysaste", "38 %", "+5 %-yks.", "41 %", "partial", "target 43 %"),
  m("Sairauspoissaolot", "5,1 %", "4,5 %", "4,8 %", "partial"),
  m("Sairauspoissaolopäivät henkilötyövuotta kohden", "16,2 pv/htv", "laskee", "14,9 pv/htv", "achieved"),
  m("Henkilöstön vaihtuvuus", "9 %", "alle 8 %", "8,5 %", "partial"),
  m("Henkilöstökyselyn vastausprosentti", "62 %", "vähintään 70 %", "58 %", "not-achieved"),
  m("Varhaiskasvatuksen osallistumisaste", "78 % (2022)", "80 %", "80,4 % (12/2023)", "achieved"),
  m("Tietosuojakoulutuksen suorittaneet", "60 % suorittanut", "100 % henkilöstöstä", "87 %", "partial"),
  m("Sosiaalipäivystyksen tavoitettavuus", "85 %", "95 %", "95 %", "achieved"),
  m("Liikuntapaikkojen käyttöaste", "72 %", "säilyy", "74 %", "achieved"),
  m("Asukastyytyväisyys viheralueisiin", "3,8", "Pysyy ennallaan", "3,8", "achieved"),

  // Digitalisaatio.
  m("Sähköinen ajanvaraus", "Ei käytössä", "Käytössä 2023", "Otettu käyttöön 3/2023", "achieved"),
  m(
    "Asianhallintajärjestelmän uudistus",
    "Kilpailutus",
    "Järjestelmä käytössä",
    "Käyttöönotto siirtyy vuodelle 2025",
    "not-achieved",
    "postponed past the year: not reached",
  ),
  m("Chatbot asiakaspalveluun", "Suunnitteilla", "Käytössä H1/2024", "Pilotointi käynnissä", "partial"),
  m("Palautejärjestelmä", "-", "Hankittu ja käytössä", "Palautejärjestelmä on testivaiheessa", "partial"),
  m(
    "Lupapiste-asiointi",
    "Osittain käytössä",
    "Kaikki luvat Lupapisteessä",
    "Kaikki lupatyypit siirretty Lupapisteeseen",
    "achieved",
    "the actual restates the target as done",
  ),
  m(
    "Sähköinen arkistointi",
    "Paperiarkisto",
    "Sähköinen arkistointi otettu käyttöön",
    "Ei toteutunut resurssipulan vuoksi",
    "not-achieved",
  ),
  m(
    "Kaupungin mobiilisovellus",
    "Ei sovellusta",
    "Sovellus julkaistu",
    "Sovellus julkaistiin kesäkuussa 2023",
    "achieved",
  ),
  m("Sähköinen allekirjoitus", "Ei", "Kyllä", "Kyllä", "achieved"),
  m("Tilavaraus verkossa", "Ei", "Kyllä", "Ei", "not-achieved"),
  m(
    "Kaupunkipyöräjärjestelmä",
    "-",
    "Järjestelmä käytössä kesällä 2023",
    "Käytössä 5/2023 alkaen, 120 pyörää",
    "achieved",
  ),

  // Suunnitelmat.
  m(
    "Liikenneturvallisuussuunnitelma",
    "Luonnos",
    "Hyväksytty valtuustossa",
    "Hyväksytty valtuustossa 12.6.2023",
    "achieved",
  ),
  m(
    "Ilmasto-ohjelman päivitys",
    "Päivitys käynnissä",
    "Hyväksytty kaupunginvaltuustossa",
    "Käsittelyssä kaupunginhallituksessa",
    "partial",
  ),
  m(
    "Palveluverkkosuunnitelma",
    "Ei olemassa",
    "Suunnitelma valmis",
    "Luonnos valmis, hyväksyntä 2024",
    "partial",
    "a draft is progress, the plan is not done",
  ),
  m(
    "Viheralueohjelma",
    "Vanhentunut (2012)",
    "Uusi ohjelma hyväksytty",
    "Ohjelman laatiminen ei käynnistynyt",
    "not-achieved",
  ),
  m("Hulevesiohjelma", "Suunnittelu kesken", "Valmis", "Valmis", "achieved"),
  m("Kaavoitusohjelma", "–", "Hyväksytty", "Viivästynyt, hyväksytään 2/2024", "not-achieved"),
  m("Matkailun kehittämissuunnitelma", "Ei suunnitelmaa", "Suunnitelma valmis", "Osittain valmis", "partial"),
  m("Keskustan elinvoimaohjelma", "-", "Ohjelma laadittu", "Työ aloitettu syksyllä", "partial"),

  // Hankkeet.
  m(
    "Kävelykadun peruskorjaus",
    "Suunnittelu",
    "Valmis 2023",
    "Rakentaminen käynnissä, valmistuu 2024",
    "partial",
  ),
  m(
    "Uimahallin peruskorjaus",
    "Hankesuunnitelma",
    "Urakka käynnistyy",
    "Urakka käynnistyi 9/2023",
    "achieved",
    "the target asked only for the start",
  ),
  m(
    "Satama-alueen kehittämishanke",
    "Hakemus jätetty",
    "Rahoitus myönnetty",
    "Rahoitusta ei myönnetty",
    "not-achieved",
    "a negated repetition of the target",
  ),
  m(
    "Kiertotalouskeskus",
    "Selvitys tehty",
    "Toteutussuunnitelma valmis",
    "Hanke keskeytetty",
    "not-achieved",
  ),
  m("Tapahtumapaikan kehittäminen", "Ideointivaihe", "Käynnissä", "Käynnissä", "achieved"),
  m("Kehittämishankkeen käynnistys", "-", "Hanke käynnistyy", "Hanke ei käynnistynyt", "not-achieved"),
  m(
    "Yrityspalveluiden yhteinen toimitila",
    "Selvitys",
    "Toimitila käytössä",
    "Ennallaan",
    "not-achieved",
    "nothing changed",
  ),
  m(
    "Kävijälaskureiden hankinta",
    "Hankinta suunnitteilla",
    "Laskurit käytössä",
    "Hankinta siirtyy vuodelle 2025",
    "not-achieved",
  ),
  m("Markkinointikampanjan näkyvyys", "200 000 näyttöä", "250 000 näyttöä", "Tavoite ylittyi", "achieved"),
  m("Elinkeinostrategian toimenpiteet", "-", "Toimenpiteet toteutettu", "Osittain", "partial"),
  m(
    "Yhteistyösopimus yliopiston kanssa",
    "Neuvottelut käynnissä",
    "Sopimus allekirjoitettu",
    "Saavutettu",
    "achieved",
  ),
  m(
    "Esihenkilöiden johtamiskoulutus",
    "-",
    "Kaikki esihenkilöt koulutettu",
    "Toteutunut (90 %)",
    "partial",
    "only 90 % of what 'kaikki' asks",
  ),
  m("Ulkoilureittien kunnostus", "-", "10 km kunnostettu", "Ei toteutunut", "not-achieved"),
  m("Yritysten tyytyväisyys", "-", "Hyvä", "Hyvä", "achieved"),

  // Nothing to judge yet.
  m(
    "Asukkaiden osallisuuden kokemus",
    "Ei mitattu",
    "Paranee",
    "Kysely toteutetaan 2024",
    "not-assessable",
    "the measurement itself is still to come",
  ),
  m(
    "Kuntalaiskyselyn tyytyväisyys",
    "3,4",
    "3,6",
    "Tulokset valmistuvat keväällä 2024",
    "not-assessable",
    "results not yet available",
  ),
  m(
    "Viestinnän tavoittavuus",
    "-",
    "Tavoittavuus paranee",
    "Somessa seuraajia 12 400",
    "not-assessable",
    "no baseline to read 'paranee' against",
  ),
  m("Asiakastyytyväisyys kotihoitoon", "4,0", "4,2", "Tieto ei ole vielä saatavilla", "not-assessable"),
  m(
    "Palveluverkon kustannussäästöt",
    "-",
    "Suunnitelma valmis",
    "",
    "not-assessable",
    "empty actual in a year-end report",
  ),
  m(
    "Työllisyyspalveluiden asiakasmäärä",
    "2 100 hlö",
    "Vähintään sama",
    null,
    "not-assessable",
    "a relative target with no actual",
  ),
];

/** Measures of period reports (no actual column): nothing to judge whatever the target. */
export const PERIOD_CORPUS: CorpusMeasure[] = [
  { ...m("Kaikkien lupien läpimenoaika", "26 pv", "20 pv", null, "not-assessable"), periodReport: true },
  { ...m("Asiakastyytyväisyys", "NPS +10", "Vähintään sama", null, "not-assessable"), periodReport: true },
  { ...m("Ohjelma", "Luonnos", "Hyväksytty", null, "not-assessable"), periodReport: true },
];

/**
 * Own statuses as people write them. Each is tried on a measure whose computed status is partial
 * ("26 pv" → "20 pv", actual "24 pv"), so that an own status that is off the scale shows up as the
 * computed "partial" with a note.
 */
export const OWN_CORPUS: CorpusOwnStatus[] = [
  { own: "Toteutunut", expected: "achieved" },
  { own: "Toteutunut.", expected: "achieved" },
  { own: "TOTEUTUNUT", expected: "achieved" },
  { own: "osittain toteutunut", expected: "partial" },
  { own: "Osittain toteutunut (80 %)", expected: "partial" },
  { own: "Toteutui osittain", expected: "partial" },
  { own: "Toteutunut osittain", expected: "partial" },
  { own: "Ei toteutunut", expected: "not-achieved" },
  { own: "Ei toteutunut.", expected: "not-achieved" },
  { own: "Ei toteutunut, siirtyy vuodelle 2025", expected: "not-achieved" },
  { own: "EI ARVIOITAVISSA", expected: "not-assessable" },
  { own: "Ei vielä arvioitavissa", expected: "not-assessable" },
  { own: "vihreä", expected: "achieved" },
  { own: "Vihreä (tavoite ylittyi)", expected: "achieved" },
  { own: "keltainen", expected: "partial" },
  { own: "punainen", expected: "not-achieved" },
  { own: "Kyllä", expected: "achieved" },
  { own: "Ei", expected: "not-achieved" },
  { own: "Osittain", expected: "partial" },
  { own: "Valmis", expected: "achieved" },
  { own: "Kesken", expected: "partial" },
  { own: "Keskeytetty", expected: "not-achieved" },
  { own: "Tavoite saavutettu", expected: "achieved" },
  { own: "100 %", expected: "achieved", why: "a share of the target done: all of it" },
  { own: "50 %", expected: "partial" },
  { own: "0 %", expected: "not-achieved" },
  { own: "✔", expected: "achieved" },
  { own: "🟢", expected: "achieved" },
  { own: "🟡", expected: "partial" },
  { own: "🔴", expected: "not-achieved" },
  { own: "Arvio: Osittain toteutunut", expected: "partial" },
  { own: "Melkein", expected: null, why: "not a label of the scale: computed, and the note says so" },
  { own: "?", expected: null, why: "a question mark is no judgement" },
  { own: "Katso selvitys", expected: null },
  { own: "Hyvä", expected: null },
];

/**
 * A second batch, written after the judge had been improved on CORPUS and before running the judge on
 * it: a check that the improvements carry over to measures they were not made for.
 */
export const HELD_OUT: CorpusMeasure[] = [
  m("Lastensuojeluilmoitusten käsittely 7 vrk:ssa", "82 %", "100 %", "91 %", "partial"),
  m(
    "Perusopetuksen oppilaskohtaiset kustannukset",
    "9 850 €/oppilas",
    "enintään 9 900 €/oppilas",
    "10 120 €/oppilas",
    "not-achieved",
  ),
  m("Jätevesien typenpoisto", "72 %", "vähintään 70 %", "74 %", "achieved"),
  m("Kaupunginhallituksen päätösten julkaisu verkossa", "5 pv", "2 pv", "3 pv", "partial"),
  m("Palvelutarpeen arviointi lakisääteisessä ajassa", "65 %", "90 %", "64 %", "not-achieved"),
  m("Yrityskäynnit", "150 käyntiä", "200 käyntiä", "212 käyntiä", "achieved"),
  m("Kaukolämmön päästöt", "120 000 t CO2", "vähenee 10 %", "98 000 t CO2", "achieved"),
  m("Katujen kunnossapidon asiakasreklamaatiot", "340 kpl", "300 kpl", "355 kpl", "not-achieved"),
  m("Kaavoituskatsaus", "-", "Julkaistaan keväällä", "Julkaistu 3/2023", "achieved"),
  m(
    "Uuden strategian jalkauttaminen",
    "Strategia hyväksytty",
    "Jalkautettu kaikille toimialoille",
    "Jalkauttaminen kesken kahdella toimialalla",
    "partial",
  ),
  m("Avoimet data-aineistot", "3 avointa aineistoa", "10 avointa aineistoa", "Ei edistystä", "not-achieved"),
  m("Tonttitarjonta", "Riittävä", "Säilyy riittävänä", "Riittävä", "achieved"),
  m("Ikääntyneiden kotona asuminen", "92,1 %", "92,5 %", "92,3 %", "partial"),
  m("Liikuntapaikkojen varausaste", "-", "yli 80 %", "78 %", "partial"),
  m("Matkailutulo", "95 M€", "100 M€", "102,3 M€", "achieved"),
  m("Keskustan liiketilojen vajaakäyttö", "14 %", "10 %", "12 %", "partial"),
  m("Sähköautojen latauspisteet", "25 kpl", "50 kpl", "Hankinta viivästyi", "not-achieved"),
  m(
    "Seudullinen joukkoliikennesopimus",
    "Neuvottelut",
    "Sopimus voimassa 1.7.2023",
    "Sopimus voimassa 1.7.2023 alkaen",
    "achieved",
  ),
  m("Sähköisen tilaamisen osuus hankinnoista", "40 %", "60 %", "Ei tietoa", "not-assessable"),
  m("Palvelusetelien käyttö", "150 asiakasta", "Kasvaa", "Kasvoi 12 %", "achieved"),
  m("Kirjastoauton pysäkit", "60", "60", "58", "not-achieved"),
  m("Energiakatselmukset", "0", "3 kohdetta", "3 kohdetta katselmoitu", "achieved"),
  m("Häiriöilmoitusten käsittelyaika", "48 h", "24 h", "36 h", "partial"),
  m("Tietoturvapoikkeamat", "12", "0", "5", "partial"),
  m("Harrastamisen Suomen malli", "-", "Malli käytössä syksyllä 2023", "Malli käytössä osittain", "partial"),
  m("Valtuustoaloitteiden käsittelyaika", "n. 9 kk", "6 kk", "noin 9 kk", "not-achieved"),
  m("Kuntalaisaloitteet verkossa", "Ei", "Käytössä", "Käytössä", "achieved"),
  m("Vuokra-asuntojen käyttöaste", "95,5 %", "vähintään 96 %", "96,0 %", "achieved"),
  m(
    "Ympäristövalvonnan tarkastukset",
    "280 tarkastusta",
    "Valvontasuunnitelman mukainen määrä (320)",
    "301 tarkastusta",
    "partial",
  ),
  m("Päihdepalveluiden odotusaika", "", "alle 2 vko", "3 vko", "not-achieved"),
  m(
    "Tilapalveluiden kustannukset",
    "31,2 milj. €",
    "31,2 milj. €",
    "30,9 milj. €",
    "achieved",
    "costs: below the target is better",
  ),
  m(
    "Työhyvinvointi",
    "3,7",
    "Paranee",
    "Kysely siirtyy vuodelle 2024",
    "not-assessable",
    "the survey itself was postponed: no result",
  ),
  m("Uudet asukkaat", "1 200 (2022)", "1 300", "1 280 (ennakkotieto)", "partial"),
  m("Puistojen kunnostus", "-", "3 puistoa kunnostettu", "2 puistoa kunnostettu, 1 siirtyy 2024", "partial"),
];
