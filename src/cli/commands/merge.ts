/**
 * `toteuma merge FILE... -o OUT.xlsx [--departments FILE] [--expect "A;B"] [--json] [--lang fi|en]
 * [--force]` (also `yhdistä`): the departments' report sheets into one new workbook for the city
 * board, each as its department wrote it, after a first sheet "Sisällys" (contents).
 *
 * A thin edge over the use case src/app/merge.ts (the pane's "Yhdistä työkirjat" too): it reads
 * each file once, as `toteuma summary` reads them (the same sources and the same conflicts, in the
 * same words), and keeps its package to copy from; the plan (src/summary/merge.ts) orders and names the sheets,
 * src/xlsx/merge.ts copies them package to package, and src/edits/merge.ts plans the contents sheet:
 * the sheets with their sources, every conflict, every file and sheet left out with its reason, and
 * whatever copying could not keep as it was (a picture left out, formulas kept as their values).
 *
 * Exit codes (as summary): 0 the merged workbook was written; 2 a file could not be read or held no
 * report (the others are still merged and the file is named) or the output could not be written;
 * 64 bad usage.
 */
import * as path from "path";
import { merge as mergeWorkbooks } from "../../app/merge";
import type { Language } from "../../model/text";
import { periodPhrase, type CopyNote, type MergePlan } from "../../summary";
import { writeXlsx } from "../../xlsx/apply";
import { WorkbookWriteError } from "../../xlsx/errors";
import { NODE_CODEC, readXlsxBytes } from "../../xlsx/file";
import { mergeXlsx } from "../../xlsx/mergeKit";
import { newWorkbookHost } from "../fileHost";
import { refusedOutput, reportError } from "../files";
import { EXIT, UsageError, type Command } from "../options";
import { labels } from "./summary";

/** The merge as `--json` prints it (the shape in the README). */
export function mergeJson(
  plan: MergePlan,
  notes: readonly CopyNote[],
  lang: Language,
): Record<string, unknown> {
  return {
    files: plan.files.map((f) => ({ file: f.file, error: f.error ? f.error[lang] : null })),
    sheets: plan.sheets.map(({ source: s, name }) => ({
      sheet: name,
      department: s.department,
      period: s.period,
      year: s.year,
      file: s.file,
      sourceSheet: s.sheet,
      measures: s.measures.length,
    })),
    leftOut: plan.leftOut.map((l) => ({ file: l.file, sheet: l.sheet, reason: l.reason[lang] })),
    conflicts: plan.conflicts.map((c) => ({
      code: c.code,
      message: c.message[lang],
      files: c.files,
      ...(c.cells ? { cells: c.cells } : {}),
    })),
    notes: notes.map((n) => ({
      sheet: n.sheet,
      kind: n.kind,
      message: n.message[lang],
      ...(n.cells ? { cells: n.cells } : {}),
    })),
  };
}

const TEXT = {
  fi: {
    head: ["Välilehti", "Kausi", "Mittareita", "Lähde"],
    conflicts: (n: number) => `Ristiriidat (${n}):`,
    none: "Ei ristiriitoja.",
    leftOut: (n: number) => `Jäi pois (${n}):`,
    notes: (n: number) => `Kopioinnissa muuttunut (${n}):`,
    written: (out: string, n: number) =>
      `Yhdistetty työkirja kirjoitettiin: ${out} (Sisällys ja ${n} ${n === 1 ? "raporttivälilehti" : "raporttivälilehteä"})`,
  },
  en: {
    head: ["Sheet", "Period", "Measures", "Source"],
    conflicts: (n: number) => `Conflicts (${n}):`,
    none: "No conflicts.",
    leftOut: (n: number) => `Left out (${n}):`,
    notes: (n: number) => `Changed in copying (${n}):`,
    written: (out: string, n: number) =>
      `Merged workbook written: ${out} (Sisällys and ${n} report ${n === 1 ? "sheet" : "sheets"})`,
  },
};

/** The merge as text: the sheets, then the conflicts, what was left out and what copying changed. */
export function formatMerge(plan: MergePlan, notes: readonly CopyNote[], lang: Language): string {
  const t = TEXT[lang];
  const rows = plan.sheets.map(({ source: s, name }) => [
    name,
    periodPhrase(s.period, s.year)[lang],
    String(s.measures.length),
    `${s.file} / ${s.sheet}`,
  ]);
  const all = [t.head, ...rows];
  const widths = t.head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const out = all.map((r) =>
    r
      .map((v, i) => (i === 2 ? v.padStart(widths[i]) : v.padEnd(widths[i])))
      .join("  ")
      .trimEnd(),
  );
  out.push("");
  if (plan.conflicts.length === 0) out.push(t.none);
  else {
    out.push(t.conflicts(plan.conflicts.length));
    for (const c of plan.conflicts) out.push(`  ${c.code}: ${c.message[lang]}`);
  }
  if (plan.leftOut.length > 0) {
    out.push(t.leftOut(plan.leftOut.length));
    for (const l of plan.leftOut)
      out.push(`  ${l.sheet === null ? l.file : `${l.file} / ${l.sheet}`}: ${l.reason[lang]}`);
  }
  if (notes.length > 0) {
    out.push(t.notes(notes.length));
    for (const n of notes) out.push(`  ${n.message[lang]}`);
  }
  return out.join("\n") + "\n";
}

export const merge: Command = {
  names: ["merge", "yhdistä", "yhdista"],
  takes: ["expect"],
  checkUsage(options) {
    if (!options.out)
      throw new UsageError(
        "merge tarvitsee tulostiedoston: -o YHDISTETTY.xlsx.",
        "merge needs an output file: -o MERGED.xlsx.",
      );
  },
  async run(options, io) {
    const lang = options.lang;
    const out = options.out as string;
    const refused = refusedOutput(io, lang, options.files, out, options.force);
    if (refused !== null) return refused;
    // The use case (src/app/merge.ts): each file read once, as the summary reads it, and copied.
    const names = labels(options.files);
    const host = newWorkbookHost(path.basename(out), options.settings);
    const {
      summary,
      plan,
      notes,
      workbook: target,
    } = await mergeWorkbooks(host, {
      files: options.files.map((file, i) => ({ name: names[i], bytes: () => readXlsxBytes(file) })),
      xlsx: mergeXlsx(NODE_CODEC),
      lang,
      name: path.basename(out),
      expected: options.expect ?? undefined,
    });
    for (const [i, f] of summary.files.entries())
      if (f.error) reportError(io, lang, options.files[i], f.error);
    try {
      await writeXlsx(target, out, { force: options.force });
    } catch (e) {
      if (!(e instanceof WorkbookWriteError)) throw e;
      io.stderr(`toteuma: ${path.basename(out)}: ${e[lang]}\n`);
      return EXIT.unreadable;
    }
    if (options.json) io.stdout(JSON.stringify(mergeJson(plan, notes, lang), null, 2) + "\n");
    else {
      io.stdout(formatMerge(plan, notes, lang));
      io.stdout(TEXT[lang].written(out, plan.sheets.length) + "\n");
    }
    return summary.files.some((f) => f.error) ? EXIT.unreadable : EXIT.ok;
  },
};
