/**
 * Blind batch for issue 16: period reports (T1, T2, Q1, Q2, Q3, H1, and a year-end report without a
 * Toteuma column) composed for this batch in the style of Finnish city reports, in the block and the
 * table layout, with unsplit selvitys texts, texts split by "Mittari N." and texts split into
 * "Osatavoite N: … Raportointi: …" sub-goals. No measure has an actual: each status comes from the
 * selvitys of the report's own period.
 *
 * The expected status of every measure was written down as a careful controller would give it, before
 * the selvitys judge existed, following the lead's policy for period reports:
 * - a count that accumulates over the year and is below a whole-year target at a part-year period is
 *   progress (Osittain toteutunut), not failure; one already at the target is Toteutunut;
 * - a share, rate or level is compared with the baseline and target as an actual is; one that already
 *   meets the target is Toteutunut unless the text says the figure is provisional (then Osittain);
 * - sub-goals: every sub-goal reported and reached → Toteutunut; some progress → Osittain; only stalls
 *   → Ei toteutunut; nothing reported → Ei arvioitavissa;
 * - work that has not begun because it is scheduled later in the year, or a measurement still to come,
 *   gives nothing to judge yet (Ei arvioitavissa); postponement past the year, abandonment or a
 *   hindrance that stops the work is Ei toteutunut;
 * - a person's own status in a Tila column still wins.
 * `why` says why where the status is not obvious.
 */
import type { Period, Status } from "../../src/model";

export interface PeriodMeasure {
  text: string;
  baseline: string;
  target: string;
  /** The person's own status in the sheet's Tila column. */
  own?: string;
  expected: Status;
  why?: string;
}

export interface PeriodAction {
  text: string;
  measures: PeriodMeasure[];
  /** The selvitys of the report's period: lines separated by "\n"; "" is a heading with no text; null none. */
  selvitys: string | null;
  /** An older period's selvitys kept above it as reference (block layout: its own heading). */
  older?: { period: Period; text: string };
  /**
   * Block layout, how the text is written: after the heading in its cell ("sameCell"), in one cell
   * under it ("nextRows", the default), or one line per row ("lines").
   */
  style?: "sameCell" | "nextRows" | "lines";
}

export interface PeriodReportCase {
  name: string;
  sector: string;
  layout: "block" | "table";
  period: Period;
  year: number;
  /** Block layout: all measures of an action in the MITTARI cell ("Mittari 1. …"), values on rows under it. */
  measuresInOneCell?: boolean;
  /** The sheet has the person's own status column "Tila". */
  ownColumn?: boolean;
  focus: string;
  goal: string;
  commitment: string;
  actions: PeriodAction[];
}

