/**
 * The `toteuma` command line: the same core as the task pane, over .xlsx files read with exceljs.
 * `main` takes arguments and output streams and returns the exit code, so that tests can run it.
 */
import * as path from "path";
import { HELP, parseArgs, UsageError, type Options } from "./args";
import { formatRead, formatStatus, formatValidate } from "./format";
import { loadXlsxFile, WorkbookReadError, type LoadedWorkbook } from "../xlsx/snapshot";
import { applyEdits, writeXlsx, WorkbookWriteError } from "../xlsx/apply";
import { readWorkbook } from "../read";
import { validateWorkbook } from "../validate";
import { assessWorkbook } from "../assess";
import { planColour } from "../edits/colour";
import { a1, countActions, countMeasures, measureRows, type WorkbookReport } from "../model";
import type { Bilingual, Language } from "../model/text";

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env?: Record<string, string | undefined>;
}

export const EXIT = { ok: 0, findings: 1, unreadable: 2, usage: 64 } as const;

type Loaded =
  { file: string; loaded: LoadedWorkbook; report: WorkbookReport } | { file: string; error: Bilingual };

async function load(file: string): Promise<Loaded> {
  try {
    const loaded = await loadXlsxFile(file);
    return { file, loaded, report: readWorkbook(loaded.snapshot) };
  } catch (e) {
    if (e instanceof WorkbookReadError) return { file, error: { fi: e.fi, en: e.en } };
    const detail = e instanceof Error ? e.message : String(e);
    return {
      file,
      error: {
        fi: `Tiedostoa ei voitu lukea (${detail}).`,
        en: `The file could not be read (${detail}).`,
      },
    };
  }
}

function reportError(io: Io, lang: Language, file: string, error: Bilingual): void {
  io.stderr(`toteuma: ${path.basename(file)}: ${error[lang]}\n`);
}

export async function main(argv: string[], io: Io): Promise<number> {
  let options: Options | "help" | "version";
  try {
    options = parseArgs(argv, io.env ?? {});
  } catch (e) {
    if (e instanceof UsageError) {
      const lang: Language = (io.env?.TOTEUMA_LANG ?? "").startsWith("en") ? "en" : "fi";
      io.stderr(`toteuma: ${lang === "fi" ? e.fi : e.en}\n\n${HELP[lang]}`);
      return EXIT.usage;
    }
    throw e;
  }
  if (options === "help") {
    io.stdout(HELP[(io.env?.TOTEUMA_LANG ?? "").startsWith("en") ? "en" : "fi"]);
    return EXIT.ok;
  }
  if (options === "version") {
    io.stdout("toteuma 0.1.0\n");
    return EXIT.ok;
  }
  switch (options.command) {
    case "read":
      return runRead(options, io);
    case "validate":
      return runValidate(options, io);
    case "status":
      return runStatus(options, io);
    case "colour":
      return runColour(options, io);
  }
}

async function loadAll(options: Options, io: Io): Promise<Loaded[]> {
  const out: Loaded[] = [];
  // One file at a time: a consolidator may pass dozens of workbooks; memory stays bounded.
  for (const file of options.files) {
    const l = await load(file);
    if ("error" in l) reportError(io, options.lang, file, l.error);
    out.push(l);
  }
  return out;
}

const unreadable = (all: Loaded[]): boolean => all.some((l) => "error" in l);

async function runRead(options: Options, io: Io): Promise<number> {
  const all = await loadAll(options, io);
  if (options.json) {
    const files = all.map((l) =>
      "error" in l
        ? { file: l.file, error: l.error[options.lang], sheets: [], measures: [] }
        : {
            file: l.file,
            error: null,
            sheets: l.report.sheets.map((r) => ({
              sheet: r.sheet,
              layout: r.layout,
              department: r.department,
              period: r.period,
              year: r.year,
              actions: countActions(r),
              measures: countMeasures(r),
            })),
            measures: l.report.sheets.flatMap(measureRows),
          },
    );
    io.stdout(JSON.stringify({ files }, null, 2) + "\n");
  } else {
    for (const l of all) if (!("error" in l)) io.stdout(formatRead(l.file, l.report, options.lang));
  }
  return unreadable(all) ? EXIT.unreadable : EXIT.ok;
}

