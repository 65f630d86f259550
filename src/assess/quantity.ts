/**
 * Quantities in Finnish report text: "10 900", "119 000 (+5 %)", "n. 38 pv", "1,8 M€",
 * "12/2023: 250 hlö/kk", "2019: 11200 2021: 5000 2022: 10 900", "NPS +83", "2-3", "> 0".
 *
 * Dates and periods ("26.6.2023", "12/2023", "1-7/2023", "H1/2023", "Q2/2023", "2/24", "T1/2026") and
 * years standing alone ("v. 2019", "(2022)") are context: they never become quantities, but a year
 * written as a label ("2019: 11200", "12/2023: 250") tells which year a value belongs to.
 * The parser is total: any string gives a (possibly empty) list, never an exception.
 */

export type Comparator = ">" | ">=" | "<" | "<=";

export interface Quantity {
  /** The value in base units: "1,8 M€" is 1 800 000 (unit "€"); a range's lower end. */
  value: number;
  /** Canonical unit ("pv", "kpl", "hlö/kk", "€", "GWh", "matkaa", "NPS", …), null when none. */
  unit: string | null;
  isPercent: boolean;
  /** "n. 38 pv", "noin", "lähes", "~". */
  approx: boolean;
  comparator: Comparator | null;
  /** "2-3" → { low: 2, high: 3 }. */
  range: { low: number; high: number } | null;
  /** The year the value is for: a label ("2019: 11200", "12/2023: 250") or a year written nearby. */
  year: number | null;
  /** True when `year` came from a label written before the value ("2019: …"). */
  yearLabelled: boolean;
  /** Digits written after the decimal comma: "3,0" → 1, so that a reason prints "3,0", not "3". */
  decimals?: number;
  /** Written with an explicit sign: "+5 %", "-2,4 %", "NPS +83". */
  signed: boolean;
  /** A change "by" an amount: "1 M€:lla", "3 %:lla". */
  delta: boolean;
  /** Inside parentheses: "119 000 (+5 %)" → the +5 % is in parentheses. */
  inParens: boolean;
  /** Parenthesised quantities right after this one: "63 kpl (48 %)" → [48 %]. */
  extras: Quantity[];
  /** The source text of the number with its unit, and its position in the input. */
  text: string;
  start: number;
  end: number;
}

interface Span {
  start: number;
  end: number;
}

interface YearMark extends Span {
  year: number;
  /** Followed by a colon: a label for the next value. */
  label: boolean;
}

const SPACES = /[\u00a0\u2007\u202f\u2009\u200a\t\r]/g;

/** Thousands written with a dot: "12.000", "1.250.000" (never a date: a date has one or two digits). */
const DOT_THOUSANDS = /(?<![\d.,])(\d{1,3})((?:\.\d{3})+)(?![\d]|[.,]\d)/g;

/**
 * Same-length normalisation so that positions in the result are positions in the input: spaces,
 * minus signs, and thousands dots read as the thousands spaces they stand for ("12.000" → "12 000").
 */
function normalise(text: string): string {
  const s = text.replace(SPACES, " ").replace(/[\u2212\u2012]/g, "-");
  // Thousands dots need a dot: a text without one is not scanned for them.
  return s.includes(".")
    ? s.replace(DOT_THOUSANDS, (_, head: string, groups: string) => head + groups.replace(/\./g, " "))
    : s;
}

/** `s` with each span (in order, not overlapping) blanked with spaces: one new string, not one a span. */
function blankAll(s: string, spans: readonly Span[]): string {
  if (spans.length === 0) return s;
  const parts: string[] = [];
  let at = 0;
  for (const { start, end } of spans) {
    parts.push(s.slice(at, start), " ".repeat(end - start));
    at = end;
  }
  parts.push(s.slice(at));
  return parts.join("");
}

function fullYear(digits: string): number {
  const n = Number(digits);
  return digits.length === 2 ? 2000 + n : n;
}