export const BLIND_PERIOD: PeriodReportCase[] = [
  {
    name: "Liikunta ja kulttuuri T2 2026",
    sector: "liikunta ja kulttuuri",
    layout: "block",
    period: "T2",
    year: 2026,
    focus: "Hyvinvoiva Pori",
    goal: "Liikkuva ja kulttuurinen kaupunki",
    commitment: "Palvelujen käyttö lisääntyy",
    actions: [
      {
        text: "Uimahallin kävijämäärän kasvattaminen",
        measures: [
          {
            text: "Uimahallin käyntikerrat / vuosi",
            baseline: "182 000",
            target: "190 000",
            expected: "partial",
            why: "131 400 visits in January–August count towards a whole-year target: progress, not failure.",
          },
        ],
        selvitys:
          "Tammi–elokuussa käyntejä kertyi 131 400. Kesäkuun huoltotauko vähensi käyntejä, mutta syksyn kurssit ovat täynnä.",
      },
      {
        text: "Kulttuurikasvatussuunnitelman laatiminen",
        measures: [
          {
            text: "Kulttuurikasvatussuunnitelma",
            baseline: "Ei suunnitelmaa",
            target: "Suunnitelma hyväksytty lautakunnassa",
            expected: "achieved",
          },
        ],
        selvitys:
          "Kulttuuri- ja vapaa-aikalautakunta hyväksyi kulttuurikasvatussuunnitelman 12.6.2026. Suunnitelman toteutus alkaa syyslukukaudella.",
      },
      {
        text: "Kirjastoauton reittien uudistaminen",
        measures: [
          {
            text: "Uudistetut reitit käytössä",
            baseline: "Nykyiset reitit",
            target: "Uudet reitit käytössä 1.8.2026",
            expected: "not-achieved",
            why: "Moved to next year: the target date is missed.",
          },
        ],
        selvitys:
          "Uusien reittien käyttöönotto on siirretty vuodelle 2027, koska uuden kirjastoauton toimitus viivästyi.",
        style: "sameCell",
      },
      {
        text: "Liikuntapaikkojen käyttöasteen nostaminen",
        measures: [
          {
            text: "Salivuorojen käyttöaste (%)",
            baseline: "71 %",
            target: "80 %",
            expected: "partial",
            why: "A share: 76 % lies between the baseline 71 % and the target 80 %.",
          },
        ],
        selvitys: "Kevätkaudella käyttöaste oli 76 %. Kesäkausi ei ole mukana luvussa.",
      },
    ],
  },
  {
    name: "Ympäristö T1 2026",
    sector: "ympäristö",
    layout: "block",
    period: "T1",
    year: 2026,
    focus: "Kestävä Pori",
    goal: "Hiilineutraali kaupunkiorganisaatio",
    commitment: "Energiankäytön tehostaminen ja uusiutuva energia",
    actions: [
      {
        text: "Kaupungin oman energiankulutuksen vähentäminen",
        measures: [
          {
            text: "Kiinteistöjen lämpöenergian kulutus (GWh/v)",
            baseline: "64 GWh",
            target: "60 GWh",
            expected: "not-assessable",
            why:
              "Four months of consumption cannot be held against a yearly ceiling, and the text says the " +
              "comparable figure comes at the end of the year.",
          },
          {
            text: "Aurinkovoimaloiden määrä kaupungin kiinteistöillä",
            baseline: "12 kpl",
            target: "18 kpl",
            expected: "partial",
          },
        ],
        selvitys:
          "Mittari 1. Tammi–huhtikuun kulutus 27,5 GWh; lämmityskausi oli keskimääräistä kylmempi, vertailukelpoinen luku selviää vuoden lopussa.\n" +
          "Mittari 2. Kolme uutta voimalaa valmistui (Koivula, Kaarisilta, Itätuulen koulu), nyt yhteensä 15 kpl.",
        style: "lines",
      },
      {
        text: "Hulevesiohjelman toimeenpano",
        measures: [
          {
            text: "Hulevesiohjelma",
            baseline: "Luonnos",
            target: "Ohjelma hyväksytty ja toimeenpano alkanut",
            expected: "partial",
            why: "From draft to consultation, on its way to the city board: under way, not yet approved.",
          },
        ],
        selvitys:
          "Ohjelma on ollut lausunnolla maaliskuussa; lausuntoja saatiin 14. Ohjelma viedään kaupunginhallitukseen kesäkuussa.",
      },
      {
        text: "Roskaantumisen vähentäminen puistoissa",
        measures: [
          {
            text: "Asukaspalautteet roskaantumisesta / vuosi",
            baseline: "420",
            target: "alle 350",
            expected: "partial",
            why: "Fewer complaints than in the same months last year: moving towards a lower yearly figure.",
          },
        ],
        selvitys:
          "Palautteita tuli tammi–huhtikuussa 61, mikä on vähemmän kuin vastaavana aikana viime vuonna (88).",
      },
    ],
  },
  {
    name: "Konsernipalvelut T2 2025 (osatavoitteet)",
    sector: "konsernipalvelut",
    layout: "block",
    period: "T2",
    year: 2025,
    focus: "Toimiva kaupunkiorganisaatio",
    goal: "Sujuvat tukipalvelut",
    commitment: "Prosessien yhtenäistäminen",
    actions: [
      {
        text: "Hankintaohjeen uudistaminen",
        measures: [
          {
            text: "Hankintaohje uudistettu",
            baseline: "Vanha ohje vuodelta 2017",
            target: "Uusi ohje käytössä",
            expected: "partial",
            why: "Sub-goals 1 and 2 reached, sub-goal 3 not yet reported.",
          },
        ],
        selvitys:
          "Osatavoite 1: Nykytilan kartoitus tehty\nRaportointi: Kartoitus valmistui helmikuussa.\n" +
          "Osatavoite 2: Ohjeluonnos kommentoitavana toimialoilla\nRaportointi: Luonnos oli kommenteilla touko–kesäkuussa, kommentit käsitelty.\n" +
          "Osatavoite 3: Ohje hyväksytty ja henkilöstö koulutettu\nRaportointi:",
        style: "lines",
      },
      {
        text: "Laskujen käsittelyn automatisointi",
        measures: [
          {
            text: "Automaattisesti käsiteltyjen ostolaskujen osuus (%)",
            baseline: "38 %",
            target: "60 %",
            expected: "partial",
          },
          {
            text: "Ostolaskun käsittelyaika (pv)",
            baseline: "9 pv",
            target: "6 pv",
            expected: "partial",
          },
        ],
        selvitys:
          "Osatavoite 1: Robotiikan laajentaminen kolmelle uudelle toimittajaryhmälle\n" +
          "Raportointi: Laajennus toteutettu kahdelle ryhmälle, kolmas siirtyy syksyyn. Automaattisesti käsiteltyjen laskujen osuus nousi 52 %:iin.\n" +
          "Osatavoite 2: Käsittelyajan seuranta raportointiin\n" +
          "Raportointi: Seurantaraportti otettu käyttöön kesäkuussa; käsittelyaika on nyt keskimäärin 7,5 pv.",
        style: "lines",
      },
      {
        text: "Vuokrasopimusten keskittäminen",
        measures: [
          {
            text: "Keskitetysti hallinnoidut vuokrasopimukset",
            baseline: "0 %",
            target: "100 %",
            expected: "not-achieved",
            why: "Both reported sub-goals say the work stopped.",
          },
        ],
        selvitys:
          "Osatavoite 1: Sopimusrekisterin hankinta\nRaportointi: Hankinta keskeytettiin, koska tarjouksia ei saatu. Uutta kilpailutusta ei ole aloitettu.\n" +
          "Osatavoite 2: Sopimusten siirto rekisteriin\nRaportointi: Ei edennyt, koska rekisteriä ei ole.",
        style: "lines",
      },
      {
        text: "Johdon raportoinnin kehittäminen",
        measures: [
          {
            text: "Kuukausiraportti johtoryhmälle",
            baseline: "Neljännesvuosiraportti",
            target: "Kuukausiraportti käytössä",
            expected: "achieved",
            why: "Both sub-goals reported and reached.",
          },
        ],
        selvitys:
          "Osatavoite 1: Raporttipohja määritelty\nRaportointi: Valmis.\n" +
          "Osatavoite 2: Raportti käytössä johtoryhmässä\nRaportointi: Kuukausiraportti on ollut johtoryhmän käytössä toukokuusta lähtien.",
        style: "lines",
      },
      {
        text: "Sisäisen valvonnan ohjeistuksen päivittäminen",
        measures: [
          {
            text: "Sisäisen valvonnan ohje päivitetty",
            baseline: "Ohje vuodelta 2019",
            target: "Päivitetty ohje hyväksytty",
            expected: "not-assessable",
            why: "Sub-goals listed, none reported.",
          },
        ],
        selvitys: "Osatavoite 1: Riskikartoitus\nOsatavoite 2: Ohjeen päivitys\nOsatavoite 3: Hyväksyminen",
        style: "lines",
      },
    ],
  },
  {
    name: "Sivistys Q3 2026 (taulukko)",
    sector: "sivistys",
    layout: "table",
    period: "Q3",
    year: 2026,
    focus: "Osaava Pori",
    goal: "Oppimistulokset paranevat",
    commitment: "Perusopetuksen laadun vahvistaminen",
    actions: [
      {
        text: "Lukuinto-ohjelma alakouluihin",
        measures: [
          {
            text: "Lukuinto-ohjelmaan osallistuvat koulut",
            baseline: "6",
            target: "14",
            expected: "partial",
          },
          {
            text: "Lukudiplomin suorittaneet oppilaat / vuosi",
            baseline: "410",
            target: "500",
            expected: "partial",
            why: "468 diplomas by September against a whole-year target: progress.",
          },
        ],
        selvitys:
          "Mittari 1. Ohjelma on käynnissä 11 koulussa, ja kolme koulua aloittaa lokakuussa. " +
          "Mittari 2. Lukudiplomeja on suoritettu tammi–syyskuussa 468, joten tavoitteeseen on vielä matkaa.",
      },
      {
        text: "Poissaolojen seurantamalli kaikkiin yläkouluihin",
        measures: [
          {
            text: "Seurantamalli käytössä yläkouluissa",
            baseline: "2 koulua",
            target: "Kaikki 7 yläkoulua",
            expected: "achieved",
          },
        ],
        selvitys: "Malli on otettu käyttöön kaikissa seitsemässä yläkoulussa elokuun alussa.",
      },
      {
        text: "Kouluvalmentajien palkkaaminen",
        measures: [
          {
            text: "Kouluvalmentajat (htv)",
            baseline: "3",
            target: "5",
            expected: "not-achieved",
          },
        ],
        selvitys: "Rahoitushakemus hylättiin, eikä uusia valmentajia palkata tänä vuonna.",
      },
      {
        text: "Opiskelijakyselyn toteuttaminen",
        measures: [
          {
            text: "Opiskelijoiden tyytyväisyys (asteikko 1–5)",
            baseline: "3,7",
            target: "4,0",
            expected: "not-assessable",
            why: "The survey is still to come.",
          },
        ],
        selvitys: "Kysely tehdään marraskuussa.",
      },
      {
        text: "Toisen asteen vetovoiman lisääminen",
        measures: [
          {
            text: "Ensisijaisten hakijoiden osuus aloituspaikoista (%)",
            baseline: "92 %",
            target: "100 %",
            expected: "partial",
            why: "Meets the target, but the text says the figure is provisional.",
          },
        ],
        selvitys:
          "Yhteishaun perusteella osuus on 104 %, mutta luku on alustava: lopulliset tiedot saadaan lokakuussa.",
      },
    ],
  },
  {
    name: "Hyvinvointi H1 2026 (oma Tila-sarake)",
    sector: "hyvinvointi",
    layout: "block",
    period: "H1",
    year: 2026,
    ownColumn: true,
    focus: "Hyvinvoiva Pori",
    goal: "Ikäihmiset asuvat turvallisesti kotona",
    commitment: "Ennaltaehkäisevät palvelut",
    actions: [
      {
        text: "Ikäihmisten liikuntaryhmien lisääminen",
        measures: [
          {
            text: "Ryhmiin osallistuneet ikäihmiset / vuosi",
            baseline: "640",
            target: "750",
            expected: "partial",
          },
        ],
        selvitys: "Tammi–kesäkuussa ryhmissä kävi 512 eri osallistujaa; syksyn ryhmät ovat jo lähes täynnä.",
      },
      {
        text: "Hyvinvointia tukevat kotikäynnit",
        measures: [
          {
            text: "Hyvinvointikäynnin saaneiden osuus 75 vuotta täyttäneistä",
            baseline: "75 %",
            target: "85 %",
            own: "Toteutunut",
            expected: "achieved",
            why: "The person's own status wins (the selvitys alone would give partial: 81 %).",
          },
        ],
        selvitys: "Hyvinvointikäyntejä tehtiin 81 %:lle 75 vuotta täyttäneistä.",
      },
      {
        text: "Yksinäisyyden vähentäminen",
        measures: [
          {
            text: "Kokemus yksinäisyydestä (% vastaajista)",
            baseline: "18 %",
            target: "15 %",
            expected: "not-assessable",
            why: "The measure is a survey whose results come in the autumn.",
          },
        ],
        selvitys:
          "Ystäväpiiritoiminta käynnistyi huhtikuussa kolmessa kaupunginosassa. Kyselyn tulokset saadaan vasta syksyllä.",
      },
      {
        text: "Päihdetyön verkoston kokoaminen",
        measures: [
          {
            text: "Päihdetyön verkosto",
            baseline: "Ei verkostoa",
            target: "Verkosto toiminnassa",
            expected: "not-achieved",
          },
        ],
        selvitys:
          "Verkostoa ei ole koottu, koska koordinaattorin tehtävää ei saatu täytettyä. Toimenpide siirtyy vuodelle 2027.",
      },
    ],
  },
  {
    name: "Elinvoima T2 2026 (vanha T1-selvitys mukana)",
    sector: "elinvoima",
    layout: "block",
    period: "T2",
    year: 2026,
    focus: "Kasvava Pori",
    goal: "Yritysten kasvu ja uudistuminen",
    commitment: "Yrityspalvelut yhdestä paikasta",
    actions: [
      {
        text: "Yritysneuvonnan saavutettavuuden parantaminen",
        measures: [
          {
            text: "Neuvotut yritykset / vuosi",
            baseline: "310",
            target: "350",
            expected: "partial",
          },
          {
            text: "Yritysneuvonnan asiakastyytyväisyys (NPS)",
            baseline: "NPS +41",
            target: "NPS vähintään +45",
            expected: "achieved",
          },
        ],
        older: {
          period: "T1",
          text: "Tammi–huhtikuussa neuvottiin 96 yritystä. Asiakaskysely tehdään kesäkuussa.",
        },
        selvitys: "Tammi–elokuussa neuvottiin yhteensä 238 yritystä. Kesäkuun asiakaskyselyn NPS oli +52.",
      },
      {
        text: "Matkailuyhteistyön tiivistäminen",
        measures: [
          {
            text: "Yhteismarkkinointikampanjat",
            baseline: "1",
            target: "3",
            expected: "not-assessable",
            why: "The T2 selvitys is empty; the T1 text is an older report and does not count.",
          },
        ],
        older: { period: "T1", text: "Kaksi kampanjaa on jo toteutettu ja kolmas on valmisteilla." },
        selvitys: "",
      },
    ],
  },
  {
    name: "Tekninen Q1 2026",
    sector: "tekninen",
    layout: "block",
    period: "Q1",
    year: 2026,
    focus: "Kestävä Pori",
    goal: "Toimiva ja turvallinen kaupunkiympäristö",
    commitment: "Infrastruktuurin korjausvelan hallinta",
    actions: [
      {
        text: "Katuvalojen vaihtaminen LED-valoihin",
        measures: [
          {
            text: "LED-valaisimien osuus (%)",
            baseline: "48 %",
            target: "65 %",
            expected: "partial",
          },
        ],
        selvitys: "Urakoitsija valittiin maaliskuussa ja vaihtotyöt alkoivat. Osuus on nyt 53 %.",
        style: "sameCell",
      },
      {
        text: "Kevyen liikenteen väylien kunnostus",
        measures: [
          {
            text: "Kunnostetut väylät (km)",
            baseline: "4 km",
            target: "6 km",
            expected: "not-assessable",
            why: "Nothing done yet because the season starts in April, as planned: nothing to judge at Q1.",
          },
        ],
        selvitys:
          "Kunnostuskausi alkaa huhtikuussa, joten ensimmäisellä neljänneksellä väyliä ei kunnostettu.",
      },
      {
        text: "Jätevesiverkoston saneeraus",
        measures: [
          {
            text: "Saneerattu viemäriverkosto (km/v)",
            baseline: "5,2 km",
            target: "6 km",
            expected: "partial",
          },
        ],
        selvitys: "Ensimmäisen neljänneksen aikana saneerattiin 1,1 km sujutusmenetelmällä.",
      },
      {
        text: "Joukkoliikenteen matkustajamäärän kasvattaminen",
        measures: [
          {
            text: "Bussimatkat / vuosi",
            baseline: "2,1 milj. matkaa",
            target: "2,3 milj. matkaa",
            expected: "not-achieved",
            why: "Moving away: fewer trips than in the same months last year.",
          },
        ],
        selvitys:
          "Matkustajamäärä laski 6 % edellisvuoden vastaavasta ajankohdasta, koska reittejä karsittiin tammikuussa.",
      },
    ],
  },
  {
    name: "Digitalisaatio T1 2027 (taulukko)",
    sector: "digitalisaatio",
    layout: "table",
    period: "T1",
    year: 2027,
    focus: "Uudistuva Pori",
    goal: "Palvelut verkossa",
    commitment: "Asiointi sähköiseksi",
    actions: [
      {
        text: "Sähköisen asioinnin laajentaminen",
        measures: [
          {
            text: "Sähköisesti asioitavien palvelujen määrä",
            baseline: "24",
            target: "35",
            expected: "partial",
          },
          {
            text: "Sähköisen asioinnin osuus lupahakemuksista (%)",
            baseline: "61 %",
            target: "75 %",
            expected: "partial",
            why: "77 % meets the target but is a provisional figure (ennakkotieto).",
          },
        ],
        selvitys:
          "Uusia sähköisiä palveluja avattiin neljä (yhteensä 28). Lupahakemuksista 77 % tuli sähköisesti, mutta luku on ennakkotieto.",
      },
      {
        text: "Tietoturvakoulutus koko henkilöstölle",
        measures: [
          {
            text: "Koulutuksen suorittaneet työntekijät (%)",
            baseline: "55 %",
            target: "90 %",
            expected: "achieved",
          },
        ],
        selvitys: "Koulutus on suoritettu, osuus 91 %.",
      },
      {
        text: "Asianhallintajärjestelmän vaihto",
        measures: [
          {
            text: "Uusi asianhallintajärjestelmä käytössä",
            baseline: "Hankinta käynnissä",
            target: "Käytössä 1.9.2027",
            expected: "not-achieved",
            why: "The supplier says the date will be missed by at least half a year.",
          },
        ],
        selvitys:
          "Järjestelmätoimittaja on ilmoittanut, ettei se toimita järjestelmää sovitussa aikataulussa. Käyttöönotto viivästyy vähintään puoli vuotta.",
      },
    ],
  },
  {
    name: "Kaupunkisuunnittelu T2 2026 (osatavoitteet ja luvut)",
    sector: "kaupunkisuunnittelu",
    layout: "block",
    period: "T2",
    year: 2026,
    focus: "Kasvava Pori",
    goal: "Monipuolinen asuntotarjonta",
    commitment: "Tonttituotanto ja kaavoitus",
    actions: [
      {
        text: "Tonttitarjonnan lisääminen",
        measures: [
          {
            text: "Luovutetut omakotitontit / vuosi",
            baseline: "38",
            target: "45",
            expected: "partial",
          },
          {
            text: "Asemakaavoitettu uusi kerrosala (k-m²)",
            baseline: "12 000 k-m²",
            target: "20 000 k-m²",
            expected: "partial",
          },
        ],
        selvitys:
          "Osatavoite 1: Tonttihaku keväällä\nRaportointi: Keväthaussa luovutettiin 29 tonttia, syyshaku avautuu syyskuussa.\n" +
          "Osatavoite 2: Kaavat hyväksytty\nRaportointi: Kaksi asemakaavaa hyväksyttiin kesäkuussa, yhteensä 14 500 k-m². Kolmas kaava on nähtävillä.\n" +
          "Osatavoite 3: Syyshaku\nRaportointi: Ei vielä raportoitavaa.",
        style: "lines",
      },
      {
        text: "Vuokra-asuntojen käyttöasteen nosto",
        measures: [
          {
            text: "Kaupungin vuokra-asuntojen käyttöaste (%)",
            baseline: "93,5 %",
            target: "96 %",
            expected: "achieved",
          },
        ],
        selvitys: "Käyttöaste elokuun lopussa 96,4 %.",
        style: "sameCell",
      },
    ],
  },
  {
    name: "Henkilöstö Q3 2025 (Mittari N.)",
    sector: "henkilöstö",
    layout: "block",
    period: "Q3",
    year: 2025,
    focus: "Toimiva kaupunkiorganisaatio",
    goal: "Hyvinvoiva henkilöstö",
    commitment: "Työkyvyn tukeminen",
    actions: [
      {
        text: "Henkilöstön hyvinvoinnin tukeminen",
        measures: [
          {
            text: "Sairauspoissaolot (pv/htv)",
            baseline: "15,8 pv/htv",
            target: "14,5 pv/htv",
            expected: "partial",
            why: "Nine months' 11,2 days is about 15 a year by the text's own estimate: below the baseline, above the target.",
          },
          {
            text: "Työhyvinvointikyselyn vastausprosentti",
            baseline: "62 %",
            target: "70 %",
            expected: "not-assessable",
            why: "The selvitys is split by measure and says nothing about Mittari 2.",
          },
          {
            text: "Esihenkilövalmennukseen osallistuneet",
            baseline: "40",
            target: "80",
            expected: "achieved",
          },
        ],
        selvitys:
          "Mittari 1. Sairauspoissaoloja kertyi tammi–syyskuussa 11,2 pv/htv, mikä vastaa vuositasolla noin 15 pv/htv.\n" +
          "Mittari 3. Valmennukseen on osallistunut 86 esihenkilöä.",
        style: "lines",
      },
    ],
  },
  {
    name: "Perusturva T2 2025 (taulukko)",
    sector: "perusturva",
    layout: "table",
    period: "T2",
    year: 2025,
    focus: "Hyvinvoiva Pori",
    goal: "Terveyttä ja toimintakykyä",
    commitment: "Matalan kynnyksen palvelut",
    actions: [
      {
        text: "Liikuntaneuvonnan vakiinnuttaminen",
        measures: [
          {
            text: "Liikuntaneuvonnan asiakkaat / vuosi",
            baseline: "150",
            target: "200",
            expected: "achieved",
          },
        ],
        selvitys: "Asiakkaita on ollut tammi–elokuussa jo 214, joten vuoden tavoite on saavutettu.",
      },
      {
        text: "Nuorisotilojen aukiolon laajentaminen",
        measures: [
          {
            text: "Nuorisotilojen aukiolotunnit viikossa",
            baseline: "48 h",
            target: "60 h",
            expected: "not-achieved",
          },
        ],
        selvitys: "Aukioloa ei ole voitu laajentaa, koska ohjaajia ei ole saatu rekrytoitua.",
      },
      {
        text: "Senioripassin käyttöönotto",
        measures: [
          {
            text: "Senioripassi",
            baseline: "Ei käytössä",
            target: "Käytössä 2025",
            expected: "partial",
          },
        ],
        selvitys: "Passin tekninen toteutus on tilattu ja se valmistuu lokakuussa.",
      },
      {
        text: "Kutsuntaikäisten terveystarkastukset",
        measures: [
          {
            text: "Kutsuntaikäisten terveystarkastusten kattavuus (%)",
            baseline: "88 %",
            target: "95 %",
            expected: "not-achieved",
          },
        ],
        selvitys: "Kattavuus on laskenut 84 %:iin henkilöstövajeen vuoksi.",
      },
      {
        text: "Perhekeskustoiminnan kehittäminen",
        measures: [
          {
            text: "Perhekeskuksen kävijät / vuosi",
            baseline: "5 400",
            target: "6 000",
            expected: "not-assessable",
            why: "The selvitys column is empty for this action.",
          },
        ],
        selvitys: null,
      },
      {
        text: "Ruokapalveluiden hävikin vähentäminen",
        measures: [
          {
            text: "Ruokahävikki (g/annos)",
            baseline: "32 g",
            target: "25 g",
            expected: "partial",
            why: "A level (grams per portion): 27 g lies between 32 g and 25 g.",
          },
        ],
        selvitys: "Hävikki oli keväällä keskimäärin 27 g annosta kohden.",
      },
    ],
  },
  {
    name: "Kadut vuosi 2025 (ei toteumasaraketta)",
    sector: "kadut",
    layout: "block",
    period: "year",
    year: 2025,
    focus: "Kestävä Pori",
    goal: "Kävely ja pyöräily lisääntyvät",
    commitment: "Keskustan liikkumisympäristö",
    actions: [
      {
        text: "Pyöräpysäköinnin lisääminen keskustaan",
        measures: [
          {
            text: "Uudet pyöräpaikat",
            baseline: "0",
            target: "300",
            expected: "partial",
            why: "Year-end: 180 of 300 built, moved from the baseline without reaching the target.",
          },
        ],
        selvitys: "Vuoden aikana rakennettiin 180 uutta pyöräpaikkaa; loput siirtyvät ensi vuoteen.",
      },
      {
        text: "Talvikunnossapidon laadun parantaminen",
        measures: [
          {
            text: "Asukastyytyväisyys talvikunnossapitoon (1–5)",
            baseline: "2,9",
            target: "3,2",
            expected: "achieved",
          },
        ],
        selvitys: "Joulukuun asukaskyselyssä tyytyväisyys oli 3,3.",
      },
    ],
  },
  {
    name: "Kulttuuri H1 2027 (taulukko, osatavoitteet)",
    sector: "kulttuuri",
    layout: "table",
    period: "H1",
    year: 2027,
    focus: "Elävä Pori",
    goal: "Kulttuuri kuuluu kaikille",
    commitment: "Museo- ja taidepalvelujen saavutettavuus",
    actions: [
      {
        text: "Museon näyttelyohjelman uudistaminen",
        measures: [
          {
            text: "Museokäynnit / vuosi",
            baseline: "41 000",
            target: "45 000",
            expected: "partial",
          },
          {
            text: "Uudet verkkonäyttelyt",
            baseline: "1",
            target: "3",
            expected: "partial",
          },
        ],
        selvitys:
          "Osatavoite 1: Kevään päänäyttely avattu\nRaportointi: Avattiin 14.2. ja se on kerännyt 23 600 kävijää.\n" +
          "Osatavoite 2: Verkkonäyttelyiden tuotanto\nRaportointi: Ensimmäinen verkkonäyttely julkaistiin toukokuussa, toinen on työn alla.",
      },
      {
        text: "Taiteen perusopetuksen saavutettavuus",
        measures: [
          {
            text: "Taiteen perusopetuksen oppilaspaikat",
            baseline: "1 150",
            target: "1 250",
            expected: "achieved",
          },
        ],
        selvitys: "Oppilaspaikkoja lisättiin kevään haussa, ja niitä on nyt 1 260.",
      },
      {
        text: "Kulttuurikortin käyttöönotto",
        measures: [
          {
            text: "Kulttuurikortin käyttäjät",
            baseline: "0",
            target: "2 000",
            expected: "not-achieved",
          },
        ],
        selvitys:
          "Sopimusta korttijärjestelmän toimittajan kanssa ei solmita, koska hinta ylitti budjetin. Hanke lopetetaan.",
      },
    ],
  },
  {
    name: "Kadut Q2 2026 (mittarit yhdessä solussa)",
    sector: "kadut",
    layout: "block",
    period: "Q2",
    year: 2026,
    measuresInOneCell: true,
    focus: "Kestävä Pori",
    goal: "Katuverkko hyvässä kunnossa",
    commitment: "Päällystysohjelma",
    actions: [
      {
        text: "Katuverkon kunnon parantaminen",
        measures: [
          {
            text: "Päällystetyt kadut (km)",
            baseline: "8 km",
            target: "12 km",
            expected: "partial",
          },
          {
            text: "Kuntoluokaltaan huonojen katujen osuus (%)",
            baseline: "22 %",
            target: "18 %",
            expected: "not-assessable",
            why: "The condition survey is still to come.",
          },
        ],
        selvitys:
          "Mittari 1. Päällystysurakka alkoi toukokuussa; kesäkuun loppuun mennessä päällystettiin 3,4 km.\n" +
          "Mittari 2. Kuntoluokitus päivitetään vasta syksyn kuntokartoituksessa.",
        style: "lines",
      },
    ],
  },
];
