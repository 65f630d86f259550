/**
 * Which selvitys text speaks for a measure, and how a reason quotes it.
 * - `periodSelvitys(action, period)`: the action's selvitys of the report's period (a heading that
 *   names no period counts as the report's); an older period's text kept as reference never does.
 * - `measureTexts(selvitys, measure)`: the measure's own "Mittari N." part; the sub-goals
 *   ("Osatavoite N: …" with their "Raportointi: …"); or the whole text for every measure.
 * - `sentenceAt`, `clip`: the sentence around a phrase, cut sensibly for a reason.
 */
import type { Action, Measure, Period, Selvitys } from "../../model";

/** The action's selvitys of the period: the last one written (with text, if any has text). */
export function periodSelvitys(action: Action, period: Period | null): Selvitys | null {
  let of = action.reports.filter((s) => s.period === period);
  if (of.length === 0 && period !== null) of = action.reports.filter((s) => s.period === null);
  if (of.length === 0) return null;
  const written = of.filter((s) => s.text.trim() !== "");
  const pool = written.length > 0 ? written : of;
  return pool[pool.length - 1];
}

export interface SubGoal {
  /** "1", "2": the number written, else the position. */
  number: string;
  /** The sub-goal as written after "Osatavoite N:". */
  goal: string;
  /** Its "Raportointi:" text; null when none was written. */
  report: string | null;
}

export type MeasureTexts =
  /** The measure's own "Mittari N." part. */
  | { kind: "part"; text: string }
  /** The selvitys is split by measure but has no part for this one. */
  | { kind: "no-part"; numbers: number[] }
  /** The action's sub-goals and their reports, for every measure of the action. */
  | { kind: "sub-goals"; subGoals: SubGoal[] }
  /** The whole text, for every measure of the action. */
  | { kind: "whole"; text: string };

const MEASURE_PART = /^Mittari (\d+)$/u;
const SUBGOAL_PART = /^osa-?tavoite/iu;

export function measureTexts(selvitys: Selvitys, measure: Measure): MeasureTexts {
  const numbered = selvitys.parts.filter((p) => MEASURE_PART.test(p.label));
  if (numbered.length > 0) {
    const own = numbered.filter((p) => Number(MEASURE_PART.exec(p.label)?.[1]) === measure.index);
    if (own.length === 0)
      return { kind: "no-part", numbers: numbered.map((p) => Number(MEASURE_PART.exec(p.label)?.[1])) };
    return { kind: "part", text: own.map((p) => p.text).join("\n") };
  }
  const subGoals = selvitys.parts.filter((p) => SUBGOAL_PART.test(p.label));
  if (subGoals.length > 0)
    return {
      kind: "sub-goals",
      subGoals: subGoals.map((p, i) => ({
        number: /(\d+)/.exec(p.label)?.[1] ?? String(i + 1),
        goal: p.text,
        report: p.report ? p.report.text : null,
      })),
    };
  return { kind: "whole", text: selvitys.text };
}

/** Abbreviations a full stop follows without ending a sentence. */
const ABBREVIATION = /(?:^|[^\p{L}])(?:n|ns|esim|mm|ym|yms|klo|os|ks|vrt|milj|t|v|kpl|pv|vk|kk|nro)$/iu;

/**
 * Where the sentence around `at` begins and ends. A line break, "!", "?" or ";" ends a sentence; a
 * full stop ends one when a capital letter, a list dash or the end of the text follows, and it is not
 * an abbreviation's ("n. 90 %", "esim. Pori") or a date's ("14.2. ja", "12.6.2026. Suunnitelma" ends).
 */
export function sentenceAt(text: string, at: number): { start: number; end: number } {
  const stop = /[!?;](?=\s|$)|\.(?=\s*$|\s+[\p{Lu}\d"”–-])|\n/gu;
  let start = 0;
  let end = text.length;
  let m: RegExpExecArray | null;
  while ((m = stop.exec(text)) !== null) {
    if (m[0] === ".") {
      const before = text.slice(Math.max(0, m.index - 8), m.index);
      const after = text.slice(m.index + 1, m.index + 4);
      if (ABBREVIATION.test(before)) continue;
      // "14.2. 2026", "1.1. – 30.4.": a date goes on; "131 400. Kesäkuun" ends.
      if (/\d\.\d{1,2}$/u.test(before) && /^\s*[\d–-]/u.test(after)) continue;
    }
    if (m.index < at) start = m.index + 1;
    else {
      end = m[0] === "\n" ? m.index : m.index + 1;
      break;
    }
  }
  return { start, end };
}

/** The longest quote a reason gives. */
export const QUOTE_MAX = 110;

/**
 * The words from `start` to `end` of the text with their sentence, in double quotes: the whole
 * sentence when it is short, else a window around the words cut at word boundaries with "…".
 * Line breaks and list dashes become spaces.
 */
export function clip(text: string, start: number, end: number, max = QUOTE_MAX): string {
  const s = sentenceAt(text, start);
  let from = s.start;
  let to = Math.max(end, s.end);
  if (to - from > max) {
    const room = Math.max(0, max - (end - start));
    from = Math.max(s.start, start - Math.floor(room / 2));
    to = Math.min(Math.max(end, s.end), from + Math.max(max, end - from));
    if (to - from > max) to = Math.max(end, from + max);
  }
  const cutStart = from > s.start;
  const cutEnd = to < s.end;
  let piece = text.slice(from, to);
  if (cutStart) piece = piece.replace(/^\S*\s+/u, "");
  if (cutEnd) piece = piece.replace(/\s+\S*$/u, "");
  piece = piece
    .replace(/\s*\n\s*[-–•]?\s*/gu, " ")
    .replace(/^\s*[-–•]\s+/u, "")
    .replace(/\s+/gu, " ")
    .trim();
  return `"${cutStart ? "…" : ""}${piece}${cutEnd ? "…" : ""}"`;
}

/** The start of a text in quotes, cut at a word boundary with "…" when longer than `max`. */
export function clipText(text: string, max = QUOTE_MAX): string {
  const t = text
    .replace(/\s*\n\s*[-–•]?\s*/gu, " ")
    .replace(/^\s*[-–•]\s+/u, "")
    .replace(/\s+/gu, " ")
    .trim();
  if (t.length <= max) return `"${t}"`;
  return `"${t.slice(0, max).replace(/\s+\S*$/u, "")}…"`;
}
