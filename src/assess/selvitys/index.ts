/**
 * Status from the selvitys (issue 16): a measure without an actual, in a period report, judged from
 * its action's selvitys of the report's period, on the city's four levels. The reason says it came
 * from the selvitys (Assessment.source "selvitys") and quotes the words or figures that decided.
 *
 * When: the measure has no actual and the sheet is a period report (T1, T2, Q1–Q3, H1…, or a sheet
 * without a Toteuma column, also at the year's end). In a year-end report with a Toteuma column a
 * missing actual stays "Ei arvioitavissa": it is an error to fix, not something to guess from text.
 * Only the selvitys of the report's period speaks (a heading that names no period counts as the
 * report's); an older period's text kept as reference never does. A person's own status still wins.
 *
 * Which text: a selvitys split by "Mittari N." judges each measure by its own part (a measure without
 * a part: nothing to go on); one split into "Osatavoite N: … Raportointi: …" sub-goals judges every
 * measure of the action from the Raportointi texts (below); an unsplit one judges every measure of
 * its action from the whole text.
 *
 * In what order, for one text:
 * 1. the measure's figure against its target and baseline, with the period in mind (./figures.ts:
 *    a running count below a whole-year target at T2 is progress, a share that meets the target is
 *    reached unless the text calls it provisional);
 * 2. a trend said in words ("Kävijämäärä laski 12 %", "vähemmän kuin vastaavana aikana viime vuonna");
 * 3. for a measure with a numeric target and no figure, a measurement still to come ("Kysely tehdään
 *    marraskuussa") gives nothing to judge;
 * 4. the words (./words.ts): reached ("Tavoite on jo saavutettu", "Ohjelma hyväksyttiin") →
 *    Toteutunut; under way ("Työ käynnissä, valmistuu syksyllä", "lausunnolla", "ensimmäinen …
 *    julkaistiin, toinen työn alla") → Osittain toteutunut; some done but some stopped → Osittain;
 *    stalled, refused, postponed past the year ("ei ole edennyt rahoituksen puuttuessa", "Sopimusta
 *    ei solmita", "siirtyy vuodelle 2027") → Ei toteutunut; a done word negated with nothing else
 *    ("Suunnitelma ei ole valmis") → Ei toteutunut; work scheduled to begin later in the year
 *    ("Kunnostuskausi alkaa huhtikuussa") → Ei arvioitavissa (at the year's end: Ei toteutunut);
 *    nothing of these → Ei arvioitavissa, saying the text gives nothing to go on.
 *
 * Sub-goals: the Raportointi text of each sub-goal is read as above (a sub-goal without a Raportointi
 * text, or with "Ei vielä raportoitavaa", is not reported yet). A figure for the measure in any report
 * decides as in 1–3 (the latest report's). Otherwise the sub-goals combine:
 * - every sub-goal reported and every one reached → Toteutunut;
 * - any reported sub-goal reached or under way → Osittain toteutunut (a report is cumulative from the
 *   start of the year: progress made stays made, a stall in another sub-goal is named in the reason);
 * - the reported sub-goals only stalled → Ei toteutunut;
 * - nothing reported, or nothing in the reports to go on → Ei arvioitavissa.
 */
import type { Bilingual, Period, Status } from "../../model";
import { periodInfo } from "../../model/period";
import { stripValueLabel } from "../text";
import type { JudgeInput, Verdict } from "../types";
import { figureMeasure, figureVerdict, trendVerdict, type FigureMeasure, type Timing } from "./figures";
import { clip, clipText, measureTexts, periodSelvitys, type SubGoal } from "./texts";
import { NOTHING_TO_REPORT, pendingIn, readProgress, type Evidence, type ProgressReading } from "./words";

export { PROVISIONAL, readProgress, type Progress, type ProgressReading } from "./words";
export { measureTexts, periodSelvitys, clip } from "./texts";

/** An actual that is not there: empty, or only a dash or dots. */
const NO_ACTUAL = /^[-–—.?]*$/u;

/** How a reason names the report: "T2-selvitys" / "T2 report". */
function reportName(period: Period | null): Bilingual {
  if (period === null) return { fi: "Selvitys", en: "The report" };
  if (period === "year") return { fi: "Vuoden selvitys", en: "The year's report" };
  const p = periodInfo(period).short;
  return { fi: `${p.fi}-selvitys`, en: `${p.en} report` };
}

/** The name inside a sentence: "vuoden selvitys", "the report" (a period code keeps its capital). */
const inline = (name: string) =>
  /^[TQH]\d/u.test(name) ? name : name[0].toLocaleLowerCase("fi-FI") + name.slice(1);

