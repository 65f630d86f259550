/**
 * The person's own status: a status column of the workbook ("Tila", "Arvio") whose text is on the
 * city's scale, or one of its usual variants ("vihreä", "kyllä", "🟢", "100 %"), wins over the judges;
 * the reason says so, and what the judges would have said where they differ. Text off the scale is
 * named in the reason and the computed status stands.
 */
import type { Assessment, Bilingual, Measure, Status } from "../model";
import { STATUS_LABEL } from "../model/status";
import { allowedEdits, editDistance } from "../text";
import type { AssessContext, Decision } from "./types";
import { readState, words } from "./vocabulary";

/** The `rule` of an assessment the person's own status decided. */
export const OWN_STATUS_RULE = "own-status";

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
  for (const status of Object.keys(STATUS_LABEL) as Status[]) {
    const style = STATUS_LABEL[status];
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

const label = (s: Status): Bilingual => ({ ...STATUS_LABEL[s] });

/** The assessment's status, source, reason and rule: the person's own where it is on the scale. */
export function withOwnStatus(
  m: Measure,
  ctx: AssessContext,
  computed: Decision,
): Pick<Assessment, "status" | "source" | "reason" | "rule"> {
  const raw = m.ownStatus?.text?.replace(/[\s\u00a0\u202f]+/g, " ").trim() ?? "";
  const ownText = blankOwn(raw) ? "" : raw;
  const column = ctx.ownStatusColumn ? ` (${ctx.ownStatusColumn})` : "";
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
        rule: OWN_STATUS_RULE,
      };
    }
    return {
      status: computed.status,
      source: "computed",
      reason: {
        fi: `Oma arvio${column} "${ownText}" ei ole asteikolla, joten tila laskettiin. ${computed.reason.fi}`,
        en: `The own status${column} "${ownText}" is not on the scale, so the status was computed. ${computed.reason.en}`,
      },
      rule: computed.rule,
    };
  }
  return { status: computed.status, source: "computed", reason: computed.reason, rule: computed.rule };
}
