/**
 * Finnish words for the state of a piece of work: "Toteutunut", "Käynnistynyt", "testivaiheessa",
 * "Suunnitteilla", "Ei käytössä", "viivästynyt". Matched by stem at the start of a word, in any case
 * and inflection, with negation ("Ei käytössä", "ei ole hyväksytty") and softeners ("lähes valmis",
 * "osittain toteutunut").
 *
 * Levels, from worst to best:
 * - negative: an explicit negative outcome (not done, stopped, cancelled, delayed, changed);
 * - not-started: nothing begun yet ("Aloittamatta", "Ei olemassa");
 * - planning: being planned or drafted ("Suunnitteilla", "luonnos", "vireillä", "työstövaiheessa");
 * - in-progress: work under way but not finished ("Käynnistynyt", "kesken", "testivaiheessa");
 * - done: finished, in use, approved ("Toteutunut", "valmis", "hyväksytty", "käytössä").
 */

export type StateLevel = "negative" | "not-started" | "planning" | "in-progress" | "done";

export const STATE_RANK: Record<StateLevel, number> = {
  negative: 0,
  "not-started": 1,
  planning: 2,
  "in-progress": 3,
  done: 4,
};

/** A stem that stands for a year written as a word of its own ("2025"). */
const YEAR = "#year";

interface Term {
  /** Word stems in order; each must start a word, consecutive words. Lower case. */
  stems: string[];
  level: StateLevel;
}

