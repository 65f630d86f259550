/**
 * Third blind batch (issue 12): invented measures written the way *other* Finnish cities write their
 * year-end reports — verdicts in the present and future tense ("Toteutuu", "Ei toteudu"), typos,
 * qualifiers ("ei kaikilta osin", "kahdessa päiväkodissa viidestä", "A:ssa toteutui, B:ssä ei"), an
 * explicit verdict beside a figure, numbers written with dot thousands, glued units and ranges, and
 * own-status columns in traffic-light words, numbers and symbols explained by a legend.
 *
 * Written before running the judge on any of them. `expected` is the status a careful controller
 * gives on the city's default scale ("pori"); `distance` is the status on the "distance to target"
 * scale with its default share of 10 % where the figures make the two scales differ or agree in an
 * instructive way. `own` is a person's status in the workbook's own column, with the legend the
 * workbook writes somewhere when it has one: `expected` is the status the person meant, or null when
 * nothing in the workbook explains it (then the computed status stands).
 */
import type { Status } from "../../src/model";

export interface Blind3Own {
  text: string;
  column: "Tila" | "Arvio";
  expected: Status | null;
  /** A legend row as the workbook writes it, e.g. "1 = toteutunut, 2 = osittain, 3 = ei toteutunut". */
  legend?: string;
  why?: string;
}

export interface Blind3Measure {
  sector: string;
  measure: string;
  baseline: string | null;
  target: string | null;
  actual: string | null;
  /** On the default scale ("pori"). */
  expected: Status;
  /** On the "distance" scale with a 10 % share, where given. */
  distance?: Status;
  /** On the "distance" scale with a 15 % share, where given. */
  distance15?: Status;
  why?: string;
  periodReport?: boolean;
  own?: Blind3Own;
}

type Own = [text: string, column: "Tila" | "Arvio", expected: Status | null, legend?: string, why?: string];

function m(
  sector: string,
  measure: string,
  baseline: string | null,
  target: string | null,
  actual: string | null,
  expected: Status,
  why?: string,
  own?: Own,
): Blind3Measure {
  const out: Blind3Measure = { sector, measure, baseline, target, actual, expected };
  if (why !== undefined) out.why = why;
  if (own !== undefined) {
    const [text, column, ownExpected, legend, ownWhy] = own;
    out.own = { text, column, expected: ownExpected };
    if (legend !== undefined) out.own.legend = legend;
    if (ownWhy !== undefined) out.own.why = ownWhy;
  }
  return out;
}

/** A measure with its expected status on the distance scale (10 %, and 15 % where given). */
function d(base: Blind3Measure, distance: Status, distance15?: Status): Blind3Measure {
  const out = { ...base, distance };
  if (distance15 !== undefined) out.distance15 = distance15;
  return out;
}

const H = "hyvinvointi";
const KO = "kasvatus ja opetus";
const KY = "kaupunkiympäristö";
const KV = "kulttuuri ja vapaa-aika";
const KH = "konsernihallinto";
const ET = "elinvoima ja työllisyys";
const TA = "talous";
const TH = "tietohallinto";

const NUMBERS_LEGEND = "Arvio: 1 = toteutunut, 2 = osittain toteutunut, 3 = ei toteutunut";
const SYMBOLS_LEGEND = "Selite: ● = toteutunut, ◐ = osittain toteutunut, ○ = ei toteutunut";
const LETTERS_LEGEND = "A = tavoite saavutettu; B = osittain saavutettu; C = ei saavutettu";

