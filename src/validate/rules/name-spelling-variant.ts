/**
 * A focus area or goal written in slightly different ways within the workbook ("Kasvava Pori" /
 * "Kasvava Porii", "asuin ympäristöt" / "asuinympäristöt"). Case, spaces and a trailing full stop
 * alone do not count: "OSAAVAN TYÖVOIMAN SAATAVUUS" is "Osaavan työvoiman saatavuus". The spelling
 * met more often in the workbook is taken as the intended one (on a tie, the one whose words the
 * workbook uses more, then the one whose letter sequences where the two differ are more usual in the
 * workbook's text, so a typo met first is not taken for the intended spelling); each occurrence of
 * the other spelling gets a warning at its cell.
 */
import type { CellRef } from "../../model/cellref";
import type { Finding } from "../../model/finding";
import { actionsOf, type Report } from "../../model/report";
import type { Bilingual } from "../../model/text";
import { cleanText, editDistance, finding, normalise, quote } from "../text";
import type { Rule, WorkbookContext } from "../types";

type Kind = "focus" | "goal";

interface Spelling {
  kind: Kind;
  key: string;
  /** The way it is written most often (first on a tie). */
  text: string;
  count: number;
  /** Sheet order, then row: where it first appears. */
  first: number;
  cells: CellRef[];
}

/** The numbers written in a spelling: two spellings with different numbers are different names. */
const digitsOf = (s: string) => (s.match(/\d+/g) ?? []).join(" ");

/** Edits allowed between two spellings of this length: about one in ten characters, at most five. */
export function closeSpellings(a: string, b: string): boolean {
  return digitsOf(a) === digitsOf(b) && closeLetters(a, b);
}

/**
 * closeSpellings of two spellings with the same numbers. `ha`, `hb`: their letter counts (lettersOf),
 * when known, to rule out most pairs without working out the distance.
 */
function closeLetters(a: string, b: string, ha?: Int32Array, hb?: Int32Array): boolean {
  if (a === b) return false;
  const len = Math.max(a.length, b.length);
  if (len < 5) return false;
  const max = Math.min(5, Math.max(1, Math.floor(len / 10)));
  // More edits than that just to even the lengths: not close (editDistance would say so too).
  if (Math.abs(a.length - b.length) > max) return false;
  if (ha && hb && lettersApart(ha, hb) > 2 * max) return false;
  return editDistance(a, b, max) <= max;
}

/** How many characters of each kind a text has (kinds: the character code modulo 32). */
function lettersOf(text: string): Int32Array {
  const out = new Int32Array(32);
  for (let i = 0; i < text.length; i++) out[text.charCodeAt(i) & 31]++;
  return out;
}

/**
 * How far apart two texts' letter counts are. An edit changes it by at most two (a substitution
 * takes one letter away and adds another, a transposition none), so texts more than 2 × max apart
 * are more than max edits apart.
 */
function lettersApart(a: Int32Array, b: Int32Array): number {
  let n = 0;
  for (let i = 0; i < 32; i++) n += Math.abs(a[i] - b[i]);
  return n;
}

/** Every focus area's and goal's spelling in the sheets, grouped by its normalised form. */
function spellings(sheets: readonly Report[]): Spelling[] {
  const byKey = new Map<string, Spelling & { forms: Map<string, number> }>();
  let order = 0;
  const add = (kind: Kind, text: string, cell: CellRef) => {
    const key = normalise(text);
    order++;
    if (!key) return;
    const id = `${kind}\u0000${key}`;
    let s = byKey.get(id);
    if (!s) {
      s = { kind, key, text: cleanText(text), count: 0, first: order, cells: [], forms: new Map() };
      byKey.set(id, s);
    }
    s.count++;
    s.cells.push(cell);
    const form = cleanText(text);
    s.forms.set(form, (s.forms.get(form) ?? 0) + 1);
  };
  for (const r of sheets)
    for (const f of r.focusAreas) {
      if (!f.implied) add("focus", f.text, f.cell);
      for (const g of f.goals) if (!g.implied) add("goal", g.text, g.cell);
    }
  return [...byKey.values()].map((s) => {
    let best = s.text;
    let n = 0;
    for (const [form, k] of s.forms) if (k > n) [best, n] = [form, k];
    return { kind: s.kind, key: s.key, text: best, count: s.count, first: s.first, cells: s.cells };
  });
}

/**
 * How often each word occurs in the workbook's focus areas, goals, commitments, actions, measures
 * and selvitys. Only needed to break a tie between two spellings met equally often, so worked out
 * only then (it reads every text of the workbook, selvitys included).
 */
function wordCounts(sheets: readonly Report[]): Map<string, number> {
  const wordCount = new Map<string, number>();
  const countWords = (text: string) => {
    for (const w of normalise(text).match(/\p{L}+/gu) ?? []) wordCount.set(w, (wordCount.get(w) ?? 0) + 1);
  };
  for (const r of sheets) {
    for (const f of r.focusAreas) {
      countWords(f.text);
      for (const g of f.goals) countWords(g.text);
    }
    for (const { commitment, action } of actionsOf(r)) {
      countWords(commitment.text);
      countWords(action.text);
      for (const m of action.measures) countWords(m.text);
      for (const s of action.reports) countWords(s.text);
    }
  }
  return wordCount;
}

/** How often each three-letter sequence occurs in the workbook's words (word edges marked by spaces). */
function letterTrigrams(wordCount: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [word, n] of wordCount) {
    const w = ` ${word} `;
    for (let i = 0; i + 3 <= w.length; i++) out.set(w.slice(i, i + 3), (out.get(w.slice(i, i + 3)) ?? 0) + n);
  }
  return out;
}