/** Longer, more specific phrases first: "otettu käyttöön" before "käyttöön". */
const TERMS: Term[] = [
  // Phrases.
  { stems: ["otettu", "käyttöön"], level: "done" },
  { stems: ["käyttöön", "otettu"], level: "done" },
  { stems: ["otetaan", "käyttöön"], level: "in-progress" },
  { stems: ["ottamatta", "käyttöön"], level: "not-started" },
  { stems: ["työn", "alla"], level: "in-progress" },
  { stems: ["tarve", "tunnistettu"], level: "not-started" },
  { stems: ["ei", "olemassa"], level: "not-started" },
  { stems: ["jäi", "toteutumatta"], level: "negative" },
  // Postponed past the period: "siirtyy vuodelle 2025", "siirrettiin ensi vuoteen".
  { stems: ["siirty", "vuodelle"], level: "negative" },
  { stems: ["siirty", "vuoteen"], level: "negative" },
  { stems: ["siirty", "ensi"], level: "negative" },
  { stems: ["siirty", "seuraava"], level: "negative" },
  { stems: ["siirty", "myöhemm"], level: "negative" },
  { stems: ["siirre", "vuodelle"], level: "negative" },
  { stems: ["siirre", "vuoteen"], level: "negative" },
  { stems: ["siirre", "ensi"], level: "negative" },
  { stems: ["siirre", "seuraava"], level: "negative" },
  { stems: ["siirre", "myöhemm"], level: "negative" },
  // "siirtyy 2025", "siirrettiin 2025": a year right after the verb is the year it moved to (the
  // noun "siirtyminen 2025 …", a transition, is not a postponement).
  { stems: ["siirtyy", YEAR], level: "negative" },
  { stems: ["siirtyi", YEAR], level: "negative" },
  { stems: ["siirtyn", YEAR], level: "negative" },
  { stems: ["siirret", YEAR], level: "negative" },
  // Negative outcomes.
  { stems: ["toteutumatta"], level: "negative" },
  { stems: ["viivästy"], level: "negative" },
  { stems: ["viivästet"], level: "negative" },
  { stems: ["myöhästy"], level: "negative" },
  { stems: ["keskeyt"], level: "negative" },
  { stems: ["peruttu"], level: "negative" },
  { stems: ["perutt"], level: "negative" },
  { stems: ["peruunt"], level: "negative" },
  { stems: ["hylätty"], level: "negative" },
  { stems: ["hylättiin"], level: "negative" },
  { stems: ["lykkään"], level: "negative" },
  { stems: ["lykätty"], level: "negative" },
  { stems: ["lykättiin"], level: "negative" },
  { stems: ["muuttui"], level: "negative" },
  { stems: ["epäonnistu"], level: "negative" },
  { stems: ["raukesi"], level: "negative" },
  { stems: ["rauennut"], level: "negative" },
  { stems: ["luovuttu"], level: "negative" },
  { stems: ["luovuttiin"], level: "negative" },
  // Not started.
  { stems: ["aloittamatta"], level: "not-started" },
  { stems: ["käynnistämättä"], level: "not-started" },
  { stems: ["tekemättä"], level: "not-started" },
  { stems: ["puuttuu"], level: "not-started" },
  // Planning.
  { stems: ["valmistel"], level: "planning" },
  { stems: ["valmisteil"], level: "planning" },
  { stems: ["suunnitteil"], level: "planning" },
  { stems: ["suunnittelu"], level: "planning" },
  { stems: ["suunnitteluvaihe"], level: "planning" },
  { stems: ["suunnitellaan"], level: "planning" },
  { stems: ["luonnos"], level: "planning" },
  { stems: ["vireil"], level: "planning" },
  { stems: ["vireille"], level: "planning" },
  { stems: ["työstö"], level: "planning" },
  { stems: ["työstetään"], level: "planning" },
  { stems: ["selvitetään"], level: "planning" },
  { stems: ["selvityksessä"], level: "planning" },
  { stems: ["ideointi"], level: "planning" },
  { stems: ["kartoitetaan"], level: "planning" },
  // In progress. A plan or proposal on public display is in its statutory procedure: "Ehdotus
  // nähtävillä". (The stage noun "ehdotus" alone is not a state: "Kaavaehdotus hyväksytty" is done.)
  { stems: ["nähtävillä"], level: "in-progress" },
  { stems: ["nähtäville"], level: "in-progress" },
  { stems: ["käynnissä"], level: "in-progress" },
  { stems: ["käynnisty"], level: "in-progress" },
  { stems: ["käynnistet"], level: "in-progress" },
  { stems: ["käynnistys"], level: "in-progress" },
  { stems: ["aloitettu"], level: "in-progress" },
  { stems: ["aloitettiin"], level: "in-progress" },
  { stems: ["aloitet"], level: "in-progress" },
  { stems: ["alkanut"], level: "in-progress" },
  { stems: ["alkoi"], level: "in-progress" },
  { stems: ["kesken"], level: "in-progress" },
  { stems: ["testivaihe"], level: "in-progress" },
  { stems: ["testaus"], level: "in-progress" },
  { stems: ["testauksessa"], level: "in-progress" },
  { stems: ["testissä"], level: "in-progress" },
  { stems: ["pilotoin"], level: "in-progress" },
  { stems: ["pilotoidaan"], level: "in-progress" },
  { stems: ["pilotti"], level: "in-progress" },
  { stems: ["pilotissa"], level: "in-progress" },
  { stems: ["etenee"], level: "in-progress" },
  { stems: ["edennyt"], level: "in-progress" },
  { stems: ["edistyy"], level: "in-progress" },
  { stems: ["edistynyt"], level: "in-progress" },
  { stems: ["tulossa"], level: "in-progress" },
  { stems: ["valmistuu"], level: "in-progress" },
  { stems: ["valmistuva"], level: "in-progress" },
  { stems: ["valmistumassa"], level: "in-progress" },
  { stems: ["kehitteil"], level: "in-progress" },
  { stems: ["hankinnassa"], level: "in-progress" },
  { stems: ["kilpailutuksessa"], level: "in-progress" },
  { stems: ["käsittelyssä"], level: "in-progress" },
  { stems: ["käsiteltävänä"], level: "in-progress" },
  { stems: ["toteutuksessa"], level: "in-progress" },
  { stems: ["toteutetaan"], level: "in-progress" },
  { stems: ["osittain"], level: "in-progress" },
  { stems: ["osin"], level: "in-progress" },
  { stems: ["pääosin"], level: "in-progress" },
  { stems: ["osatoteutu"], level: "in-progress" },
  // Done.
  { stems: ["toteutunut"], level: "done" },
  { stems: ["toteutuneet"], level: "done" },
  { stems: ["toteutui"], level: "done" },
  { stems: ["toteutettu"], level: "done" },
  { stems: ["toteutettiin"], level: "done" },
  { stems: ["toteutuminen"], level: "done" },
  { stems: ["valmis"], level: "done" },
  { stems: ["valmii"], level: "done" },
  { stems: ["valmistunut"], level: "done" },
  { stems: ["valmistui"], level: "done" },
  { stems: ["valmistuminen"], level: "done" },
  { stems: ["valmistuttu"], level: "done" },
  { stems: ["hyväksyt"], level: "done" },
  { stems: ["hyväksyi"], level: "done" },
  { stems: ["hyväksynyt"], level: "done" },
  { stems: ["käytössä"], level: "done" },
  { stems: ["käyttöönotettu"], level: "done" },
  { stems: ["tehty"], level: "done" },
  { stems: ["tehtiin"], level: "done" },
  { stems: ["saavutettu"], level: "done" },
  { stems: ["saavutettiin"], level: "done" },
  { stems: ["saavutti"], level: "done" },
  { stems: ["julkaistu"], level: "done" },
  { stems: ["julkaistiin"], level: "done" },
  { stems: ["hankittu"], level: "done" },
  { stems: ["myönnet"], level: "done" },
  { stems: ["korjattu"], level: "done" },
  { stems: ["asennettu"], level: "done" },
  { stems: ["rakennettu"], level: "done" },
  { stems: ["kunnostettu"], level: "done" },
  { stems: ["koulutettu"], level: "done" },
  { stems: ["perustettu"], level: "done" },
  { stems: ["avattu"], level: "done" },
  { stems: ["solmittu"], level: "done" },
  { stems: ["uudistettu"], level: "done" },
  { stems: ["automatisoitu"], level: "done" },
  { stems: ["kilpailutettu"], level: "done" },
  { stems: ["vahvistettu"], level: "done" },
  { stems: ["sovittu"], level: "done" },
  { stems: ["allekirjoitettu"], level: "done" },
  { stems: ["voimassa"], level: "done" },
  { stems: ["olemassa"], level: "done" },
  { stems: ["toiminnassa"], level: "done" },
  { stems: ["vakiinnutettu"], level: "done" },
  { stems: ["vakiintunut"], level: "done" },
  { stems: ["järjestetty"], level: "done" },
  { stems: ["järjestettiin"], level: "done" },
  { stems: ["pidetty"], level: "done" },
  { stems: ["pidettiin"], level: "done" },
  { stems: ["ylittyi"], level: "done" },
  { stems: ["ylitetty"], level: "done" },
  { stems: ["ylittänyt"], level: "done" },
  { stems: ["lanseerattu"], level: "done" },
  { stems: ["laadittu"], level: "done" },
  { stems: ["päätetty"], level: "done" },
  { stems: ["päätös", "tehty"], level: "done" },
  { stems: ["selvitetty"], level: "done" },
  { stems: ["varmistettu"], level: "done" },
  { stems: ["valittu"], level: "done" },
  { stems: ["nimetty"], level: "done" },
  { stems: ["määritelty"], level: "done" },
  { stems: ["ok"], level: "done" },
  { stems: ["kyllä"], level: "done" },
];