/** Masks dates, periods, years, enumerators and ordinals; returns the masked text and the years seen. */
function maskContext(input: string): { masked: string; years: YearMark[] } {
  let s = input;
  const years: YearMark[] = [];
  const mask = (re: RegExp, onMatch?: (m: RegExpExecArray) => void) => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    const found: RegExpExecArray[] = [];
    while ((m = re.exec(s)) !== null) {
      found.push(m);
      if (m[0].length === 0) re.lastIndex++;
    }
    // A match's callback reads the text after it, which the blanking of the matches before it
    // leaves alone: all are blanked together after the callbacks.
    for (const f of found) onMatch?.(f);
    s = blankAll(
      s,
      found.map((f) => ({ start: f.index, end: f.index + f[0].length })),
    );
  };
  const labelAfter = (end: number) => /^\s*:/.test(s.slice(end));
  const colonSpan = (end: number) => {
    const m = /^\s*:/.exec(s.slice(end));
    return m ? end + m[0].length : end;
  };

  // Each pattern below needs a character the text may well not have (a dot, a slash, a dash, a
  // colon, a capital T, Q or H): it is run only on a text that has one. Blanking only removes
  // characters, so what the text had before the masks is what it may have after.
  const dot = s.includes(".");
  const slash = s.includes("/");
  const dash = s.includes("-") || s.includes("–");
  const colon = s.includes(":");
  const period = s.includes("T") || s.includes("Q") || s.includes("H");
  // Enumerators: "Mittari 2.", "Osatavoite 1:", a list number at the start of a line "1. Porissa".
  mask(/(?:mittari|osatavoite|kohta|vaihe)\s*\d+\s*[.:)]?/giu);
  if (dot || s.includes(")")) mask(/(?:^|(?<=\n))\s*\d{1,2}[.)](?=\s+\p{L})/gu);
  // Dates: "26.6.2023", "1.7.", "1.1.-30.4", "11.-17.".
  if (dot)
    mask(/(?<![\d,])\d{1,2}\.\d{1,2}\.(?:(?:19|20)?\d{2}(?!\d))?/gu, (m) => {
      const y = /\.(\d{2,4})$/.exec(m[0]);
      if (y) years.push({ start: m.index, end: m.index + m[0].length, year: fullYear(y[1]), label: false });
    });
  if (dot && dash) {
    mask(/(?<=[-–]\s?)\d{1,2}\.\d{1,2}\.?(?!\d)/gu);
    mask(/(?<![\d,])\d{1,2}\.(?=\s?[-–]\s?\d{1,2}\.)/gu);
  }
  // Periods with a year: "12/2023", "1-7/2023", "H1/2023", "Q2/2023", "T1/2026", "2/24".
  if (slash)
    mask(
      /(?<![\p{L}\d,])(?:[TQHtqh][1-4]|\d{1,2}(?:\s?[-–]\s?\d{1,2})?)\s?\/\s?((?:19|20)\d{2}|\d{2})(?!\d)/gu,
      (m) => {
        const end = m.index + m[0].length;
        const label = labelAfter(end);
        years.push({ start: m.index, end: label ? colonSpan(end) : end, year: fullYear(m[1]), label });
      },
    );
  // Year ranges: "2023-2027", "2023-24".
  if (dash)
    mask(/(?<![\d,])((?:19|20)\d{2})\s?[-–]\s?((?:19|20)?\d{2})(?![\d%])/gu, (m) => {
      years.push({ start: m.index, end: m.index + m[0].length, year: fullYear(m[2]), label: false });
    });
  // Periods without a year: "T1", "Q3", "H1" (also "T1:n").
  if (period) mask(/(?<![\p{L}\d])[TQH][1-4](?!\d)/gu);
  // Year labels: "2019: 11200".
  if (colon)
    mask(/(?<![\d,])((?:19|20)\d{2})\s*:(?=\s*[-+]?\s?\d)/gu, (m) => {
      years.push({ start: m.index, end: m.index + m[0].length, year: Number(m[1]), label: true });
    });
  // Ordinals: "66. kaupunginosan", "24. marraskuuta".
  if (dot) mask(/(?<![\d,])\d+\.(?=\s?\p{Ll})/gu);
  // Times: "klo 12.30", "12:30".
  if (dot || colon) mask(/(?<=klo\s?)\d{1,2}[.:]\d{2}/gu);
  return { masked: s, years };
}

