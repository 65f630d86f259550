/**
 * Fourth blind batch (issue 12), written by the engineer who took the branch over, before running the
 * judge on any of them and after the judge's rewrite: verdict words in other tenses and with other
 * typos, qualifiers, a verdict beside a figure, numbers as written (dot thousands, glued units,
 * ranges, "90" beside "90 %"), the distance scale and own statuses explained by legends. Same shape
 * and meaning as blind3.ts: `expected` on the default scale ("pori"), `distance` on "distance:10",
 * `distance15` on "distance:15", `own` a person's status with the legend the workbook writes.
 */
import type { Status } from "../../src/model";
import type { Blind3Measure } from "./blind3";

type Own = [text: string, column: "Tila" | "Arvio", expected: Status | null, legend?: string];

function m(
  sector: string,
  measure: string,
  baseline: string | null,
  target: string | null,
  actual: string | null,
  expected: Status,
  own?: Own,
): Blind3Measure {
  const out: Blind3Measure = { sector, measure, baseline, target, actual, expected };
  if (own) {
    out.own = { text: own[0], column: own[1], expected: own[2] };
    if (own[3] !== undefined) out.own.legend = own[3];
  }
  return out;
}

function d(base: Blind3Measure, distance: Status, distance15?: Status): Blind3Measure {
  return { ...base, distance, ...(distance15 ? { distance15 } : {}) };
}

const H = "hyvinvointi";
const KO = "kasvatus ja opetus";
const KY = "kaupunkiympäristö";
const KV = "kulttuuri ja vapaa-aika";
const KH = "konsernihallinto";
const ET = "elinvoima ja työllisyys";
const TA = "talous";
const TH = "tietohallinto";

