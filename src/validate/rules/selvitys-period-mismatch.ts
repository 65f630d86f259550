/**
 * A selvitys whose heading names another period (or year) than the rest of the sheet: a T1 heading
 * in a T2 report, "vuonna 2022" in a 2023 report. Quiet when the action also has a selvitys of the
 * report's own period (an earlier period's report kept beside it).
 */
import type { Finding } from "../../model/finding";
import { actionPaths } from "../walk";
import { periodInfo, usualHeading } from "../../model/period";
import { finding, hasHierarchy, quote } from "../text";
import type { Rule } from "../types";

export const selvitysPeriodMismatch: Rule = {
  code: "selvitys-period-mismatch",
  severity: "warning",
  description: {
    fi: "Selvityksen otsikko mainitsee eri jakson tai vuoden kuin muu välilehti.",
    en: "A selvitys heading names another period or year than the rest of the sheet.",
  },
  check(report) {
    if (!hasHierarchy(report)) return [];
    const out: Finding[] = [];
    const period = report.period;
    const year = report.year;
    const heading = period ? usualHeading(report, period) : null;
    const suggestion = heading
      ? {
          fi: `Jos teksti kertoo tästä jaksosta, korjaa otsikoksi '${heading}'.`,
          en: `If the text is about this period, change the heading to '${heading}'.`,
        }
      : undefined;
    for (let i1 = 0, list1 = actionPaths(report); i1 < list1.length; i1++) {
      const { action } = list1[i1];
      const hasOwnPeriod = period !== null && action.reports.some((s) => s.period === period);
      const hasOwnYear = year !== null && action.reports.some((s) => s.year === year);
      for (let i2 = 0, list2 = action.reports; i2 < list2.length; i2++) {
        const s = list2[i2];
        if (period !== null && s.period !== null && s.period !== period && !hasOwnPeriod) {
          const [theirs, ours] = [periodInfo(s.period).short, periodInfo(period).short];
          out.push(
            finding(
              selvitysPeriodMismatch,
              s.cell,
              {
                fi: `Toimenpiteen ${quote(action.text)} selvityksen otsikko on jaksolta ${theirs.fi}, mutta raportti on jaksolta ${ours.fi}.`,
                en: `The selvitys heading of action ${quote(action.text)} names ${theirs.en}, but the report is for ${ours.en}.`,
              },
              suggestion,
            ),
          );
        } else if (year !== null && s.year !== null && s.year !== year && !hasOwnYear) {
          out.push(
            finding(
              selvitysPeriodMismatch,
              s.cell,
              {
                fi: `Toimenpiteen ${quote(action.text)} selvityksen otsikossa on vuosi ${s.year}, mutta raportti on vuodelta ${year}.`,
                en: `The selvitys heading of action ${quote(action.text)} names the year ${s.year}, but the report is for ${year}.`,
              },
              suggestion,
            ),
          );
        }
      }
    }
    return out;
  },
};
