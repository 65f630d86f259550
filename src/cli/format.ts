/** Readable terminal output of the command line, Finnish first (English with --lang en). */
import * as path from "path";
import {
  a1,
  countActions,
  countMeasures,
  SEVERITY_WORDS,
  STATUSES,
  statusLabel,
  type Assessment,
  type Finding,
  type Language,
  type Measure,
  type Report,
  type Severity,
  type WorkbookReport,
} from "../model";
import { summariseFindings } from "../validate";
import { layoutName, periodName, strings } from "../i18n";

/** The severity column: errors shout ("VIRHE"), warnings and notes do not. */
function severityColumn(severity: Severity, lang: Language): string {
  const word = SEVERITY_WORDS[severity][lang].one;
  return severity === "error" ? word.toLocaleUpperCase("fi-FI") : word;
}

/** Shortens long cell text for a terminal line. */
export function clip(s: string, max = 80): string {
  const one = s.replace(/\s+/g, " ").trim();
  return one.length > max ? one.slice(0, max - 1) + "…" : one;
}

export function sheetLine(r: Report, lang: Language): string {
  const t = strings(lang);
  const parts = [layoutName(r.layout, lang)];
  if (r.department) parts.push(r.department);
  const p = periodName(r.period, r.year, lang);
  if (p) parts.push(p);
  if (r.layout !== "none")
    parts.push(`${t.actionsCount(countActions(r))}, ${t.measuresCount(countMeasures(r))}`);
  return `${r.sheet}: ${parts.join(" · ")}`;
}

function measureLine(m: Measure, lang: Language): string {
  const L =
    lang === "fi"
      ? { b: "lähtötaso", t: "tavoite", a: "toteuma" }
      : { b: "baseline", t: "target", a: "actual" };
  const bits = [`${a1(m.cell)} ${clip(m.text, 70)}`];
  if (m.baseline) bits.push(`${L.b}: ${clip(m.baseline.text, 40)}`);
  if (m.target) bits.push(`${L.t}: ${clip(m.target.text, 40)}`);
  if (m.actual) bits.push(`${L.a}: ${clip(m.actual.text, 40)}`);
  return bits.join(" | ");
}

/** A workbook with nothing to read or assess (only Toteuma's own sheets, such as a summary; notes only). */
export const NOTHING_TO_READ = {
  fi: {
    noReportSheets:
      "Ei raporttivälilehtiä: työkirjassa ei ole toimialan raporttia (Toteuman omat välilehdet, kuten yhteenveto ja tarkistus, ohitetaan).",
    noMeasures: "Ei mittareita: työkirjan raporttivälilehdiltä ei löytynyt yhtään mittaria arvioitavaksi.",
  },
  en: {
    noReportSheets:
      "No report sheets: the workbook holds no department's report (Toteuma's own sheets, such as a summary or the findings, are skipped).",
    noMeasures: "No measures: no measure to assess was found on the workbook's report sheets.",
  },
} as const satisfies Record<Language, Record<string, string>>;

export function formatRead(file: string, wr: WorkbookReport, lang: Language): string {
  const out: string[] = [path.basename(file)];
  for (const r of wr.sheets) {
    out.push(`  ${sheetLine(r, lang)}`);
    if (r.layout === "none") continue;
    let unit: string | null = null;
    for (const fa of r.focusAreas) {
      if (fa.unit && fa.unit !== unit) {
        unit = fa.unit;
        out.push(`    [${unit}]`);
      }
      out.push(`    ${fa.implied ? "–" : clip(fa.text)}`);
      for (const g of fa.goals) {
        out.push(`      ${g.implied ? "–" : clip(g.text)}`);
        for (const c of g.commitments) {
          if (!c.implied) out.push(`        ${clip(c.text)}`);
          for (const a of c.actions) {
            out.push(`          ▸ ${a1(a.cell)} ${clip(a.text, 70)}`);
            for (const m of a.measures) out.push(`            • ${measureLine(m, lang)}`);
          }
        }
      }
    }
  }
  if (wr.sheets.length === 0) out.push(`  ${NOTHING_TO_READ[lang].noReportSheets}`);
  return out.join("\n") + "\n\n";
}

export function formatValidate(file: string, findings: Finding[], lang: Language): string {
  const summary = summariseFindings(findings);
  const out = [`${path.basename(file)}: ${summary.line[lang]}`];
  for (const f of findings) {
    const where = `${f.cell.sheet}!${a1(f.cell)}`;
    out.push(`  ${where.padEnd(24)} ${severityColumn(f.severity, lang).padEnd(9)} ${f.message[lang]}`);
    if (f.suggestion) out.push(`  ${"".padEnd(24)} ${"".padEnd(9)} → ${f.suggestion[lang]}`);
  }
  return out.join("\n") + "\n\n";
}

export function formatStatus(
  file: string,
  wr: WorkbookReport,
  assessments: Assessment[],
  lang: Language,
): string {
  const out = [path.basename(file)];
  for (const r of wr.sheets) {
    const mine = assessments.filter((a) => a.sheet === r.sheet);
    if (mine.length === 0) continue;
    const tally = STATUSES.map((s) => `${statusLabel(s, lang)} ${mine.filter((a) => a.status === s).length}`);
    out.push(`  ${r.sheet}: ${tally.join(" · ")}`);
    const labelOf = (a: Assessment) =>
      statusLabel(a.status, lang) +
      (a.source === "own"
        ? lang === "fi"
          ? " (oma arvio)"
          : " (own judgement)"
        : a.source === "selvitys"
          ? ` (${strings(lang).selvitysSource})`
          : "");
    // The status column as wide as its widest label, so every reason starts at one column.
    const width = Math.max(...mine.map((a) => labelOf(a).length));
    for (const a of mine)
      out.push(`    ${a1(a.cell).padEnd(6)} ${labelOf(a).padEnd(width)}  ${a.reason[lang]}`);
  }
  if (assessments.length === 0)
    out.push(
      `  ${wr.sheets.length === 0 ? NOTHING_TO_READ[lang].noReportSheets : NOTHING_TO_READ[lang].noMeasures}`,
    );
  return out.join("\n") + "\n\n";
}