/** Words that turn the following state term negative: "ei", "eikä", "ei ole", "ei vielä". */
const NEGATORS = new Set(["ei", "eikä", "eivät", "en", "emme", "ette"]);
/** Softeners before a done term: "lähes valmis" is not yet done. */
const SOFTENERS = new Set(["lähes", "melkein", "osittain", "osin", "pääosin", "osaksi", "lähestulkoon"]);

export interface StateMatch {
  level: StateLevel;
  /** The words as written: "Ei käytössä", "lähes valmis", "Toteutunut". */
  phrase: string;
  /** Word index where it begins. */
  index: number;
  negated: boolean;
}

export interface StateReading {
  /** The level the text as a whole says, null when it says none. */
  level: StateLevel | null;
  matches: StateMatch[];
  /** The phrase that decided the level, as written. */
  phrase: string | null;
}

/** A word of a text: lower case and as written. */
interface Word {
  lower: string;
  raw: string;
}

/** A word as the terms are matched against it, worked out once per word rather than once per term. */
interface MatchWord {
  lower: string;
  /** Lower case without hyphens: "suunnittelu-vaihe" → "suunnitteluvaihe". */
  flat: string;
  /** The excluded prefixes it starts with (nearly always none). */
  excluded: string[];
}

/** A word: letters and digits, joined by a hyphen, colon or apostrophe ("käyttöön-otto", "T1:n"). */
export const WORD = /[\p{L}\d]+(?:[-:'’][\p{L}\d]+)*/gu;
const LETTER = /^\p{L}$/u;

/**
 * The length (1, or 2 for a surrogate pair) of the letter or digit [\p{L}\d] at `i`, 0 when there is
 * none: ASCII and Latin-1 letters by their codes, others by the Unicode property.
 */
function wordCharWidth(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) ? 1 : 0;
  if (c >= 0xc0 && c <= 0xff) return c === 0xd7 || c === 0xf7 ? 0 : 1;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const pair = text.slice(i, i + 2);
    return LETTER.test(pair) ? 2 : 0;
  }
  return LETTER.test(text[i]) ? 1 : 0;
}

