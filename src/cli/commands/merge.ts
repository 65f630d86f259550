/**
 * `toteuma merge FILE... -o OUT.xlsx [--departments FILE] [--expect "A;B"] [--json] [--lang fi|en]
 * [--force]` (also `yhdistä`): the departments' report sheets into one new workbook for the city
 * board, each as its department wrote it, after a first sheet "Sisällys" (contents).
 *
 * The files are read as `toteuma summary` reads them (src/app/summarise.ts: the same sources and the
 * same conflicts, in the same words); the plan (src/summary/merge.ts) orders and names the sheets,
 * src/xlsx/merge.ts copies them package to package, and src/edits/merge.ts plans the contents sheet:
 * the sheets with their sources, every conflict, every file and sheet left out with its reason, and
 * whatever copying could not keep as it was (a picture left out, formulas kept as their values).
 *
 * Exit codes (as summary): 0 the merged workbook was written; 2 a file could not be read or held no
 * report (the others are still merged and the file is named) or the output could not be written;
 * 64 bad usage.
 */
import * as fs from "fs";
import * as path from "path";
import { summarise, type SummaryFile } from "../../app/summarise";
import { departmentListOf, expectedDepartments } from "../../app/departments";
import { readWorkbook } from "../../read";
import { CONTENTS_SHEET, planContentsSheet } from "../../edits/merge";
import type { Language } from "../../model/text";
import {
  periodPhrase,
  planMerge,
  readBackNotes,
  type CopyNote,
  type FileSheet,
  type MergePlan,
} from "../../summary";
import { applyEdits, writeXlsx } from "../../xlsx/apply";
import { newWorkbook, snapshotOf } from "../../xlsx/core";
import { WorkbookWriteError } from "../../xlsx/errors";
import { openWorkbookBytes } from "../../xlsx/file";
import { SheetCopier, type SheetToCopy } from "../../xlsx/merge";
import type { XlsxPackage } from "../../xlsx/package";
import { fileHost, newWorkbookHost } from "../fileHost";
import { outputIsInput, reportError } from "../files";
import { EXIT, UsageError, type Command, type Io } from "../options";
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

function refuse(io: Io, lang: Language, fi: string, en: string, code: number = EXIT.usage): number {
  io.stderr(`toteuma: ${lang === "fi" ? fi : en}\n`);
  return code;
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
    if (outputIsInput(io, lang, options.files, out)) return EXIT.usage;
    if (!/\.xlsx$/i.test(out))
      return refuse(
        io,
        lang,
        `Tulostiedoston nimen pitää päättyä .xlsx: ${path.basename(out)}.`,
        `The output file's name must end in .xlsx: ${path.basename(out)}.`,
      );
    // Before reading any file: an existing output without --force would be refused at the end.
    if (!options.force && fs.existsSync(out)) {
      const name = path.basename(out);
      return refuse(
        io,
        lang,
        `Tiedosto "${name}" on jo olemassa; anna --force, jos haluat korvata sen.`,
        `The file "${name}" already exists; give --force to replace it.`,
        EXIT.unreadable,
      );
    }
    // Read as the summary reads them: the same sources, the same conflicts in the same words.
    const names = labels(options.files);
    const files: SummaryFile[] = options.files.map((file, i) => ({
      name: names[i],
      open: () => fileHost(file, options.settings),
    }));
    const host = newWorkbookHost(path.basename(out), options.settings);
    const { summary } = await summarise(host, {
      workbook: false,
      files,
      expected: options.expect ?? undefined,
    });
    for (const [i, f] of summary.files.entries())
      if (f.error) reportError(io, lang, options.files[i], f.error);
    // The city's order of departments, when a list is given (--departments).
    const order = await expectedDepartments(host);

    // Each read file's package, for its sheet list and for copying.
    const packages = new Map<string, XlsxPackage>();
    const sheetsOf = new Map<string, FileSheet[]>();
    for (const [i, f] of summary.files.entries()) {
      if (f.error) continue;
      const b = await fs.promises.readFile(options.files[i]);
      const pkg = openWorkbookBytes(new Uint8Array(b.buffer, b.byteOffset, b.byteLength), names[i]);
      packages.set(f.file, pkg);
      sheetsOf.set(
        f.file,
        pkg.sheets().map((s) => ({ name: s.name, kind: s.kind, state: s.state })),
      );
    }
    let plan = planMerge(summary, sheetsOf, { order, reserved: [CONTENTS_SHEET] });

    // The contents sheet first (so it is the first tab), the copies after it, then its final text.
    const target = newWorkbook();
    applyEdits(target, [planContentsSheet(plan, [], lang)]);
    const copier = new SheetCopier(target);
    const items: SheetToCopy[] = plan.sheets.map(({ source, name }) => ({
      from: packages.get(source.file) as XlsxPackage,
      file: source.file,
      sheet: source.sheet,
      name,
    }));
    const { copied, notes } = copier.copy(items);
    copier.finish();
    if (copied.length < plan.sheets.length) {
      const kept = new Set(copied);
      plan = { ...plan, sheets: plan.sheets.filter((s) => kept.has(s.name)) };
    }
    // Read back as Toteuma reads it: a period, year or department that only the source's file name
    // gave is not on the sheet, and the contents sheet says so.
    const list = await departmentListOf(host);
    const back = readWorkbook(await snapshotOf(target, path.basename(out)), { departments: list });
    notes.push(...readBackNotes(plan, new Map(back.sheets.map((r) => [r.sheet, r]))));
    applyEdits(target, [planContentsSheet(plan, notes, lang)]);
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
