/**
 * Running a use case over the files of a command, one file at a time: a consolidator may pass dozens
 * of workbooks, and only the results stay in memory. A file that cannot be opened or read gets one
 * sentence on stderr and its place in the output; the other files are still processed.
 */
import * as fs from "fs";
import * as path from "path";
import { PaneError } from "../app/errors";
import type { HostPort } from "../app/port";
import type { Bilingual, Language } from "../model/text";
import { WorkbookReadError } from "../xlsx/snapshot";
import { fileHost, type FileHost } from "./fileHost";
import { EXIT, type Io, type Options } from "./options";

export type PerFile<T> = { file: string; result: T } | { file: string; error: Bilingual };

export function reportError(io: Io, lang: Language, file: string, error: Bilingual): void {
  io.stderr(`toteuma: ${path.basename(file)}: ${error[lang]}\n`);
}

/**
 * True, with the sentence on stderr, when the output would be one of the input files: commands that
 * write a new file (colour, template, summary) never write over their input.
 */
export function outputIsInput(io: Io, lang: Language, inputs: readonly string[], out: string): boolean {
  if (!inputs.some((f) => path.resolve(f) === path.resolve(out))) return false;
  io.stderr(
    `toteuma: ${
      lang === "fi"
        ? "Tulostiedosto ei voi olla sama kuin lähtötiedosto: alkuperäistä ei kirjoiteta yli."
        : "The output file cannot be the input file: the original is never overwritten."
    }\n`,
  );
  return true;
}

/**
 * Null when a new workbook may be written to `out`; otherwise the exit code, with its sentence on
 * stderr: the output is one of the inputs or not .xlsx (bad usage), or it exists and --force was not
 * given (checked before any file is read, so that nothing is read only to be refused at the end).
 */
export function refusedOutput(
  io: Io,
  lang: Language,
  inputs: readonly string[],
  out: string,
  force: boolean,
): number | null {
  if (outputIsInput(io, lang, inputs, out)) return EXIT.usage;
  const name = path.basename(out);
  const say = (fi: string, en: string) => io.stderr(`toteuma: ${lang === "fi" ? fi : en}\n`);
  if (!/\.xlsx$/i.test(out)) {
    say(
      `Tulostiedoston nimen pitää päättyä .xlsx: ${name}.`,
      `The output file's name must end in .xlsx: ${name}.`,
    );
    return EXIT.usage;
  }
  if (!force && fs.existsSync(out)) {
    say(
      `Tiedosto "${name}" on jo olemassa; anna --force, jos haluat korvata sen.`,
      `The file "${name}" already exists; give --force to replace it.`,
    );
    return EXIT.unreadable;
  }
  return null;
}

/** The use case over one file; a file that cannot be opened or read gives its sentence instead. */
export async function overFile<T>(
  host: FileHost,
  useCase: (port: HostPort) => Promise<T>,
): Promise<PerFile<T>> {
  try {
    return { file: host.file, result: await useCase(host) };
  } catch (e) {
    // Opening (snapshot) and reading fail per file; anything later is unexpected and stops the command.
    if (!(e instanceof PaneError) || (e.stage !== "snapshot" && e.stage !== "read")) throw unwrap(e);
    if (e.cause instanceof WorkbookReadError)
      return { file: host.file, error: { fi: e.cause.fi, en: e.cause.en } };
    const detail = e.cause instanceof Error ? e.cause.message : String(e.cause);
    return {
      file: host.file,
      error: {
        fi: `Tiedostoa ei voitu lukea (${detail}).`,
        en: `The file could not be read (${detail}).`,
      },
    };
  }
}

/** The error a step threw, without the pane's stage around it. */
function unwrap(e: unknown): unknown {
  return e instanceof PaneError ? e.cause : e;
}

/** The use case over every file of the command, in order, each unreadable one reported on stderr. */
async function overFiles<T>(
  options: Options,
  io: Io,
  useCase: (port: HostPort) => Promise<T>,
): Promise<PerFile<T>[]> {
  const out: PerFile<T>[] = [];
  for (const file of options.files) {
    const done = await overFile(fileHost(file, options.settings), useCase);
    if ("error" in done) reportError(io, options.lang, file, done.error);
    out.push(done);
  }
  return out;
}

export const anyUnreadable = (all: PerFile<unknown>[]): boolean => all.some((f) => "error" in f);

/** How a command prints each file's result. */
export interface Output<T> {
  /** The JSON of a file that was read, after its `file` and `error: null`. */
  json(result: T): Record<string, unknown>;
  /** The same keys, empty, for a file that could not be read (after its `file` and `error`). */
  unread: Record<string, unknown>;
  /** The text of a file that was read. */
  text(file: string, result: T): string;
}

/**
 * The use case over every file, then its output: `{"files":[…]}` with --json, else the text of each
 * file that was read (unreadable ones were said on stderr).
 */
export async function printOverFiles<T>(
  options: Options,
  io: Io,
  useCase: (port: HostPort) => Promise<T>,
  output: Output<T>,
): Promise<PerFile<T>[]> {
  const all = await overFiles(options, io, useCase);
  if (options.json) {
    const files = all.map((f) =>
      "error" in f
        ? { file: f.file, error: f.error[options.lang], ...output.unread }
        : { file: f.file, error: null, ...output.json(f.result) },
    );
    io.stdout(JSON.stringify({ files }, null, 2) + "\n");
  } else {
    for (const f of all) if ("result" in f) io.stdout(output.text(f.file, f.result));
  }
  return all;
}
