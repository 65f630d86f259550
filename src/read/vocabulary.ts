/**
 * The label vocabulary of every layout: canonical spelling first, then accepted aliases. Matching
 * (case, colons, stray spaces, near-misses) is done by `matchLabel` in ./text.ts.
 */
import {
  cleanText,
  editDistance,
  firstVisible,
  labelKey,
  matchLabel,
  type LabelMatch,
  type LabelVocabulary,
} from "../text";

/** The levels under a focus area, as every layout has them. */
type Level = "goal" | "commitment" | "action" | "measure";

/** The column headers of a MITTARI row (Lähtötaso / Tavoitetaso / Toteuma / Tila|Arvio). */
export type MeasureHeader = "baseline" | "target" | "actual" | "ownStatus";

/** Kinds of label in the block layout (seeds 001, 002, 004). */
export type BlockLabel = "painopiste" | "teema" | Level | MeasureHeader;

/** Hierarchy and measure-header labels of the block layout. */
export const BLOCK_LABELS: LabelVocabulary<BlockLabel> = {
  entries: {
    painopiste: ["PAINOPISTE", "Painopistealue", "Strateginen painopiste", "Painopisteet"],
    teema: ["TEEMA", "Teemat"],
    goal: ["TAVOITE", "Strateginen tavoite", "Tavoitteet"],
    commitment: ["TEKO", "Teot"],
    action: ["TOIMENPIDE", "Toimenpiteet"],
    measure: ["MITTARI", "Mittarit"],
    baseline: ["Lähtötaso", "Lähtötilanne", "Lähtöarvo"],
    target: ["Tavoitetaso", "Tavoitearvo"],
    actual: ["Toteuma", "Toteutuma", "Toteutunut taso"],
    ownStatus: [
      "Tila",
      "Arvio",
      "Tilanne",
      "Toteutumisen arvio",
      "Arvio toteutumisesta",
      "Tilannearvio",
      "Oma arvio",
      "Oma tila",
      "Arvio tavoitteen toteutumisesta",
      "Tavoitteen tila",
      "Tila-arvio",
      "Tila/arvio",
      "Tila / arvio",
      "Arviointi",
      "Toteutumisen arviointi",
      "Liikennevalo",
      "Status",
    ],
  },
};

/** The hierarchy labels only (no measure headers): what starts a new node in the block layout. */
export const HIERARCHY_KINDS: readonly BlockLabel[] = [
  "painopiste",
  "teema",
  "goal",
  "commitment",
  "action",
  "measure",
];

export const MEASURE_HEADERS: LabelVocabulary<MeasureHeader> = {
  entries: {
    baseline: BLOCK_LABELS.entries.baseline,
    target: BLOCK_LABELS.entries.target,
    actual: BLOCK_LABELS.entries.actual,
    ownStatus: BLOCK_LABELS.entries.ownStatus,
  },
};

/** A year or date after a value header: "Lähtötaso 2024", "Tavoitetaso (2025)", "Toteuma 31.12.2023", "Tavoitetaso v. 2025", "Toteuma T2/2025". */
const HEADER_SUFFIX =
  /\s*[(]?\s*(?:v\.?\s*|vuonna\s+|vuosi\s+)?(?:(?:\d{1,2}\.\d{1,2}\.\s*)?(?:[TQH][1-4]\s*\/\s*)?(?:19|20)\d\d|\d{1,2}\.\d{1,2}\.?|[TQH][1-4])\s*[)]?\s*:?$/i;

/**
 * Value headers as written in a header row only: "Tavoite 2024" there is the target level (as a
 * hierarchy label "Tavoite" is the goal).
 */
const HEADER_ROW_ONLY: LabelVocabulary<MeasureHeader> = {
  entries: {
    baseline: ["Lähtötaso", "Lähtötilanne", "Lähtöarvo", "Lähtötaso/-tilanne"],
    target: ["Tavoitetaso", "Tavoite", "Tavoitearvo", "Tavoitetila"],
    actual: ["Toteuma", "Toteutuma", "Toteutunut taso"],
    ownStatus: MEASURE_HEADERS.entries.ownStatus,
  },
};

