/** What every command of `toteuma` gets: its options, the output streams, the exit codes. */
import type { Scale } from "../assess/scale";
import type { Language } from "../model/text";

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env?: Record<string, string | undefined>;
}

export const EXIT = { ok: 0, findings: 1, unreadable: 2, usage: 64 } as const;

export interface Options {
  command: Command;
  files: string[];
  json: boolean;
  out: string | null;
  lang: Language;
  /** Replace an existing output file (`--force`). */
  force: boolean;
  /** Departments expected among the sources (`--expect "A;B"`, summary); null when not given. */
  expect: string[] | null;
  /** The status scale profile for this run (`--scale pori|distance[:N]`); null: the workbook's own. */
  scale: Scale | null;
  /** `--departments FILE`: the city's list of departments for this run (a text file or a workbook); null when not given. */
  departments?: string | null;
  /**
   * Settings that stand in for the workbooks' own for this run (main.ts puts the list of
   * `--departments` here, under the key the app layer reads it by).
   */
  settings?: Readonly<Record<string, string>>;
  /** `--period`, `--year`, `--department` as written (`toteuma template`); null when not given. */
  period?: string | null;
  year?: string | null;
  department?: string | null;
}

/** One command of `toteuma`: a file in src/cli/commands and its line in that folder's COMMANDS. */
export interface Command {
  /** The command's name first, then the other words that call it ("lue", "tarkista"…). */
  names: readonly string[];
  /** True when the command judges statuses and so takes `--scale`. */
  takesScale?: boolean;
  /** The named options it takes beyond the common ones (`--period`…); any other is refused. */
  takes?: readonly ("period" | "year" | "department" | "expect")[];
  /** Throws a UsageError when the options do not fit this command (after the common checks). */
  checkUsage?(options: Options): void;
  /** Runs the command; resolves to its exit code. */
  run(options: Options, io: Io): Promise<number>;
}

export class UsageError extends Error {
  constructor(
    readonly fi: string,
    readonly en: string,
  ) {
    super(en);
  }
}
