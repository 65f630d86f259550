/**
 * Verdicts: what the actual's own words say about the target, as cities write them — "Toteutui",
 * "Toteutuu", "Tavoitteet toteutuvat", "Saavutettu", "Onnistui", "Pysytty", "täyttyi", typos of them
 * ("Totetutui", "Toteunut"), their negations ("Ei toteudu", "Ei pysytty"), qualifiers that make them
 * partial ("osittain", "lähes", "ei kaikilta osin", "ei täysin"), a share of the parts ("4/6 koululla",
 * "kahdessa päiväkodissa viidestä"), mixed results ("A:ssa toteutui, B:ssä ei"), a verdict bound for a
 * later year ("Toteutuu 2025 aikana") and "ei vielä arvioitavissa".
 *
 * A verdict is not a state of work ("valmis", "käytössä", "kesken": ./vocabulary.ts): it says whether
 * the target was reached, so it outranks a figure found in the same text ("Ei toteutunut, valmiina
 * vain 3 kohdetta"). A figure written right after a plain "Toteutunut" ("Toteutunut 87 %",
 * "Saavutettiin: 468 asiakasta", "Toteutunut (90 %)") is the amount reached: the verdict then leaves
 * the judgement to the figure.
 *
 * Everything here is compiled once; reading a text is one pass over its words.
 */
import type { Status } from "../model";
import { editDistance } from "../text";
import { forEachWord, stateMatches } from "./vocabulary";

type Tense = "past" | "present";

/** The forms of the verbs of a verdict, lower case: the past, the present and the negative forms. */
const FORMS: Record<string, Tense> = {};
const add = (tense: Tense, ...forms: string[]) => forms.forEach((f) => (FORMS[f] = tense));
add("past", "toteutui", "toteutuivat", "toteutunut", "toteutuneet", "toteutuneita");
add("present", "toteutuu", "toteutuvat", "toteudu");
add("past", "saavutettu", "saavutettiin", "saavutti", "saavuttivat", "saavuttanut", "saavuttaneet");
add("present", "saavutetaan", "saavuteta");
add("past", "onnistui", "onnistuivat", "onnistunut", "onnistuneet", "onnistuttiin", "onnistuttu");
add("present", "onnistuu", "onnistu");
add("past", "pysytty", "pysyttiin");
add("present", "pysytään");
add("past", "täyttyi", "täyttyivät", "täyttynyt", "täyttyneet");
add("present", "täyttyy", "täyttyvät", "täyty");

/** Forms by their first two letters: the candidates a misspelt word is compared with. */
const BY_PREFIX = new Map<string, string[]>();
/** The first two letters of the forms, as two character codes in one number. */
const FORM_STARTS = new Set<number>();
for (const f of Object.keys(FORMS)) {
  const p = f.slice(0, 2);
  BY_PREFIX.set(p, [...(BY_PREFIX.get(p) ?? []), f]);
  FORM_STARTS.add((f.charCodeAt(0) << 8) | f.charCodeAt(1));
}
/** The shortest form: a shorter word is neither a form nor a typo of one (typos have six letters). */
const SHORTEST_FORM = Math.min(...Object.keys(FORMS).map((f) => f.length));

/**
 * True when some word of the text may be a verdict form or a typo of one: at least as long as the
 * shortest form and starting with the first two letters of one (the typos compared are only those of
 * forms with the same two letters). Found by character codes, without the tokens: most texts have
 * no such word and are not tokenized for one. The letters are compared by their code with the case
 * bit set, which lower-cases A–Z and À–Þ (Ä); other letters never lower-case to these.
 */
function mayHoldForm(text: string): boolean {
  scanned = text;
  mayHold = false;
  forEachWord(text, visitForForm);
  scanned = "";
  return mayHold;
}

// mayHoldForm's state, visited by one function made once (not a closure made for every text).
let scanned = "";
let mayHold = false;

