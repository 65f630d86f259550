/** `toteuma read FILE... [--json]`: what was read: layout, department, period, the hierarchy, counts. */
import { read as readUseCase } from "../../app/read";
import { countActions, countMeasures, measureRows } from "../../model";
import { anyUnreadable, overFiles } from "../files";
import { formatRead } from "../format";
import { EXIT, type Command } from "../options";

export const read: Command = {
  names: ["read", "lue"],
  async run(options, io) {
    const all = await overFiles(options, io, readUseCase);
    if (options.json) {
      const files = all.map((f) =>
        "error" in f
          ? { file: f.file, error: f.error[options.lang], sheets: [], measures: [] }
          : {
              file: f.file,
              error: null,
              sheets: f.result.sheets.map((r) => ({
                sheet: r.sheet,
                layout: r.layout,
                department: r.department,
                period: r.period,
                year: r.year,
                actions: countActions(r),
                measures: countMeasures(r),
              })),
              measures: f.result.sheets.flatMap(measureRows),
            },
      );
      io.stdout(JSON.stringify({ files }, null, 2) + "\n");
    } else {
      for (const f of all) if ("result" in f) io.stdout(formatRead(f.file, f.result, options.lang));
    }
    return anyUnreadable(all) ? EXIT.unreadable : EXIT.ok;
  },
};