/** Words broken over two lines in a narrow header cell: "Lähtö-\ntaso" (or "Lähtö- taso" once cleaned) → "Lähtötaso". */
function joinBroken(raw: string): string {
  return raw.replace(/(\p{L})-[ \t\u00a0]*\n\s*(\p{Ll})|(\p{L})- (\p{Ll})(?=\p{L}*$)/gu, "$1$3$2$4");
}

/** A value header (Lähtötaso / Tavoitetaso / Toteuma / Tila), also with a year after it. */
export function matchMeasureHeader(
  raw: string,
  options: { fuzzy?: boolean; headerRow?: boolean } = {},
): LabelMatch<MeasureHeader> | null {
  if (raw.length > HEADER_MEMO_LENGTH) return measureHeader(raw, options);
  const memo = headerMemo[(options.headerRow ? 2 : 0) + (options.fuzzy !== false ? 1 : 0)];
  let hit = memo.get(raw);
  if (hit === undefined) {
    hit = measureHeader(raw, options);
    if (memo.size >= HEADER_MEMO_LIMIT) memo.clear();
    memo.set(raw, hit);
  }
  // A copy: callers may keep what they are given.
  return hit ? { ...hit } : null;
}

/**
 * matchMeasureHeader's answers for short texts met before, one map per options (headerRow × 2 +
 * fuzzy): the same headers and values ("Lähtötaso", "Toteutunut") stand on every block of a sheet.
 */
const headerMemo = [0, 1, 2, 3].map(() => new Map<string, LabelMatch<MeasureHeader> | null>());
const HEADER_MEMO_LENGTH = 80;
const HEADER_MEMO_LIMIT = 10_000;

function measureHeader(
  raw: string,
  options: { fuzzy?: boolean; headerRow?: boolean },
): LabelMatch<MeasureHeader> | null {
  const vocabulary = options.headerRow ? HEADER_ROW_ONLY : MEASURE_HEADERS;
  const joined = joinBroken(raw);
  const m = matchLabel(joined, vocabulary, { ...options, allowRest: false });
  if (m && !m.nearMiss) return m;
  const t = cleanText(joined);
  if (m) {
    // "Oman arvio" is a person's wording of "Oma arvio", not a misspelt label.
    const own = ownStatusWording(t, options);
    return own && !own.nearMiss ? own : m;
  }
  const suffix = HEADER_SUFFIX.exec(t);
  if (suffix && suffix.index > 0) {
    const dated = matchLabel(t.slice(0, suffix.index), vocabulary, { ...options, allowRest: false });
    if (dated) return dated;
  }
  return ownStatusWording(t, options);
}

/**
 * A person's own status column in their words: "Tila (oma arvio)", "Oman arvio", "Arvio
 * (vihreä/keltainen/punainen)", "Oma arvio 31.12." — only ever read as the own-status column.
 */
function ownStatusWording(
  t: string,
  options: { fuzzy?: boolean; headerRow?: boolean },
): LabelMatch<MeasureHeader> | null {
  const bare = cleanText(
    t
      .replace(/\([^)]*\)/gu, " ")
      .replace(/^oma(?:n)?\s+/iu, "")
      .replace(/[:/–-]\s*$/u, ""),
  );
  if (!bare || bare === t) return null;
  const own = matchMeasureHeader(bare, { ...options, fuzzy: false });
  return own?.kind === "ownStatus" ? own : null;
}

/** Labels inside a selvitys and around financial goals. */
export type ReportLabel = "subgoal" | "reporting" | "outcome" | "financialGoals";

export const REPORT_LABELS: LabelVocabulary<ReportLabel> = {
  entries: {
    subgoal: ["Osatavoite"],
    reporting: ["Raportointi"],
    outcome: ["Toteutuminen"],
    financialGoals: ["Taloudelliset tavoitteet", "Taloudellinen tavoite"],
  },
};