/** A quote without the full stop of its sentence, for a reason that goes on after it. */
const bare = (quote: string) => quote.replace(/[.;:,]+(…?)"$/u, '$1"');

function verdict(status: Status, name: Bilingual, quote: string | null, explain: Bilingual): Verdict {
  const q = quote ? ` ${bare(quote)};` : "";
  return {
    status,
    source: "selvitys",
    reason: { fi: `${name.fi}:${q} ${explain.fi}.`, en: `${name.en}:${q} ${explain.en}.` },
  };
}

const quoteOf = (text: string, e: Evidence, max?: number) => clip(text, e.start, e.end, max);

/** What the words of one text say, as a status and why. */
function wordsVerdict(reading: ProgressReading, text: string, timing: Timing, name: Bilingual): Verdict {
  const [first, second] = reading.deciding;
  const q = first ? quoteOf(text, first) : null;
  switch (reading.kind) {
    case "reached":
      return verdict("achieved", name, q, { fi: "valmis: tavoite saavutettu", en: "done: target reached" });
    case "under-way":
      return verdict("partial", name, second ? `${bare(q ?? "")} … ${quoteOf(text, second)}` : q, {
        fi: "työ etenee, mutta ei ole valmis",
        en: "the work is under way but not finished",
      });
    case "mixed":
      return verdict("partial", name, `${bare(q ?? "")} … ${quoteOf(text, second)}`, {
        fi: "osa työstä on tehty tai käynnissä, mutta osa on pysähtynyt tai viivästynyt",
        en: "part of the work is done or under way, but part has stalled or been delayed",
      });
    case "stalled":
      return verdict("not-achieved", name, q, {
        fi: "työ on pysähtynyt, keskeytetty tai siirretty",
        en: "the work has stalled, been stopped or postponed",
      });
    case "not-yet":
      return verdict("not-achieved", name, q, {
        fi: "ei tehty, eikä selvitys kerro edistyksestä",
        en: "not done, and the report tells of no progress",
      });
    case "scheduled":
      return timing.partYear
        ? verdict("not-assessable", name, q, {
            fi: "työ alkaa myöhemmin vuoden aikana, joten arvioitavaa ei vielä ole",
            en: "the work begins later in the year, so there is nothing to judge yet",
          })
        : verdict("not-achieved", name, q, {
            fi: "työ ei alkanut vuoden aikana",
            en: "the work did not begin during the year",
          });
    case "pending":
      return verdict("not-assessable", name, q, {
        fi: "mittauksen tulos ei ole vielä käytettävissä",
        en: "the measurement's result is not available yet",
      });
    case null:
      return verdict("not-assessable", name, clipText(text), {
        fi: "selvityksestä ei voi päätellä, miten mittari on edennyt",
        en: "the report does not say how the measure has progressed",
      });
  }
}

/** One text for the measure: figures, trend, a measurement to come, then words. */
function judgeText(
  text: string,
  fm: FigureMeasure,
  siblings: FigureMeasure[],
  timing: Timing,
  name: Bilingual,
): Verdict {
  const reading = readProgress(text);
  const scheduled = reading.all.some((e) => e.kind === "scheduled");
  const figure = figureVerdict(text, fm, siblings, timing, scheduled) ?? trendVerdict(text, fm, siblings);
  if (figure) return verdict(figure.status, name, figure.quote, figure.explain);
  const pending = fm.read ? pendingIn(text) : null;
  if (pending)
    return verdict("not-assessable", name, quoteOf(text, pending), {
      fi: "mittauksen tulos ei ole vielä käytettävissä",
      en: "the measurement's result is not available yet",
    });
  return wordsVerdict(reading, text, timing, name);
}

type SubGoalState = "reached" | "progress" | "mixed" | "stalled" | "unclear" | "unreported";

const SUBGOAL_WORDS: Record<SubGoalState, Bilingual> = {
  reached: { fi: "saavutettu", en: "reached" },
  progress: { fi: "etenee", en: "under way" },
  mixed: { fi: "osin tehty, osin viivästynyt", en: "partly done, partly delayed" },
  stalled: { fi: "ei edennyt", en: "stalled" },
  unclear: { fi: "ei kerro edistymistä", en: "says nothing of progress" },
  unreported: { fi: "raportoimatta", en: "not reported" },
};

const reportedText = (s: SubGoal): string | null =>
  s.report !== null && !NOTHING_TO_REPORT.test(s.report.trim()) ? s.report : null;

/** Sub-goals: a figure in their reports decides; otherwise they combine (see the module's comment). */
function judgeSubGoals(
  subGoals: SubGoal[],
  fm: FigureMeasure,
  siblings: FigureMeasure[],
  timing: Timing,
  name: Bilingual,
): Verdict {
  const reported = subGoals.filter((s) => reportedText(s) !== null);
  const numbers = (xs: SubGoal[]) => xs.map((s) => s.number).join(", ");
  if (reported.length === 0)
    return verdict("not-assessable", name, null, {
      fi: `yhtäkään osatavoitetta (${numbers(subGoals)}) ei ole vielä raportoitu`,
      en: `no sub-goal (${numbers(subGoals)}) has been reported yet`,
    });
  const subName = (s: SubGoal): Bilingual => ({
    fi: `${name.fi} (osatavoite ${s.number})`,
    en: `${name.en} (sub-goal ${s.number})`,
  });
  for (const s of [...reported].reverse()) {
    const text = s.report as string;
    const scheduled = readProgress(text).all.some((e) => e.kind === "scheduled");
    const figure = figureVerdict(text, fm, siblings, timing, scheduled) ?? trendVerdict(text, fm, siblings);
    if (figure) return verdict(figure.status, subName(s), figure.quote, figure.explain);
  }
  if (fm.read)
    for (const s of reported) {
      const pending = pendingIn(s.report as string);
      if (pending)
        return verdict("not-assessable", subName(s), quoteOf(s.report as string, pending), {
          fi: "mittauksen tulos ei ole vielä käytettävissä",
          en: "the measurement's result is not available yet",
        });
    }

  const states = subGoals.map((s) => {
    const text = reportedText(s);
    if (text === null) return { s, state: "unreported" as SubGoalState, quote: null };
    const reading = readProgress(text);
    const state: SubGoalState =
      reading.kind === "reached"
        ? "reached"
        : reading.kind === "under-way"
          ? "progress"
          : reading.kind === "mixed"
            ? "mixed"
            : reading.kind === "stalled" || reading.kind === "not-yet"
              ? "stalled"
              : "unclear";
    const e = reading.kind === "mixed" ? reading.deciding[1] : reading.deciding[0];
    const quote = e && state !== "unclear" ? quoteOf(text, e, 80) : clipText(text, 60);
    return { s, state, quote };
  });
  const has = (k: SubGoalState) => states.some((x) => x.state === k);
  let status: Status;
  let conclusion: Bilingual;
  if (states.every((x) => x.state === "reached")) {
    status = "achieved";
    conclusion = {
      fi: "kaikki osatavoitteet raportoitu ja saavutettu",
      en: "every sub-goal reported and reached",
    };
  } else if (has("reached") || has("progress") || has("mixed")) {
    status = "partial";
    conclusion = {
      fi: "edistystä, mutta kaikkia osatavoitteita ei ole vielä saavutettu",
      en: "progress, but not every sub-goal is reached yet",
    };
  } else if (has("stalled")) {
    status = "not-achieved";
    conclusion = {
      fi: "raportoidut osatavoitteet eivät ole edenneet",
      en: "the sub-goals reported have not progressed",
    };
  } else {
    status = "not-assessable";
    conclusion = {
      fi: "raportoinnista ei voi päätellä, miten työ on edennyt",
      en: "the reports do not say how the work has progressed",
    };
  }
  const list = (lang: "fi" | "en") =>
    states
      .map(
        ({ s, state, quote }) =>
          `${s.number} ${SUBGOAL_WORDS[state][lang]}${quote ? ` (${bare(quote)})` : ""}`,
      )
      .join(", ");
  return {
    status,
    source: "selvitys",
    reason: {
      fi: `${name.fi}, osatavoitteet: ${list("fi")}; ${conclusion.fi}.`,
      en: `${name.en}, sub-goals: ${list("en")}; ${conclusion.en}.`,
    },
  };
}

/**
 * The status of a measure without an actual from its action's selvitys of the report's period, or
 * null when this is not such a measure (it has an actual, it is judged alone, the sheet is a
 * year-end report with a Toteuma column, or the action has no selvitys of the period).
 */
export function judgeBySelvitys(input: JudgeInput): Verdict | null {
  const { measure, ctx } = input;
  const action = ctx.action;
  if (!NO_ACTUAL.test(input.actual) || !action) return null;
  const period = ctx.period ?? null;
  if (ctx.hasActualColumn && (period === null || period === "year")) return null;
  const selvitys = periodSelvitys(action, period);
  if (!selvitys) return null;
  const name = reportName(period);
  if (selvitys.text.trim() === "")
    return {
      status: "not-assessable",
      reason: {
        fi: `Toteumaa ei ole kirjattu, ja toimenpiteen ${inline(name.fi)} on tyhjä: ei mitään, mistä tilan voisi arvioida.`,
        en: `No actual has been recorded, and the action's ${inline(name.en).replace(/^the /u, "")} is empty: nothing to judge from.`,
      },
    };
  const timing: Timing = {
    partYear: period === null || periodInfo(period).months.to < 12,
    year: ctx.year ?? selvitys.year ?? null,
  };
  const fm = figureMeasure(measure, input.baseline, input.target);
  const siblings = action.measures
    .filter((m) => m !== measure)
    .map((m) =>
      figureMeasure(
        m,
        stripValueLabel(m.baseline?.text, "baseline"),
        stripValueLabel(m.target?.text, "target"),
      ),
    );
  const texts = measureTexts(selvitys, measure);
  switch (texts.kind) {
    case "no-part":
      return verdict("not-assessable", name, null, {
        fi: `selvitys on jaettu mittareittain (${texts.numbers.map((n) => `Mittari ${n}`).join(", ")}), mutta mittarille ${measure.index} siinä ei ole omaa kohtaa: ei mitään, mistä arvioida`,
        en: `the report is split by measure (${texts.numbers.map((n) => `Mittari ${n}`).join(", ")}) but has no part for measure ${measure.index}: nothing to judge from`,
      });
    case "part":
      return judgeText(texts.text, fm, [], timing, name);
    case "whole":
      return judgeText(texts.text, fm, siblings, timing, name);
    case "sub-goals":
      return judgeSubGoals(texts.subGoals, fm, siblings, timing, name);
  }
}
