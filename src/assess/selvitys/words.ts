/**
 * What a selvitys text says about how the work stands, in the words people write in period reports.
 * The state words shared with the actual column come from ../vocabulary.ts ("valmis", "käynnissä",
 * "viivästynyt", "ei käytössä"); the words only a narrative report uses live here:
 * - stalls: "ei ole edennyt", "ei ole voitu", "rahoituksen puuttuessa", "Hanke lopetetaan";
 * - refusals in the future: "Sopimusta ei solmita", "eikä valmentajia palkata";
 * - work begun but not whole: "Ensimmäinen … julkaistiin", "kolmas siirtyy syksyyn", "lausunnolla";
 * - work scheduled later in the year: "alkaa huhtikuussa", "käynnistyy syksyllä";
 * - a measurement still to come: "Kysely tehdään marraskuussa", "tuloksia ei ole vielä saatu";
 * - a figure said to be provisional: "luku on alustava", "ennakkotieto", "vuositasolla noin".
 *
 * `readProgress(text)` finds every such phrase with its place in the text, and names what the text
 * says as a whole (see `Progress`).
 */
import { stateMatches, words } from "../vocabulary";
import { sentenceAt } from "./texts";

/**
 * What a passage says: reached (done), under way (begun, being planned or drafted, partly done),
 * stalled (stopped, postponed past the year, refused, "ei ole edennyt"), not yet (a done word
 * negated: "väyliä ei kunnostettu"), scheduled (to begin later), pending (a measurement to come).
 */
export type Progress = "reached" | "under-way" | "stalled" | "not-yet" | "scheduled" | "pending";

/** One phrase of a text and what it says, at its place in the text. */
export interface Evidence {
  kind: Progress;
  /** The words as written. */
  phrase: string;
  /** Where the phrase begins and ends in the text. */
  start: number;
  end: number;
}

export interface ProgressReading {
  /**
   * What the text says as a whole: the first of reached / under way leads (reports put the verdict
   * first) unless the text also says the work stalled ("mixed": some done, some stopped) or that part
   * of it is still to do (under way); then stalled, scheduled, pending, not yet; null when the text
   * says none of these.
   */
  kind: Progress | "mixed" | null;
  /** The phrases that decided, first the one to quote. */
  deciding: Evidence[];
  all: Evidence[];
}

const L = "\\p{L}";
const W = `${L}+`;
/** Up to n words in between. */
const gap = (n: number) => `(?:${W}[\\s,]+){0,${n}}?`;
const re = (body: string) => new RegExp(`(?<![${L}\\d])(?:${body})(?![${L}])`, "giu");

const MONTH = `(?:tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)kuu(?:ssa|n\\s+(?:aikana|alussa|lopussa))`;
const LATER =
  `(?:${MONTH}|syksyllä|keväällä|kesällä|talvella|syyskaudella|syyslukukaudella|kevätlukukaudella|` +
  `loppuvuodesta|loppuvuoden\\s+aikana|vuoden\\s+lopulla|vuoden\\s+loppuun\\s+mennessä|myöhemmin)`;

/** Stopped, stalled, hindered: said outright. */
const STALLED: RegExp[] = [
  // "ei ole edennyt", "ei edistetty", "ei ole voitu laajentaa", "ei onnistuttu".
  re(
    `(?:ei|eikä|ettei|eivät)\\s+(?:ole\\s+|ollut\\s+|olla\\s+)?${gap(2)}(?:edennyt|edenneet|edistynyt|edistyneet|edistetty|edistetä|etene|edisty|voitu|voida\\s+toteuttaa|onnistuttu|onnistunut|päästy|käynnistynyt)`,
  ),
  // "ei saatu täytettyä", "ei ole saatu rekrytoitua": a hindrance (not "tuloksia ei ole saatu").
  re(`(?:ei|eikä)\\s+(?:ole\\s+)?saatu\\s+${L}+(?:ua|yä)`),
  re(
    `rahoitu${L}*\\s+puuttu${L}*|puuttuvan\\s+rahoitu${L}*|rahoitusta\\s+ei\\s+(?:ole\\s+)?(?:saatu|myönnetty)`,
  ),
  re(
    `lopetet${L}*|lopetettiin|jäädytet${L}*|jäädytettiin|pysähty${L}*|pysähdyksissä|jäihin|jäissä|tauolla|ei\\s+toteudu|ei\\s+toteutunut`,
  ),
];

