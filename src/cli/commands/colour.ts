/** `toteuma colour FILE -o OUT.xlsx`: colour the measures' status into a new file; the input is never overwritten. */
import * as path from "path";
import { colour as colourUseCase } from "../../app/colour";
import { WorkbookWriteError } from "../../xlsx/apply";
import { fileHost } from "../fileHost";
import { outputIsInput, overFile, reportError } from "../files";
import { formatStatus } from "../format";
import { EXIT, UsageError, type Command } from "../options";

export const colour: Command = {
  names: ["colour", "color", "varita"],
  takesScale: true,
  checkUsage(options) {
    if (options.files.length !== 1)
      throw new UsageError("colour käsittelee yhden tiedoston kerrallaan.", "colour takes exactly one file.");
    if (!options.out)
      throw new UsageError(
        "colour tarvitsee tulostiedoston: -o TULOS.xlsx.",
        "colour needs an output file: -o OUT.xlsx.",
      );
  },
  async run(options, io) {
    const file = options.files[0];
    const out = options.out as string;
    const lang = options.lang;
    if (outputIsInput(io, lang, [file], out)) return EXIT.usage;
    const host = fileHost(file, options.settings);
    const done = await overFile(host, (port) => colourUseCase(port, { scale: options.scale }));
    if ("error" in done) {
      reportError(io, lang, file, done.error);
      return EXIT.unreadable;
    }
    try {
      await host.saveAs(out, { force: options.force });
    } catch (e) {
      if (!(e instanceof WorkbookWriteError)) throw e;
      io.stderr(`toteuma: ${path.basename(out)}: ${e[lang]}\n`);
      return EXIT.unreadable;
    }
    const { report, assessments } = done.result;
    io.stdout(formatStatus(file, report, assessments, lang));
    io.stdout(
      lang === "fi"
        ? `Väritetty ${assessments.length} mittaria: ${out}\n`
        : `Coloured ${assessments.length} measures: ${out}\n`,
    );
    return EXIT.ok;
  },
};
