/**
 * `toteuma summary FILE... -o OUT.xlsx [--expect "A;B"] [--json] [--lang fi|en] [--force]`: every
 * department's report summarised into a new workbook with the sheets Yhteenveto, Mittarit and
 * Poikkeamat (src/app/summarise.ts). The files are read one at a time; one that cannot be read is
 * named on stderr and in the summary, and the others are still summarised. The output is a new
 * file, never one of the inputs, and replaces an existing file only with --force.
 *
 * Links: each Mittarit and Poikkeamat row's cell address links to its source cell as a relative file
 * link (`raportit/sivistys.xlsx#'T2 2025'!B12`), relative to the output's folder, so the links keep
 * working when the folder with the summary and its sources is moved or shared as a whole.
 *
 * Exit codes: 0 the summary was written; 2 a file could not be read (the summary is still written)
 * or the output could not be written; 64 bad usage.
 */
import * as path from "path";
import { writeSummary, type SummaryFile } from "../../app/summarise";
import type { Language } from "../../model/text";
import { periodPhrase, type Summary } from "../../summary";
import { WorkbookWriteError } from "../../xlsx/errors";
import { fileHost, newWorkbookHost } from "../fileHost";
import { refusedOutput, reportError } from "../files";
import { EXIT, UsageError, type Command } from "../options";

/** Each file as the summary names it: its name, or the path as given where two files share a name. */
export function labels(files: readonly string[]): string[] {
  const count = new Map<string, number>();
  for (const f of files) count.set(path.basename(f), (count.get(path.basename(f)) ?? 0) + 1);
  return files.map((f) => ((count.get(path.basename(f)) ?? 0) > 1 ? f : path.basename(f)));
}

/** The file's address relative to the output's folder, with forward slashes (as links want them). */
function hrefOf(file: string, out: string): string {
  return path
    .relative(path.dirname(path.resolve(out)), path.resolve(file))
    .split(path.sep)
    .join("/");
}

/** The summary as `--json` prints it (the shape in the README). */
export function summaryJson(s: Summary, lang: Language): Record<string, unknown> {
  return {
    files: s.files.map((f) => ({ file: f.file, error: f.error ? f.error[lang] : null })),
    departments: s.departments.map((d) => ({
      department: d.department,
      files: [d.source.file],
      period: d.period,
      year: d.year,
      measures: d.measures,
      achieved: d.achieved,
      partial: d.partial,
      notAchieved: d.notAchieved,
      notAssessable: d.notAssessable,
      errors: d.errors,
      warnings: d.warnings,
    })),
    focusAreas: s.focusAreas.map((f) => ({
      focusArea: f.focusArea,
      measures: f.measures,
      achieved: f.achieved,
      partial: f.partial,
      notAchieved: f.notAchieved,
      notAssessable: f.notAssessable,
    })),
    total: {
      measures: s.total.measures,
      achieved: s.total.achieved,
      partial: s.total.partial,
      notAchieved: s.total.notAchieved,
      notAssessable: s.total.notAssessable,
    },
    conflicts: s.conflicts.map((c) => ({
      code: c.code,
      message: c.message[lang],
      files: c.files,
      ...(c.cells ? { cells: c.cells } : {}),
    })),
  };
}

const TEXT = {
  fi: {
    head: ["Toimiala", "Kausi", "Mitt.", "Tot.", "Ositt.", "Ei tot.", "Ei arv.", "Virh.", "Var."],
    unknown: "(toimiala ei tiedossa)",
    total: "Yhteensä",
    conflicts: (n: number) => `Ristiriidat (${n}):`,
    none: "Ei ristiriitoja.",
    written: (out: string, sheets: string[]) => `Yhteenveto kirjoitettiin: ${out} (${sheets.join(", ")})`,
  },
  en: {
    head: ["Department", "Period", "Meas.", "Ach.", "Part.", "Not", "N/A", "Err.", "Warn."],
    unknown: "(department not known)",
    total: "Total",
    conflicts: (n: number) => `Conflicts (${n}):`,
    none: "No conflicts.",
    written: (out: string, sheets: string[]) => `Summary written: ${out} (${sheets.join(", ")})`,
  },
};

/** The summary as a table for the terminal, then the conflicts. */
export function formatSummary(s: Summary, lang: Language): string {
  const t = TEXT[lang];
  const rows: string[][] = s.departments.map((d) => [
    d.department ?? `${t.unknown} ${d.source.file}`,
    periodPhrase(d.period, d.year)[lang],
    ...[d.measures, d.achieved, d.partial, d.notAchieved, d.notAssessable, d.errors, d.warnings].map(String),
  ]);
  const x = s.total;
  rows.push([
    t.total,
    "",
    ...[x.measures, x.achieved, x.partial, x.notAchieved, x.notAssessable, x.errors, x.warnings].map(String),
  ]);
  const all = [t.head, ...rows];
  const widths = t.head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r: string[]) =>
    r
      .map((v, i) => (i < 2 ? v.padEnd(widths[i]) : v.padStart(widths[i])))
      .join("  ")
      .trimEnd();
  const out = all.map(line);
  out.push("");
  if (s.conflicts.length === 0) out.push(t.none);
  else {
    out.push(t.conflicts(s.conflicts.length));
    for (const c of s.conflicts) out.push(`  ${c.code}: ${c.message[lang]}`);
  }
  return out.join("\n") + "\n";
}

export const summary: Command = {
  names: ["summary", "yhteenveto"],
  takes: ["expect"],
  checkUsage(options) {
    if (!options.out)
      throw new UsageError(
        "summary tarvitsee tulostiedoston: -o YHTEENVETO.xlsx.",
        "summary needs an output file: -o SUMMARY.xlsx.",
      );
  },
  async run(options, io) {
    const lang = options.lang;
    const out = options.out as string;
    const refused = refusedOutput(io, lang, options.files, out, options.force);
    if (refused !== null) return refused;
    const names = labels(options.files);
    const files: SummaryFile[] = options.files.map((file, i) => ({
      name: names[i],
      href: hrefOf(file, out),
      open: () => fileHost(file, options.settings),
    }));
    // --departments stands in for the city's list for this run: it names every file's departments and,
    // without --expect, the departments expected. It is not written into the summary.
    const host = newWorkbookHost(path.basename(out), options.settings);
    const written = await writeSummary(host, lang, {
      workbook: false,
      files,
      expected: options.expect ?? undefined,
    });
    for (const [i, f] of written.summary.files.entries())
      if (f.error) reportError(io, lang, options.files[i], f.error);
    try {
      await host.saveAs(out, { force: options.force });
    } catch (e) {
      if (!(e instanceof WorkbookWriteError)) throw e;
      io.stderr(`toteuma: ${path.basename(out)}: ${e[lang]}\n`);
      return EXIT.unreadable;
    }
    if (options.json) io.stdout(JSON.stringify(summaryJson(written.summary, lang), null, 2) + "\n");
    else {
      io.stdout(formatSummary(written.summary, lang));
      io.stdout(TEXT[lang].written(out, written.sheets) + "\n");
    }
    return written.summary.files.some((f) => f.error) ? EXIT.unreadable : EXIT.ok;
  },
};
