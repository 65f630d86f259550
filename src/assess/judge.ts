/**
 * The status of one measure on the city's four-level scale (domain.md, "Status of a measure"):
 * the person's own status wins; no actual → not assessable; numbers are compared in the direction
 * the baseline and target give; words are read through the state vocabulary.
 * Every result says why, in Finnish and English.
 */
import type { Assessment, Bilingual, Measure, Status } from "../model";
import { STATUS_STYLE } from "../model/status";
import { allowedEdits, editDistance } from "../text";
import { chooseMain, formatNumber, formatQuantity, parseQuantities, type Quantity } from "./quantity";
import { readState, highestState, STATE_RANK, words, type StateLevel } from "./vocabulary";

export interface AssessContext {
  sheet: string;
  /** Header of the person's own status column, when the sheet has one ("Tila", "Arvio"). */
  ownStatusColumn?: string | null;
  /** True when the sheet has an actual (Toteuma) column. */
  hasActualColumn: boolean;
  /** The measure's position in its sheet (Assessment.ordinal); 0 when judged alone. */
  ordinal?: number;
}

// ---------------------------------------------------------------------------------------------
// The person's own status

const OWN_EXACT: [Status, string[]][] = [
  [
    "not-assessable",
    [
      "ei arvioitavissa",
      "ei voida arvioida",
      "ei arvioitu",
      "ei arviota",
      "ei tietoa",
      "ei tiedossa",
      "ei mitattavissa",
      "arvioitavissa myöhemmin",
      "ei vielä arvioitavissa",
      "ei voida vielä arvioida",
      "ei vielä arvioitu",
      "n/a",
      "na",
      "harmaa",
      "not assessable",
      "unknown",
    ],
  ],
  [
    "partial",
    [
      "osittain toteutunut",
      "osittain toteutui",
      "toteutui osittain",
      "toteutuu osittain",
      "osittain saavutettu",
      "osittain valmis",
      "toteutunut osittain",
      "osittain",
      "osin",
      "osin toteutunut",
      "pääosin toteutunut",
      "pääosin",
      "keltainen",
      "oranssi",
      "kesken",
      "käynnissä",
      "partially achieved",
      "partial",
      "partly",
      "in progress",
      "yellow",
      "amber",
    ],
  ],
  [
    "not-achieved",
    [
      "ei toteutunut",
      "ei toteutunu",
      "ei toteudu",
      "ei toteutunut lainkaan",
      "toteutumatta",
      "ei saavutettu",
      "ei",
      "punainen",
      "not achieved",
      "no",
      "red",
    ],
  ],
  [
    "achieved",
    [
      "toteutunut",
      "toteutui",
      "toteutuu",
      "toteutunut kokonaan",
      "saavutettu",
      "saavutettiin",
      "valmis",
      "ok",
      "kyllä",
      "vihreä",
      "tehty",
      "achieved",
      "done",
      "yes",
      "green",
      "x",
      "✓",
      "✔",
    ],
  ],
];

const OWN_EMOJI: [RegExp, Status][] = [
  [/🟢|✅/u, "achieved"],
  [/🟡|🟠/u, "partial"],
  [/🔴|❌/u, "not-achieved"],
  [/⚪|⚫/u, "not-assessable"],
];

function ownKey(text: string): string {
  return text
    .replace(/[\s\u00a0\u202f]+/g, " ")
    .trim()
    .toLocaleLowerCase("fi-FI")
    .replace(/^(?:tila|arvio|status)\s*:\s*/u, "")
    .replace(/[.!:;,]+$/u, "")
    .trim();
}

/**
 * The person's own status on the scale, or null when the text is not one of the scale's labels or
 * their common variants ("vihreä/keltainen/punainen", "kyllä/osittain/ei", "ok"). Near-misses of a
 * label ("Toteutunt") are accepted.
 */