async function runValidate(options: Options, io: Io): Promise<number> {
  const all = await loadAll(options, io);
  let anyError = false;
  const files = all.map((l) => {
    if ("error" in l) return { file: l.file, error: l.error[options.lang], findings: [] };
    const findings = validateWorkbook(l.report);
    if (findings.some((f) => f.severity === "error")) anyError = true;
    return { file: l.file, error: null, report: l.report, findings };
  });
  if (options.json) {
    const out = files.map((f) => ({
      file: f.file,
      error: f.error,
      findings: f.findings.map((x) => ({
        sheet: x.cell.sheet,
        cell: a1(x.cell),
        row: x.cell.row,
        severity: x.severity,
        code: x.code,
        message: x.message[options.lang],
        message_fi: x.message.fi,
        message_en: x.message.en,
        suggestion: x.suggestion ? x.suggestion[options.lang] : null,
      })),
    }));
    io.stdout(JSON.stringify({ files: out }, null, 2) + "\n");
  } else {
    for (const f of files) if (f.error === null) io.stdout(formatValidate(f.file, f.findings, options.lang));
  }
  if (unreadable(all)) return EXIT.unreadable;
  return anyError ? EXIT.findings : EXIT.ok;
}

async function runStatus(options: Options, io: Io): Promise<number> {
  const all = await loadAll(options, io);
  const files = all.map((l) => {
    if ("error" in l) return { file: l.file, error: l.error[options.lang], report: null, assessments: [] };
    return { file: l.file, error: null, report: l.report, assessments: assessWorkbook(l.report) };
  });
  if (options.json) {
    const out = files.map((f) => {
      if (!f.report) return { file: f.file, error: f.error, measures: [] };
      // Several measures can share one cell ("Mittari 1. … Mittari 2. …"): pair them by position.
      const byPosition = new Map(f.assessments.map((a) => [`${a.sheet}#${a.ordinal}`, a]));
      const measures = f.report.sheets.flatMap((r) =>
        measureRows(r).map((row, ordinal) => {
          const a = byPosition.get(`${r.sheet}#${ordinal}`);
          if (!a) throw new Error(`No assessment for ${r.sheet}!${row.cell}`);
          return { ...row, status: a.status, source: a.source, reason: a.reason[options.lang] };
        }),
      );
      return { file: f.file, error: null, measures };
    });
    io.stdout(JSON.stringify({ files: out }, null, 2) + "\n");
  } else {
    for (const f of files)
      if (f.report) io.stdout(formatStatus(f.file, f.report, f.assessments, options.lang));
  }
  return unreadable(all) ? EXIT.unreadable : EXIT.ok;
}

async function runColour(options: Options, io: Io): Promise<number> {
  const file = options.files[0];
  const out = options.out as string;
  if (path.resolve(out) === path.resolve(file)) {
    io.stderr(
      `toteuma: ${
        options.lang === "fi"
          ? "Tulostiedosto ei voi olla sama kuin lähtötiedosto: alkuperäistä ei kirjoiteta yli."
          : "The output file cannot be the input file: the original is never overwritten."
      }\n`,
    );
    return EXIT.usage;
  }
  const l = await load(file);
  if ("error" in l) {
    reportError(io, options.lang, file, l.error);
    return EXIT.unreadable;
  }
  const assessments = assessWorkbook(l.report);
  const edits = planColour(l.report, assessments, l.loaded.snapshot);
  applyEdits(l.loaded.workbook, edits);
  try {
    await writeXlsx(l.loaded.workbook, out, { input: file, force: options.force });
  } catch (e) {
    if (!(e instanceof WorkbookWriteError)) throw e;
    io.stderr(`toteuma: ${path.basename(out)}: ${e[options.lang]}\n`);
    return EXIT.unreadable;
  }
  io.stdout(formatStatus(file, l.report, assessments, options.lang));
  io.stdout(
    options.lang === "fi"
      ? `Väritetty ${assessments.length} mittaria: ${out}\n`
      : `Coloured ${assessments.length} measures: ${out}\n`,
  );
  return EXIT.ok;
}