/** "Selvitys tavoitteen toteutumisesta (T1):", "Selvitys toimenpiteen edistymisestä …" — by prefix. */
export const SELVITYS_HEADING = /^\s*selvitys(?=[\s:(]|$)/i;

/**
 * Other words people head the report text with: "Tilannekatsaus (T2)", "Arvio toteutumisesta:",
 * "Toteutuminen vuonna 2024:", "Toteutuminen 1.1.–30.4.2025". A heading, not prose: a colon or a period
 * follows the words. ("Toteutuminen:" alone is the outcome of a financial goal.)
 */
const REPORT_HEADING_WORDS =
  /^(tilannekatsaus|tilannekuvaus|tilanneraportti|arvio toteutumisesta|arvio tavoitteen toteutumisesta|toteutumisen arvio|toteutumisen tilanne|toteutuminen)(?![\p{L}])(.{0,60})/iu;
/** A period or year in the words after a heading word: "(T2)", "vuonna 2024", "1.1.–30.4.2025", "1-4/2025". */
const HEADING_PERIOD =
  /^[\s(]*(?:[TQH][1-4](?![\p{L}\d])|\d{1,2}\.\d{1,2}\.|\d{1,2}\s*[-–]\s*\d{1,2}\s*\/|(?:19|20)\d\d(?!\d))|^\s+(?:\p{L}+\s+){0,3}?(?:[(]?[TQH][1-4](?![\p{L}\d])|(?:vuonna|vuodelta|vuoden|vuosi)\s+(?:19|20)\d\d)/iu;

function isReportHeading(t: string): boolean {
  const m = REPORT_HEADING_WORDS.exec(t);
  if (!m) return false;
  const after = m[2];
  if (HEADING_PERIOD.test(after)) return true;
  // "Arvio toteutumisesta:", "Tilannekatsaus:"; a bare "Toteutuminen:" is a financial goal's outcome.
  return /^\s*:/.test(after) && m[1].toLowerCase() !== "toteutuminen";
}

/**
 * True for a first character no heading starts with: a digit, or a letter of a-z/ä/ö/å other than
 * s, t and a in either case (SELVITYS_HEADING, REPORT_HEADING_WORDS and the near-miss all start with
 * one of those; other characters are left to the full test).
 */
function cannotStartHeading(c: number): boolean {
  if (c >= 48 && c <= 57) return true;
  const lower = c >= 65 && c <= 90 ? c + 32 : c;
  if (lower >= 97 && lower <= 122) return lower !== 97 && lower !== 115 && lower !== 116;
  return c === 0xe4 || c === 0xf6 || c === 0xe5 || c === 0xc4 || c === 0xd6 || c === 0xc5;
}

/** A selvitys heading (or a near-miss of the word "Selvitys" at the start of the cell). */
export function isSelvitysHeading(text: string): { nearMiss: boolean } | null {
  // Every heading (and near-miss) starts with an s, t or a; most rows start with another letter or a
  // digit, told before the text is cleaned.
  if (cannotStartHeading(firstVisible(text))) return null;
  return selvitysHeadingOf(cleanText(text));
}

/** isSelvitysHeading of a text already clean (a cell's text from SheetView.text): not cleaned again. */
export function isCleanSelvitysHeading(t: string): { nearMiss: boolean } | null {
  // A clean text starts with its first visible character.
  if (cannotStartHeading(t.charCodeAt(0))) return null;
  return selvitysHeadingOf(t);
}

function selvitysHeadingOf(t: string): { nearMiss: boolean } | null {
  if (SELVITYS_HEADING.test(t)) return { nearMiss: false };
  if (isReportHeading(t)) return { nearMiss: false };
  const first = labelKey(t.split(/[\s:]/, 1)[0] ?? "");
  // "Selvtys", "Selvitsy": one edit away from the word, and the cell reads like a heading.
  if (first.length >= 7 && first.length <= 9 && /^sel/.test(first) && /toteutu|edisty|tila/i.test(t)) {
    const d = editDistance(first, "selvitys", 1);
    if (d <= 1) return { nearMiss: true };
  }
  return null;
}

/** "Osatavoite 1: text" → { label: "Osatavoite 1", number: "1", rest: "text" }. */
export const SUBGOAL_LINE = /^\s*(osa-?tavoite(?:\s*(\d+))?)\s*(?:[.:)]|(?<=\d)\s|$)\s*(.*)$/is;

/** "Raportointi: text" → rest. */
export const REPORTING_LINE = /^\s*(raportointi)\s*(?::|$)\s*(.*)$/is;

/**
 * "Edellinen selvitys (T1 2026): …", "Edellinen raportointi (T2 2025): …": an earlier period's report
 * kept beside this one as reference (a selvitys template writes it so, src/template). Never part of
 * this period's report, wherever it stands.
 */
export const REFERENCE_LINE = /^\s*edellinen\s+(?:selvitys|raportointi)(?![\p{L}])/iu;

/** "Toteutuminen: text" → rest. */
export const OUTCOME_LINE = /^\s*toteutuminen\s*(?::|$)\s*(.*)$/is;

/** "Mittari 1. text", "Mittari 2: text", "Mittari 3 – text" → number and rest. */
export const NUMBERED_MEASURE = /^\s*(?:[Mm]ittari|MITTARI)\s*(\d+)\s*(?:[.:)\-–]|\s(?=\p{Lu})|$)\s*(.*)$/su;

/**
 * "Mittari 2." anywhere in a text, for splitNumberedMeasures: one object for every call (it is asked
 * of every line of every selvitys), its lastIndex set to 0 before each scan (a scan to the end leaves
 * it 0 again).
 */
const MEASURE_NUMBER_AT = /(?:^|\s)mittari\s*(\d+)\s*[.:)\-–]\s*/gi;