/**
 * Calls `visit` with the start and end of each word WORD would find, in order, found by character
 * codes rather than the Unicode-property regex (the tokens of verdict.ts are the same words).
 */
export function forEachWord(text: string, visit: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const first = wordCharWidth(text, i);
    if (first === 0) {
      i++;
      continue;
    }
    const start = i;
    i = runEnd(text, i + first);
    for (;;) {
      const c = text.charCodeAt(i);
      if (!(c === 45 || c === 58 || c === 39 || c === 0x2019)) break;
      const next = wordCharWidth(text, i + 1);
      if (next === 0) break;
      i = runEnd(text, i + 1 + next);
    }
    visit(start, i);
  }
}

/** Where the run of letters and digits going on at `i` ends. */
function runEnd(text: string, i: number): number {
  for (;;) {
    const w = wordCharWidth(text, i);
    if (w === 0) return i;
    i += w;
  }
}
const YEAR_WORD = /^(?:19|20)\d{2}$/u;

/**
 * Texts repeat: the judges of one measure each read the same actual, and a status column repeats its
 * few words. The words and state terms of the texts seen last are kept (a bounded cache, emptied when
 * full; texts of up to 500 characters) and handed out as copies, so no caller can change another's.
 */
const CACHE_LIMIT = 2000;
const wordsCache = new Map<string, Word[]>();
const matchesCache = new Map<string, StateMatch[]>();

/** Longer texts (a selvitys) seldom repeat and would hold on to much memory in the pane: not kept. */
const CACHE_TEXT_LIMIT = 500;