interface UnitRule {
  re: RegExp;
  unit: string | null;
  scale?: number;
  percent?: boolean;
}

/** Tried in order on the text right after a number. Each matches from the start. */
const UNIT_RULES: UnitRule[] = [
  { re: /^,?\s?(?:%|prosenttia|prosenttiyksikköä|%-yks\.?|%-yksikköä)/u, unit: null, percent: true },
  { re: /^\s?(?:milj\.?\s?(?:€|euroa|eur\b|e\b)|M€|Me\b|miljoonaa\s+euroa|MEUR\b)/u, unit: "€", scale: 1e6 },
  { re: /^\s?(?:milj\.?|miljoonaa|M)(?![\p{L}])/u, unit: null, scale: 1e6 },
  { re: /^\s?(?:t€|k€|te\b|tuhatta\s+euroa|tEUR\b|keur\b)/u, unit: "€", scale: 1e3 },
  { re: /^\s?(?:mrd\.?|miljardia)\s?(?:€|euroa)/u, unit: "€", scale: 1e9 },
  { re: /^\s?(?:€|euroa|eur\b|e\b|euro\b)/u, unit: "€" },
  { re: /^\s?(?:GWh|MWh|kWh|TWh)\b/u, unit: null },
  {
    re: /^\s?(?:hlö|henkilöä|henkeä|henkilöt|henkilöitä|hlöä|henkilöllä)(?:\s?\/\s?(?:kk|v|vuosi|pv|vko|kuukausi))?/u,
    unit: "hlö",
  },
  { re: /^\s?(?:pv|päivää|päivää|päivä|vrk|vuorokautta)(?![\p{L}])/u, unit: "pv" },
  { re: /^\s?kpl(?![\p{L}])/u, unit: "kpl" },
  { re: /^\s?(?:h|tuntia|tunti|tuntiin)(?![\p{L}])/u, unit: "h" },
  { re: /^\s?(?:kk|kuukautta|kuukauden|kuukaudessa)(?![\p{L}])/u, unit: "kk" },
  { re: /^\s?(?:vko|vk|viikkoa|viikon)(?![\p{L}])/u, unit: "vko" },
  { re: /^\s?(?:v|vuotta|vuoden)(?![\p{L}.])/u, unit: "v" },
  { re: /^\s?(?:t|tn|tonnia)\s?CO2(?:e|-ekv\.?)?(?![\p{L}\d])/u, unit: "t CO2" },
  { re: /^\s?(?:min|minuuttia|minuutissa)(?![\p{L}])/u, unit: "min" },
  { re: /^\s?htv(?![\p{L}])/u, unit: "htv" },
  { re: /^\s?(?:km|m²|m2|m|ha|t|tn|kg|l)(?![\p{L}\d])/u, unit: null },
  { re: /^\s?(?:matkaa|matkalla|matkaan|matkan|matkustajaa)(?![\p{L}])/u, unit: "matkaa" },
  { re: /^\s?(?:yöpymisvrk|yöpymisvuorokautta|yöpymisvuorokauden|yöpymistä|yötä)(?![\p{L}])/u, unit: "yötä" },
  { re: /^\s?(?:asiakasta|asiakkaita|asiakkaan)(?![\p{L}])/u, unit: "asiakasta" },
];

/**
 * The unit rules as one pattern, each rule a group in order: the alternation takes the first rule
 * that matches, as trying them one by one did, in one pass instead of one regex run per rule.
 */
const UNIT_ANY = new RegExp(
  `^(?:${UNIT_RULES.map((r) => `(${r.re.source.replace(/^\^/, "")})`).join("|")})`,
  "u",
);

/** The index of the rule whose group matched. */
function ruleOf(m: RegExpExecArray): number {
  for (let k = 1; k < m.length; k++) if (m[k] !== undefined) return k - 1;
  return -1;
}

