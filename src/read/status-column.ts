/**
 * A person's own status as cities write it, for the readers and for the checks and the judge that
 * come after them:
 * - the words of the city's scale and their usual variants ("Toteutunut", "osittain", "vihreä",
 *   "kyllä", "🟢", "Toteutuu"), with near-misses of the longer ones (`scaleWord`);
 * - what a cell of a status column looks like, so that a column with no header right of the actual
 *   is read as one (`looksLikeOwnStatus`);
 * - a legend written somewhere in the workbook that explains a column of numbers, letters, symbols or
 *   colours ("Vihreä = toteutunut, keltainen = osittain, punainen = ei toteutunut", "1 = …", "● …"),
 *   in one cell, in cells side by side, or as a small table under a heading "Selite" (`readLegend`).
 *
 * Pure, and cheap on big sheets: a legend is looked for only in cells that pass one precompiled test.
 */
import type { CellRef } from "../model/cellref";
import type { OwnStatusLegendEntry } from "../model/report";
import { STATUS_LABEL, STATUSES, type Status } from "../model/status";
import { allowedEdits, cleanText, editDistance } from "../text";
import type { SheetView } from "./sheet";

/** Spellings of the scale, lower case, as people write them in a status column or a legend. */
export const SCALE_WORDS: readonly (readonly [Status, readonly string[]])[] = [
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
      "toteutuvat osittain",
      "osittain saavutettu",
      "saavutettu osittain",
      "osittain valmis",
      "toteutunut osittain",
      "osittain",
      "osin",
      "osin toteutunut",
      "pääosin toteutunut",
      "pääosin",
      "lähes toteutunut",
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
      "ei saavuteta",
      "ei onnistunut",
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
      "toteutuvat",
      "toteutunut kokonaan",
      "saavutettu",
      "saavutettiin",
      "onnistui",
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
      "☑",
    ],
  ],
];

/** Symbols whose meaning needs no legend: ticks, crosses and the traffic-light emoji. */
const SYMBOLS: readonly (readonly [RegExp, Status])[] = [
  [/^(?:🟢|✅)+$/u, "achieved"],
  [/^(?:🟡|🟠)+$/u, "partial"],
  [/^(?:🔴|❌|✗|✘|☒)+$/u, "not-achieved"],
  [/^(?:⚪|⚫)+$/u, "not-assessable"],
];

const EXACT = new Map<string, Status>();
for (const [status, spellings] of SCALE_WORDS) for (const s of spellings) EXACT.set(s, status);
for (const status of STATUSES) {
  EXACT.set(STATUS_LABEL[status].fi.toLowerCase(), status);
  EXACT.set(STATUS_LABEL[status].en.toLowerCase(), status);
}
/** Spellings long enough for a near-miss to be told from another word. */
const NEAR: readonly (readonly [string, Status])[] = [...EXACT].filter(([s]) => s.length >= 8);

