/**
 * A target read as a number, and the verdict of a value against it: the threshold and the direction
 * ("20 pv" below "26 pv" is down), a change from the baseline ("+5 %", "Vähenee 3 %"), a level to keep
 * ("Vähintään sama"), and the status and reason of an actual against all that.
 */
import type { Bilingual, Status } from "../model";
import {
  AT_LEAST,
  AT_LEVEL,
  AT_MOST_SAME,
  measureDirection,
  POSITIVE,
  SAME_WORDS,
  UP_WORDS,
  wordsDirection,
  type Direction,
} from "./direction";
import { chooseMain, formatNumber, formatQuantity, parseQuantities, type Quantity } from "./quantity";
import { DEFAULT_SCALE, distanceStatus, distanceText, onScale, type Scale } from "./scale";
import type { Verdict } from "./types";

/** "Lähestyä v. 2019 tasoa": the year whose level the target approaches. */
const APPROACH = /lähesty\p{L}*\s+(?:v\.?\s*|vuoden\s+)?((?:19|20)\d{2})/iu;

function sameKind(q: Quantity, wantPercent: boolean, wantNps: boolean): boolean {
  if (wantNps) return q.unit === "NPS" || (!q.isPercent && q.unit === null);
  return q.isPercent === wantPercent;
}

/** The quantity of a text comparable with the target: same kind (percent or count), main first. */
export function pick(qs: Quantity[], wantPercent: boolean, wantNps = false): Quantity | null {
  const main = chooseMain(qs);
  if (main && sameKind(main, wantPercent, wantNps)) return main;
  // chooseMain of the quantities of that kind outside parentheses, else of all of that kind: in one
  // pass without the lists (the latest labelled year outside parentheses; else the first outside;
  // else the first of the kind).
  let first: Quantity | null = null;
  let top: Quantity | null = null;
  let labelled: Quantity | null = null;
  for (const q of qs) {
    if (!sameKind(q, wantPercent, wantNps)) continue;
    first ??= q;
    if (q.inParens) continue;
    top ??= q;
    if (q.yearLabelled && q.year !== null && (!labelled || (q.year ?? 0) >= (labelled.year ?? 0)))
      labelled = q;
  }
  return labelled ?? top ?? first;
}

/** A quantity as a reason shows it, with the unit of `unitFrom` when it has none of its own. */
export function show(
  q: Pick<Quantity, "value" | "unit" | "isPercent"> & { decimals?: number; text?: string },
  unitFrom?: Quantity | null,
): string {
  const unit = q.unit ?? (unitFrom && unitFrom.isPercent === q.isPercent ? unitFrom.unit : null);
  return formatQuantity({ value: q.value, unit, isPercent: q.isPercent, decimals: q.decimals, text: q.text });
}

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

/**
 * A NumericTarget whose `describe` is written when first asked: most targets read are never
 * described (the figure's status is all the verdict judge needs; an actual without a comparable
 * figure ends the numeric judge before its reason), and the description formats numbers.
 */