/** A partitive count noun after a number ("5 hanketta", "10 tapahtumaa"): taken as the unit. */
const PARTITIVE = /^\s(\p{Ll}{3,}(?:a|ä))(?![\p{L}])/u;

/**
 * A number: digits with thousands spaces and a decimal comma, never glued to letters ("E18", "5G")
 * except a unit written without a space ("2kpl/v", "12vrk", "2,4pv").
 */
const NUMBER =
  /(?<![\p{L}\d,.])(?:([+-])\s?)?(\d{1,3}(?: \d{3}(?!\d))+|\d+)(?:,(\d+))?(?!\s?[.:]\d)(?!\d)(?!(?!(?:kpl|pv|vrk|hlö|hlöä|kk|vko|krt|km|kg|htv|min|h|v|t|M€|milj)(?![\p{L}]))\p{L})/gu;

function numberValue(intPart: string, frac: string | undefined): number {
  const n = Number(intPart.replace(/ /g, "") + (frac ? "." + frac : ""));
  return Number.isFinite(n) ? n : NaN;
}

const COMPARATORS: [RegExp, Comparator][] = [
  [/(?:>=|≥|=>)\s*$/u, ">="],
  [/(?:<=|≤|=<)\s*$/u, "<="],
  [/>\s*$/u, ">"],
  [/<\s*$/u, "<"],
  [/(?:^|[^\p{L}])(?:vähintään|väh\.|min\.?|ainakin)\s*$/iu, ">="],
  [/(?:^|[^\p{L}])(?:enintään|korkeintaan|enint\.|max\.?|maks\.?)\s*$/iu, "<="],
  [/(?:^|[^\p{L}])(?:yli|enemmän\s+kuin|over)\s*$/iu, ">"],
  [/(?:^|[^\p{L}])(?:alle|vähemmän\s+kuin|alittaa)\s*$/iu, "<"],
];

const APPROX = /(?:^|[^\p{L}])(?:n\.|noin|ca\.?|n|arviolta|lähes|likimain|suunnilleen|~|≈)\s*$/iu;

/**
 * Texts repeat: the judges of one measure each read its baseline, target and actual, and a column
 * repeats its few phrases. The quantities of the texts read last are kept (a bounded cache, emptied
 * when full; texts of up to 500 characters, as the state words' in vocabulary.ts) and handed out as
 * a new list each time (harmonisePercent replaces items of the list it is given). The quantities
 * themselves are shared and frozen: nothing changes a quantity once parsed.
 */
const CACHE_LIMIT = 2000;
const CACHE_TEXT_LIMIT = 500;
const parsed = new Map<string, readonly Quantity[]>();

function frozen(qs: Quantity[]): readonly Quantity[] {
  for (const q of qs) {
    Object.freeze(q.extras);
    if (q.range) Object.freeze(q.range);
    Object.freeze(q);
  }
  return Object.freeze(qs);
}

/** Every quantity in the text, in order. Never throws. */
export function parseQuantities(text: unknown): Quantity[] {
  return quantitiesOf(text).slice();
}

const NONE: readonly Quantity[] = Object.freeze([]);

/**
 * parseQuantities without the copy, for a caller that copies the list itself (input.ts): the list
 * is the cache's own (frozen) or a new one; the caller must not change it.
 */
export function quantitiesOf(text: unknown): readonly Quantity[] {
  if (typeof text !== "string" || text.length === 0) return NONE;
  // Every quantity is a number written in digits: a text without one has none.
  if (!/\d/.test(text)) return NONE;
  const known = parsed.get(text);
  if (known) return known;
  let out: Quantity[];
  try {
    out = parse(text.length > 20000 ? text.slice(0, 20000) : text);
  } catch {
    return NONE;
  }
  if (text.length > CACHE_TEXT_LIMIT) return out;
  if (parsed.size >= CACHE_LIMIT) parsed.clear();
  return remembered(text, frozen(out));
}

function remembered(text: string, qs: readonly Quantity[]): readonly Quantity[] {
  parsed.set(text, qs);
  return qs;
}