function remember<T>(cache: Map<string, T>, key: string, value: T): T {
  if (key.length > CACHE_TEXT_LIMIT) return value;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

function wordsOf(text: string): Word[] {
  const known = wordsCache.get(text);
  if (known) return known;
  const out: Word[] = [];
  // toLowerCase is toLocaleLowerCase("fi-FI"): Finnish has no special casing (only Turkish, Azeri,
  // Lithuanian and Greek do), and the locale-aware call costs far more.
  forEachWord(text, (start, end) => {
    const raw = text.slice(start, end);
    out.push({ lower: raw.toLowerCase(), raw });
  });
  return remember(wordsCache, text, out);
}

/** Words of a text, lower case, punctuation removed, with their original spelling. */
export function words(text: string): { lower: string; raw: string }[] {
  return wordsOf(text).map((w) => ({ ...w }));
}

/** Words that begin like a state word but are not one: "keskenään" (with each other). */
const EXCLUDED_PREFIXES = ["keskenää", "valmistaja", "valmiste", "tehtyjen", "käytössään"];

function matchWord(lower: string): MatchWord {
  return {
    lower,
    flat: lower.includes("-") ? lower.replace(/-/g, "") : lower,
    excluded: EXCLUDED_PREFIXES.filter((p) => lower.startsWith(p)),
  };
}

function stemMatches(word: MatchWord, stem: string): boolean {
  if (stem === YEAR) return YEAR_WORD.test(word.lower);
  if (stem.length <= 4) return word.lower === stem;
  if (word.excluded.length > 0 && word.excluded.some((p) => !stem.startsWith(p))) return false;
  // A compound word may carry the state word as its last part: "luonnosvaiheessa", "Suunnittelu-vaihe".
  return word.lower.startsWith(stem) || word.flat.startsWith(stem);
}

function compoundMatches(word: MatchWord, stem: string): boolean {
  if (stem.length < 6) return false;
  const i = word.lower.indexOf(stem);
  return i > 2;
}

/**
 * Which terms may match a word, found without trying every term: a word names a term only when the
 * term's first stem is the word itself (a short stem), a start of the word or of its hyphenless
 * spelling, or (a single-stem term) a part of a compound starting at its fourth letter or later. The
 * stems are looked up by the word's starts and by the six letters at each place of the word, which
 * gives a few candidates (nearly always none), each then checked exactly as before, in term order:
 * the same first match as trying every term, at a cost that does not grow with the vocabulary.
 */
const BY_WHOLE = new Map<string, number[]>();
const BY_START = new Map<string, number[]>();
/** Single-stem terms of 6 or more letters by their stem's first six letters (compound parts). */
const BY_GRAM = new Map<string, number[]>();
const GRAM = 6;
/** Every start of 5 or more letters of a stem in BY_START: a word's longer starts need no look-up once one is missing. */
const START_PREFIXES = new Set<string>();
const MIN_START = 5;
let YEAR_FIRST: number[] = [];

function addTo(map: Map<string, number[]>, key: string, index: number): void {
  const list = map.get(key);
  if (list) list.push(index);
  else map.set(key, [index]);
}

TERMS.forEach((term, index) => {
  const stem = term.stems[0];
  if (stem === YEAR) YEAR_FIRST = [...YEAR_FIRST, index];
  else if (stem.length < MIN_START) addTo(BY_WHOLE, stem, index);
  else {
    addTo(BY_START, stem, index);
    for (let n = MIN_START; n <= stem.length; n++) START_PREFIXES.add(stem.slice(0, n));
  }
  if (term.stems.length === 1 && stem.length >= GRAM) addTo(BY_GRAM, stem.slice(0, GRAM), index);
});

function candidateTerms(word: MatchWord): number[] {
  let found: number[] | null = null;
  const add = (list: number[] | undefined) => {
    if (list) found = found ? found.concat(list) : list.slice();
  };
  const { lower, flat } = word;
  add(BY_WHOLE.get(lower));
  if (YEAR_FIRST.length > 0 && YEAR_WORD.test(lower)) add(YEAR_FIRST);
  addStarts(lower, add);
  if (flat !== lower) addStarts(flat, add);
  for (let at = 3; at + GRAM <= lower.length; at++) add(BY_GRAM.get(lower.slice(at, at + GRAM)));
  if (found === null) return NO_TERMS;
  const list: number[] = found;
  return list.length > 1 ? [...new Set(list)].sort((a, b) => a - b) : list;
}
const NO_TERMS: number[] = [];

function addStarts(word: string, add: (list: number[] | undefined) => void): void {
  for (let n = MIN_START; n <= word.length; n++) {
    const start = word.slice(0, n);
    if (!START_PREFIXES.has(start)) return;
    add(BY_START.get(start));
  }
}

/** Every state term in the text, negation and softeners applied. */
export function stateMatches(text: string): StateMatch[] {
  return matchesOf(text).map((m) => ({ ...m }));
}

function matchesOf(text: string): StateMatch[] {
  const known = matchesCache.get(text);
  if (known) return known;
  const ws = wordsOf(text);
  const mws = ws.map((w) => matchWord(w.lower));
  const out: StateMatch[] = [];
  const used = new Set<number>();
  for (let i = 0; i < ws.length; i++) {
    if (used.has(i)) continue;
    for (const t of candidateTerms(mws[i])) {
      const term = TERMS[t];
      const n = term.stems.length;
      if (i + n > ws.length) continue;
      let ok = true;
      for (let k = 0; k < n; k++) {
        const w = mws[i + k];
        const s = term.stems[k];
        if (!(stemMatches(w, s) || (n === 1 && compoundMatches(w, s)))) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      for (let k = 0; k < n; k++) used.add(i + k);
      let level = term.level;
      let start = i;
      let negated = false;
      // Look back up to three words for a negator ("ei ole vielä hyväksytty") or a softener.
      const back = ws.slice(Math.max(0, i - 3), i).map((w) => w.lower);
      const negAt = back.findIndex((w) => NEGATORS.has(w));
      const softAt = back.length > 0 && SOFTENERS.has(back[back.length - 1]);
      if (negAt >= 0 && !(term.stems[0] === "olemassa" && level === "not-started")) {
        negated = true;
        start = Math.max(0, i - 3) + negAt;
        const yet = back.slice(negAt).includes("vielä");
        if (level === "done") level = yet ? "in-progress" : "negative";
        else if (level === "in-progress" || level === "planning") level = "not-started";
        else if (level === "negative" || level === "not-started") level = "in-progress";
      } else if (softAt && level === "done") {
        level = "in-progress";
        start = i - 1;
      } else if (level === "done" && i + n < ws.length && SOFTENERS.has(ws[i + n].lower)) {
        // "Toteutunut osittain": the softener may follow.
        level = "in-progress";
        used.add(i + n);
      }
      const stop = used.has(i + n) ? i + n + 1 : i + n;
      out.push({
        level,
        phrase: ws
          .slice(start, stop)
          .map((w) => w.raw)
          .join(" "),
        index: start,
        negated,
      });
      break;
    }
  }
  return remember(matchesCache, text, out);
}

/**
 * What the text says about the state of the work. The first term leads (reports put the verdict
 * first: "Toteutunut, kehitys edelleen käynnissä" is done), except that an explicit negative outcome
 * anywhere outweighs anything short of done. A text starting with "Ei" and naming no state ("Ei
 * erillistä sopimusta") is negative.
 */
export function readState(text: string): StateReading {
  const matches = stateMatches(text);
  const ws = wordsOf(text);
  if (matches.length === 0) {
    if (ws.length > 0 && NEGATORS.has(ws[0].lower)) {
      return {
        level: "negative",
        matches,
        phrase: ws
          .slice(0, 3)
          .map((w) => w.raw)
          .join(" "),
      };
    }
    return { level: null, matches, phrase: null };
  }
  const first = matches[0];
  const negative = matches.find((m) => m.level === "negative");
  if (negative && first.level !== "done") return { level: "negative", matches, phrase: negative.phrase };
  return { level: first.level, matches, phrase: first.phrase };
}

/** The highest level the text names: what a target asks for ("Käynnistys Q1, valmistuminen Q2" → done). */
export function highestState(text: string): StateLevel | null {
  let best: StateLevel | null = null;
  for (const m of matchesOf(text)) if (!best || STATE_RANK[m.level] > STATE_RANK[best]) best = m.level;
  return best;
}
