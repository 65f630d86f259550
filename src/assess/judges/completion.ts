/**
 * A degree of completion: "Toteutunut (90 %)", "Valmis 80 %", "Tuki 80 %:lle" against a target without
 * numbers ("Kaikki koulutettu", "Tuki kaikille"), placed on the workbook's scale.
 */
import { formatNumber } from "../quantity";
import { quantitiesIn } from "../input";
import { DEFAULT_SCALE, distanceStatus, distanceText, onScale } from "../scale";
import { quote } from "../text";
import type { Judge } from "../types";
import { readState } from "../vocabulary";
import { wordOverlap } from "./words";
import type { Bilingual, Status } from "../../model";

/** A target that asks for all of something: "Kaikki koulutettu", "Tuki kaikille", "koko henkilöstö". */
const ALL =
  /(?:^|[^\p{L}])(?:kaik(?:ki|kiin|kia|kien|ille|issa|issä|illa|illä|ilta)|koko|jokai\p{L}*)(?![\p{L}])/iu;

export const completionJudge: Judge = {
  name: "completion",
  description: {
    fi: "Toteuma kertoo, kuinka suuri osa työstä on tehty, kun tavoitteessa ei ole lukua.",
    en: "The actual says how much of the work is done, against a target without numbers.",
  },
  judge(input) {
    const { target: targetText, actual: actualText, ctx } = input;
    if (quantitiesIn(input, "target").length > 0) return null;
    const qs = quantitiesIn(input, "actual");
    if (qs.length !== 1 || !qs[0].isPercent || qs[0].signed || qs[0].value < 0) return null;
    const level = readState(actualText).level;
    if (level !== null && level !== "done" && level !== "in-progress") return null;
    // A bare share ("85 % tyytyväisiä") is a result, not a degree of completion: only with a state
    // word ("Toteutunut (90 %)", "Kesken, 60 %"), standing alone ("90 %"), or as a share of the all
    // the target asks for ("Tuki kaikille": "Tuki 80 %:lle").
    if (
      level === null &&
      !/^\s*\d[\d\s,]*\s*%\s*$/u.test(actualText) &&
      !(ALL.test(targetText) && wordOverlap(targetText, actualText) > 0)
    )
      return null;
    const pct = qs[0].value;
    const scale = ctx.scale ?? DEFAULT_SCALE;
    const head = {
      fi: `Toteuma ${quote(actualText)}, tavoite ${quote(targetText)}: tehty ${formatNumber(pct)} %`,
      en: `Actual ${quote(actualText)}, target ${quote(targetText)}: ${formatNumber(pct)} % done`,
    };
    let status: Status;
    let said: Bilingual;
    if (pct >= 100) {
      status = "achieved";
      said = { fi: "tavoite saavutettu", en: "target reached" };
    } else if (scale.kind === "distance") {
      const d = distanceStatus(scale.share, 100, pct);
      status = d.status;
      said = {
        fi: `etäisyys tavoitteeseen ${distanceText(d.percent ?? 100 - pct)}`,
        en: `distance to the target ${distanceText(d.percent ?? 100 - pct)}`,
      };
    } else if (pct > 0) {
      status = "partial";
      said = { fi: "tavoite saavutettu osittain", en: "target partly reached" };
    } else {
      status = "not-achieved";
      said = { fi: "tavoitetta ei saavutettu", en: "target not reached" };
    }
    const tagged = onScale(said, scale);
    return { status, reason: { fi: `${head.fi}; ${tagged.fi}`, en: `${head.en}; ${tagged.en}` } };
  },
};
