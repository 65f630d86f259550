/**
 * `toteuma template FILE --period P [--year YYYY] [--department NAME] -o OUT.xlsx [--force]`: the next
 * period's selvitys template, one sheet per department (or the one asked), into a new workbook that
 * holds only the templates. The input is never overwritten.
 */
import * as path from "path";
import { template as templateUseCase, type TemplateResult } from "../../app/template";
import { templateEdits } from "../../edits/template";
import { isPeriod, PERIODS, type Period } from "../../model";
import { periodInfo } from "../../model/period";
import { applyEdits, newWorkbook, WorkbookWriteError, writeXlsx } from "../../xlsx/apply";
import { fileHost } from "../fileHost";
import { outputIsInput, overFile, reportError } from "../files";
import { EXIT, UsageError, type Command, type Io, type Options } from "../options";

/** "T2", "t2", "year", "vuosi" → the period; null for anything else. */
export function periodNamed(word: string): Period | null {
  const w = word.trim();
  if (/^(year|vuosi|koko vuosi)$/i.test(w)) return "year";
  const upper = w.toUpperCase();
  return isPeriod(upper) ? upper : null;
}

const PERIOD_LIST = PERIODS.join(", ");

export const template: Command = {
  names: ["template", "pohja"],
  takes: ["period", "year", "department"],
  checkUsage(options) {
    if (options.files.length !== 1)
      throw new UsageError(
        "template käsittelee yhden tiedoston kerrallaan.",
        "template takes exactly one file.",
      );
    if (!options.period)
      throw new UsageError(
        `template tarvitsee kauden: --period ${PERIOD_LIST}.`,
        `template needs the period: --period ${PERIOD_LIST}.`,
      );
    if (!periodNamed(options.period))
      throw new UsageError(
        `Tuntematon kausi "${options.period}". Kaudet: ${PERIOD_LIST}.`,
        `Unknown period "${options.period}". Periods: ${PERIOD_LIST}.`,
      );
    if (options.year !== null && options.year !== undefined && !/^(19|20)\d\d$/.test(options.year.trim()))
      throw new UsageError(
        `Vuosi "${options.year}" ei käy: anna vuosi neljällä numerolla, esimerkiksi --year 2026.`,
        `The year "${options.year}" will not do: give four digits, for example --year 2026.`,
      );
    if (!options.out)
      throw new UsageError(
        "template tarvitsee tulostiedoston: -o POHJA.xlsx.",
        "template needs an output file: -o TEMPLATE.xlsx.",
      );
  },
  async run(options, io) {
    const file = options.files[0];
    const out = options.out as string;
    const lang = options.lang;
    if (outputIsInput(io, lang, [file], out)) return EXIT.usage;
    const period = periodNamed(options.period as string) as Period;
    const done = await overFile(fileHost(file, options.settings), (port) =>
      templateUseCase(port, {
        period,
        year: options.year ? Number(options.year.trim()) : null,
        department: options.department ?? null,
      }),
    );
    if ("error" in done) {
      reportError(io, lang, file, done.error);
      return EXIT.unreadable;
    }
    const result = done.result;
    if (result.refusal) {
      const hint = result.refusal.code === "no-year" ? " (--year)" : "";
      reportError(io, lang, file, { fi: result.refusal.fi + hint, en: result.refusal.en + hint });
      return EXIT.usage;
    }
    const wb = newWorkbook();
    applyEdits(wb, templateEdits(result.templates.map((p) => p.template)));
    try {
      await writeXlsx(wb, out, { input: file, force: options.force });
    } catch (e) {
      if (!(e instanceof WorkbookWriteError)) throw e;
      io.stderr(`toteuma: ${path.basename(out)}: ${e[lang]}\n`);
      return EXIT.unreadable;
    }
    print(options, io, file, out, result);
    return EXIT.ok;
  },
};

function print(options: Options, io: Io, file: string, out: string, result: TemplateResult): void {
  const lang = options.lang;
  const sheets = result.templates.map(({ template: t, answers }) => {
    const actions = t.focusAreas.flatMap((f) =>
      f.goals.flatMap((g) => g.commitments.flatMap((c) => c.actions)),
    );
    return {
      sheet: t.sheet,
      department: t.department,
      period: t.period,
      year: t.year,
      layout: t.layout,
      sources: t.sources,
      actions: actions.length,
      measures: actions.reduce((n, a) => n + a.measures.length, 0),
      answers: answers.length,
    };
  });
  if (options.json) {
    io.stdout(JSON.stringify({ file, out, templates: sheets }, null, 2) + "\n");
    return;
  }
  const lines = sheets.map((s) =>
    lang === "fi"
      ? `  ${s.sheet}: ${periodInfo(s.period).name.fi} ${s.year}, ${s.actions} toimenpidettä, ${s.measures} mittaria, ${s.answers} vastaussolua (lähde: ${s.sources.join(", ")})`
      : `  ${s.sheet}: ${periodInfo(s.period).name.en} ${s.year}, ${s.actions} actions, ${s.measures} measures, ${s.answers} answer cells (from: ${s.sources.join(", ")})`,
  );
  const head =
    lang === "fi"
      ? `${path.basename(file)}: ${sheets.length === 1 ? "selvityspohja" : `${sheets.length} selvityspohjaa`} → ${out}`
      : `${path.basename(file)}: ${sheets.length === 1 ? "selvitys template" : `${sheets.length} selvitys templates`} → ${out}`;
  io.stdout(`${head}\n${lines.join("\n")}\n`);
}
