/**
 * The merge's plan ("Yhdistä työkirjat"): which report sheets of the departments' workbooks go into
 * one workbook for the city board, in which order and under which name, and what is left out and why.
 * Pure: it takes the summary of the same files (src/summary summarise: the files read or not, every
 * report sheet as a source, and the conflicts between them, worded once for both) and each read
 * file's sheet list, and decides nothing the summary already decided.
 *
 * - Every report sheet goes in, also a second one of the same department (the summary counts one of
 *   them; a merge keeps both, as the departments wrote them, and the conflict names them).
 * - Order: the city's department order when a list is given (`order`: its names; an alias is its
 *   listed name, as the readers already spelled it), the departments not on it after by name, the
 *   sheets whose department is not known last; within a department the order the files were given.
 * - Name: the department's display name as a valid, unique Excel sheet name (at most 31 characters,
 *   none of []:*?/\, no apostrophe at either end, not "History"); a second sheet of the department
 *   gets " (2)", a third " (3)". A sheet whose department is not known keeps its own name.
 * - Left out, each with a sentence: a file that could not be read or holds no report sheet, and every
 *   other sheet of a read file (no goal structure on it: instructions, lists, Toteuma's own sheets).
 */
import type { Period } from "../model/period";
import type { Bilingual } from "../model/text";
import { departmentKey } from "./keys";
import { periodPhrase } from "./summarise";
import type { Conflict, SourceSheet, Summary } from "./types";

/** A sheet of a file as its workbook lists it. */
export interface FileSheet {
  name: string;
  /** "worksheet", "chartsheet", "dialogsheet"… (a chart sheet holds no cells). */
  kind?: string;
  state?: "visible" | "hidden" | "veryHidden";
}

/** One report sheet in the merged workbook. */
export interface MergedSheet {
  /** The source: file, sheet, department, period, year, measures (as the summary read it). */
  source: SourceSheet;
  /** Its name in the merged workbook. */
  name: string;
}

/** A file or a sheet that is not in the merged workbook, and why. */
export interface LeftOut {
  file: string;
  /** Null: the whole file. */
  sheet: string | null;
  reason: Bilingual;
}

export interface MergePlan {
  /** The report sheets in the merged workbook's order (after the contents sheet). */
  sheets: MergedSheet[];
  leftOut: LeftOut[];
  /** The summary's conflicts between the sources, as it words them. */
  conflicts: Conflict[];
  /** Every file given, in order: read, or the sentence why not. */
  files: Summary["files"];
}

export interface MergePlanOptions {
  /** The city's departments in its order (the list's names); without it, by name. */
  order?: readonly string[];
  /** Sheet names already taken in the merged workbook ("Sisällys"). */
  reserved?: readonly string[];
}

/** Excel's limit for a sheet name. */
export const SHEET_NAME_MAX = 31;

