/**
 * An action with no selvitys: in a sheet whose period is known, every action needs its report; in a
 * sheet without a known period (or one named only by the title), only when other actions of the
 * sheet have one (a flat table with no selvitys column at all is not at fault). A heading of the
 * period with nothing written under it (a template's answer left empty, sub-goals without their
 * "Raportointi") is no report either.
 */
import type { Finding } from "../../model/finding";
import { actionPaths } from "../walk";
import { periodInfo, usualHeading } from "../../model/period";
import { finding, hasHierarchy, isWritten, ownPeriodReports, quote } from "../text";
import type { Rule } from "../types";

export const actionWithoutSelvitys: Rule = {
  code: "action-without-selvitys",
  severity: "error",
  description: {
    fi: "Toimenpiteellä ei ole selvitystä raportointijaksolta.",
    en: "An action has no selvitys (period report) for the report's period.",
  },
  check(report) {
    if (!hasHierarchy(report)) return [];
    const actions = [...actionPaths(report)].map((p) => p.action).filter((a) => !a.implied);
    // No selvitys anywhere and no selvitys heading naming the period (it came from the title or is
    // unknown): the sheet has no place for reports (a flat table without a selvitys column).
    if (
      (report.period === null || report.periodSource === "title") &&
      !actions.some((a) => a.reports.length > 0)
    )
      return [];
    const heading = report.period ? usualHeading(report, report.period) : null;
    const p = report.period ? periodInfo(report.period).short : null;
    const out: Finding[] = [];
    // An action with a selvitys of another period is told so by selvitys-period-mismatch.
    for (const a of actions) {
      if (a.reports.length === 0) {
        out.push(
          finding(
            actionWithoutSelvitys,
            a.cell,
            {
              fi: `Toimenpiteeltä ${quote(a.text)} puuttuu selvitys${p ? ` (${p.fi})` : ""}.`,
              en: `Action ${quote(a.text)} has no selvitys${p ? ` for ${p.en}` : ""}.`,
            },
            heading
              ? {
                  fi: `Lisää mittareiden alle otsikko '${heading}' ja kirjoita selvitys.`,
                  en: `Add the heading '${heading}' under the measures and write the report.`,
                }
              : {
                  fi: "Lisää mittareiden alle selvitys toimenpiteen edistymisestä.",
                  en: "Add a selvitys of the action's progress under the measures.",
                },
          ),
        );
        continue;
      }
      const own = ownPeriodReports(report, a.reports);
      if (own.length === 0 || own.some(isWritten)) continue;
      const subGoals = own.some((s) => s.parts.some((part) => part.report !== undefined));
      out.push(
        finding(
          actionWithoutSelvitys,
          own[0].cell,
          {
            fi: `Toimenpiteen ${quote(a.text)} selvitys${p ? ` (${p.fi})` : ""} on kirjoittamatta.`,
            en: `The selvitys of action ${quote(a.text)}${p ? ` for ${p.en}` : ""} is not written.`,
          },
          subGoals
            ? {
                fi: "Kirjoita jokaisen osatavoitteen Raportointi-kohtaan, miten se on edennyt.",
                en: "Write under each sub-goal's 'Raportointi' how it has progressed.",
              }
            : {
                fi: "Kirjoita otsikon alle, miten toimenpide on edennyt.",
                en: "Write under the heading how the action has progressed.",
              },
        ),
      );
    }
    return out;
  },
};