/** Verbs of knowing and judging: "ei voida arvioida" is no refusal. */
const KNOWING = /^(?:arvioida|sanoa|todeta|tietää|tiedetä|arvioi|mitata|mitattu|ennustaa)$/u;

/** A passive or connegative of the future, negated: "Sopimusta ei solmita", "eikä valmentajia palkata". */
const WONT_DO = re(`(?:ei|eikä|ettei)\\s+((?:(?!vielä)${W}\\s+){0,2}?)(${L}{2,}(?:ta|tä|da|dä))`);

/** Done words a narrative uses beside the shared vocabulary's ("avattiin", "koulutus suoritettu"). */
const DONE_EXTRA = re(
  `avattiin|käsitelty|suoritettu|suoritettiin|valittiin|rakennettiin|kunnostettiin|allekirjoitettiin|` +
    `solmittiin|hankittiin|otettiin\\s+käyttöön|koottiin|laadittiin|saatiin\\s+valmiiksi`,
);

/** Begun and on its way, in a narrative's words. */
const UNDER_WAY_EXTRA = re(
  `lausunnolla|lausuntokierro${L}*|tilattu|tilattiin|kommenteilla|kommentoitavana|käsittelyyn|viedään\\s+${gap(1)}(?:${L}*hallitu${L}*|${L}*valtuusto${L}*|lautakun${L}*|päätöksente${L}*)`,
);

/** Part of the work still to do after a done word: "kolmas siirtyy syksyyn", "toinen on työn alla". */
const REMAINDER = re(
  `(?:loput|muut|toinen|kolmas|neljäs|viimeinen|jäljellä\\s+olevat)\\s+${gap(2)}(?:siirty${L}*|on\\s+työn\\s+alla|ovat\\s+työn\\s+alla|kesken|valmistu${L}*|aloitta${L}*|alka${L}*|käynnisty${L}*|on\\s+tulossa|ovat\\s+tulossa)`,
);

const REMAINDER_TEST = new RegExp(REMAINDER.source, "iu");

/** Words that join a cause to its consequence. */
const CAUSE = /(?:^|[^\p{L}])(?:joten|koska|sillä|vuoksi|takia|puuttuessa|johdosta|seurauksena)(?![\p{L}])/iu;

/** Words before a done word that make it partial: "Ensimmäinen verkkonäyttely julkaistiin". */
const PARTIAL_BEFORE = new Set([
  "osa",
  "osaa",
  "osan",
  "ensimmäinen",
  "ensimmäiset",
  "ensimmäisen",
  "ensimmäisiä",
  "yksi",
  "yhdelle",
  "kahdelle",
  "kolmelle",
]);

/**
 * To begin later in the year: "Kunnostuskausi alkaa huhtikuussa", "toteutus käynnistyy syksyllä".
 * Not "viedään valtuustoon lokakuussa": a decision's next step is a process under way (UNDER_WAY_EXTRA).
 */
const SCHEDULED = re(
  `(?:alkaa|alkavat|alkanee|käynnistyy|käynnistyvät|aloitetaan|aloittaa|aloittavat|käynnistetään|toteutetaan|tehdään|järjestetään|avautuu|avataan|valmistellaan)\\s+${gap(3)}(?:vasta\\s+)?${LATER}`,
);

