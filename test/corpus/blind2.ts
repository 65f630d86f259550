/**
 * Second blind batch: invented measures in the style of Finnish city reports, from sectors and in
 * styles unlike the first corpus (sivistys, tekninen, perusturva, konserni, liikunta ja kulttuuri,
 * digitalisaatio, kaavoitus, elinvoima), with the status a careful controller would give each.
 *
 * Written before running the judge on any of them and without reading corpus.ts. `why` says why
 * where the status is not obvious. `own` is a person's status in the workbook's own Tila/Arvio
 * column: `expected` is the status it means on the city's scale, or null when it is not on the
 * scale (then the computed status stands).
 */
import type { Status } from "../../src/model";

export interface BlindOwnStatus {
  text: string;
  column: "Tila" | "Arvio";
  expected: Status | null;
  why?: string;
}

export interface BlindMeasure {
  sector: string;
  measure: string;
  baseline: string | null;
  target: string | null;
  actual: string | null;
  /** The status computed from baseline, target and actual (own status aside). */
  expected: Status;
  why?: string;
  /** A period report: the sheet has no Toteuma column at all. */
  periodReport?: boolean;
  own?: BlindOwnStatus;
}

type Own = [text: string, column: "Tila" | "Arvio", expected: Status | null, why?: string];

function m(
  sector: string,
  measure: string,
  baseline: string | null,
  target: string | null,
  actual: string | null,
  expected: Status,
  why?: string,
  own?: Own,
): BlindMeasure {
  const out: BlindMeasure = { sector, measure, baseline, target, actual, expected };
  if (why !== undefined) out.why = why;
  if (own !== undefined) {
    const [text, column, ownExpected, ownWhy] = own;
    out.own = { text, column, expected: ownExpected };
    if (ownWhy !== undefined) out.own.why = ownWhy;
  }
  return out;
}

function period(sector: string, measure: string, baseline: string | null, target: string | null, own?: Own) {
  const out = m(
    sector,
    measure,
    baseline,
    target,
    null,
    "not-assessable",
    "period report: no actual yet",
    own,
  );
  out.periodReport = true;
  return out;
}

const S = "sivistys";
const T = "tekninen";
const P = "perusturva";
const K = "konserni";
const L = "liikunta ja kulttuuri";
const D = "digitalisaatio";
const KA = "kaavoitus";
const E = "elinvoima";

