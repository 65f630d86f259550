/**
 * The person's own status: a status column of the workbook ("Tila", "Arvio") whose text is on the
 * city's scale, or one of its usual variants ("vihreä", "kyllä", "🟢", "100 %"), wins over the judges;
 * the reason says so, and what the judges would have said where they differ. Text off the scale is
 * named in the reason and the computed status stands.
 */
import {
  a1,
  columnName,
  type Assessment,
  type Bilingual,
  type Measure,
  type OwnStatusLegendEntry,
  type Status,
} from "../model";
import { STATUS_LABEL } from "../model/status";
import { legendKey, scaleKey, scaleWord } from "../read/status-column";
import type { AssessContext, Decision } from "./types";
import { readState, words } from "./vocabulary";

/** The `rule` of an assessment the person's own status decided. */
export const OWN_STATUS_RULE = "own-status";

/** The person's own status text as compared with a legend's keys and the scale's words. */
function ownKey(text: string): string {
  return scaleKey(text);
}

/**
 * The person's own status on the scale, or null when the text is not one of the scale's labels or
 * their common variants ("vihreä/keltainen/punainen", "kyllä/osittain/ei", "ok", "Toteutuu", "✓",
 * "✗"), nor a key of the workbook's legend ("1", "●" where a legend says "1 = toteutunut"). Near-misses
 * of a label ("Toteutunt") are accepted. A legend's meaning wins over the built-in words.
 */
export function ownStatusOf(
  text: string | null | undefined,
  legend?: ReadonlyMap<string, OwnStatusLegendEntry>,
): Status | null {
  return ownReading(text, legend)?.status ?? null;
}

/** The own status and, when a legend explained it, the legend's entry. */
function ownReading(
  text: string | null | undefined,
  legend?: ReadonlyMap<string, OwnStatusLegendEntry>,
): { status: Status; legend: OwnStatusLegendEntry | null } | null {
  if (typeof text !== "string") return null;
  const key = ownKey(text);
  if (!key) return null;
  const entry = legend?.get(legendKey(key));
  if (entry) return { status: entry.status, legend: entry };
  const status = wordStatus(key);
  return status ? { status, legend: null } : null;
}

function wordStatus(key: string): Status | null {
  const word = scaleWord(key);
  if (word) return word;
  // "100 %", "50 %", "0 %": the share of the target done.
  const pct = /^(\d{1,3}(?:,\d+)?)\s?%$/u.exec(key);
  if (pct) {
    const v = Number(pct[1].replace(",", "."));
    return v >= 100 ? "achieved" : v <= 0 ? "not-achieved" : "partial";
  }
  // "Toteutunut (vaikka myöhässä)": a label followed by a remark in parentheses or after a dash.
  const head = key.split(/\s*[(,–—]\s*|\s+-\s+/u)[0];
  if (head && head !== key) return wordStatus(head);
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

const label = (s: Status): Bilingual => ({ ...STATUS_LABEL[s] });

/** The assessment's status, source, reason and rule: the person's own where it is on the scale. */
export function withOwnStatus(
  m: Measure,
  ctx: AssessContext,
  computed: Decision,
): Pick<Assessment, "status" | "source" | "reason" | "rule"> {
  const raw = m.ownStatus?.text?.replace(/[\s\u00a0\u202f]+/g, " ").trim() ?? "";
  const ownText = blankOwn(raw) ? "" : raw;
  // A column with no header is named by where it stands.
  const column = ctx.ownStatusColumn
    ? ` (${ctx.ownStatusColumn})`
    : ctx.ownStatusColumn === "" && m.ownStatus
      ? ` (${columnName(m.ownStatus.cell.col)}-sarake)`
      : "";
  const columnEn =
    ctx.ownStatusColumn === "" && m.ownStatus ? ` (column ${columnName(m.ownStatus.cell.col)})` : column;
  if (ownText) {
    const reading = ownReading(ownText, ctx.legend);
    const own = reading?.status ?? null;
    if (reading && own) {
      const l = label(own);
      const same =
        ownText.replace(/[.!]+$/u, "").toLocaleLowerCase("fi-FI") === l.fi.toLocaleLowerCase("fi-FI");
      const entry = reading.legend;
      // Explained by a legend: which one, and where it is written.
      const written = entry
        ? {
            fi: ` ("${ownText}" = "${entry.meaning}", selite solussa ${entry.cell.sheet}!${a1(entry.cell)})`,
            en: ` ("${ownText}" = "${entry.meaning}", legend in cell ${entry.cell.sheet}!${a1(entry.cell)})`,
          }
        : same
          ? { fi: "", en: "" }
          : { fi: ` ("${ownText}")`, en: ` ("${ownText}")` };
      const c = label(computed.status);
      const differs = computed.status !== own;
      return {
        status: own,
        source: "own",
        reason: {
          fi:
            `Oma arvio${column}: ${l.fi}${written.fi}. Henkilön oma arvio ratkaisee` +
            (differs ? ` (laskettu tila olisi ${c.fi}: ${computed.reason.fi})` : "") +
            ".",
          en:
            `Own status${columnEn}: ${l.en}${written.en}. The person's own judgement decides` +
            (differs ? ` (the computed status would be ${c.en}: ${computed.reason.en})` : "") +
            ".",
        },
        rule: OWN_STATUS_RULE,
      };
    }
    return {
      status: computed.status,
      source: "computed",
      reason: {
        fi: `Oma arvio${column} "${ownText}" ei ole asteikolla, joten tila laskettiin. ${computed.reason.fi}`,
        en: `The own status${columnEn} "${ownText}" is not on the scale, so the status was computed. ${computed.reason.en}`,
      },
      rule: computed.rule,
    };
  }
  return { status: computed.status, source: "computed", reason: computed.reason, rule: computed.rule };
}
