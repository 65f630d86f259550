/**
 * src/cli/commands: one file per command of `toteuma`, each a `Command` (src/cli/options.ts) that runs
 * a use case of src/app over the files it is given (src/cli/files.ts, the file host in fileHost.ts)
 * and prints its result as text (src/cli/format.ts) or JSON. main.ts parses the arguments and
 * dispatches through COMMANDS.
 *
 * Adding a command: a file here exporting its Command (its names, any checks of its options, `run`),
 * its line in COMMANDS below, and its line in the help (src/cli/args.ts HELP).
 */
import type { Command } from "../options";
import { colour } from "./colour";
import { merge } from "./merge";
import { read } from "./read";
import { status } from "./status";
import { summary } from "./summary";
import { template } from "./template";
import { validate } from "./validate";

export const COMMANDS: readonly Command[] = [read, validate, status, colour, summary, template, merge];

/** The command a word on the command line names ("validate", "tarkista", "COLOR"…), or null. */
export function commandNamed(word: string): Command | null {
  const w = word.toLowerCase();
  return COMMANDS.find((c) => c.names.includes(w)) ?? null;
}