export const BLIND2: BlindMeasure[] = [
  // ── sivistys ──────────────────────────────────────────────────────────────────────────────────
  m(S, "Opettajien kelpoisuusaste", "91 %", "95 %", "93,5 %", "partial", "62,5 % of the way", [
    "Osittain toteutunut",
    "Tila",
    "partial",
  ]),
  m(S, "Toisen asteen opiskelijoiden keskeyttäneiden osuus", "6,8 %", "alle 5 %", "5,9 %", "partial"),
  m(S, "Varhaiskasvatuksen henkilöstön kelpoisuusaste", "84 %", "vähintään 90 %", "90,4 %", "achieved"),
  m(
    S,
    "Perusopetuksen keskeyttäneet oppilaat",
    "14 oppilasta",
    "enintään 10 oppilasta",
    "16 oppilasta",
    "not-achieved",
    "moved away from the target",
    ["Ei toteutunut", "Tila", "not-achieved"],
  ),
  m(S, "Lukion opiskelijamäärä", "1 240", "1 300", "1 300", "achieved", "exactly on target"),
  m(S, "Kansalaisopiston kurssilaiset", "6 900 hlö", "Kasvaa", "7 350 hlö", "achieved"),
  m(
    S,
    "Kirjaston lainaukset",
    "2022: 612 000",
    "+5 % vuoteen 2022 verrattuna",
    "628 000",
    "partial",
    "target 642 600; 628 000 is about a half of the way",
  ),
  m(
    S,
    "Oppilaiden kouluviihtyvyys (kouluterveyskysely, 1–5)",
    "3,7",
    "≥ 4,0",
    "4,1 (2023: 3,9)",
    "achieved",
    "the actual is 4,1; the bracket is last year's figure",
  ),
  m(S, "Esiopetuksen osallistumisaste", "98,5 %", "Säilyy ennallaan", "98,7 %", "achieved"),
  period(S, "Opettajien täydennyskoulutuspäivät", "2,1 pv/opettaja", "3 pv/opettaja", [
    "Ei voida arvioida",
    "Tila",
    "not-assessable",
    "plain wording of 'not assessable'",
  ]),
  m(
    S,
    "Digitaalisen oppimisympäristön käyttöönotto kouluissa",
    "12 koulua",
    "Kaikki 24 koulua",
    "Kesken, 19 koulua",
    "partial",
    "19 of 24 schools, up from 12",
  ),
  m(S, "Kouluruokailun biojätehävikki", "18 g/ateria", "Vähenee", "Ei mitattu", "not-assessable"),
  m(
    S,
    "Jatko-opintopaikan saaneet perusopetuksen päättäneet",
    "97 %",
    "100 %",
    "n. 98 %",
    "partial",
    "an approximate actual is still a number",
  ),

  // ── tekninen ──────────────────────────────────────────────────────────────────────────────────
  m(
    T,
    "Katujen kunnossapidon asukastyytyväisyys (1–5)",
    "2,9",
    "3,2",
    "3,0",
    "partial",
    "a third of the way; the scale 1–5 is not the target",
  ),
  m(
    T,
    "Kaupungin kiinteistöjen energiankulutus",
    "42 300 MWh",
    "40 000 MWh",
    "43 100 MWh",
    "not-achieved",
    "consumption went up",
    ["Osittain toteutunut", "Tila", "partial", "the person's own status differs and wins"],
  ),
  m(
    T,
    "Kaupunkiorganisaation kasvihuonekaasupäästöt",
    "18 400 t CO2-ekv",
    "-4 %",
    "17 500 t CO2-ekv",
    "achieved",
    "target 17 664 t; 17 500 t is below it",
    ["Toteutunut", "Tila", "achieved"],
  ),
  m(T, "Rakennusten korjausvelka", "86 M€", "enintään 80 M€", "84,5 M€", "partial", "1,5 of 6 M€", [
    "keltainen",
    "Arvio",
    "partial",
  ]),
  m(T, "LED-katuvalojen osuus", "46 %", "60 %", "Toteutui osittain", "partial"),
  m(T, "Päällystettyjen katujen pituus", "22 km", "25 km", "Tavoite ylittyi", "achieved"),
  m(T, "Saneerattu vesijohtoverkosto", "9 km/v", "12 km", "12,6 km", "achieved"),
  m(
    T,
    "Talvikunnossapidosta annetut palautteet",
    "410 kpl",
    "Vähenee",
    "455 kpl",
    "not-achieved",
    "feedback grew while it should have fallen",
  ),
  m(T, "Joukkoliikenteen nousut", "2022: 3,1 milj.", "3,4 milj.", "3,25 milj.", "partial", "50 %"),
  m(
    T,
    "Julkiset sähköautojen latauspisteet",
    "18 kpl",
    "40 kpl",
    "Ei toteutunut, siirtyy 2025",
    "not-achieved",
    undefined,
    ["punainen", "Arvio", "not-achieved"],
  ),
  m(
    T,
    "Aurinkovoimala Kaupunginkallion koulun katolle",
    "Suunnittelu aloitettu",
    "Valmis 2024",
    "Valmis 11/2024",
    "achieved",
  ),
  m(
    T,
    "Jätevedenpuhdistamon typenpoistoteho",
    "72 %",
    "vähintään 70 %",
    "74 %",
    "achieved",
    "the baseline already met the minimum; the actual still does",
  ),
  m(
    T,
    "Kuntoluokkiin 4–5 kuuluvien katujen osuus",
    "38 %",
    "40–45 %",
    "41 %",
    "achieved",
    "inside the range",
  ),
  m(
    T,
    "Ilmanlaadun raja-arvon ylityspäivät",
    "7 pv",
    "max 5 pv",
    "5 pv",
    "achieved",
    "at the maximum allowed",
  ),
  m(
    T,
    "Hulevesiohjelman päivitys",
    "Ohjelma vuodelta 2015",
    "Päivitetty ohjelma hyväksytty",
    "Luonnos valmis, käsittely 2025",
    "partial",
    "work started (draft), not approved",
    ["Ei arvioitavissa", "Tila", "not-assessable", "the person's own status differs and wins"],
  ),
  period(T, "Kaukolämmön ominaiskulutus", "41 kWh/m³", "Vähenee 2 %"),

  // ── perusturva ja hyvinvointi ─────────────────────────────────────────────────────────────────
  m(
    P,
    "Kiireetön pääsy terveysaseman lääkärin vastaanotolle",
    "32 vrk",
    "max 14 vrk",
    "21 vrk",
    "partial",
    "11 of 18 days shorter (61 %)",
    ["Toteutunut", "Tila", "achieved", "the person's own status differs and wins"],
  ),
  m(
    P,
    "Suun terveydenhuollon kiireettömän hoidon jonotusaika",
    "120 vrk",
    "enintään 90 vrk",
    "148 vrk",
    "not-achieved",
  ),
  m(P, "Kotihoidon asiakastyytyväisyys (1–5)", "4,2", "≥ 4,2", "4,2", "achieved", "exactly the minimum", [
    "vihreä",
    "Tila",
    "achieved",
  ]),
  m(
    P,
    "Neuvolakäynnit",
    "21 500 käyntiä",
    "Vähintään sama",
    "20 900 käyntiä",
    "not-achieved",
    "below the baseline it should at least keep",
  ),
  m(P, "Sosiaalityön asiakastyytyväisyys", "3,8 / 5", "4,0 / 5", "3,7 / 5", "not-achieved", "went down"),
  m(P, "Ympärivuorokautisen hoivan jonossa olevat", "45 hlö", "alle 30 hlö", "28 hlö", "achieved"),
  m(P, "Toimeentulotukihakemukset käsitelty 7 arkipäivässä", "88 %", "100 %", "96 %", "partial"),
  m(
    P,
    "Mielenterveyspalvelujen hoitoonpääsy",
    "n. 40 vrk",
    "30 vrk",
    "Tietoa ei saatavilla",
    "not-assessable",
    undefined,
    ["Ei arvioitavissa", "Tila", "not-assessable"],
  ),
  m(P, "Perhekeskuksen käyntimäärät", "12 400", "13 000", "13 870", "achieved", undefined, [
    "Toteutunut ✓",
    "Tila",
    "achieved",
    "the label with a tick is still the label",
  ]),
  m(
    P,
    "Päivystyskäynnit / 1 000 asukasta",
    "312",
    "Vähenee 5 %",
    "301",
    "partial",
    "target 296,4; 11 of 15,6 fewer",
  ),
  m(P, "Palvelusetelin käyttöönotto kotihoidossa", "Ei käytössä", "Käytössä 6/2024", "Käytössä", "achieved"),
  m(
    P,
    "Kotihoidon asiakaspalautteen NPS",
    "+12",
    "Positiivinen",
    "-4",
    "not-achieved",
    "the NPS turned negative",
  ),
  m(P, "Omaishoidon tuen hakemusten käsittelyaika", "3 kk", "enintään 1 kk", "2 kk", "partial"),
  m(P, "Toimeentulotuen pitkäaikaisasiakkaat", "4 900", "Vähenee", "4 900", "not-achieved", "no change", [
    "Punainen",
    "Arvio",
    "not-achieved",
  ]),
  m(
    P,
    "Laaja hyvinvointikertomus",
    "–",
    "Valmis ja hyväksytty kv:ssä",
    "Hyväksytty kv 12.6.2024",
    "achieved",
    "approved by the council: the date is context",
  ),
  m(
    P,
    "Ennaltaehkäisevät kotikäynnit 75 vuotta täyttäneille",
    "60 %",
    "80 %",
    "60 %",
    "not-achieved",
    "no movement",
  ),
  m(
    P,
    "Lasten ja nuorten mielenterveyspalvelujen jonotusaika",
    "Ei seurattu",
    "alle 30 vrk",
    "26 vrk",
    "achieved",
    "no baseline, but the target's bound is met",
  ),

  // ── konserni ──────────────────────────────────────────────────────────────────────────────────
  m(
    K,
    "Sairauspoissaolot",
    "16,8 pv/htv",
    "15 pv/htv",
    "17,4 pv/htv",
    "not-achieved",
    "more sick days, not fewer",
    ["Osittain", "Tila", "partial", "short for 'Osittain toteutunut'"],
  ),
  m(
    K,
    "Sairauspoissaolot, sivistystoimiala",
    "16,8 pv/htv",
    "enintään 15,0 pv/htv",
    "15,9 pv/htv",
    "partial",
  ),
  m(K, "Henkilöstökyselyn työhyvinvointi-indeksi", "3,6", "vähintään 3,8", "3,9", "achieved"),
  m(K, "Käyttötalouden budjettipoikkeama", "3,4 %", "pysyy alle 2 %", "1,7 %", "achieved", undefined, [
    "Toteutui",
    "Tila",
    "achieved",
  ]),
  m(K, "Toimintakatteen budjettipoikkeama", "2,1 %", "Pysyy alle 1 %", "2,8 %", "not-achieved"),
  m(K, "Henkilöstön vaihtuvuus", "11 %", "8–10 %", "9,5 %", "achieved", "inside the range"),
  m(K, "Työterveyshuollon kustannukset", "2,3 M€", "2,1 M€", "2,2 M€", "partial"),
  m(K, "Esihenkilövalmennuksen käyneet esihenkilöt", "35 %", "100 %", "Kesken", "partial", "work under way", [
    "Kesken",
    "Tila",
    "partial",
    "'in progress' in a status column means partial",
  ]),
  m(
    K,
    "Henkilöstökyselyn toteuttaminen",
    "Edellinen kysely 2022",
    "Kysely toteutettu",
    "Toteutettu 10/2024, vastausprosentti 64",
    "achieved",
    "done; the response rate is extra",
  ),
  m(K, "Ostolaskujen sähköinen käsittely", "91 %", "98 %", "n. 95 %", "partial"),
  m(K, "Työtapaturmataajuus", "28", "alle 25", "31", "not-achieved", undefined, [
    "Ei toteudu",
    "Tila",
    "not-achieved",
  ]),
  m(
    K,
    "Työkyvyttömyyseläkkeelle siirtyneet",
    "24 hlö",
    "Vähenee",
    "–",
    "not-assessable",
    "a dash is no actual",
  ),
  m(K, "Vuokratyövoiman käyttö", "1,6 M€", "enintään 1,2 M€", "1,2 M€", "achieved"),

  // ── liikunta ja kulttuuri ─────────────────────────────────────────────────────────────────────
  m(L, "Uimahallin kävijät", "238 000", "250 000", "262 400", "achieved"),
  m(
    L,
    "Museoiden kävijämäärä",
    "2022: 71 500",
    "+10 % vuoteen 2022 verrattuna",
    "74 000",
    "partial",
    "target 78 650; 2 500 of 7 150 (35 %)",
    ["Tarkistettava", "Tila", null, "'to be checked' is no status"],
  ),
  m(L, "Kulttuuritapahtumat", "140 kpl", "vähintään 150 kpl", "152 kpl", "achieved"),
  m(
    L,
    "Sisäliikuntapaikkojen käyttöaste",
    "72 %",
    "75–80 %",
    "70 %",
    "not-achieved",
    "below the range and below the baseline",
    ["?", "Tila", null],
  ),
  m(L, "Kaupunginteatterin katsojat", "58 000", "60 000", "Ei toteutunut", "not-achieved", undefined, [
    "Toteutumatta",
    "Arvio",
    "not-achieved",
  ]),
  m(
    L,
    "Kirjastoauton pysäkit",
    "52",
    "Säilyy ennallaan",
    "48",
    "not-achieved",
    "fewer stops; the level was to be kept",
  ),
  m(L, "Nuorisotilojen kävijät", "34 000 käyntiä", "Kasvaa", "34 000 käyntiä", "not-achieved", "no growth"),
  m(L, "Tapahtuma-avustushakemusten käsittelyaika", "8 vk", "4 vk", "4 vk", "achieved"),
  period(L, "Liikuntaneuvonnan asiakkaat", "310 asiakasta", "350 asiakasta"),
  m(
    L,
    "Kulttuuripalvelujen asiakastyytyväisyys",
    "4,4 / 5",
    "vähintään 4,5 / 5",
    "4,6 / 5",
    "achieved",
    "'/ 5' is the scale, not a value",
  ),

  // ── digitalisaatio ────────────────────────────────────────────────────────────────────────────
  m(D, "Sähköiset asiointipalvelut", "37 palvelua", "50 palvelua", "44 palvelua", "partial", undefined, [
    "Katso selvitys",
    "Tila",
    null,
    "a pointer to the report is no status",
  ]),
  m(D, "Sähköisten rakennuslupahakemusten osuus", "78 %", "yli 90 %", "93 %", "achieved"),
  m(
    D,
    "Asiakaspalautejärjestelmän käyttöönotto",
    "Ei käytössä",
    "Käytössä 2024",
    "Testivaiheessa",
    "partial",
    "started, not in use yet",
  ),
  m(
    D,
    "Tietoturvakoulutuksen suorittaneet",
    "40 %",
    "50 %",
    "47 % (tavoite 50 %)",
    "partial",
    "70 % of the way; the bracket repeats the target",
  ),
  m(D, "Digituen asiakaskäynnit", "1 850", "2 500", "2 610", "achieved", undefined, [
    "Toteutunut osittain",
    "Tila",
    "partial",
    "the person's own status differs and wins",
  ]),
  m(D, "Ohjelmistorobotiikan prosessit", "6 kpl", "10 kpl", "6 kpl", "not-achieved", "no movement"),
  m(
    D,
    "Tiedonhallintamallin laatiminen",
    "Ei ole",
    "Valmis 6/2024",
    "Kesken, valmistuu 3/2025",
    "partial",
    "under way, late",
  ),
  m(D, "Keskeisten järjestelmien käytettävyys", "99,2 %", "≥ 99,5 %", "99,6 %", "achieved"),
  m(
    D,
    "Sähköinen ajanvaraus terveysasemille",
    "Ei käytössä",
    "Käytössä kaikilla terveysasemilla",
    "Ei käytössä",
    "not-achieved",
  ),

  // ── kaavoitus ─────────────────────────────────────────────────────────────────────────────────
  m(
    KA,
    "Hyväksytyt asemakaavat",
    "6 kpl",
    "8 kpl",
    "5 kpl hyväksytty, 4 valmistelussa",
    "not-achieved",
    "fewer plans approved than the year before; the ones in preparation do not count",
    ["ei toteutunut", "Tila", "not-achieved"],
  ),
  m(
    KA,
    "Yleiskaavan hyväksyminen",
    "Luonnos nähtävillä",
    "Hyväksytty kv:ssä 2024",
    "Ehdotus nähtävillä, hyväksyminen siirtyy 2025",
    "partial",
    "moved from draft to proposal, not approved",
  ),
  m(
    KA,
    "Asemakaavoitetut uudet asuntotontit",
    "120 tonttia",
    "vähintään 150 tonttia",
    "n. 150 tonttia",
    "achieved",
    "about the minimum",
  ),
  m(KA, "Kaavoituskatsauksen julkaisu", "–", "Julkaistu 3/2024", "Julkaistu 2/2024", "achieved"),
  m(KA, "Rakennuslupien käsittelyaika", "n. 38 pv", "alle 30 pv", "31 pv", "partial", undefined, [
    "OSITTAIN TOTEUTUNUT",
    "Tila",
    "partial",
  ]),
  period(KA, "Keskustan osayleiskaava", "Valmisteluvaihe", "Ehdotus nähtäville 2024"),
  m(KA, "Asemakaavojen valmisteluaika", "24 kk", "18 kk", "Ei mitattu vuonna 2024", "not-assessable"),

  // ── elinvoima ja muut ─────────────────────────────────────────────────────────────────────────
  m(
    E,
    "Työllistettyjen määrä",
    "2019: 410 2022: 380 2023: 395",
    "420",
    "405",
    "partial",
    "from the latest baseline 395: 40 %",
    ["2", "Tila", null, "a bare number is not on the scale"],
  ),
  m(
    E,
    "Yritysneuvonnan asiakkaat",
    "640",
    "700–750",
    "780",
    "achieved",
    "more clients than the range's top: for a count of clients that is better, not worse",
  ),
  m(E, "Pitkäaikaistyöttömät", "1 450 hlö", "alle 1 300 hlö", "1 520 hlö (12/2024)", "not-achieved"),
  period(E, "Vieraskielisten työllisyyspalvelujen asiakkaat", "220 hlö", "Kasvaa"),
  m(E, "Nuorten työpajojen asiakkaat", "210", null, "236", "not-assessable", "no target to judge against"),
  m(E, "Asukkaiden tyytyväisyys kaupungin palveluihin", "3,4", "3,6", "3,6 (2022: 3,4)", "achieved"),
  m(E, "Energiaremonttien vuotuinen säästö", "0 MWh", "1 200 MWh", "850 MWh", "partial", undefined, [
    "Vihreä",
    "Tila",
    "achieved",
    "the person's own status differs and wins",
  ]),
  m(E, "Sähköisten rakennuslupien osuus", "–", "100 %", "100 %", "achieved"),
  m(
    E,
    "Perusturvan ostopalvelujen kustannukset",
    "24,6 M€",
    "Ei kasva",
    "25,9 M€",
    "not-achieved",
    undefined,
    ["Ei toteutunut – kustannukset ylittyivät", "Tila", "not-achieved"],
  ),
  m(E, "Liikkumissuosituksen täyttävät koululaiset", "38 %", "n. 45 %", "41 %", "partial", "3 of 7 points", [
    "x",
    "Tila",
    null,
  ]),
];