/** Splits a cell holding several measures ("Mittari 1. … Mittari 2. …") into its pieces, in order. */
export function splitNumberedMeasures(text: string): { number: number; text: string }[] {
  const re = MEASURE_NUMBER_AT;
  re.lastIndex = 0;
  const hits: { number: number; start: number; bodyStart: number }[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    hits.push({ number: Number(m[1]), start, bodyStart: m.index + m[0].length });
  }
  // Only a sequence 1, 2, 3… counts (a "Mittari 2" in the middle of a sentence does not split).
  const seq: typeof hits = [];
  for (const h of hits) if (h.number === seq.length + 1) seq.push(h);
  if (seq.length === 0) return splitNumberedLines(text);
  if (cleanText(text.slice(0, seq[0].start)) !== "") return [];
  return seq.map((h, i) => ({
    number: h.number,
    text: cleanText(text.slice(h.start, i + 1 < seq.length ? seq[i + 1].start : text.length)),
  }));
}

/**
 * Measures numbered without the word: "1. …\n2. …" or "1) …\n2) …", each number starting a line
 * (Alt+Enter) and counting 1, 2, 3… A number inside a line ("n. 40 pv", "1.1.–30.4.") does not split.
 */
function splitNumberedLines(text: string): { number: number; text: string }[] {
  // Two numbers each starting a line need a line break (and so do two bullets).
  if (!text.includes("\n")) return [];
  const re = /(?:^|\n)[ \t\u00a0]*(\d{1,2}|[a-h])[ \t\u00a0]*[.)][ \t\u00a0]+(?=\S)/g;
  const hits: { number: number; start: number }[] = [];
  let letters: boolean | null = null;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    // "1. 2. 3." or "a) b) c)", each starting a line and counting up; not a mix of the two.
    const isLetter = /[a-h]/.test(m[1]);
    const n = isLetter ? m[1].charCodeAt(0) - 96 : Number(m[1]);
    if (n !== hits.length + 1 || (letters !== null && letters !== isLetter)) continue;
    letters = isLetter;
    hits.push({ number: n, start: m.index + (m[0].startsWith("\n") ? 1 : 0) });
  }
  if (hits.length === 0) return splitBulletLines(text);
  if (hits.length < 2 || cleanText(text.slice(0, hits[0].start)) !== "") return [];
  return hits.map((h, i) => ({
    number: h.number,
    text: cleanText(text.slice(h.start, i + 1 < hits.length ? hits[i + 1].start : text.length)),
  }));
}

