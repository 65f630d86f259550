/**
 * The findings of a check as a sheet "Tarkistus": an Excel table with one row per finding, under a
 * title line that counts them (no date, so that re-running on the same workbook gives the same sheet).
 * Re-running replaces the sheet. Pure.
 */
import { a1 } from "../model/cellref";
import { SEVERITY_WORDS, type Finding } from "../model/finding";
import type { WorkbookSnapshot } from "../model/grid";
import { FINDINGS_SHEET, isFindingsSheet } from "../model/own";
import type { WorkbookReport } from "../model/report";
import type { Language } from "../model/text";
import { sortFindings } from "../validate";
import { summariseFindings } from "../validate/summary";
import type { Edit, SheetSpec } from "./types";

export { FINDINGS_SHEET, isFindingsSheet } from "../model/own";

export const FINDINGS_TABLE = "Toteuma_tarkistus";

const HEADERS: Record<Language, string[]> = {
  fi: ["Välilehti", "Solu", "Vakavuus", "Koodi", "Viesti", "Message", "Ehdotus"],
  en: ["Sheet", "Cell", "Severity", "Code", "Viesti", "Message", "Suggestion"],
};

const WIDTHS = [22, 8, 12, 28, 70, 70, 50];

/** "Tarkistus", or where a person's own sheet has that name, "Tarkistus 2" (3, …): never theirs. */
export function findingsSheetName(snapshot: WorkbookSnapshot): string {
  const sheets = new Map(snapshot.sheets.map((g) => [g.sheet.toLocaleLowerCase("fi-FI"), g]));
  for (let n = 1; ; n++) {
    const name = n === 1 ? FINDINGS_SHEET : `${FINDINGS_SHEET} ${n}`;
    const existing = sheets.get(name.toLocaleLowerCase("fi-FI"));
    if (!existing || isFindingsSheet(existing)) return name;
  }
}

/**
 * The "Tarkistus" sheet for these findings, in the person's language (both messages always shown),
 * replacing the one Toteuma wrote before but never a person's own sheet of that name.
 */
export function planFindingsSheet(
  findings: readonly Finding[],
  wr: WorkbookReport,
  lang: Language,
  snapshot: WorkbookSnapshot,
): Edit {
  const summary = summariseFindings(findings);
  const title =
    lang === "fi"
      ? `Tarkistus${wr.name ? `: ${wr.name}` : ""} — ${summary.line.fi}`
      : `Check${wr.name ? `: ${wr.name}` : ""} — ${summary.line.en}`;
  const ordered = sortFindings(
    findings,
    wr.sheets.map((r) => r.sheet),
  );
  const rows = ordered.map((f) => [
    f.cell.sheet,
    a1(f.cell),
    SEVERITY_WORDS[f.severity][lang].label,
    f.code,
    f.message.fi,
    f.message.en,
    f.suggestion ? f.suggestion[lang] : null,
  ]);
  // Errors stand out in the severity column (the word says it too: colour never carries it alone).
  const styles: SheetSpec["styles"] = ordered.flatMap((f, row) =>
    f.severity === "error" ? [{ row, col: 2, style: { fontColor: "#9C0006", bold: true } }] : [],
  );
  const spec: SheetSpec = {
    name: findingsSheetName(snapshot),
    title: [title],
    columns: HEADERS[lang].map((header, i) => ({ header, width: WIDTHS[i], wrap: i >= 4 })),
    rows,
    styles,
    table: { name: FINDINGS_TABLE, style: "TableStyleMedium2" },
    freezeHeader: true,
  };
  return { kind: "sheet", spec, activate: true };
}