function visitForForm(start: number, end: number): void {
  if (mayHold || end - start < SHORTEST_FORM) return;
  const a = scanned.charCodeAt(start);
  const b = scanned.charCodeAt(start + 1);
  if (a < 0x100 && b < 0x100 && FORM_STARTS.has(((a | 0x20) << 8) | (b | 0x20))) mayHold = true;
}

/** Real words close to a form, never read as its typo: "toteutus", "toteutuma", "saavutettavuus". */
const NOT_TYPOS =
  /^(?:toteutus|toteutuks|toteutum|toteutet|toteutta|toteutu(?:va|ne)\p{L}{3,}|saavutus|saavutuks|saavutettav|saavuttam|onnistum|pysyv|pysytt[äe]|täyttä|täytty(?:mä|vä))/u;

const NEGATORS = new Set(["ei", "eikä", "eivät", "en", "emme", "ette"]);
/** Before or after a verdict: it was reached only in part. */
const PARTLY = new Set(["osittain", "osin", "pääosin", "osaksi", "lähes", "melkein", "lähestulkoon"]);
/** After a negated verdict: "ei toteutunut kaikilta osin", "ei täysin" — not wholly, so partly. */
const NOT_WHOLLY = new Set(["täysin", "kokonaan", "täydellisesti", "kaikilta", "kaikkialla"]);
/** A verdict word used as the actual column's label: "Toteutunut taso", "Toteutunut määrä". */
const LABEL_NOUNS = new Set(["taso", "määrä", "arvo", "luku", "lukema", "tulos"]);
/** "ensi vuonna", "myöhemmin", "seuraavana vuonna": after the period reported on. */
const LATER = new Set(["myöhemmin", "ensi", "seuraavana", "seuraavalla", "tulevana", "jatkossa"]);

const NOT_ASSESSABLE =
  /(?:^|[^\p{L}])(?:ei\s+(?:vielä\s+|voida\s+(?:vielä\s+)?|ole\s+(?:vielä\s+)?)?(?:arvioitavissa|arvioida|arvioitu)|arvioitavissa\s+(?:vasta\s+)?myöhemmin|arvioidaan\s+(?:vasta\s+)?myöhemmin)(?![\p{L}])/iu;

const MAY_BE_NOT_ASSESSABLE = /arvioi/i;

/** Numbers as words, by case: where a share is counted ("kahdessa") and what it is out of ("viidestä"). */
const COUNT_WORDS: Record<string, number> = {};
const OUT_OF_WORDS: Record<string, number> = {};
[
  ["yksi", "yhdessä", "yhdellä", "yhtä", "yhdestä"],
  ["kaksi", "kahdessa", "kahdella", "kahta", "kahdesta"],
  ["kolme", "kolmessa", "kolmella", "kolmea", "kolmesta"],
  ["neljä", "neljässä", "neljällä", "neljää", "neljästä"],
  ["viisi", "viidessä", "viidellä", "viittä", "viidestä"],
  ["kuusi", "kuudessa", "kuudella", "kuutta", "kuudesta"],
  ["seitsemän", "seitsemässä", "seitsemällä", "seitsemää", "seitsemästä"],
  ["kahdeksan", "kahdeksassa", "kahdeksalla", "kahdeksaa", "kahdeksasta"],
  ["yhdeksän", "yhdeksässä", "yhdeksällä", "yhdeksää", "yhdeksästä"],
  ["kymmenen", "kymmenessä", "kymmenellä", "kymmentä", "kymmenestä"],
].forEach((forms, i) => {
  for (const f of forms.slice(0, 4)) COUNT_WORDS[f] = i + 1;
  OUT_OF_WORDS[forms[4]] = i + 1;
});

interface Token {
  lower: string;
  raw: string;
  start: number;
  end: number;
  clause: number;
}

/** True when text[from, to) holds one of , . ; : ! ? ( ) — the end of a clause between two words. */
function endsClause(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // , . ; : ! ? ( )
    if (c === 44 || c === 46 || c === 59 || c === 58 || c === 33 || c === 63 || c === 40 || c === 41)
      return true;
  }
  return false;
}

