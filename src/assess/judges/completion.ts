/** A degree of completion: "Toteutunut (90 %)", "Valmis 80 %" against a target without numbers. */
import { formatNumber, parseQuantities } from "../quantity";
import { quote } from "../text";
import type { Judge } from "../types";
import { readState } from "../vocabulary";
import type { Status } from "../../model";

export const completionJudge: Judge = {
  name: "completion",
  description: {
    fi: "Toteuma kertoo, kuinka suuri osa työstä on tehty, kun tavoitteessa ei ole lukua.",
    en: "The actual says how much of the work is done, against a target without numbers.",
  },
  judge({ target: targetText, actual: actualText }) {
    if (parseQuantities(targetText).length > 0) return null;
    const qs = parseQuantities(actualText);
    if (qs.length !== 1 || !qs[0].isPercent || qs[0].signed || qs[0].value < 0) return null;
    const level = readState(actualText).level;
    if (level !== null && level !== "done" && level !== "in-progress") return null;
    // A bare share ("85 % tyytyväisiä") is a result, not a degree of completion: only with a state
    // word ("Toteutunut (90 %)", "Kesken, 60 %") or standing alone ("90 %").
    if (level === null && !/^\s*\d[\d\s,]*\s*%\s*$/u.test(actualText)) return null;
    const pct = qs[0].value;
    const head = {
      fi: `Toteuma ${quote(actualText)}, tavoite ${quote(targetText)}: tehty ${formatNumber(pct)} %`,
      en: `Actual ${quote(actualText)}, target ${quote(targetText)}: ${formatNumber(pct)} % done`,
    };
    const status: Status = pct >= 100 ? "achieved" : pct > 0 ? "partial" : "not-achieved";
    const verdict =
      status === "achieved"
        ? { fi: "tavoite saavutettu", en: "target reached" }
        : status === "partial"
          ? { fi: "tavoite saavutettu osittain", en: "target partly reached" }
          : { fi: "tavoitetta ei saavutettu", en: "target not reached" };
    return { status, reason: { fi: `${head.fi}; ${verdict.fi}`, en: `${head.en}; ${verdict.en}` } };
  },
};
