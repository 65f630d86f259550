/** Counts of findings per severity and the count line the pane shows: "2 virhettä, 5 varoitusta, 1 huomautus". */
import { SEVERITY_WORDS, type Finding, type Severity } from "../model/finding";
import type { Bilingual } from "../model/text";

export interface FindingSummary {
  error: number;
  warning: number;
  info: number;
  total: number;
  /** "2 virhettä, 5 varoitusta, 1 huomautus" / "2 errors, 5 warnings, 1 note"; "Ei havaintoja" / "No findings". */
  line: Bilingual;
}

/** "1 virhe", "2 virhettä", "1 note", "3 notes". */
export function countPhrase(n: number, severity: Severity): Bilingual {
  const { fi, en } = SEVERITY_WORDS[severity];
  const form = n === 1 ? "one" : "many";
  return { fi: `${n} ${fi[form]}`, en: `${n} ${en[form]}` };
}

/** Counts per severity; the line names only the severities that occur. */
export function summariseFindings(findings: readonly Finding[]): FindingSummary {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  const parts = (["error", "warning", "info"] as const)
    .filter((s) => counts[s] > 0)
    .map((s) => countPhrase(counts[s], s));
  const line =
    parts.length === 0
      ? { fi: "Ei havaintoja", en: "No findings" }
      : { fi: parts.map((p) => p.fi).join(", "), en: parts.map((p) => p.en).join(", ") };
  return { ...counts, total: findings.length, line };
}