export const BLIND3: Blind3Measure[] = [
  // ── verdict words: present and future tense, other verbs, typos ──────────────────────────────
  m(
    KO,
    "Koulujen kiusaamisen vastainen toimintamalli",
    "Osassa kouluja",
    "Käytössä kaikissa kouluissa",
    "Toteutuu. Toimintamalli käytössä kaikissa 31 koulussa.",
    "achieved",
  ),
  m(
    KO,
    "Varhaiskasvatussuunnitelmat laadittu kaikille lapsille",
    "96 %",
    "100 %",
    "Toteutuu",
    "achieved",
    "the verdict in the present tense, as some cities write it",
  ),
  m(H, "Kotihoidon asiakastyytyväisyys", "4,1", "vähintään 4,2", "Tavoite toteutuu, tulos 4,3", "achieved"),
  m(
    KH,
    "Henkilöstön sairauspoissaolot",
    "14,8 pv/htv",
    "alle 14 pv/htv",
    "Ei toteudu. Sairauspoissaolot 15,2 pv/htv.",
    "not-achieved",
  ),
  m(
    TA,
    "Toimintakate pysyy talousarviossa",
    "-",
    "Talousarviossa pysytään",
    "Toteutuu, toimintakate 2,1 % alle budjetin",
    "achieved",
    "the verdict decides; the percentage is a side fact about the budget",
  ),
  m(
    KV,
    "Lähikirjastojen omatoimiaukiolo",
    "-",
    "Omatoimiaukiolo kolmeen lähikirjastoon",
    "Toteutunut osittain: omatoimiaukiolo kahdessa kirjastossa, kolmas avautuu 2025",
    "partial",
  ),
  m(
    KY,
    "Katuvalaistuksen LED-saneeraus",
    "40 %",
    "60 %",
    "Totetutui, LED-valaisimia 62 %",
    "achieved",
    "'Totetutui' is a typo of 'Toteutui'",
  ),
  m(
    KY,
    "Pyöräilyn pääväylät",
    "-",
    "2 km uutta pääväylää",
    "Toteunut",
    "achieved",
    "'Toteunut' is a typo of 'Toteutunut'",
  ),
  m(ET, "Yritysneuvonnan asiakkaat", "420", "450", "Saavutettiin: 468 asiakasta", "achieved"),
  m(
    ET,
    "Nuorten kesätyöseteli",
    "-",
    "Kesätyöseteli käytössä",
    "Onnistui hyvin, setelillä työllistyi 212 nuorta",
    "achieved",
  ),
  m(
    TA,
    "Investointien toteutuminen",
    "-",
    "Investoinnit toteutetaan talousarvion mukaisesti",
    "Pysytty",
    "achieved",
  ),
  m(
    TA,
    "Palvelualueen nettomenot",
    "-",
    "Pysytään talousarviossa",
    "Lähes pysytty, ylitys 0,8 %",
    "partial",
    "'almost kept': close but not kept",
  ),
  m(TA, "Tilakustannukset", "-", "Talousarviossa pysytään", "Ei pysytty, ylitys 6 %", "not-achieved"),
  m(
    H,
    "Mielenterveyspalvelujen hoitoon pääsy",
    "-",
    "Hoitoon pääsy 7 vrk:ssa",
    "Ei onnistuttu, keskimäärin 11 vrk",
    "not-achieved",
  ),
  m(KH, "Esihenkilövalmennus", "-", "Kaikki esihenkilöt valmennettu", "Tavoitteet toteutuvat", "achieved"),
  m(
    KO,
    "Lukiolaisten hyvinvointikysely",
    "-",
    "Kysely toteutetaan",
    "Toteutui suunnitellusti keväällä",
    "achieved",
  ),
  m(
    TH,
    "Sähköiset asiointipalvelut",
    "12 palvelua",
    "20 palvelua",
    "Osittan toteutunut, 16 palvelua",
    "partial",
    "'Osittan' is a typo of 'Osittain'; the figure agrees",
  ),
  m(
    TH,
    "Tietoturvakoulutus",
    "-",
    "Koko henkilöstö koulutettu",
    "Ei toteutnut, koulutuksen suorittanut 64 %",
    "not-achieved",
    "'toteutnut' is a typo; the explicit verdict decides",
  ),
  m(
    KV,
    "Uimahallin peruskorjaus",
    "Suunnittelu",
    "Valmis 2024",
    "Saavuttettu, halli avattiin 9/2024",
    "achieved",
    "'Saavuttettu' is a typo of 'Saavutettu'",
  ),
  m(
    KH,
    "Intranetin uudistus",
    "-",
    "Intranet uudistettu",
    "Toteutuu 2025 aikana",
    "not-achieved",
    "'will be realised in 2025': postponed past the year reported on",
  ),
  m(
    H,
    "Sähköinen ajanvaraus sote-keskuksissa",
    "-",
    "Sähköinen ajanvaraus käytössä",
    "Toteutuvat osittain",
    "partial",
  ),
  m(
    KY,
    "Viheralueohjelma",
    "-",
    "Ohjelma hyväksytty",
    "Ohjelma hyväksyttiin kaupunginvaltuustossa 6/2024. Toteutunut.",
    "achieved",
  ),
  m(ET, "Työllisyyden kuntakokeilu", "-", "Kokeilu käynnistyy", "Onnistuttiin", "achieved"),
  m(TA, "Omaisuuden myyntitulot", "1,2 M€", "2 M€", "Ei saavutettu, myyntitulot 1,5 M€", "not-achieved"),
  m(
    KV,
    "Nuorisotilojen aukiolo",
    "3 iltaa/vko",
    "5 iltaa/vko",
    "Tavoite saavutettu osittain (4 iltaa/vko)",
    "partial",
  ),
  m(KY, "Lumenaurauksen palvelutaso", "-", "Palvelutaso täyttyy", "Palvelutaso täyttyi", "achieved"),

  // ── qualifiers and mixed results ────────────────────────────────────────────────────────────
  m(
    KO,
    "Kielikylpyopetuksen laajentaminen",
    "-",
    "Kielikylpy kahdessa uudessa koulussa",
    "Ei toteutunut kaikilta osin: aloitettu yhdessä koulussa",
    "partial",
  ),
  m(
    KY,
    "Hulevesiohjelman toimenpiteet",
    "-",
    "Ohjelman toimenpiteet toteutuvat",
    "Tavoite ei kaikilta osin toteudu",
    "partial",
  ),
  m(
    KO,
    "Digitaaliset oppimisalustat päiväkodeissa",
    "-",
    "Käytössä kaikissa viidessä päiväkodissa",
    "Käytössä kahdessa päiväkodissa viidestä",
    "partial",
  ),
  m(
    H,
    "Perhekeskusmallin käyttöönotto",
    "-",
    "Käytössä pohjoisella ja eteläisellä alueella",
    "Pohjoisella alueella toteutui, eteläisellä ei",
    "partial",
  ),
  m(
    H,
    "Nuorten mielenterveysneuvonta",
    "-",
    "Käytössä kouluissa ja nuorisotiloissa",
    "Kouluissa toteutui, nuorisotiloissa ei vielä",
    "partial",
  ),
  m(
    H,
    "Kotiutustiimin toiminta",
    "-",
    "Käytössä Porissa ja Ulvilassa",
    "Porissa toteutui, Ulvilassa ei",
    "partial",
  ),
  m(
    KY,
    "Kaavoituksen sähköinen palautekanava",
    "-",
    "Käytössä",
    "Ei täysin toteutunut, palautekanava käytössä vain asemakaavoissa",
    "partial",
  ),
  m(KO, "Kuraattoripalvelut", "-", "Kuraattori joka koululla", "Toteutui 4/6 koululla", "partial"),
  m(
    KV,
    "Liikuntapaikkojen esteettömyyskartoitus",
    "-",
    "Kaikki 12 liikuntapaikkaa kartoitettu",
    "Kartoitettu 9 liikuntapaikkaa 12:sta",
    "partial",
  ),
  m(
    ET,
    "Työllisyyspalvelujen asiakasohjaus",
    "-",
    "Uusi ohjausmalli käytössä",
    "Pääosin toteutunut",
    "partial",
  ),
  m(
    KH,
    "Hankintojen vastuullisuuskriteerit",
    "-",
    "Kriteerit käytössä kaikissa hankinnoissa",
    "Lähes kokonaan toteutunut",
    "partial",
  ),
  m(TH, "Asianhallinnan uudistus", "-", "Uusi järjestelmä käytössä", "Toteutui vain osittain", "partial"),
  m(
    KO,
    "Liikunnalliset välitunnit",
    "-",
    "Käytössä kaikissa kouluissa",
    "Käytössä kolmessa koulussa kuudesta",
    "partial",
  ),
  m(
    KY,
    "Kierrätyspisteet kaupunginosiin",
    "-",
    "Kierrätyspiste jokaiseen kaupunginosaan",
    "Ei yhdessäkään kaupunginosassa vielä",
    "not-achieved",
  ),
  m(KY, "Siltojen kunnostus", "-", "8 siltaa kunnostettu", "Toteutunut 6/8 kohteessa", "partial"),

  // ── an explicit verdict beside a figure ─────────────────────────────────────────────────────
  m(
    KY,
    "Koulujen korjausvelan vähentäminen",
    "0 kohdetta",
    "8 kohdetta korjattu",
    "Ei toteutunut, valmiina vain 3 kohdetta",
    "not-achieved",
    "the explicit verdict outranks the figure (which alone would be partial)",
  ),
  m(H, "Omaishoidon vapaapäivien käyttöaste", "62 %", "70 %", "Toteutui, käyttöaste 71 %", "achieved"),
  m(
    KH,
    "Henkilöstökyselyn vastausprosentti",
    "58 %",
    "65 %",
    "Ei toteutunut, vastausprosentti 61 %",
    "not-achieved",
    "the person's explicit verdict; the figure alone would be partial",
  ),
  m(TA, "Maksuliikenteen automaatioaste", "40 %", "75 %", "Toteutuu, automaatioaste 78 %", "achieved"),

  // ── numbers as people write them ────────────────────────────────────────────────────────────
  m(
    KO,
    "Harrastamisen Suomen mallin kattavuus",
    "82",
    "90 %",
    "90",
    "achieved",
    "'90' against '90 %': the same figure, the unit written once",
  ),
  m(H, "Rokotuskattavuus", "88 %", "95", "93", "partial", "88 → 93 towards 95: 71 % of the way"),
  m(KV, "Museoiden kävijämäärä", "10.000", "12.000", "12.500", "achieved", "dot thousands"),
  m(KV, "Kaupungin tapahtumien kävijät", "8.450", "9.000", "8.700", "partial", "8 450 → 8 700 of 9 000"),
  m(
    KY,
    "Katujen uudelleenpäällystys",
    "0 kpl/v",
    "2kpl/v",
    "2kpl/v",
    "achieved",
    "units glued to the number",
  ),
  m(
    KY,
    "Leikkipaikkojen peruskorjaukset",
    "1 kpl/v",
    "3kpl/v",
    "0 kpl/v",
    "not-achieved",
    "fewer than before",
  ),
  m(H, "Suositteluhalukkuus", "55 %", "60–80 %", "64 %", "achieved", "inside the range"),
  m(H, "Hoitajamitoitus", "0,6", "0,7", "0,65", "partial"),
  m(KO, "Lukutaito (kansallinen arviointi, 1–5)", "3,5", "≥ 4", "4,0", "achieved"),
  m(KO, "Koulujen sisäilmakorjaukset", "2", "≥4", "3", "partial"),
  m(TA, "Verotulojen kertymä", "1.250.000 €", "1.300.000 €", "1.320.000 €", "achieved"),
  m(
    H,
    "Päihdepalvelujen jonotusaika",
    "21 vrk",
    "14 vrk",
    "12vrk",
    "achieved",
    "lower is better; glued unit",
  ),
  m(KY, "Joukkoliikenteen matkustajat", "4,2 milj.", "4,5 milj.", "4,4 milj.", "partial"),
  m(ET, "Työttömyysaste", "11,2 %", "alle 10 %", "10,4 %", "partial"),
  m(KV, "Liikuntaneuvonnan asiakkaat", "300 hlöä", "350-400 hlöä", "320 hlöä", "partial", "below the range"),
  m(TH, "Tukipyyntöjen ratkaisuaika", "3,2 pv", "2 pv", "2,4pv", "partial"),
  m(KH, "Henkilöstön vaihtuvuus", "12 %", "≤ 10 %", "9,5%", "achieved"),
  m(ET, "Matkailijoiden yöpymiset", "2022: 182.000", "190.000", "2023: 176.500", "not-achieved", "went down"),
  m(
    H,
    "Toteutuneiden kotikäyntien osuus",
    "85 %",
    "90 %",
    "87 %",
    "partial",
    "a figure, whatever the name says",
  ),
  m(KO, "Toteutuneet opetustunnit suunnitelluista", "97 %", "99 %", "98,5 %", "partial"),

  // ── states, results to come, nothing to judge ───────────────────────────────────────────────
  m(H, "Kotihoidon käyntimäärä", "-", "Kasvaa", "Tulokset saadaan helmikuussa", "not-assessable"),
  m(KO, "Kouluterveyskyselyn tulokset", "-", "Paranevat", "Kysely toteutetaan 2025", "not-assessable"),
  m(
    KY,
    "Kaavoitettu asuntotuotanto",
    "900 as.",
    "1 000 as.",
    "Tieto ei vielä käytettävissä",
    "not-assessable",
  ),
  m(TH, "Palvelujen digitaalinen käyttöaste", "-", "Nousee", "-", "not-assessable"),
  m(
    KV,
    "Kulttuuriavustusten periaatteet",
    "-",
    "Uudet avustusperiaatteet hyväksytty",
    "Periaatteet valmisteltu, käsittelyssä lautakunnassa",
    "partial",
  ),
  m(
    ET,
    "Elinkeinostrategian päivitys",
    "-",
    "Strategia hyväksytty",
    "Ei vielä arvioitavissa",
    "not-assessable",
  ),
  m(
    KY,
    "Kaupunkipyöräjärjestelmä",
    "-",
    "Järjestelmä käytössä",
    "Hanke keskeytettiin rahoituksen puuttuessa",
    "not-achieved",
  ),
  m(TH, "Ohjelmistorobotiikka", "2 robottia", "5 robottia", "Ei edennyt", "not-achieved"),
  {
    sector: ET,
    measure: "Yritysten kasvupalvelut",
    baseline: "40 yritystä",
    target: "60 yritystä",
    actual: null,
    expected: "not-assessable",
    periodReport: true,
    why: "period report: no actual yet",
  },

  // ── own statuses: traffic lights, numbers and symbols with or without a legend ───────────────
  m(KH, "Esihenkilöiden kehityskeskustelut", "70 %", "90 %", "85 %", "partial", undefined, [
    "Vihreä",
    "Tila",
    "achieved",
  ]),
  m(TA, "Laskujen käsittelyaika", "12 pv", "8 pv", "10 pv", "partial", undefined, [
    "keltainen",
    "Arvio",
    "partial",
  ]),
  m(KY, "Asemakaavojen käsittelyaika", "14 kk", "12 kk", "15 kk", "not-achieved", undefined, [
    "PUNAINEN",
    "Tila",
    "not-achieved",
  ]),
  m(H, "Neuvolakäyntien toteutuminen", "95 %", "98 %", "97 %", "partial", undefined, [
    "2",
    "Arvio",
    "partial",
    NUMBERS_LEGEND,
  ]),
  m(
    KO,
    "Koulunkäynninohjaajien koulutus",
    "-",
    "Kaikki koulutettu",
    "Koulutettu 80 %",
    "partial",
    "80 % of the staff trained",
    ["1", "Arvio", "achieved", NUMBERS_LEGEND, "the person's '1' is 'toteutunut' by the legend"],
  ),
  m(KV, "E-aineistojen lainaus", "48 000", "55 000", "57 200", "achieved", undefined, [
    "●",
    "Tila",
    "achieved",
    SYMBOLS_LEGEND,
  ]),
  m(
    TH,
    "Verkkosivujen saavutettavuus",
    "-",
    "WCAG 2.1 AA -taso",
    "Korjattu 70 % havainnoista",
    "partial",
    undefined,
    ["◐", "Tila", "partial", SYMBOLS_LEGEND],
  ),
  m(ET, "Yrityskäynnit", "150", "200", "130", "not-achieved", undefined, [
    "○",
    "Tila",
    "not-achieved",
    SYMBOLS_LEGEND,
  ]),
  m(KH, "Palkitsemisohjelma", "-", "Ohjelma hyväksytty", "Hyväksytty 11/2024", "achieved", undefined, [
    "✓",
    "Tila",
    "achieved",
    undefined,
    "a tick needs no legend",
  ]),
  m(KY, "Hulevesimaksu", "-", "Maksu käytössä", "Ei käytössä", "not-achieved", undefined, [
    "✗",
    "Tila",
    "not-achieved",
    undefined,
    "a cross needs no legend",
  ]),
  m(H, "Vanhusneuvoston kuulemiset", "2 krt/v", "4 krt/v", "4 krt/v", "achieved", undefined, [
    "3",
    "Arvio",
    null,
    undefined,
    "a bare number with no legend anywhere is not on the scale",
  ]),
  m(KO, "Opetussuunnitelman päivitys", "-", "Päivitetty", "Päivitetty 8/2024", "achieved", undefined, [
    "●",
    "Tila",
    null,
    undefined,
    "a dot with no legend: full or empty, nobody can tell",
  ]),
  m(TA, "Sijoitustoiminnan tuotto", "3 %", "4 %", "4,6 %", "achieved", undefined, [
    "vihreä/keltainen",
    "Tila",
    null,
    undefined,
    "two colours at once are not one status",
  ]),
  m(KV, "Museon vaihtuvat näyttelyt", "3", "4", "4", "achieved", undefined, [
    "Toteutuu",
    "Arvio",
    "achieved",
  ]),
  m(ET, "Kansainväliset investoinnit", "1", "3", "1", "not-achieved", undefined, [
    "Ei toteudu",
    "Arvio",
    "not-achieved",
  ]),
  m(H, "Lastensuojelun sijoitukset", "120", "110", "114", "partial", undefined, [
    "Toteutuu osittain",
    "Arvio",
    "partial",
  ]),
  m(KH, "Työhyvinvointi (1–5)", "3,6", "3,8", "3,8", "achieved", undefined, [
    "Saavutettu",
    "Tila",
    "achieved",
  ]),
  m(TH, "Pilvipalveluiden käyttöönotto", "-", "Käytössä", "Käytössä", "achieved", undefined, [
    "A",
    "Tila",
    "achieved",
    LETTERS_LEGEND,
  ]),
  m(TH, "Etätyövälineiden tuki", "-", "Tuki kaikille", "Tuki 80 %:lle", "partial", undefined, [
    "C",
    "Tila",
    "not-achieved",
    LETTERS_LEGEND,
    "the person's 'C' differs from the computed status and wins",
  ]),

  // ── the distance scale: close to the target, whatever the baseline ─────────────────────────
  d(
    m(KH, "Asiakaskäynnit", "4 750", "5 000", "4 750", "not-achieved", "no change from the baseline"),
    "partial",
    "partial",
  ),
  d(m(KV, "Kävijät", "3 000", "5 000", "4 400", "partial", "70 % of the way"), "not-achieved", "partial"),
  d(m(KY, "Rakennuslupien käsittelyaika", "30 pv", "20 pv", "21 pv", "partial"), "partial", "partial"),
  d(m(KY, "Poikkeamislupien käsittelyaika", "30 pv", "20 pv", "23 pv", "partial"), "not-achieved", "partial"),
  d(m(H, "Asukastyytyväisyys (1–5)", "3,9", "4,0", "3,8", "not-achieved", "went down"), "partial", "partial"),
  d(m(KO, "Varhaiskasvatuksen kelpoisuusaste", "80 %", "≥ 90 %", "91 %", "achieved"), "achieved", "achieved"),
  d(
    m(
      KO,
      "Koulujen mukanaolo liikkuva koulu -ohjelmassa",
      "-",
      "Kaikki koulut mukana",
      "Toteutunut (95 %)",
      "partial",
    ),
    "partial",
  ),
  d(
    m(
      KO,
      "Koulujen mukanaolo harrastustunneilla",
      "-",
      "Kaikki koulut mukana",
      "Toteutunut (80 %)",
      "partial",
    ),
    "not-achieved",
  ),
  d(m(KH, "Työtapaturmat", "3", "0", "1", "partial"), "not-achieved"),
  d(m(TA, "Vuokratuotot", "1,8 M€", "2,0 M€", "1,85 M€", "partial", "25 % of the way"), "partial"),
  d(
    m(TH, "Järjestelmän käyttöönotto", "-", "Käytössä", "Toteutui osittain", "partial", "words, not figures"),
    "partial",
  ),
];
