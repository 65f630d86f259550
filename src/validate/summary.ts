/** Counts of findings per severity and the count line the pane shows: "2 virhettä, 5 varoitusta, 1 huomautus". */
import type { Finding, Severity } from "../model/finding";
import type { Bilingual } from "../model/text";

export interface FindingSummary {
  error: number;
  warning: number;
  info: number;
  total: number;
  /** "2 virhettä, 5 varoitusta, 1 huomautus" / "2 errors, 5 warnings, 1 note"; "Ei havaintoja" / "No findings". */
  line: Bilingual;
}

const WORDS: Record<Severity, { fi: [string, string]; en: [string, string] }> = {
  error: { fi: ["virhe", "virhettä"], en: ["error", "errors"] },
  warning: { fi: ["varoitus", "varoitusta"], en: ["warning", "warnings"] },
  info: { fi: ["huomautus", "huomautusta"], en: ["note", "notes"] },
};

/** "1 virhe", "2 virhettä", "1 note", "3 notes". */
export function countPhrase(n: number, severity: Severity): Bilingual {
  const w = WORDS[severity];
  const one = n === 1;
  return { fi: `${n} ${w.fi[one ? 0 : 1]}`, en: `${n} ${w.en[one ? 0 : 1]}` };
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