/** A measurement still to come. */
const PENDING: RegExp[] = [
  re(
    `(?:tulokset|tulos|tuloksia|tiedot|tietoja|luvut|lukuja|data|vastaukset)\\s+${gap(3)}(?:saadaan|saatavilla|valmistuvat|valmistuu|julkaistaan|selviävät|selviää|tulevat|vahvistuvat)`,
  ),
  re(
    `(?:tulok${L}*|tiedo${L}*|tieto${L}*|luku${L}*|vastauk${L}*)\\s+(?:${W}\\s+)?(?:ei|eivät)\\s+(?:ole\\s+)?${gap(3)}(?:vielä\\s+)?(?:saatu|saatavilla|tiedossa|valmistunut|valmiina|julkaistu|käytettävissä)`,
  ),
  re(`(?:luku|tieto|tulos|arvo|tilanne)\\s+selviää`),
  re(
    `(?:${L}*kysely${L}*|${L}*mittau${L}*|${L}*kartoitu${L}*|arvioin${L}*|${L}*tutkimu${L}*|laskenta${L}*|${L}*luokitu${L}*|tilasto${L}*)\\s+${gap(2)}(?:tehdään|toteutetaan|järjestetään|päivitetään|valmistuu|valmistuvat|julkaistaan|on\\s+tulossa|käynnistyy|saadaan|lähetetään)`,
  ),
  re(`ei\\s+(?:ole\\s+)?(?:vielä\\s+)?(?:tiedossa|mitattu|saatavilla|käytettävissä)`),
];

/** A figure given as provisional or as an estimate. */
export const PROVISIONAL = re(
  `alustav${L}*|ennakko${L}*|ennuste${L}*|arvio${L}*|arviolta|toistaiseksi|tarkentu${L}*|ei\\s+(?:vielä\\s+)?(?:ole\\s+)?lopullin${L}*|lopulliset\\s+(?:tiedot|luvut)|vuositasol${L}*`,
);

/** "Ei vielä raportoitavaa", "-": a sub-goal not reported yet. */
export const NOTHING_TO_REPORT =
  /^[\s\-–—.?]*$|^(?:ei\s+(?:vielä\s+)?(?:raportoitavaa|kerrottavaa|tietoa|mitään\s+raportoitavaa)|raportoidaan\s+myöhemmin)[\s.!]*$/iu;

function all(regex: RegExp, text: string, kind: Progress): Evidence[] {
  const out: Evidence[] = [];
  regex.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = regex.exec(text)) !== null) {
    out.push({ kind, phrase: m[0], start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) regex.lastIndex++;
  }
  return out;
}

/** The place of the n-th word (as ../vocabulary.ts counts words) in the text. */
function wordOffsets(text: string): number[] {
  const out: number[] = [];
  const wre = /[\p{L}\d]+(?:[-:'’][\p{L}\d]+)*/gu;
  let m: RegExpExecArray | null;
  while ((m = wre.exec(text)) !== null) out.push(m.index);
  return out;
}

/** The shared vocabulary's state words, as evidence. */
function vocabularyEvidence(text: string): Evidence[] {
  const ws = words(text);
  const at = wordOffsets(text);
  const out: Evidence[] = [];
  for (const m of stateMatches(text)) {
    const start = at[m.index] ?? 0;
    const n = words(m.phrase).length;
    const last = m.index + n - 1;
    const end = last < at.length ? at[last] + ws[last].raw.length : text.length;
    let kind: Progress;
    if (m.level === "done") {
      const before = ws.slice(Math.max(0, m.index - 3), m.index).map((w) => w.lower);
      kind = before.some((w) => PARTIAL_BEFORE.has(w)) ? "under-way" : "reached";
    } else if (m.level === "in-progress" || m.level === "planning") kind = "under-way";
    else if (m.level === "negative")
      // "viivästynyt", "siirtyy vuodelle 2027" stall; a done word negated ("ei kunnostettu") is not yet
      // done, except the words of the target itself ("ei toteutunut", "ei saavutettu").
      kind = !m.negated || /toteutu|saavute/iu.test(m.phrase) ? "stalled" : "not-yet";
    else kind = "not-yet";
    out.push({ kind, phrase: m.phrase, start, end });
  }
  return out;
}

function narrativeEvidence(text: string): Evidence[] {
  const out: Evidence[] = [];
  for (const r of STALLED) out.push(...all(r, text, "stalled"));
  WONT_DO.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WONT_DO.exec(text)) !== null) {
    if (!KNOWING.test(m[2].toLocaleLowerCase("fi-FI")))
      out.push({ kind: "stalled", phrase: m[0], start: m.index, end: m.index + m[0].length });
  }
  for (const e of all(DONE_EXTRA, text, "reached")) {
    const before = words(text.slice(Math.max(0, e.start - 40), e.start))
      .slice(-3)
      .map((w) => w.lower);
    if (before.some((w) => w === "ei" || w === "eikä")) out.push({ ...e, kind: "not-yet" });
    else out.push(before.some((w) => PARTIAL_BEFORE.has(w)) ? { ...e, kind: "under-way" } : e);
  }
  out.push(...all(UNDER_WAY_EXTRA, text, "under-way"));
  out.push(...all(REMAINDER, text, "under-way"));
  out.push(...all(SCHEDULED, text, "scheduled"));
  for (const r of PENDING) out.push(...all(r, text, "pending"));
  return out;
}