/** A status cell's text as compared: lower case, single spaces, no label or end punctuation. */
export function scaleKey(text: string): string {
  return cleanText(text)
    .toLowerCase()
    .replace(/^(?:tila|arvio|status)\s*:\s*/u, "")
    .replace(/^["'”“]+|["'”“]+$/gu, "")
    .replace(/[.!:;,]+$/u, "")
    .trim();
}

/**
 * The status a word of the scale or one of its usual variants names, or null: "Toteutunut",
 * "osittain", "vihreä", "kyllä", "🟢", "✗", "Toteutuu", and near-misses of the longer ones
 * ("Osittain toteutunt").
 */
export function scaleWord(text: string): Status | null {
  const key = scaleKey(text);
  if (!key) return null;
  const exact = EXACT.get(key);
  if (exact) return exact;
  for (const [re, status] of SYMBOLS) if (re.test(key.replace(/\s+/gu, ""))) return status;
  let best: { status: Status; d: number } | null = null;
  for (const [s, status] of NEAR) {
    const max = allowedEdits(s.length);
    if (Math.abs(s.length - key.length) > max) continue;
    const d = editDistance(key, s, max);
    if (d <= max && (!best || d < best.d)) best = { status, d };
  }
  return best ? best.status : null;
}

/** "1", "A", "●", "◐", "+", "x": a key a legend explains. */
const KEY_TOKEN = /^(?:\d{1,2}|[a-eA-E]|[^\p{L}\p{N}\s]{1,3}|[+-]{1,3})$/u;

/**
 * True when a cell looks like the person's own status: short, and a word of the scale, a number or a
 * letter a legend could explain, or a symbol. What a status column with no header holds.
 */
export function looksLikeOwnStatus(text: string): boolean {
  const t = cleanText(text);
  if (!t || t.length > 30) return false;
  return scaleWord(t) !== null || KEY_TOKEN.test(t);
}

// ---- legends ------------------------------------------------------------------------------------

/** Colours a legend may name (the traffic lights and a few more). */
const COLOUR_KEY =
  /^(?:vihreä|keltainen|punainen|oranssi|harmaa|sininen|musta|valkoinen|green|yellow|red|amber|orange|grey|gray|blue)$/u;

/** A key a legend may explain: a number, a letter, a symbol, a colour, or a word of the scale itself. */
function keyLike(key: string): boolean {
  const k = legendKey(key);
  return (
    KEY_TOKEN.test(k) ||
    COLOUR_KEY.test(k) ||
    /^\p{Extended_Pictographic}+$/u.test(k) ||
    scaleWord(k) !== null
  );
}

/** A cell that may hold a legend: a separator and a word of the scale. */
const LEGEND_HINT = /[=:–—-][^]*?(?:toteut|saavut|osittain|kesken|valmis|onnistu|ei\s)/iu;
/** A word of the scale anywhere: LEGEND_HINT needs one, and this test is linear (LEGEND_HINT tries from every separator). */
const LEGEND_WORD = /toteut|saavut|osittain|kesken|valmis|onnistu|ei\s/iu;
/** A character LEGEND_HINT needs: one class, a quicker scan of a long text than LEGEND_WORD's words. */
const LEGEND_SEPARATOR = /[=:–—-]/;
/** A heading over a legend written as a small table. */
const LEGEND_HEADING =
  /^(?:selite|selitteet|tilan selite|arvion selite|arvioinnin selite|asteikko|arvioasteikko|värikoodit|värien selitys|legend|merkkien selitys)\s*:?$/iu;
/** What a legend's meaning may start with before the words of the scale: "tavoite saavutettu". */
const MEANING_PREFIX = /^(?:tavoite|tavoitteet|tavoitteen|mittari)\s+/u;

/** The status a legend's meaning names ("toteutunut", "tavoite saavutettu osittain"), or null. */
export function legendMeaning(meaning: string): Status | null {
  const key = scaleKey(meaning).replace(/\s*\([^)]*\)\s*$/u, "");
  return scaleWord(key) ?? scaleWord(key.replace(MEANING_PREFIX, ""));
}

/** "1 = toteutunut", "Vihreä: toteutunut", "● – toteutunut": one key and its meaning, or null. */
function pairOf(segment: string): { key: string; meaning: string } | null {
  const s = cleanText(segment);
  let key: string;
  let meaning: string;
  const eq = s.indexOf("=");
  if (eq > 0) {
    // "Arvio: 1 = toteutunut": the key is what stands right before "=".
    key = s.slice(0, eq).replace(/^.*:\s*/u, "");
    meaning = s.slice(eq + 1);
  } else {
    const m = /^(.{1,16}?)\s*(?::|\s[–—-]\s|[–—])\s*(.+)$/u.exec(s);
    if (!m) return null;
    [, key, meaning] = m;
  }
  key = cleanText(key).replace(/^["'”“]+|["'”“]+$/gu, "");
  meaning = cleanText(meaning);
  if (!key || !meaning || key.length > 16 || !keyLike(key)) return null;
  return { key, meaning };
}

function entriesOf(text: string, cell: CellRef): OwnStatusLegendEntry[] {
  const out: OwnStatusLegendEntry[] = [];
  for (const segment of text.split(/[,;\n]|\s\/\s/u)) {
    const pair = pairOf(segment);
    if (!pair) continue;
    const status = legendMeaning(pair.meaning);
    if (status) out.push({ key: pair.key, meaning: pair.meaning, status, cell });
  }
  return out;
}

/** Two or more keys (a key met again keeps its first meaning): a legend; otherwise nothing. */
function asLegend(entries: OwnStatusLegendEntry[]): OwnStatusLegendEntry[] {
  const byKey = new Map<string, OwnStatusLegendEntry>();
  for (const e of entries) {
    const k = legendKey(e.key);
    if (k && !byKey.has(k)) byKey.set(k, e);
  }
  return byKey.size >= 2 ? [...byKey.values()] : [];
}

/** A legend's key as compared with a status cell: "Vihreä", "vihreä." and " VIHREÄ " are one key. */
export function legendKey(key: string): string {
  return scaleKey(key).replace(/\s+/gu, "");
}

/** One legend written in one cell ("Selite: 1 = toteutunut, 2 = osittain, 3 = ei toteutunut"). */
export function legendOf(text: string, cell: CellRef): OwnStatusLegendEntry[] {
  return asLegend(entriesOf(text, cell));
}

/** The rows under a heading "Selite": key in one cell, meaning in the next (or both in one cell). */
function legendTableUnder(view: SheetView, r: number, c: number): OwnStatusLegendEntry[] {
  const out: OwnStatusLegendEntry[] = [];
  for (let k = r + 1; k < Math.min(view.rowCount, r + 8); k++) {
    const key = view.text(k, c);
    if (!key) break;
    const meaning = view.text(k, c + 1);
    const cell = view.at(k, c);
    if (meaning && key.length <= 16 && keyLike(key)) {
      const status = legendMeaning(meaning);
      if (status) out.push({ key, meaning, status, cell });
      else break;
    } else {
      const inCell = entriesOf(key, cell);
      if (inCell.length === 0) break;
      out.push(...inCell);
    }
  }
  return out;
}

/**
 * Every legend of the own-status column on the sheet: in one cell, in the cells of one row
 * ("1 = toteutunut" | "2 = osittain" | "3 = ei toteutunut"), or as a table under a heading "Selite".
 */
export function readLegend(view: SheetView): OwnStatusLegendEntry[] {
  const found: OwnStatusLegendEntry[] = [];
  const cells = view.grid.cells;
  for (let r = 0; r < cells.length; r++) {
    const row = cells[r];
    if (!row) continue;
    let inRow: OwnStatusLegendEntry[] | null = null;
    for (let c = 0; c < row.length; c++) {
      const raw = row[c]?.text;
      if (typeof raw !== "string" || raw.length < 4 || raw.length > 400) continue;
      if (raw.length <= 40 && LEGEND_HEADING.test(raw.trim())) {
        found.push(...asLegend(legendTableUnder(view, r, c)));
        continue;
      }
      if (!LEGEND_SEPARATOR.test(raw) || !LEGEND_WORD.test(raw) || !LEGEND_HINT.test(raw)) continue;
      const text = view.text(r, c);
      if (text) (inRow ??= []).push(...entriesOf(text, view.at(r, c)));
    }
    if (inRow) found.push(...asLegend(inRow));
  }
  return asLegend(found);
}