/** The words of a text with their positions and clause numbers (a clause ends at , . ; : ! ? or "mutta"). */
function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let clause = 0;
  let last = 0;
  // The words of vocabulary.ts, found by character codes rather than a \p{L} regex.
  forEachWord(text, (start, end) => {
    const raw = text.slice(start, end);
    // toLowerCase is toLocaleLowerCase("fi-FI") (Finnish has no special casing) without its cost.
    const lower = raw.toLowerCase();
    if (out.length > 0 && (endsClause(text, last, start) || lower === "mutta" || lower === "vaan")) clause++;
    out.push({ lower, raw, start, end, clause });
    last = end;
  });
  return out;
}

/** The verdict form a word is, as written or misspelt (only near the start of the text); or null. */
function formOf(t: Token, index: number): { form: string; typo: boolean } | null {
  if (FORMS[t.lower]) return { form: t.lower, typo: false };
  if (index > 3 || t.clause > 0 || t.lower.length < 6 || NOT_TYPOS.test(t.lower)) return null;
  let best: { form: string; d: number } | null = null;
  for (const f of BY_PREFIX.get(t.lower.slice(0, 2)) ?? []) {
    const max = f.length >= 9 ? 2 : 1;
    const d = editDistance(t.lower, f, max);
    if (d <= max && (!best || d < best.d)) best = { form: f, d };
  }
  return best ? { form: best.form, typo: true } : null;
}

/** A word that is "osittain" or a slip of it ("osittan"). */
function partly(t: Token): boolean {
  return PARTLY.has(t.lower) || (t.lower.length >= 6 && editDistance(t.lower, "osittain", 1) <= 1);
}

/** One verdict word in the text, with what its neighbours make of it. */
interface Occurrence {
  status: Status;
  /** The words that make it, as written: "Ei toteutunut kaikilta osin", "lähes pysytty". */
  phrase: string;
  clause: number;
  /** The first and last token of the phrase. */
  from: number;
  to: number;
  /** The verdict word as written and the form it was read as, when it was a typo. */
  typo: { written: string; read: string } | null;
  /** Bound for a year after the one reported on: "Toteutuu 2025 aikana". */
  postponed: boolean;
}

function phraseOf(text: string, ts: Token[], from: number, to: number): string {
  return text.slice(ts[from].start, ts[to].end);
}

function occurrence(text: string, ts: Token[], i: number, year: number | null): Occurrence | null {
  const t = ts[i];
  const found = formOf(t, i);
  if (!found) return null;
  const next = ts[i + 1];
  // "Toteutunut taso: 24 pv", "Toteutunut 2023: 1 250": the word labels a figure, it is no verdict.
  if (next && next.clause === t.clause && LABEL_NOUNS.has(next.lower)) return null;
  if (next && /^(?:19|20)\d{2}$/u.test(next.lower) && /^\s*:/u.test(text.slice(next.end))) return null;
  const same = (k: number) => k >= 0 && k < ts.length && ts[k].clause === t.clause;
  let from = i;
  let to = i;
  let negated = false;
  for (let k = i - 1; k >= i - 3 && same(k); k--) {
    if (NEGATORS.has(ts[k].lower)) {
      negated = true;
      from = k;
    }
  }
  let part = false;
  let notWholly = false;
  let notAtAll = false;
  for (let k = i - 1; k >= i - 3 && same(k); k--) {
    if (partly(ts[k])) {
      part = true;
      from = Math.min(from, k);
    } else if (negated && k > from && NOT_WHOLLY.has(ts[k].lower)) notWholly = true;
  }
  // After it: "toteutui (vain) osittain", "ei toteutunut kaikilta osin", "ei toteutunut lainkaan".
  for (let k = i + 1; k <= i + 3 && same(k); k++) {
    const w = ts[k].lower;
    if (partly(ts[k])) {
      part = true;
      to = k;
    } else if (NOT_WHOLLY.has(w)) {
      if (negated) notWholly = true;
      to = k;
      if (w === "kaikilta" && same(k + 1) && ts[k + 1].lower === "osin") to = ++k;
    } else if (w === "lainkaan" || w === "ollenkaan") {
      notAtAll = true;
      to = k;
    } else if (w !== "vain" && w !== "vielä") break;
  }
  let postponed = false;
  if (FORMS[found.form] === "present" && !negated) {
    for (let k = i + 1; k < ts.length && ts[k].clause === t.clause; k++) {
      const y = /^(?:19|20)\d{2}$/u.test(ts[k].lower) ? Number(ts[k].lower) : null;
      if ((y !== null && year !== null && y > year) || LATER.has(ts[k].lower)) {
        postponed = true;
        to = k;
        break;
      }
    }
  }
  let status: Status;
  if (postponed) status = "not-achieved";
  else if (negated) status = notWholly && !notAtAll ? "partial" : "not-achieved";
  else status = part ? "partial" : "achieved";
  return {
    status,
    phrase: phraseOf(text, ts, from, to),
    clause: t.clause,
    from,
    to,
    typo: found.typo ? { written: t.raw, read: found.form } : null,
    postponed,
  };
}