function trigramsOf(text: string): string[] {
  const out: string[] = [];
  for (const word of normalise(text).match(/\p{L}+/gu) ?? []) {
    const w = ` ${word} `;
    for (let i = 0; i + 3 <= w.length; i++) out.push(w.slice(i, i + 3));
  }
  return out;
}

/**
 * For two spellings equally often met whose words are equally common: how usual the letter sequences
 * are where they differ, by the workbook's own text. A slip of the keyboard makes sequences the
 * language seldom has ("Vetovoimaimen": "aim", "ime"; "Kasvva": "svv", "vva"), the intended spelling
 * the usual ones ("-inen", "-ava"). Returns the mean log count of each one's trigrams not shared with
 * the other.
 */
function letterScores(b: string, a: string, trigrams: ReadonlyMap<string, number>): [number, number] {
  const [tb, ta] = [trigramsOf(b), trigramsOf(a)];
  const only = (xs: string[], ys: string[]) => {
    const rest = [...ys];
    return xs.filter((x) => {
      const i = rest.indexOf(x);
      if (i < 0) return true;
      rest.splice(i, 1);
      return false;
    });
  };
  const mean = (xs: string[]) =>
    xs.length === 0 ? 0 : xs.reduce((n, x) => n + Math.log(trigrams.get(x) ?? 1), 0) / xs.length;
  return [mean(only(tb, ta)), mean(only(ta, tb))];
}

const NAMES: Record<Kind, Bilingual> = {
  focus: { fi: "Painopiste", en: "Focus area" },
  goal: { fi: "Tavoite", en: "Goal" },
};

/**
 * Each spelling that has a more likely intended one, with it. Worked out once per validation of a
 * workbook, not once per sheet: the rule runs on every sheet, the answer is the same for each, and
 * working it out for every sheet made validation quadratic in the number of sheets. The context
 * (made afresh by each validateWorkbook) is the key.
 */
const workedOut = new WeakMap<WorkbookContext, [Spelling, Spelling][]>();

function intendedSpellings(ctx: WorkbookContext, report: Report): [Spelling, Spelling][] {
  const whole = ctx.sheets.includes(report);
  const known = whole ? workedOut.get(ctx) : undefined;
  if (known) return known;
  const sheets = whole ? ctx.sheets : [...ctx.sheets, report];
  const list = spellings(sheets);
  // Counted when a tie first needs them, then kept for the other ties.
  let wordCount: Map<string, number> | null = null;
  let trigrams: Map<string, number> | null = null;
  const words = () => (wordCount ??= wordCounts(sheets));
  const score = (s: Spelling) =>
    (normalise(s.text).match(/\p{L}+/gu) ?? []).reduce((n, w) => n + (words().get(w) ?? 0), 0);
  /** True when `b` is the more likely intended spelling of the two. */
  const better = (b: Spelling, a: Spelling): boolean => {
    if (b.count !== a.count) return b.count > a.count;
    const [sb, sa] = [score(b), score(a)];
    if (sb !== sa) return sb > sa;
    const [lb, la] = letterScores(b.text, a.text, (trigrams ??= letterTrigrams(words())));
    if (lb !== la) return lb > la;
    return b.first < a.first;
  };
  // Only spellings of the same kind with the same numbers can be close (closeSpellings): each is
  // compared with those of its group, in the list's order, not with every spelling of the workbook.
  const groups = new Map<string, Spelling[]>();
  const groupOf = new Map<Spelling, Spelling[]>();
  const letters = new Map<Spelling, Int32Array>();
  for (const s of list) {
    letters.set(s, lettersOf(s.key));
    const id = `${s.kind}\u0000${digitsOf(s.key)}`;
    let g = groups.get(id);
    if (!g) groups.set(id, (g = []));
    g.push(s);
    groupOf.set(s, g);
  }
  const pairs: [Spelling, Spelling][] = [];
  for (const a of list) {
    let intended: Spelling | null = null;
    for (const b of groupOf.get(a) ?? [])
      if (closeLetters(a.key, b.key, letters.get(a), letters.get(b)) && better(b, a))
        if (!intended || better(b, intended)) intended = b;
    if (intended) pairs.push([a, intended]);
  }
  if (whole) workedOut.set(ctx, pairs);
  return pairs;
}

export const nameSpellingVariant: Rule = {
  code: "name-spelling-variant",
  severity: "warning",
  description: {
    fi: "Painopiste tai tavoite on kirjoitettu työkirjassa kahdella hieman eri tavalla.",
    en: "A focus area or goal is written in two slightly different ways in the workbook.",
  },
  check(report, ctx) {
    const out: Finding[] = [];
    for (const [a, intended] of intendedSpellings(ctx, report)) {
      const here = a.cells.filter((c) => c.sheet === report.sheet);
      if (here.length === 0) continue;
      const name = NAMES[a.kind];
      const times =
        intended.count === 1
          ? { fi: "kerran", en: "once" }
          : { fi: `${intended.count} kertaa`, en: `${intended.count} times` };
      for (const cell of here)
        out.push(
          finding(
            nameSpellingVariant,
            cell,
            {
              fi: `${name.fi} ${quote(a.text)} on kirjoitettu toisin kuin muualla työkirjassa: ${quote(intended.text)} (${times.fi}).`,
              en: `${name.en} ${quote(a.text)} is spelt differently elsewhere in the workbook: ${quote(intended.text)} (${times.en}).`,
            },
            { fi: `Kirjoita ${quote(intended.text)}.`, en: `Write ${quote(intended.text)}.` },
          ),
        );
    }
    return out;
  },
};