/** Measures as a bulleted list, one per line: "- …\n- …", "• …\n• …" (two or more, nothing before). */
function splitBulletLines(text: string): { number: number; text: string }[] {
  // One line cannot be a list of two.
  if (!text.includes("\n")) return [];
  const lines = text.split("\n").filter((l) => cleanText(l) !== "");
  if (lines.length < 2) return [];
  const bullet = /^[ \t\u00a0]*[-–•*▪◦·][ \t\u00a0]+(?=\S)/;
  if (!bullet.test(lines[0])) return [];
  const items: string[] = [];
  for (const line of lines) {
    if (bullet.test(line)) items.push(cleanText(line));
    else items[items.length - 1] = `${items[items.length - 1]} ${cleanText(line)}`;
  }
  return items.length < 2 ? [] : items.map((t, i) => ({ number: i + 1, text: t }));
}

/** "Joukkoliikenteen taloudellinen tavoite vuodelle 2023: …" */
export const FINANCIAL_GOAL = /taloudellinen\s+tavoite|taloudelliset\s+tavoitteet/i;

/** Labels of the older programme layout (seed 003). */
export type ProgrammeLabel =
  "longTermGoal" | "operationalGoal" | "action" | "measure" | "responsible" | "promise";

export const PROGRAMME_LABELS: LabelVocabulary<ProgrammeLabel> = {
  entries: {
    longTermGoal: ["Pitkän aikavälin tavoite", "Pitkän aikavälin tavoitteet", "Pitkän tähtäimen tavoite"],
    operationalGoal: ["Toiminnallinen tavoite", "Toiminnalliset tavoitteet", "Vuositavoite"],
    action: ["Toimenpide", "Toimenpiteet"],
    measure: ["Mittari", "Mittarit"],
    responsible: ["Vastuuhenkilö", "Vastuuhenkilöt", "Vastuuhlö", "Vastuutaho", "Vastuuhenkilö(t)"],
    promise: ["Palvelulupaus", "Palvelulupaukset"],
  },
};

/**
 * Matches a programme label, also with a year after it ("Toiminnallinen tavoite 2018"): the year is
 * returned separately.
 */
export function matchProgrammeLabel(
  raw: string,
): (LabelMatch<ProgrammeLabel> & { year: number | null }) | null {
  const text = cleanText(raw);
  const m =
    /^(.*?)\s+((?:19|20)\d\d)\s*:?\s*$/.exec(text) ?? /^(.*?)\s+((?:19|20)\d\d)\s*:\s*(.*)$/.exec(text);
  if (m) {
    const hit = matchLabel(m[1], PROGRAMME_LABELS, { allowRest: false });
    if (hit) return { ...hit, rest: cleanText(m[3] ?? ""), year: Number(m[2]) };
  }
  const hit = matchLabel(text, PROGRAMME_LABELS);
  return hit ? { ...hit, year: null } : null;
}

/** Column headers of the flat table layout. */
export type TableHeader =
  "department" | "unit" | "focusArea" | Level | MeasureHeader | "responsible" | "report";

export const TABLE_HEADERS: LabelVocabulary<TableHeader> = {
  entries: {
    department: ["Toimiala", "Toimialat"],
    unit: ["Yksikkö", "Palvelualue", "Tulosyksikkö", "Vastuuyksikkö", "Yksiköt"],
    focusArea: ["Painopiste", "Painopiste/Teema", "Teema", "Painopistealue", "Painopiste / teema"],
    goal: ["Tavoite", "Strateginen tavoite"],
    commitment: ["Teko", "Teot"],
    action: ["Toimenpide", "Toimenpiteet"],
    measure: ["Mittari", "Mittarit"],
    baseline: BLOCK_LABELS.entries.baseline,
    target: BLOCK_LABELS.entries.target,
    actual: BLOCK_LABELS.entries.actual,
    ownStatus: BLOCK_LABELS.entries.ownStatus,
    responsible: ["Vastuuhenkilö", "Vastuuhenkilöt"],
    report: ["Selvitys", "Selvitys toteutumisesta", "Raportointi"],
  },
};
