/** `toteuma read FILE... [--json]`: what was read: layout, department, period, the hierarchy, counts. */
import { read as readUseCase } from "../../app/read";
import { countActions, countMeasures, measureRows } from "../../model";
import { anyUnreadable, printOverFiles } from "../files";
import { formatRead } from "../format";
import { EXIT, type Command } from "../options";

export const read: Command = {
  names: ["read", "lue"],
  async run(options, io) {
    const all = await printOverFiles(options, io, readUseCase, {
      json: (report) => ({
        sheets: report.sheets.map((r) => ({
          sheet: r.sheet,
          layout: r.layout,
          department: r.department,
          period: r.period,
          year: r.year,
          actions: countActions(r),
          measures: countMeasures(r),
        })),
        measures: report.sheets.flatMap(measureRows),
      }),
      unread: { sheets: [], measures: [] },
      text: (file, report) => formatRead(file, report, options.lang),
    });
    return anyUnreadable(all) ? EXIT.unreadable : EXIT.ok;
  },
};