/** Every phrase of the text that says how the work stands, in order, and what the text says as a whole. */
export function readProgress(text: string): ProgressReading {
  const found = [...narrativeEvidence(text), ...vocabularyEvidence(text)].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
  // One phrase, one reading: a narrative phrase wins over a vocabulary word inside it.
  const ev: Evidence[] = [];
  for (const e of found) if (!ev.some((k) => e.start >= k.start && e.end <= k.end)) ev.push(e);
  const of = (k: Progress) => ev.filter((e) => e.kind === k);
  const stalled = of("stalled");
  // "Strategia on luonnosvaiheessa, joten suunnitelmaa ei ole edistetty": a state named as the cause
  // of a stall in the same sentence is no progress of the work itself.
  const causeOfStall = (e: Evidence) =>
    stalled.some((st) => {
      const sentence = sentenceAt(text, st.start);
      return (
        e.start >= sentence.start &&
        e.end <= sentence.end &&
        CAUSE.test(text.slice(sentence.start, sentence.end))
      );
    });
  const moving = ev.filter((e) => (e.kind === "reached" || e.kind === "under-way") && !causeOfStall(e));
  if (stalled.length > 0) {
    if (moving.length === 0) return { kind: "stalled", deciding: stalled, all: ev };
    return { kind: "mixed", deciding: [moving[0], stalled[0]], all: ev };
  }
  if (moving.length > 0) {
    const first = moving[0];
    if (first.kind === "reached") {
      // "Laajennus toteutettu kahdelle ryhmälle, kolmas siirtyy syksyyn": part of it is still to do.
      const rest = of("under-way").find((e) => REMAINDER_TEST.test(e.phrase));
      if (rest) return { kind: "under-way", deciding: [first, rest], all: ev };
      return { kind: "reached", deciding: [first], all: ev };
    }
    return { kind: "under-way", deciding: [first], all: ev };
  }
  for (const k of ["scheduled", "pending", "not-yet"] as const) {
    const e = of(k);
    if (e.length > 0) return { kind: k, deciding: [e[0]], all: ev };
  }
  return { kind: null, deciding: [], all: ev };
}

/** The pending phrase of the text, if any (a measurement still to come). */
export function pendingIn(text: string): Evidence | null {
  for (const r of PENDING) {
    const e = all(r, text, "pending")[0];
    if (e) return e;
  }
  return null;
}

/** The scheduled phrase of the text, if any. */
export function scheduledIn(text: string): Evidence | null {
  return all(SCHEDULED, text, "scheduled")[0] ?? null;
}
