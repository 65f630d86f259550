/** `toteuma validate FILE... [--json]`: check the report; exit 1 when an error-level finding is found. */
import { check } from "../../app/check";
import { a1 } from "../../model";
import { anyUnreadable, printOverFiles } from "../files";
import { formatValidate } from "../format";
import { EXIT, type Command } from "../options";

export const validate: Command = {
  names: ["validate", "tarkista"],
  async run(options, io) {
    const lang = options.lang;
    const all = await printOverFiles(options, io, check, {
      json: ({ findings }) => ({
        findings: findings.map((x) => ({
          sheet: x.cell.sheet,
          cell: a1(x.cell),
          row: x.cell.row,
          severity: x.severity,
          code: x.code,
          message: x.message[lang],
          message_fi: x.message.fi,
          message_en: x.message.en,
          suggestion: x.suggestion ? x.suggestion[lang] : null,
        })),
      }),
      unread: { findings: [] },
      text: (file, { findings }) => formatValidate(file, findings, lang),
    });
    if (anyUnreadable(all)) return EXIT.unreadable;
    const anyError = all.some((f) => "result" in f && f.result.summary.error > 0);
    return anyError ? EXIT.findings : EXIT.ok;
  },
};