export function ownStatusOf(text: string | null | undefined): Status | null {
  if (typeof text !== "string") return null;
  const key = ownKey(text);
  if (!key) return null;
  for (const [re, status] of OWN_EMOJI)
    if (re.test(key) && key.replace(re, "").trim().length === 0) return status;
  for (const [status, spellings] of OWN_EXACT) if (spellings.includes(key)) return status;
  for (const status of Object.keys(STATUS_STYLE) as Status[]) {
    const style = STATUS_STYLE[status];
    if (key === style.fi.toLocaleLowerCase("fi-FI") || key === style.en.toLowerCase()) return status;
  }
  // Near-misses of the longer labels only: "Osittain toteutunt", "Ei toteutunt".
  let best: { status: Status; d: number } | null = null;
  for (const [status, spellings] of OWN_EXACT) {
    for (const s of spellings) {
      if (s.length < 8) continue;
      const max = allowedEdits(s.length);
      const d = editDistance(key, s, max);
      if (d <= max && (!best || d < best.d)) best = { status, d };
    }
  }
  if (best) return best.status;
  // "100 %", "50 %", "0 %": the share of the target done.
  const pct = /^(\d{1,3}(?:,\d+)?)\s?%$/u.exec(key);
  if (pct) {
    const v = Number(pct[1].replace(",", "."));
    return v >= 100 ? "achieved" : v <= 0 ? "not-achieved" : "partial";
  }
  // "Toteutunut (vaikka myöhässä)": a label followed by a remark in parentheses or after a dash.
  const head = key.split(/\s*[(,–—]\s*|\s+-\s+/u)[0];
  if (head && head !== key) return ownStatusOf(head);
  // A short state in the person's words: "Keskeytetty", "Tavoite saavutettu", "Kesken vielä".
  if (words(key).length <= 4) {
    const level = readState(key).level;
    if (level === "done") return "achieved";
    if (level === "in-progress") return "partial";
    if (level === "negative" || level === "not-started") return "not-achieved";
  }
  return null;
}

/** A status cell that holds nothing: blank, or only a dash or dots. */
function blankOwn(text: string): boolean {
  return /^[\s\-–—.]*$/u.test(text);
}

// ---------------------------------------------------------------------------------------------
// Helpers

const label = (s: Status): Bilingual => ({ fi: STATUS_STYLE[s].fi, en: STATUS_STYLE[s].en });

const VALUE_LABELS: Record<"baseline" | "target" | "actual", RegExp> = {
  baseline: /^(?:lähtötaso|lähtötilanne)\s*[:.-]?\s+(.+)$/iu,
  target: /^(?:tavoitetaso|tavoite)\s*[:.-]?\s+(.+)$/iu,
  actual: /^(?:toteuma|toteutuma)\s*[:.-]?\s+(.+)$/iu,
};

/**
 * Removes a column label written into the value cell: "Toteuma Ei erillistä sopimusta." With the
 * column given, only that column's own label is removed, so that an actual "Tavoite ylittyi" keeps
 * its first word.
 */
export function stripValueLabel(
  text: string | null | undefined,
  column?: "baseline" | "target" | "actual",
): string {
  if (!text) return "";
  const t = text.replace(/[\s\u00a0\u202f]+/g, " ").trim();
  const res = column ? [VALUE_LABELS[column]] : Object.values(VALUE_LABELS);
  for (const re of res) {
    const m = re.exec(t);
    if (m) return m[1].trim();
  }
  return t;
}

function quote(text: string): string {
  const t = text.length > 80 ? text.slice(0, 77) + "…" : text;
  return `"${t}"`;
}

type Direction = "up" | "down";

const UP_WORDS =
  /(?:^|[^\p{L}])(?:kasv|lisää|lisäänty|lisätä|nous|noste|paran|enemmän|suurem|korkeam|parem|kohoa|vahvist|positiivi)/iu;
const DOWN_WORDS =
  /(?:^|[^\p{L}])(?:vähene|vähent|väheni|laske|laski|lasku(?!ri)|lyhen|lyhyem|pienen|pienem|vähemmän|alenee|alene|madal|supist|heikkene)/iu;
const SAME_WORDS =
  /(?:^|[^\p{L}])(?:vähintään\s+sama|sama(?:lla)?\s+tasolla|sama\s+taso|säilyy|säilyttä|pysyy|ennallaan|ei\s+laske|ei\s+heikkene|vähintään\s+samana|vähintään\s+edellisen)/iu;
const AT_MOST_SAME = /(?:^|[^\p{L}])(?:enintään\s+sama|korkeintaan\s+sama|ei\s+kasva|ei\s+nouse)/iu;
const POSITIVE = /(?:^|[^\p{L}])positiivinen/iu;
const AT_LEAST = /(?:^|[^\p{L}])(?:vähintään|ainakin)(?![\p{L}])/iu;
/** "vuoden 2022 tasolla", "edellisen vuoden tasolla", "nykytasolla": the baseline is the target. */
const AT_LEVEL = /(?:^|[^\p{L}])(?:\p{L}*tasolla|tasolla)(?![\p{L}])/iu;
/**
 * What a measure counts when less is better: costs, emissions, consumption, waiting and handling
 * times, queues, absences, unemployment, accidents, damage. Savings and opening hours are not.
 */
const LOWER_IS_BETTER =
  /(?:kustannu|kulut|kulujen|menot|menoj|päästö|kulutus|kulutuks|(?:käsittely|läpimeno|jonotus|odotus|vaste|toimitus|vastaus|reagointi|viive|valmistumis)ai(?:ka|ja|an)|jono|poissaolo|työttömyy|työttömi|työttömä|onnettomuu|vahingo|vahinko|ilkival|hävikki|velka|velan|alijäämä|reklamaatio|valitu|tapaturm|vaihtuvuu|kiusaa)/iu;
const HIGHER_DESPITE = /(?:säästö|aukioloai|vähentämi|alenemi|päästöttöm|vähäpäästö|tehokkuu)/iu;

/** The direction the measure's own words imply: "lyhenee", or what it counts ("käsittelyaika"). */
function measureDirection(measureText: string): Direction | null {
  const said = wordsDirection(measureText);
  if (said) return said;
  if (LOWER_IS_BETTER.test(measureText) && !HIGHER_DESPITE.test(measureText)) return "down";
  return null;
}
const APPROACH = /lähesty\p{L}*\s+(?:v\.?\s*|vuoden\s+)?((?:19|20)\d{2})/iu;

function wordsDirection(text: string): Direction | null {
  const up = UP_WORDS.test(text);
  const down = DOWN_WORDS.test(text);
  if (up && !down) return "up";
  if (down && !up) return "down";
  return null;
}

function sameKind(q: Quantity, wantPercent: boolean, wantNps: boolean): boolean {
  if (wantNps) return q.unit === "NPS" || (!q.isPercent && q.unit === null);
  return q.isPercent === wantPercent;
}

/** The quantity of a text comparable with the target: same kind (percent or count), main first. */
function pick(qs: Quantity[], wantPercent: boolean, wantNps = false): Quantity | null {
  const main = chooseMain(qs);
  if (main && sameKind(main, wantPercent, wantNps)) return main;
  const top = qs.filter((q) => !q.inParens && sameKind(q, wantPercent, wantNps));
  const chosen = chooseMain(top);
  if (chosen) return chosen;
  return chooseMain(qs.filter((q) => sameKind(q, wantPercent, wantNps)));
}

function show(
  q: Pick<Quantity, "value" | "unit" | "isPercent"> & { decimals?: number; text?: string },
  unitFrom?: Quantity | null,
): string {
  const unit = q.unit ?? (unitFrom && unitFrom.isPercent === q.isPercent ? unitFrom.unit : null);
  return formatQuantity({ value: q.value, unit, isPercent: q.isPercent, decimals: q.decimals, text: q.text });
}

// ---------------------------------------------------------------------------------------------
// Numbers

/** How a target reads as a number: a threshold, the direction, and how it was written. */
export interface NumericTarget {
  threshold: number;
  direction: Direction;
  strict: boolean;
  isPercent: boolean;
  nps: boolean;
  /** Shown in the reason: "20 pv", "≥ 431 hlö/kk (vähintään lähtötaso)". */
  describe: Bilingual;
}

/** The plain rule behind every numeric judgement (also used by the property tests). */
export function numericStatus(
  baseline: number | null,
  target: number,
  actual: number,
  direction: Direction,
  strict = false,
): { status: Status; progress: number | null; kind: "reached" | "towards" | "none" | "away" | "short" } {
  const meets =
    direction === "up"
      ? strict
        ? actual > target
        : actual >= target
      : strict
        ? actual < target
        : actual <= target;
  if (meets) return { status: "achieved", progress: 1, kind: "reached" };
  if (baseline === null) {
    if (direction === "up" && actual > 0 && target > 0)
      return { status: "partial", progress: actual / target, kind: "towards" };
    return { status: "not-achieved", progress: null, kind: "short" };
  }
  const baselineMeets = direction === "up" ? baseline >= target : baseline <= target;
  if (baselineMeets) {
    const worse = direction === "up" ? actual < baseline : actual > baseline;
    return { status: "not-achieved", progress: null, kind: worse ? "away" : "short" };
  }
  const towards = direction === "up" ? actual > baseline : actual < baseline;
  if (towards)
    return { status: "partial", progress: (actual - baseline) / (target - baseline), kind: "towards" };
  if (actual === baseline) return { status: "not-achieved", progress: 0, kind: "none" };
  return { status: "not-achieved", progress: null, kind: "away" };
}

function readNumericTarget(
  targetText: string,
  baselineQs: Quantity[],
  measureText: string,
): { target: NumericTarget; baseline: Quantity | null } | null {
  const tqs = parseQuantities(targetText);
  const tm = chooseMain(tqs);
  const npsWanted = /\bNPS\b/iu.test(targetText) || (tm?.unit === "NPS" && true);
  const wordsDir = wordsDirection(targetText);

  // No number in the target: "Vähintään sama", "Kasvu", "Määrän kasvu", "Positiivinen NPS".
  if (!tm) {
    if (POSITIVE.test(targetText)) {
      return {
        target: {
          threshold: 0,
          direction: "up",
          strict: true,
          isPercent: false,
          nps: npsWanted,
          describe: { fi: npsWanted ? "NPS > 0" : "> 0", en: npsWanted ? "NPS > 0" : "> 0" },
        },
        baseline: pick(baselineQs, false, npsWanted),
      };
    }
    const b = chooseMain(baselineQs);
    if (!b) return null;
    const bShown = show(b);
    if (SAME_WORDS.test(targetText) || AT_MOST_SAME.test(targetText) || AT_LEVEL.test(targetText)) {
      // "Vähintään sama" says at least, whatever the measure counts.
      const down =
        AT_MOST_SAME.test(targetText) ||
        (!UP_WORDS.test(targetText) &&
          !AT_LEAST.test(targetText) &&
          measureDirection(measureText) === "down");
      return {
        target: {
          threshold: b.value,
          direction: down ? "down" : "up",
          strict: false,
          isPercent: b.isPercent,
          nps: b.unit === "NPS",
          describe: down
            ? { fi: `enintään lähtötaso ${bShown}`, en: `at most the baseline ${bShown}` }
            : { fi: `vähintään lähtötaso ${bShown}`, en: `at least the baseline ${bShown}` },
        },
        baseline: b,
      };
    }
    if (wordsDir) {
      return {
        target: {
          threshold: b.value,
          direction: wordsDir,
          strict: true,
          isPercent: b.isPercent,
          nps: b.unit === "NPS",
          describe:
            wordsDir === "up"
              ? { fi: `kasvu lähtötasosta ${bShown}`, en: `growth from the baseline ${bShown}` }
              : { fi: `lasku lähtötasosta ${bShown}`, en: `decrease from the baseline ${bShown}` },
        },
        baseline: b,
      };
    }
    return null;
  }

  // A change from the baseline: "+3 %", "Vähenee 3 %", "Kasvu 5 %", "vähenee 1 M€:lla".
  const countBaseline = pick(baselineQs, false);
  const isChange =
    (tm.signed && !(tm.unit === "NPS" && /\bNPS\b/iu.test(targetText))) ||
    tm.delta ||
    (tm.isPercent && wordsDir !== null && countBaseline !== null && pick(baselineQs, true) === null);
  if (isChange) {
    const sign = tm.signed ? Math.sign(tm.value) || 1 : wordsDir === "down" ? -1 : 1;
    const size = Math.abs(tm.value);
    const pctBaseline = pick(baselineQs, true);
    let b: Quantity | null;
    let threshold: number;
    let isPercent: boolean;
    if (tm.isPercent && pctBaseline && !countBaseline) {
      b = pctBaseline;
      threshold = b.value + sign * size;
      isPercent = true;
      if (threshold < 0 || threshold > 100) threshold = b.value * (1 + (sign * size) / 100);
    } else if (tm.isPercent) {
      b = countBaseline ?? pctBaseline;
      if (!b) return null;
      threshold = b.value * (1 + (sign * size) / 100);
      isPercent = b.isPercent;
    } else {
      b = pick(baselineQs, false, tm.unit === "NPS");
      if (!b) return null;
      threshold = b.value + sign * size;
      isPercent = false;
    }
    const direction: Direction = sign < 0 ? "down" : "up";
    const change = `${sign < 0 ? "-" : "+"}${tm.isPercent ? formatNumber(size) + " %" : show({ ...tm, value: size })}`;
    const t = show({ value: threshold, unit: b.unit, isPercent });
    return {
      target: {
        threshold,
        direction,
        strict: false,
        isPercent,
        nps: b.unit === "NPS",
        describe: {
          fi: `${t} (lähtötaso ${show(b)} ${change})`,
          en: `${t} (baseline ${show(b)} ${change})`,
        },
      },
      baseline: b,
    };
  }

  // An absolute threshold: "20 pv", "27 %", "> 0", "2-3", "119 000 (+5 %)".
  const nps = tm.unit === "NPS" || npsWanted;
  const b = pick(baselineQs, tm.isPercent, nps);
  let direction: Direction | null = null;
  let strict = false;
  if (tm.comparator) {
    direction = tm.comparator.startsWith(">") ? "up" : "down";
    strict = tm.comparator === ">" || tm.comparator === "<";
  }
  if (!direction) {
    const approach = APPROACH.exec(targetText);
    if (approach && b) {
      const ref = baselineQs.find((q) => q.year === Number(approach[1]) && q.isPercent === tm.isPercent);
      if (ref && ref.value !== b.value) direction = ref.value > b.value ? "up" : "down";
    }
  }
  if (!direction && wordsDir) direction = wordsDir;
  if (!direction && b && b.value !== tm.value) direction = tm.value > b.value ? "up" : "down";
  if (!direction) direction = measureDirection(measureText) ?? "up";
  const threshold = tm.range ? (direction === "up" ? tm.range.low : tm.range.high) : tm.value;
  const cmp = tm.comparator ? `${{ ">": ">", ">=": "≥", "<": "<", "<=": "≤" }[tm.comparator]} ` : "";
  const shown = tm.range
    ? `${formatNumber(tm.range.low)}–${show({ ...tm, value: tm.range.high }, b)}`
    : cmp + show(tm, b);
  return {
    target: {
      threshold,
      direction,
      strict,
      isPercent: tm.isPercent,
      nps,
      describe: { fi: shown, en: shown },
    },
    baseline: b,
  };
}

interface Verdict {
  status: Status;
  reason: Bilingual;
}

type TargetRead = { target: NumericTarget; baseline: Quantity | null };

function judgeNumeric(
  baselineText: string,
  targetText: string,
  actualText: string,
  measureText: string,
): Verdict | null {
  const bqs = parseQuantities(baselineText);
  const read = readNumericTarget(targetText, bqs, measureText);
  if (!read) return null;
  const { target } = read;
  const aqs = parseQuantities(actualText);
  const a = pick(aqs, target.isPercent, target.nps);
  if (!a) return null;
  const b = read.baseline;
  // A range as the actual ("1-2 kk") is somewhere inside it: judged by its middle.
  const value = a.range ? (a.range.low + a.range.high) / 2 : a.value;
  const shown = a.range
    ? `${formatNumber(a.range.low)}–${show({ ...a, value: a.range.high }, b)}`
    : show(a, b);
  return numericVerdict({ fi: shown, en: shown }, value, read);
}

/** The status and the reason for an actual value against a target read as a number. */
function numericVerdict(actualShown: Bilingual, actual: number, read: TargetRead): Verdict {
  const { target, baseline: b } = read;
  const result = numericStatus(b ? b.value : null, target.threshold, actual, target.direction, target.strict);
  const head = {
    fi: `Toteuma ${actualShown.fi}, tavoite ${target.describe.fi}${b && !target.describe.fi.includes("lähtötaso") ? `, lähtötaso ${show(b)}` : ""}`,
    en: `Actual ${actualShown.en}, target ${target.describe.en}${b && !target.describe.en.includes("baseline") ? `, baseline ${show(b)}` : ""}`,
  };
  let verdict: Bilingual;
  switch (result.kind) {
    case "reached":
      verdict = { fi: "tavoite saavutettu", en: "target reached" };
      break;
    case "towards": {
      const pct = Math.min(99, Math.max(1, Math.round((result.progress ?? 0) * 100)));
      verdict = b
        ? { fi: `edennyt tavoitetta kohti (${pct} %)`, en: `moved towards the target (${pct} %)` }
        : { fi: `tavoitteesta saavutettu ${pct} %`, en: `${pct} % of the target reached` };
      break;
    }
    case "none":
      verdict = { fi: "ei muutosta lähtötasosta", en: "no change from the baseline" };
      break;
    case "away":
      verdict = { fi: "muuttunut poispäin tavoitteesta", en: "moved away from the target" };
      break;
    case "short":
      verdict = { fi: "tavoitetta ei saavutettu", en: "target not reached" };
      break;
  }
  return {
    status: result.status,
    reason: { fi: `${head.fi}: ${verdict.fi}`, en: `${head.en}: ${verdict.en}` },
  };
}

// ---------------------------------------------------------------------------------------------
// Trends: an actual that says only which way the value went ("Laski", "Nousi 5 %", "Ennallaan")

const UNCHANGED =
  /(?:^|[^\p{L}])(?:ennallaan|ei\s+muutosta|ei\s+muuttunut|pysyi\s+(?:samana|ennallaan|samalla)|säilyi|samalla\s+tasolla|sama\s+kuin\s+(?:lähtötaso|edellisenä|viime))/iu;

function judgeTrend(
  baselineText: string,
  targetText: string,
  actualText: string,
  measureText: string,
): Verdict | null {
  if (readState(actualText).level !== null) return null;
  const unchanged = UNCHANGED.test(actualText);
  const moved = unchanged ? null : wordsDirection(actualText);
  if (!unchanged && !moved) return null;
  const quoted = quote(actualText);
  const tq = quote(targetText);
  const read = readNumericTarget(targetText, parseQuantities(baselineText), measureText);
  const keep = SAME_WORDS.test(targetText) || AT_LEVEL.test(targetText) || AT_MOST_SAME.test(targetText);
  const verdict = (status: Status, fi: string, en: string): Verdict => ({
    status,
    reason: {
      fi: `Toteuma ${quoted}, tavoite ${read ? read.target.describe.fi : tq}: ${fi}`,
      en: `Actual ${quoted}, target ${read ? read.target.describe.en : tq}: ${en}`,
    },
  });
  if (!read) {
    // A qualitative target: no change is no progress; a direction only counts against a direction.
    if (unchanged)
      return keep
        ? verdict("achieved", "pysyi ennallaan, kuten tavoiteltiin", "unchanged, as intended")
        : verdict("not-achieved", "ei muutosta", "no change");
    const wanted = wordsDirection(targetText);
    if (!wanted) return null;
    return wanted === moved
      ? verdict("achieved", "muuttunut tavoitteen suuntaan", "changed in the target's direction")
      : verdict("not-achieved", "muuttunut poispäin tavoitteesta", "moved away from the target");
  }
  const { target, baseline: b } = read;
  if (unchanged) {
    return keep || (b && target.threshold === b.value && !target.strict)
      ? verdict("achieved", "pysyi ennallaan, kuten tavoiteltiin", "unchanged, as intended")
      : verdict("not-achieved", "ei muutosta lähtötasosta", "no change from the baseline");
  }
  // "Laski 8 %", "kasvoi 120 hlö:llä": an amount of change is applied to the baseline.
  const amount = parseQuantities(actualText).find((q) => !q.inParens);
  if (amount && b) {
    const sign = moved === "down" ? -1 : 1;
    const size = Math.abs(amount.value);
    const value =
      amount.isPercent && !b.isPercent
        ? b.value * (1 + (sign * size) / 100)
        : amount.isPercent === b.isPercent
          ? b.value + sign * size
          : NaN;
    if (Number.isFinite(value)) {
      const approx = `≈ ${show({ value, unit: b.unit, isPercent: b.isPercent })}`;
      return numericVerdict({ fi: `${quoted} (${approx})`, en: `${quoted} (${approx})` }, value, read);
    }
  }
  if (moved !== target.direction)
    return verdict("not-achieved", "muuttunut poispäin tavoitteesta", "moved away from the target");
  if (b && target.threshold === b.value)
    return verdict("achieved", "muuttunut tavoitteen suuntaan", "changed in the target's direction");
  return verdict(
    "partial",
    "muuttunut tavoitteen suuntaan, mutta määrää ei kerrottu",
    "changed in the target's direction, but by how much is not said",
  );
}

// ---------------------------------------------------------------------------------------------
// Measurement still to come: "Kysely toteutetaan 2024", "Tulokset valmistuvat keväällä"

const DEFERRED =
  /(?:^|[^\p{L}])(?:(?:tulokset|tulos|tiedot|tieto|tilasto|tilastot|luvut|data)(?:\s+\p{L}+){0,3}?\s+(?:valmistuva|valmistuu|saadaan|saatavilla|julkaistaan|julkaistava|tulevat|tulee|selviää|selviävät|vahvistuu|vahvistuvat)|(?:kysely|mittaus|arviointi|tutkimus|laskenta)\p{L}*(?:\s+\p{L}+){0,2}?\s+(?:toteutetaan|tehdään|järjestetään|toteutuu|on\s+tulossa|tulossa|siirty|siirre|siirtyi|lykät|lykkään|ei\s+(?:toteutettu|tehty|järjestetty|tehdä))|ei\s+(?:ole\s+)?(?:vielä\s+)?(?:tiedossa|saatavilla|mitattu|käytettävissä|tietoa|dataa|mittaustietoa|tulosta)(?![\p{L}])|(?:tieto|tiedot|data)\s+puuttu)/iu;

function judgeDeferred(actualText: string): Verdict | null {
  const m = DEFERRED.exec(actualText);
  if (!m) return null;
  const q = quote(actualText);
  return {
    status: "not-assessable",
    reason: {
      fi: `Toteuma ${q}: mittauksen tulos ei ole vielä käytettävissä, joten tilaa ei voi arvioida.`,
      en: `Actual ${q}: the measurement's result is not available yet, so the status cannot be judged.`,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// A degree of completion: "Toteutunut (90 %)", "Valmis 80 %" against a target without numbers

function judgeCompletion(targetText: string, actualText: string): Verdict | null {
  if (parseQuantities(targetText).length > 0) return null;
  const qs = parseQuantities(actualText);
  if (qs.length !== 1 || !qs[0].isPercent || qs[0].signed || qs[0].value < 0) return null;
  const level = readState(actualText).level;
  if (level !== null && level !== "done" && level !== "in-progress") return null;
  // A bare share ("85 % tyytyväisiä") is a result, not a degree of completion: only with a state
  // word ("Toteutunut (90 %)", "Kesken, 60 %") or standing alone ("90 %").
  if (level === null && !/^\s*\d[\d\s,]*\s*%\s*$/u.test(actualText)) return null;
  const pct = qs[0].value;
  const head = {
    fi: `Toteuma ${quote(actualText)}, tavoite ${quote(targetText)}: tehty ${formatNumber(pct)} %`,
    en: `Actual ${quote(actualText)}, target ${quote(targetText)}: ${formatNumber(pct)} % done`,
  };
  const status: Status = pct >= 100 ? "achieved" : pct > 0 ? "partial" : "not-achieved";
  const verdict =
    status === "achieved"
      ? { fi: "tavoite saavutettu", en: "target reached" }
      : status === "partial"
        ? { fi: "tavoite saavutettu osittain", en: "target partly reached" }
        : { fi: "tavoitetta ei saavutettu", en: "target not reached" };
  return { status, reason: { fi: `${head.fi}; ${verdict.fi}`, en: `${head.en}; ${verdict.en}` } };
}

// ---------------------------------------------------------------------------------------------
// Words

const STOPWORDS = new Set([
  "ja",
  "on",
  "ovat",
  "oli",
  "sekä",
  "tai",
  "kanssa",
  "myös",
  "että",
  "jossa",
  "joka",
  "sen",
  "ne",
  "se",
  "kun",
  "vuonna",
  "vuoden",
  // The verbs of keeping a level say nothing about what is kept: "Säilyy riittävänä".
  "säilyy",
  "säilyä",
  "pysyy",
  "pysyä",
  "edelleen",
]);

function contentStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of words(text)) {
    if (w.lower.length < 3 || STOPWORDS.has(w.lower) || /^\d/.test(w.lower)) continue;
    out.add(w.lower.slice(0, Math.min(6, Math.max(4, w.lower.length - 2))));
  }
  return out;
}

/** Share of the target's content words (by stem) that the actual repeats. */
export function wordOverlap(target: string, actual: string): number {
  const t = contentStems(target);
  if (t.size === 0) return 0;
  const a = contentStems(actual);
  let n = 0;
  for (const s of t) if (a.has(s)) n++;
  return n / t.size;
}

const LEVEL_TEXT: Record<StateLevel, Bilingual> = {
  done: { fi: "valmis", en: "done" },
  "in-progress": { fi: "kesken", en: "in progress" },
  planning: { fi: "suunnitteluvaiheessa", en: "being planned" },
  "not-started": { fi: "aloittamatta", en: "not started" },
  negative: { fi: "kielteinen", en: "negative" },
};

function judgeWords(baselineText: string, targetText: string, actualText: string): Verdict | null {
  const a = readState(actualText);
  const overlap = wordOverlap(targetText, actualText);
  const quoted = quote(actualText);
  const tq = quote(targetText);
  if (a.level === null) {
    if (targetText && overlap >= 0.6)
      return {
        status: "achieved",
        reason: {
          fi: `Toteuma ${quoted} toistaa tavoitteen ${tq}: tavoite saavutettu`,
          en: `The actual ${quoted} restates the target ${tq}: target reached`,
        },
      };
    return null;
  }
  let required = highestState(targetText);
  if (!required || STATE_RANK[required] < STATE_RANK.planning) required = "done";
  const phrase = a.phrase ? `"${a.phrase}"` : quoted;
  const said = LEVEL_TEXT[a.level];
  const head = {
    fi: `Toteuma ${quoted}, tavoite ${tq}: toteuman sanat ${phrase} (${said.fi})`,
    en: `Actual ${quoted}, target ${tq}: the actual's words ${phrase} (${said.en})`,
  };
  const verdict = (status: Status, fi: string, en: string): Verdict => ({
    status,
    reason: { fi: `${head.fi}; ${fi}`, en: `${head.en}; ${en}` },
  });
  if (a.level === "negative" || a.level === "not-started")
    return verdict("not-achieved", "tavoitetta ei saavutettu", "target not reached");
  if (STATE_RANK[a.level] >= STATE_RANK[required])
    return verdict("achieved", "tavoite saavutettu", "target reached");
  if (a.level === "in-progress")
    return verdict("partial", "työ aloitettu mutta ei valmis", "work started but not finished");
  // Planning: progress only if the baseline was behind planning.
  const b = readState(baselineText).level;
  if (b && STATE_RANK[b] >= STATE_RANK.planning)
    return verdict("not-achieved", "ei edistystä lähtötasosta", "no progress from the baseline");
  return verdict("partial", "suunnittelu aloitettu", "planning has started");
}

// ---------------------------------------------------------------------------------------------
// The measure

export function assessMeasure(m: Measure, ctx: AssessContext): Assessment {
  const base = { sheet: ctx.sheet, cell: m.cell, ordinal: ctx.ordinal ?? 0 };
  const raw = m.ownStatus?.text?.replace(/[\s\u00a0\u202f]+/g, " ").trim() ?? "";
  const ownText = blankOwn(raw) ? "" : raw;
  const column = ctx.ownStatusColumn ? ` (${ctx.ownStatusColumn})` : "";
  const computed = computeStatus(m, ctx);
  if (ownText) {
    const own = ownStatusOf(ownText);
    if (own) {
      const l = label(own);
      const same =
        ownText.replace(/[.!]+$/u, "").toLocaleLowerCase("fi-FI") === l.fi.toLocaleLowerCase("fi-FI");
      const written = same ? "" : ` ("${ownText}")`;
      const c = label(computed.status);
      const differs = computed.status !== own;
      return {
        ...base,
        status: own,
        source: "own",
        reason: {
          fi:
            `Oma arvio${column}: ${l.fi}${written}. Henkilön oma arvio ratkaisee` +
            (differs ? ` (laskettu tila olisi ${c.fi}: ${computed.reason.fi})` : "") +
            ".",
          en:
            `Own status${column}: ${l.en}${written}. The person's own judgement decides` +
            (differs ? ` (the computed status would be ${c.en}: ${computed.reason.en})` : "") +
            ".",
        },
      };
    }
    computed.reason = {
      fi: `Oma arvio${column} "${ownText}" ei ole asteikolla, joten tila laskettiin. ${computed.reason.fi}`,
      en: `The own status${column} "${ownText}" is not on the scale, so the status was computed. ${computed.reason.en}`,
    };
  }
  return { ...base, status: computed.status, source: "computed", reason: computed.reason };
}

function computeStatus(m: Measure, ctx: AssessContext): Verdict {
  const actual = stripValueLabel(m.actual?.text, "actual");
  if (!actual || /^[-–—.?]+$/u.test(actual)) {
    return {
      status: "not-assessable",
      reason: ctx.hasActualColumn
        ? { fi: "Toteumaa ei ole kirjattu.", en: "No actual has been recorded." }
        : {
            fi: "Toteumaa ei ole kirjattu (raportissa ei ole toteumasaraketta).",
            en: "No actual has been recorded (the report has no actual column).",
          },
    };
  }
  const target = stripValueLabel(m.target?.text, "target");
  const baseline = stripValueLabel(m.baseline?.text, "baseline");
  if (!target) {
    return {
      status: "not-assessable",
      reason: {
        fi: `Toteuma ${quote(actual)}, mutta tavoitetasoa ei ole kirjattu: ei vertailukohtaa.`,
        en: `Actual ${quote(actual)}, but no target level is recorded: nothing to compare with.`,
      },
    };
  }
  const numeric = judgeNumeric(baseline, target, actual, m.text);
  if (numeric) {
    const state = readState(actual);
    if (numeric.status === "achieved" && state.level && state.level !== "done" && state.phrase) {
      return {
        status: "partial",
        reason: {
          fi: `${numeric.reason.fi}, mutta toteuman sanat "${state.phrase}" kertovat työn olevan kesken`,
          en: `${numeric.reason.en}, but the actual's words "${state.phrase}" say the work is not finished`,
        },
      };
    }
    return numeric;
  }
  const other =
    judgeDeferred(actual) ?? judgeTrend(baseline, target, actual, m.text) ?? judgeCompletion(target, actual);
  if (other) return other;
  const qualitative = judgeWords(baseline, target, actual);
  if (qualitative) return qualitative;
  const tq = parseQuantities(target).length > 0;
  const aq = parseQuantities(actual).length > 0;
  return {
    status: "not-assessable",
    reason:
      tq && aq
        ? {
            fi: `Toteuma ${quote(actual)} ja tavoite ${quote(target)} eivät ole vertailukelpoisia (eri yksiköt tai mittarit).`,
            en: `The actual ${quote(actual)} and the target ${quote(target)} are not comparable (different units or measures).`,
          }
        : {
            fi: `Toteuman ${quote(actual)} tekstistä ei voi päätellä, onko tavoite ${quote(target)} saavutettu.`,
            en: `The actual ${quote(actual)} does not say whether the target ${quote(target)} was reached.`,
          },
  };
}