function parse(input: string): Quantity[] {
  const normal = normalise(input);
  const { masked, years } = maskContext(normal);
  const wholeIsYear = /^\s*(?:19|20)\d{2}\s*$/.test(normal);
  const out: Quantity[] = [];
  const depth = parenDepths(normal);
  NUMBER.lastIndex = 0;
  let m: RegExpExecArray | null;
  let prevEnd = 0;
  while ((m = NUMBER.exec(masked)) !== null) {
    const start = m.index;
    let end = start + m[0].length;
    const sign = m[1];
    let value = numberValue(m[2], m[3]);
    if (!Number.isFinite(value)) continue;
    if (sign === "-") value = -value;
    // A sign right after a digit is a range dash, not a sign: handled by the range branch below.
    if (sign && /\d\s?$/.test(masked.slice(Math.max(0, start - 2), start))) continue;
    const after = masked.slice(end);
    // A number followed by a colon is a label ("Vaihe 1:"), not a value.
    if (/^:(?!\p{L})/u.test(after) && !/^:\s*$/.test(after)) {
      prevEnd = end;
      continue;
    }
    // A year standing alone is context.
    const plainInt = !m[3] && !/ /.test(m[2]) && !sign;
    if (plainInt && /^(?:19|20)\d{2}$/.test(m[2]) && !wholeIsYear) {
      const rest = after;
      // "2000 kpl", "2020 €" are amounts; "2021 yöpymisvrk:t" after "2019 ja" is still a year.
      const hasUnit = UNIT_RULES.some(
        (r) =>
          r.re.test(rest) && (r.percent || r.scale || ["kpl", "hlö", "€", "pv", "h"].includes(r.unit ?? "")),
      );
      if (!hasUnit) {
        years.push({ start, end, year: value, label: false });
        prevEnd = end;
        continue;
      }
    }
    // Range: "2-3", "2–3", "10 - 20".
    let range: { low: number; high: number } | null = null;
    const r = /^\s?[-–—]\s?(\d{1,3}(?: \d{3}(?!\d))+|\d+)(?:,(\d+))?(?![\p{L}\d])/u.exec(after);
    if (r) {
      const high = numberValue(r[1], r[2]);
      if (Number.isFinite(high) && high > value) {
        range = { low: value, high };
        end += r[0].length;
        NUMBER.lastIndex = end;
      }
    }
    // Unit.
    let unit: string | null = null;
    let isPercent = false;
    let scale = 1;
    const tail = masked.slice(end);
    const unitMatch = UNIT_ANY.exec(tail);
    if (unitMatch) {
      const rule = UNIT_RULES[ruleOf(unitMatch)];
      const u = unitMatch;
      isPercent = !!rule.percent;
      scale = rule.scale ?? 1;
      unit = rule.unit ?? (rule.percent ? null : u[0].trim());
      if (scale === 1e6 && rule.unit === null) {
        // "1,5 milj. matkaa": the unit may follow.
        const next = masked.slice(end + u[0].length);
        const n2 = UNIT_RULES.find((x) => x.re.test(next) && !x.scale && !x.percent);
        if (n2) {
          const u2 = n2.re.exec(next);
          if (u2) {
            unit = n2.unit ?? u2[0].trim();
            end += u2[0].length;
          }
        }
      }
      if (unit === "hlö" && /\//.test(u[0])) unit = "hlö/" + u[0].split("/")[1].trim();
      end += u[0].length;
      // "pv/htv", "km/v", "pv/opettaja", "€/asukas": a unit per something keeps its "per".
      // A period after the slash ("kpl/tammi-kesäkuussa") is context, not a "per".
      const per = /^\s?\/\s?(\p{L}[\p{L}\d²]{0,11})(?![\p{L}\d-])/u.exec(masked.slice(end));
      const periodWord = per !== null && /(?:ss|st|ll|lt)[aä]$/u.test(per[1]);
      if (per && !periodWord && unit && !unit.includes("/") && scale === 1 && !isPercent) {
        unit = `${unit}/${per[1]}`;
        end += per[0].length;
      }
    }
    if (!unit && !isPercent) {
      const p = PARTITIVE.exec(tail);
      if (p && !STOP_PARTITIVES.has(p[1])) {
        unit = p[1];
        end += p[0].length;
      }
    }
    // "yöpymisvrk:n", "1 M€:lla" (by), "3 %:ia".
    let delta = false;
    const suffix = /^:(\p{Ll}{1,4})(?![\p{L}])/u.exec(masked.slice(end));
    if (suffix) {
      if (/^(?:lla|llä)$/u.test(suffix[1])) delta = true;
      end += suffix[0].length;
    }
    NUMBER.lastIndex = Math.max(NUMBER.lastIndex, end);

    // Before the number: comparator, approximation, NPS.
    const before = masked.slice(Math.max(prevEnd, start - 30), start);
    let comparator: Comparator | null = null;
    for (const [re, c] of COMPARATORS) {
      if (re.test(before)) {
        comparator = c;
        break;
      }
    }
    const approx = APPROX.test(before) || /(?:^|[^\p{L}])(?:n\.|noin)\s*(?:[<>]=?\s*)?$/iu.test(before);
    // "NPS +83", "NPS > 0", "NPS vähintään +45", "NPS oli +52": the score, not a change of it.
    if (
      !unit &&
      !isPercent &&
      /NPS\s*[:=]?\s*(?:(?:[<>]=?|≥|≤)|(?:vähintään|väh\.|yli|enintään|korkeintaan|alle|oli|on|noin|n\.)(?![\p{L}]))?\s*$/iu.test(
        before,
      )
    )
      unit = "NPS";

    out.push({
      value: value * scale,
      unit,
      isPercent,
      approx,
      comparator,
      range: range ? { low: range.low * scale, high: range.high * scale } : null,
      year: null,
      yearLabelled: false,
      decimals: m[3] ? m[3].length : 0,
      signed: !!sign,
      delta,
      inParens: depth.at(start) > 0,
      extras: [],
      text: input.slice(start, end).trim(),
      start,
      end,
    });
    prevEnd = end;
  }
  assignYears(out, years, masked);
  attachExtras(out, normal);
  return out;
}

const STOP_PARTITIVES = new Set([
  "ja",
  "sekä",
  "tai",
  "vuonna",
  "kuukautta",
  "vuotta",
  "jälkeen",
  "verrattuna",
  "osalta",
  "aikana",
  "mukaan",
  "kohti",
  "enemmän",
  "vähemmän",
  "kertaa",
]);

/**
 * parenDepth of `s` at positions asked in increasing order (the numbers of a text, left to right),
 * each answered by scanning on from the last: linear in the text, not in the text times its numbers.
 */
function parenDepths(s: string): { at(index: number): number } {
  let pos = 0;
  let depth = 0;
  return {
    at(index) {
      if (index < pos) return parenDepth(s, index);
      for (; pos < index; pos++) {
        const c = s[pos];
        if (c === "(") depth++;
        else if (c === ")" && depth > 0) depth--;
      }
      return depth;
    },
  };
}

function parenDepth(s: string, index: number): number {
  let depth = 0;
  for (let i = 0; i < index; i++) {
    if (s[i] === "(") depth++;
    else if (s[i] === ")" && depth > 0) depth--;
  }
  return depth;
}

function assignYears(qs: Quantity[], years: YearMark[], masked: string): void {
  for (const q of qs) {
    // A label directly before: "2019: 11200", "12/2023: 250 hlö/kk" — one ending in the spaces right
    // before the value (found once, not tested again for every year of the text).
    let spaces = q.start;
    while (spaces > 0 && /\s/.test(masked[spaces - 1])) spaces--;
    let label: YearMark | undefined;
    for (const y of years) if (y.label && y.end <= q.start && y.end >= spaces) label = y;
    if (label) {
      q.year = label.year;
      q.yearLabelled = true;
      continue;
    }
    let best: YearMark | null = null;
    let bestDistance = Infinity;
    for (const y of years) {
      const d = y.start >= q.end ? y.start - q.end : q.start - y.end;
      if (d >= 0 && d < bestDistance) {
        best = y;
        bestDistance = d;
      }
    }
    if (best) q.year = best.year;
  }
}

function attachExtras(qs: Quantity[], s: string): void {
  let owner: Quantity | null = null;
  for (const q of qs) {
    if (!q.inParens) {
      owner = q;
      continue;
    }
    if (owner && /^\s*\(\s*(?:[^()]*)$/.test(s.slice(owner.end, q.start))) owner.extras.push(q);
  }
}

/**
 * The quantity the cell is about: of several "year: value" pairs the latest year; otherwise the first
 * quantity outside parentheses; otherwise the first one. Null when the text has no quantity.
 */
export function mainQuantity(text: unknown): Quantity | null {
  return chooseMain(parseQuantities(text));
}

export function chooseMain(qs: readonly Quantity[]): Quantity | null {
  // One pass, no lists: the latest labelled year outside parentheses (the later one of equal years),
  // else the first outside parentheses, else the first.
  let top: Quantity | null = null;
  let labelled: Quantity | null = null;
  for (const q of qs) {
    if (q.inParens) continue;
    top ??= q;
    if (q.yearLabelled && q.year !== null && (!labelled || (q.year ?? 0) >= (labelled.year ?? 0)))
      labelled = q;
  }
  return labelled ?? top ?? qs[0] ?? null;
}

/** A bare "million" written as the unit: "1,2 milj." (the value is in ones). */
const MILLION_WORDS = /^(?:milj\.?|miljoonaa|M)$/u;

/**
 * A number the Finnish way: "1 250", "10 900", "1,8", "-2,4"; at most `decimals` decimals, at least
 * `minDecimals` ("3,0" stays "3,0" when it was written so).
 */
export function formatNumber(n: number, decimals = 2, minDecimals = 0): string {
  if (!Number.isFinite(n)) return String(n);
  const places = Math.max(decimals, minDecimals);
  const factor = 10 ** places;
  const rounded = Math.round(Math.abs(n) * factor) / factor;
  const fixed = rounded.toFixed(places);
  const dot = fixed.indexOf(".");
  const int = dot < 0 ? fixed : fixed.slice(0, dot);
  const frac = dot < 0 ? "" : fixed.slice(dot + 1);
  // The fraction without its trailing zeros (at least minDecimals of it).
  let keep = frac.length;
  while (keep > minDecimals && frac.charCodeAt(keep - 1) === 48) keep--;
  const trimmedFrac = keep === frac.length ? frac : frac.slice(0, keep);
  const grouped = int.length > 3 ? int.replace(/\B(?=(\d{3})+(?!\d))/g, " ") : int;
  const sign = n < 0 && rounded !== 0 ? "-" : "";
  return sign + grouped + (trimmedFrac ? "," + trimmedFrac : "");
}

/** Written as a year would be: "2025" (four digits, 1900–2099, no thousands space). */
function writtenAsYear(text: string | undefined): boolean {
  return text !== undefined && /^(?:19|20)\d{2}$/u.test(text.trim());
}

/**
 * A quantity for a reason text: "24 pv", "35 %", "1,8 M€", "≥ 431 hlö/kk". Decimals written in the
 * cell are kept ("3,0"); a number without a unit written as a year ("2025") is printed as written, never
 * "2 025".
 */
export function formatQuantity(
  q: Pick<Quantity, "value" | "unit" | "isPercent"> & { decimals?: number; text?: string },
): string {
  const min = q.decimals ?? 0;
  if (q.isPercent) return `${formatNumber(q.value, 2, min)} %`;
  if (q.unit === "€" && Math.abs(q.value) >= 1e6) return `${formatNumber(q.value / 1e6)} M€`;
  if (q.unit && MILLION_WORDS.test(q.unit)) return `${formatNumber(q.value / 1e6)} milj.`;
  if (q.unit === "NPS") return `NPS ${q.value > 0 ? "+" : ""}${formatNumber(q.value)}`;
  if (!q.unit && writtenAsYear(q.text) && Number(q.text) === q.value) return String(q.value);
  return q.unit ? `${formatNumber(q.value, 2, min)} ${q.unit}` : formatNumber(q.value, 2, min);
}
