/**
 * src/cli: the `toteuma` command line — the use cases of src/app over .xlsx files (the file host,
 * fileHost.ts, over src/xlsx). main.ts parses the arguments (args.ts) and dispatches to one file per
 * command (commands/, listed in commands/index.ts COMMANDS); format.ts renders text output. `main`
 * takes arguments and output streams and returns the exit code, so that tests can run it.
 */
import * as path from "path";
import { DEPARTMENTS_SETTING } from "../app/departments";
import { languageOfEnvironment } from "../i18n";
import { HELP, parseArgs } from "./args";
import { loadDepartmentList } from "./departments";
import { EXIT, UsageError, type Io, type Options } from "./options";

export { EXIT, type Io };

export async function main(argv: string[], io: Io): Promise<number> {
  let options: Options | "help" | "version";
  try {
    options = parseArgs(argv, io.env ?? {});
  } catch (e) {
    if (e instanceof UsageError) {
      const lang = languageOfEnvironment(io.env ?? {});
      io.stderr(`toteuma: ${lang === "fi" ? e.fi : e.en}\n\n${HELP[lang]}`);
      return EXIT.usage;
    }
    throw e;
  }
  if (options === "help") {
    io.stdout(HELP[languageOfEnvironment(io.env ?? {})]);
    return EXIT.ok;
  }
  if (options === "version") {
    io.stdout("toteuma 0.1.0\n");
    return EXIT.ok;
  }
  if (options.departments) {
    // The list stands in for every workbook's own; a list that cannot be taken stops the run.
    const loaded = await loadDepartmentList(options.departments);
    if ("errors" in loaded) {
      const name = path.basename(options.departments);
      for (const e of loaded.errors) io.stderr(`toteuma: ${name}: ${e[options.lang]}\n`);
      return EXIT.unreadable;
    }
    options = { ...options, settings: { ...options.settings, [DEPARTMENTS_SETTING]: loaded.text } };
  }
  return options.command.run(options, io);
}