/** A name Excel takes for a sheet: forbidden characters as "-", at most `max` characters, never empty. */
export function validSheetName(name: string, max = SHEET_NAME_MAX): string {
  let n = name
    .replace(/[[\]:*?/\\]/g, "-")
    .replace(/[\u0000-\u001f]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "")
    .trim();
  if (n === "") n = "Raportti";
  if (n.toLowerCase() === "history") n = `${n} (1)`;
  // Cut at a code point, and never leave a trailing space or apostrophe behind.
  const chars = [...n];
  if (chars.length > max)
    n = chars
      .slice(0, max)
      .join("")
      .replace(/[\s']+$/g, "");
  return n;
}

/** `base` with " (2)", " (3)"… until no taken name (case aside) has it; the base cut to make room. */
function uniqueName(base: string, taken: Set<string>, first: number): string {
  for (let n = first; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const name = validSheetName(base, SHEET_NAME_MAX - suffix.length) + suffix;
    const key = name.toLocaleLowerCase("fi-FI");
    if (!taken.has(key) && name.toLowerCase() !== "history") {
      taken.add(key);
      return name;
    }
  }
}

const NOT_A_REPORT: Bilingual = {
  fi: "välilehdellä ei ole tavoiteraporttia (tavoiterakennetta)",
  en: "the sheet holds no goal report (no goal structure)",
};
const CHART_SHEET: Bilingual = {
  fi: "kaaviovälilehti, ei tavoiteraportti",
  en: "a chart sheet, not a goal report",
};

/** The plan of the merged workbook from the summary of the files and each read file's sheets. */
export function planMerge(
  summary: Pick<Summary, "files" | "sources" | "conflicts">,
  sheetsOf: ReadonlyMap<string, readonly FileSheet[]>,
  options: MergePlanOptions = {},
): MergePlan {
  const listed = new Map<string, number>();
  (options.order ?? []).forEach((name, i) => {
    const key = departmentKey(name);
    if (key !== null && !listed.has(key)) listed.set(key, i);
  });
  const given = new Map(summary.sources.map((s, i) => [s, i]));
  const rank = (s: SourceSheet): [number, number, string] => {
    const key = departmentKey(s.department);
    if (key === null) return [2, 0, ""];
    const at = listed.get(key);
    return at === undefined ? [1, 0, s.department as string] : [0, at, ""];
  };
  const ordered = [...summary.sources].sort((a, b) => {
    const [ga, ia, na] = rank(a);
    const [gb, ib, nb] = rank(b);
    return (
      ga - gb ||
      ia - ib ||
      na.localeCompare(nb, "fi-FI") ||
      // One department under two spellings stays together, then in the order given.
      (departmentKey(a.department) ?? "").localeCompare(departmentKey(b.department) ?? "") ||
      (given.get(a) ?? 0) - (given.get(b) ?? 0)
    );
  });

  const taken = new Set((options.reserved ?? []).map((n) => n.toLocaleLowerCase("fi-FI")));
  const sheets: MergedSheet[] = ordered.map((source) => ({
    source,
    name: uniqueName(source.department ?? source.sheet, taken, 1),
  }));

  const leftOut: LeftOut[] = [];
  const merged = new Set(summary.sources.map((s) => `${s.file}\u0000${s.sheet}`));
  for (const f of summary.files) {
    if (f.error) {
      leftOut.push({ file: f.file, sheet: null, reason: f.error });
      continue;
    }
    for (const sheet of sheetsOf.get(f.file) ?? []) {
      if (merged.has(`${f.file}\u0000${sheet.name}`)) continue;
      leftOut.push({
        file: f.file,
        sheet: sheet.name,
        reason: sheet.kind && sheet.kind !== "worksheet" ? CHART_SHEET : NOT_A_REPORT,
      });
    }
  }
  return { sheets, leftOut, conflicts: summary.conflicts, files: summary.files };
}

/**
 * What copying a sheet could not keep as it was, one sentence each (src/xlsx/merge.ts): a part left
 * out (a picture, a chart, a pivot table…), or formulas that would change meaning in the merged
 * workbook kept as their last values. Named in the contents sheet and in the command's output.
 */
export interface CopyNote {
  /** The sheet's name in the merged workbook. */
  sheet: string;
  kind: "left-out" | "literal-formulas" | "dropped-rule" | "dead-link" | "read-back";
  message: Bilingual;
  /** The cells concerned, "B12" (for formulas kept as values). */
  cells?: string[];
}

/** What a merged sheet reads as, read back from the merged workbook. */
export interface ReadBack {
  department: string | null;
  period: Period | null;
  year: number | null;
}

/**
 * A sentence for each merged sheet that reads back otherwise than its source: a period, year or
 * department the source took from its file's name (or its old sheet name) is not on the sheet itself.
 * The contents sheet keeps the source's, and the sentence says so.
 */
export function readBackNotes(plan: MergePlan, readBack: ReadonlyMap<string, ReadBack>): CopyNote[] {
  const notes: CopyNote[] = [];
  for (const { source: s, name } of plan.sheets) {
    const r = readBack.get(name);
    if (!r) continue;
    const fi: string[] = [];
    const en: string[] = [];
    if (departmentKey(r.department) !== departmentKey(s.department)) {
      fi.push(`toimiala ${s.department ?? "ei tiedossa"} → ${r.department ?? "ei tiedossa"}`);
      en.push(`department ${s.department ?? "not known"} → ${r.department ?? "not known"}`);
    }
    if (r.period !== s.period || r.year !== s.year) {
      const was = periodPhrase(s.period, s.year);
      const now = periodPhrase(r.period, r.year);
      fi.push(`kausi ${was.fi} → ${now.fi}`);
      en.push(`period ${was.en} → ${now.en}`);
    }
    if (fi.length === 0) continue;
    notes.push({
      sheet: name,
      kind: "read-back",
      message: {
        fi: `Välilehti ${name} luetaan yhdistetyssä työkirjassa toisin kuin lähteessään ${s.file} (${fi.join(", ")}): lähde kertoi sen tiedostonsa tai välilehtensä nimessä. Sisällys-välilehdellä on lähteen tieto.`,
        en: `Sheet ${name} reads otherwise in the merged workbook than in its source ${s.file} (${en.join(", ")}): the source said it in its file or sheet name. The contents sheet holds the source's.`,
      },
    });
  }
  return notes;
}