export const BLIND4: Blind3Measure[] = [
  m(KY, "Katuvalojen LED-vaihdot (kpl)", "1 200", "2 000", "Toteutuu, vaihdettu 2 050 kpl", "achieved"),
  m(H, "Hoitotakuun toteutuminen (%)", "85 %", "95 %", "Totutunut, 96 %", "achieved"),
  m(KO, "Kiusaamiskyselyn vastausprosentti", "70 %", "80 %", "Ei toteutunut, 74 %", "not-achieved"),
  m(KV, "Museon kävijät", "45.000", "50.000", "48.200", "partial"),
  m(
    KH,
    "Sähköisen allekirjoituksen käyttö",
    "Ei käytössä",
    "Käytössä kaikilla toimialoilla",
    "Käytössä kolmella toimialalla viidestä",
    "partial",
    ["2", "Arvio", "partial", "1 = Toteutunut, 2 = Osittain toteutunut, 3 = Ei toteutunut"],
  ),
  m(ET, "Yritysneuvonnan asiakkaat", "600", "700", "Tavoite saavutettiin osittain, 660 asiakasta", "partial"),
  m(TA, "Vuosikate (M€)", "12,0", "15,0", "15,4", "achieved", ["vihreä", "Tila", "achieved"]),
  m(TH, "Tietoturvakoulutuksen suorittaneet (%)", "60 %", "90", "92", "achieved"),
  m(KY, "Kaavoitetut asuintontit", "20 kpl/v", "30 kpl/v", "25kpl/v", "partial"),
  m(
    H,
    "Lastensuojeluilmoitusten käsittely 7 vrk:ssa (%)",
    "88 %",
    "100 %",
    "Lähes toteutunut, 97 %",
    "partial",
  ),
  m(
    KO,
    "Varhaiskasvatuksen henkilöstön kelpoisuus",
    "90 %",
    "95 %",
    "Toteutui kaikissa yksiköissä",
    "achieved",
  ),
  m(KV, "Kirjaston e-lainat", "30 000", "Kasvu", "Laski 5 %", "not-achieved"),
  m(KH, "Sairauspoissaolot (pv/htv)", "16", "14", "Saavutettu: 13,8", "achieved", [
    "A",
    "Tila",
    "achieved",
    "A = toteutunut, B = osittain toteutunut, C = ei toteutunut",
  ]),
  m(
    ET,
    "Työllisyyspalveluiden asiakastyytyväisyys",
    "NPS 20",
    "NPS 30",
    "Toteutuu vuoden 2025 aikana",
    "not-achieved",
  ),
  m(TA, "Laskujen käsittelyaika (pv)", "12 pv", "8 pv", "Ei toteutunut kaikilta osin, 9 pv", "partial"),
  m(TH, "Palvelupyyntöjen ratkaisuaika", "5 pv", "3 pv", "Onnistuttiin osittain", "partial"),
  m(KY, "Joukkoliikenteen matkustajat", "2,1 milj.", "2,3 milj.", "2,05 milj.", "not-achieved", [
    "✗",
    "Tila",
    "not-achieved",
    "✓ = toteutunut, ~ = osittain, ✗ = ei toteutunut",
  ]),
  m(H, "Kotihoidon asiakastyytyväisyys (1–5)", "4,1", "≥ 4,2", "4,2", "achieved"),
  m(
    KO,
    "Oppilaiden lukutaito (kansallinen arviointi)",
    "Arviointi 2023",
    "Paranee",
    "Tulokset julkaistaan keväällä 2025",
    "not-assessable",
  ),
  m(KV, "Kulttuuritapahtumien määrä", "40", "60–80", "65", "achieved"),
  m(KV, "Liikuntapaikkojen käyttöaste", "60 %", "70–80 %", "66 %", "partial"),
  m(KH, "Henkilöstökyselyn vastausaste", "62 %", "70 %", "Pysyi ennallaan", "not-achieved", [
    "5",
    "Arvio",
    null,
    "1 = toteutunut, 2 = osittain, 3 = ei toteutunut",
  ]),
  m(ET, "Uudet yritykset", "300", "320", "Kasvoi, 334", "achieved"),
  m(TA, "Kunnallisveroprosentti", "21,5 %", "Ei korotusta", "Ei korotettu", "achieved"),
  m(TH, "Sähköiset asiointipalvelut", "12 palvelua", "20 palvelua", "Valmiina 20 palvelua", "achieved"),
  m(
    KY,
    "Vesijohtoverkoston saneeraus (km)",
    "5 km/v",
    "8 km/v",
    "Ei toteutunut: urakka siirtyi, saneerattu 2 km",
    "not-achieved",
  ),
  m(
    H,
    "Ikäihmisten kotiin annettavat palvelut",
    "Suunnitelma",
    "Toimintamalli käytössä",
    "Toimintamalli käytössä Pohjois-Porissa, muualla ei vielä",
    "partial",
  ),
  m(KO, "Koulukuljetusten kustannukset (€)", "1.450.000 €", "≤ 1.400.000 €", "1.390.000 €", "achieved"),
  m(KV, "Nuorisotilojen kävijät", "15 000", "16 500", "Ei arvioitavissa, laskuri rikki", "not-assessable"),
  m(KH, "Strategian jalkautus toimialoille", "-", "Kaikki toimialat", "Osittain", "partial"),
  // ── the distance scale ─────────────────────────────────────────────────────────────────────
  d(m(H, "Päivystyksen odotusaika (min)", "90 min", "60 min", "64 min", "partial"), "partial"),
  d(m(KH, "Asukaskyselyn tyytyväisyys (%)", "78 %", "80 %", "77 %", "not-achieved"), "partial"),
  d(m(KY, "Kierrätysaste (%)", "40 %", "55 %", "45 %", "partial"), "not-achieved", "not-achieved"),
  d(m(KY, "Rakennuslupien käsittelyaika (vrk)", "30 vrk", "20 vrk", "21 vrk", "partial"), "partial"),
  d(m(KV, "Kirjaston lainat", "500 000", "520 000", "500 000", "not-achieved"), "partial"),
  d(
    m(TA, "Kiinteistöjen energiankulutus (MWh)", "10 000", "9 000", "10 100", "not-achieved"),
    "not-achieved",
    "partial",
  ),
];
