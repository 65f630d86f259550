/**
 * An action with no selvitys: in a sheet whose period is known, every action needs its report; in a
 * sheet without a known period (or one named only by the title), only when other actions of the
 * sheet have one (a flat table with no selvitys column at all is not at fault).
 */
import type { Finding } from "../../model/finding";
import { actionsOf } from "../../model/report";
import { periodInfo, usualHeading } from "../../model/period";
import { finding, hasHierarchy, quote } from "../text";
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
    const actions = [...actionsOf(report)].map((p) => p.action).filter((a) => !a.implied);
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
    for (const a of actions)
      if (a.reports.length === 0)
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
    return out;
  },
};