/** A part done of a number of parts: "4/6 koululla", "kahdessa päiväkodissa viidestä", "9 … 12:sta". */
export interface Share {
  done: number;
  total: number;
  phrase: string;
}

const SLASH_SHARE =
  /(?<![\d,./])(\d{1,3})\s?\/\s?(\d{1,3})(?![\d,./])\s+(\p{L}+(?:lla|llä|ssa|ssä|sta|stä))(?![\p{L}])/u;

/** The share of parts the text counts, or null. */
export function readShare(text: string, ts: Token[] = tokenize(text)): Share | null {
  const slash = SLASH_SHARE.exec(text);
  if (slash) {
    const done = Number(slash[1]);
    const total = Number(slash[2]);
    if (total >= 2 && done <= total) return { done, total, phrase: slash[0] };
  }
  for (let i = 0; i < ts.length; i++) {
    const done =
      COUNT_WORDS[ts[i].lower] ?? (/^\d{1,3}$/u.test(ts[i].lower) ? Number(ts[i].lower) : undefined);
    if (done === undefined) continue;
    for (let k = i + 1; k <= i + 3 && k < ts.length && ts[k].clause === ts[i].clause; k++) {
      const w = ts[k].lower;
      const digits = /^(\d{1,3}):(?:sta|stä)$/u.exec(w);
      const total = OUT_OF_WORDS[w] ?? (digits ? Number(digits[1]) : undefined);
      if (total !== undefined && total >= 2 && done <= total)
        return { done, total, phrase: text.slice(ts[i].start, ts[k].end) };
    }
  }
  return null;
}

export type VerdictKind =
  "verdict" | "partly" | "not-wholly" | "mixed" | "share" | "postponed" | "not-assessable";

export interface VerdictReading {
  status: Status;
  kind: VerdictKind;
  /** The deciding words as written. */
  phrase: string;
  /** Mixed results: the part that was not achieved, as written. */
  against?: string;
  share?: Share;
  typo: { written: string; read: string } | null;
}

/** "…, eteläisellä ei", "…, nuorisotiloissa ei vielä", "mutta ei päiväkodeissa": a part not achieved. */
function ellipticNegative(ts: Token[], clause: number): boolean {
  const words = ts.filter((t) => t.clause === clause).map((t) => t.lower);
  if (words.length === 0 || words.length > 5) return false;
  const tail = words.filter((w) => w !== "vielä" && w !== "kuitenkaan" && w !== "ole" && w !== "ollut");
  if (tail.length > 0 && NEGATORS.has(tail[tail.length - 1])) return true;
  return (
    (words[0] === "mutta" && NEGATORS.has(words[1] ?? "")) ||
    (NEGATORS.has(words[0]) && words[1] === "kuitenkaan")
  );
}

/**
 * What the actual's own words say about the target: achieved, partial, not achieved or not
 * assessable, and the words that say it; null when the text has no verdict (or leaves it to a figure
 * written right after one). `year` is the year reported on, when known.
 */