class LazyTarget implements NumericTarget {
  private said: Bilingual | null = null;
  constructor(
    readonly threshold: number,
    readonly direction: Direction,
    readonly strict: boolean,
    readonly isPercent: boolean,
    readonly nps: boolean,
    private readonly say: () => Bilingual,
  ) {}
  get describe(): Bilingual {
    return (this.said ??= this.say());
  }
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

/**
 * "90" against "90 %": where one of the values is a percentage, a bare number of another (no unit,
 * 0–100) is the same percentage written without its sign. Changes the lists in place; returns them.
 */
export function harmonisePercent(...lists: Quantity[][]): Quantity[][] {
  const mains = lists.map((qs) => chooseMain(qs));
  if (!mains.some((q) => q?.isPercent)) return lists;
  lists.forEach((qs, i) => {
    const q = mains[i];
    if (!q || q.isPercent || q.unit !== null || q.value < 0 || q.value > 100 || q.delta) return;
    qs[qs.indexOf(q)] = { ...q, isPercent: true };
  });
  return lists;
}

/** harmonisePercent of a baseline's, a target's and an actual's quantities, without the lists of lists. */
export function harmoniseThree(b: Quantity[], t: Quantity[], a: Quantity[]): void {
  const mb = chooseMain(b);
  const mt = chooseMain(t);
  const ma = chooseMain(a);
  if (!mb?.isPercent && !mt?.isPercent && !ma?.isPercent) return;
  asPercent(b, mb);
  asPercent(t, mt);
  asPercent(a, ma);
}

function asPercent(qs: Quantity[], q: Quantity | null): void {
  if (!q || q.isPercent || q.unit !== null || q.value < 0 || q.value > 100 || q.delta) return;
  qs[qs.indexOf(q)] = { ...q, isPercent: true };
}

const NPS_WORD = /\bNPS\b/iu;

/**
 * The word "NPS" in the text. N and P have no other case forms, so a text without an N or n right
 * before a P or p (a quick test without the Unicode flag) cannot hold it.
 */
function saysNps(text: string): boolean {
  return /[Nn][Pp]/.test(text) && NPS_WORD.test(text);
}

/**
 * The target as a number against the baseline, or null when it cannot be read as one. `tqs` is the
 * target already parsed (and harmonised), when the caller has it.
 */
export function readNumericTarget(
  targetText: string,
  baselineQs: Quantity[],
  measureText: string,
  tqs: Quantity[] = parseQuantities(targetText),
): { target: NumericTarget; baseline: Quantity | null } | null {
  const tm = chooseMain(tqs);
  const npsWord = saysNps(targetText);
  const npsWanted = npsWord || (tm?.unit === "NPS" && true);
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
          describe: npsWanted ? { fi: "NPS > 0", en: "NPS > 0" } : { fi: "> 0", en: "> 0" },
        },
        baseline: pick(baselineQs, false, npsWanted),
      };
    }
    const b = chooseMain(baselineQs);
    if (!b) return null;
    if (SAME_WORDS.test(targetText) || AT_MOST_SAME.test(targetText) || AT_LEVEL.test(targetText)) {
      // "Vähintään sama" says at least, whatever the measure counts.
      const down =
        AT_MOST_SAME.test(targetText) ||
        (!UP_WORDS.test(targetText) &&
          !AT_LEAST.test(targetText) &&
          measureDirection(measureText) === "down");
      return {
        target: new LazyTarget(b.value, down ? "down" : "up", false, b.isPercent, b.unit === "NPS", () => {
          const bShown = show(b);
          return down
            ? { fi: `enintään lähtötaso ${bShown}`, en: `at most the baseline ${bShown}` }
            : { fi: `vähintään lähtötaso ${bShown}`, en: `at least the baseline ${bShown}` };
        }),
        baseline: b,
      };
    }
    if (wordsDir) {
      return {
        target: new LazyTarget(b.value, wordsDir, true, b.isPercent, b.unit === "NPS", () => {
          const bShown = show(b);
          return wordsDir === "up"
            ? { fi: `kasvu lähtötasosta ${bShown}`, en: `growth from the baseline ${bShown}` }
            : { fi: `lasku lähtötasosta ${bShown}`, en: `decrease from the baseline ${bShown}` };
        }),
        baseline: b,
      };
    }
    return null;
  }

  // A change from the baseline: "+3 %", "Vähenee 3 %", "Kasvu 5 %", "vähenee 1 M€:lla".
  const countBaseline = pick(baselineQs, false);
  const isChange =
    (tm.signed && !(tm.unit === "NPS" && npsWord)) ||
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
    const base = b;
    const limit = threshold;
    return {
      target: new LazyTarget(threshold, direction, false, isPercent, b.unit === "NPS", () => {
        const change = `${sign < 0 ? "-" : "+"}${tm.isPercent ? formatNumber(size) + " %" : show({ ...tm, value: size })}`;
        const t = show({ value: limit, unit: base.unit, isPercent });
        return {
          fi: `${t} (lähtötaso ${show(base)} ${change})`,
          en: `${t} (baseline ${show(base)} ${change})`,
        };
      }),
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
  return {
    target: new LazyTarget(threshold, direction, strict, tm.isPercent, nps, () => {
      const cmp = tm.comparator ? `${{ ">": ">", ">=": "≥", "<": "<", "<=": "≤" }[tm.comparator]} ` : "";
      const shown = tm.range
        ? `${formatNumber(tm.range.low)}–${show({ ...tm, value: tm.range.high }, b)}`
        : cmp + show(tm, b);
      return { fi: shown, en: shown };
    }),
    baseline: b,
  };
}
export type TargetRead = { target: NumericTarget; baseline: Quantity | null };

/** The status numericVerdict gives, without its reason. */
export function numericVerdictStatus(actual: number, read: TargetRead, scale: Scale = DEFAULT_SCALE): Status {
  const { target, baseline: b } = read;
  const result = numericStatus(b ? b.value : null, target.threshold, actual, target.direction, target.strict);
  if (scale.kind === "distance" && result.kind !== "reached")
    return distanceStatus(scale.share, target.threshold, actual).status;
  return result.status;
}
/**
 * The status and the reason for an actual value against a target read as a number, on the scale
 * profile given; the reason ends with the scale that decided ("(asteikko: Pori)").
 */
export function numericVerdict(
  actualShown: Bilingual,
  actual: number,
  read: TargetRead,
  scale: Scale = DEFAULT_SCALE,
): Verdict {
  const { target, baseline: b } = read;
  const result = numericStatus(b ? b.value : null, target.threshold, actual, target.direction, target.strict);
  const described = target.describe;
  const bShown = b ? show(b) : "";
  const head = {
    fi: `Toteuma ${actualShown.fi}, tavoite ${described.fi}${b && !described.fi.includes("lähtötaso") ? `, lähtötaso ${bShown}` : ""}`,
    en: `Actual ${actualShown.en}, target ${described.en}${b && !described.en.includes("baseline") ? `, baseline ${bShown}` : ""}`,
  };
  if (scale.kind === "distance" && result.kind !== "reached") {
    // Close to the target, whatever the baseline: the shortfall as a share of the target.
    const d = distanceStatus(scale.share, target.threshold, actual);
    const said =
      d.percent === null
        ? { fi: "tavoitetta ei saavutettu", en: "target not reached" }
        : {
            fi: `etäisyys tavoitteeseen ${distanceText(d.percent)}`,
            en: `distance to the target ${distanceText(d.percent)}`,
          };
    const tagged = onScale(said, scale);
    return { status: d.status, reason: { fi: `${head.fi}: ${tagged.fi}`, en: `${head.en}: ${tagged.en}` } };
  }
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
  const tagged = onScale(verdict, scale);
  return {
    status: result.status,
    reason: { fi: `${head.fi}: ${tagged.fi}`, en: `${head.en}: ${tagged.en}` },
  };
}
