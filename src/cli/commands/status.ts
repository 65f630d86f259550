/** `toteuma status FILE... [--json]`: each measure's status, whose judgement it is, and why. */
import { status as statusUseCase, type StatusResult } from "../../app/status";
import { measureRows, type Language } from "../../model";
import { anyUnreadable, printOverFiles } from "../files";
import { formatStatus } from "../format";
import { EXIT, type Command } from "../options";

/** Every measure as `read --json` prints it, with its status, source and reason. */
function measuresWithStatus({ report, assessments }: StatusResult, lang: Language) {
  // Several measures can share one cell ("Mittari 1. … Mittari 2. …"): pair them by position.
  const byPosition = new Map(assessments.map((a) => [`${a.sheet}#${a.ordinal}`, a]));
  return report.sheets.flatMap((r) =>
    measureRows(r).map((row, ordinal) => {
      const a = byPosition.get(`${r.sheet}#${ordinal}`);
      if (!a) throw new Error(`No assessment for ${r.sheet}!${row.cell}`);
      return { ...row, status: a.status, source: a.source, reason: a.reason[lang] };
    }),
  );
}

export const status: Command = {
  names: ["status", "tila"],
  takesScale: true,
  async run(options, io) {
    const all = await printOverFiles(options, io, (port) => statusUseCase(port, { scale: options.scale }), {
      json: (result) => ({ measures: measuresWithStatus(result, options.lang) }),
      unread: { measures: [] },
      text: (file, { report, assessments }) => formatStatus(file, report, assessments, options.lang),
    });
    return anyUnreadable(all) ? EXIT.unreadable : EXIT.ok;
  },
};