export function readVerdict(text: string, year: number | null = null): VerdictReading | null {
  if (!text) return null;
  // Every wording of it has "arvioi" (whose letters have no other case forms than A-Z's).
  const na = MAY_BE_NOT_ASSESSABLE.test(text) ? NOT_ASSESSABLE.exec(text) : null;
  if (na) return { status: "not-assessable", kind: "not-assessable", phrase: na[0].trim(), typo: null };
  // The words are tokenized only where they may hold a verdict, or a state of work counted in parts.
  let ts: Token[] | null = null;
  const found: Occurrence[] = [];
  if (mayHoldForm(text)) {
    ts = tokenize(text);
    for (let i = 0; i < ts.length; i++) {
      const o = occurrence(text, ts, i, year);
      if (o) {
        found.push(o);
        i = o.to;
      }
    }
  }
  if (found.length === 0) {
    const state = stateMatches(text)[0];
    // Without a verdict only a state of work done says anything (in part, or counted in parts).
    if (!state || state.level !== "done") return null;
    ts ??= tokenize(text);
    // Done in one place, not in another: "Käytössä Pohjois-Porissa, muualla ei vielä".
    if (state && state.level === "done" && !state.negated) {
      const at = text.indexOf(state.phrase);
      const stateClause = ts.find((t) => t.end > at)?.clause ?? 0;
      for (let c = stateClause + 1; c <= ts[ts.length - 1].clause; c++)
        if (ellipticNegative(ts, c)) {
          const part = ts.filter((t) => t.clause === c);
          return {
            status: "partial",
            kind: "mixed",
            phrase: state.phrase,
            against: text.slice(part[0].start, part[part.length - 1].end),
            typo: null,
          };
        }
    }
    // A state of work counted in parts: "Käytössä kahdessa päiväkodissa viidestä".
    const share = readShare(text, ts);
    if (!share || share.done === share.total) return null;
    return {
      status: share.done === 0 ? "not-achieved" : "partial",
      kind: "share",
      phrase: `${state.phrase} … ${share.phrase}`,
      share,
      typo: null,
    };
  }
  // A verdict was found: the words were tokenized.
  // A verdict was found, so the words were tokenized.
  const tokens = ts ?? tokenize(text);
  const first = found[0];
  // Reached in one place, not in another: partly.
  const positive = found.find((o) => o.status !== "not-achieved");
  const negative = found.find((o) => o.status === "not-achieved" && !o.postponed);
  if (positive && negative && positive.clause !== negative.clause)
    return {
      status: "partial",
      kind: "mixed",
      phrase: positive.phrase,
      against: negative.phrase,
      typo: first.typo,
    };
  if (first.status === "achieved") {
    const lastClause = tokens[tokens.length - 1].clause;
    for (let c = first.clause + 1; c <= lastClause; c++)
      if (ellipticNegative(tokens, c)) {
        const part = tokens.filter((t) => t.clause === c);
        return {
          status: "partial",
          kind: "mixed",
          phrase: first.phrase,
          against: text.slice(part[0].start, part[part.length - 1].end),
          typo: first.typo,
        };
      }
    const share = readShare(text, tokens);
    if (share && share.done < share.total)
      return {
        status: share.done === 0 ? "not-achieved" : "partial",
        kind: "share",
        phrase: `${first.phrase} ${share.phrase}`,
        share,
        typo: first.typo,
      };
    // "Toteutunut 87 %", "Saavutettiin: 468 asiakasta", "Toteutunut (90 %)": the figure is the amount.
    const after = text.slice(tokens[first.to].end);
    if (/^\s*[:(]?\s*[-+]?\d/u.test(after) && !/^\s*:?\s*(?:19|20)\d{2}(?!\d)(?!\s*%)/u.test(after))
      return null;
  }
  const kind: VerdictKind = first.postponed
    ? "postponed"
    : first.status === "partial"
      ? /(?:^|\s)(?:ei|eikä|eivät)\s/iu.test(` ${first.phrase} `)
        ? "not-wholly"
        : "partly"
      : "verdict";
  return { status: first.status, kind, phrase: first.phrase, typo: first.typo };
}
