/** Trends: an actual that says only which way the value went ("Laski", "Nousi 5 %", "Ennallaan"). */
import { AT_LEVEL, AT_MOST_SAME, SAME_WORDS, wordsDirection } from "../direction";
import { numericVerdict, readNumericTarget, show } from "../numeric-target";
import { quantitiesIn } from "../input";
import { DEFAULT_SCALE, distanceStatus, onScale } from "../scale";
import { quote } from "../text";
import type { Judge, Verdict } from "../types";
import { readState } from "../vocabulary";
import type { Status } from "../../model";

const UNCHANGED =
  /(?:^|[^\p{L}])(?:ennallaan|ei\s+muutosta|ei\s+muuttunut|pysyi\s+(?:samana|ennallaan|samalla)|säilyi|samalla\s+tasolla|sama\s+kuin\s+(?:lähtötaso|edellisenä|viime))/iu;

export const trendJudge: Judge = {
  name: "trend",
  description: {
    fi: "Toteuma kertoo vain suunnan ('Laski', 'Ennallaan'): sitä verrataan tavoitteen suuntaan.",
    en: "The actual says only which way the value went ('Laski', 'Ennallaan'): compared with the target's direction.",
  },
  judge(input) {
    const { target: targetText, actual: actualText, measure, ctx } = input;
    const scale = ctx.scale ?? DEFAULT_SCALE;
    if (readState(actualText).level !== null) return null;
    const unchanged = UNCHANGED.test(actualText);
    const moved = unchanged ? null : wordsDirection(actualText);
    if (!unchanged && !moved) return null;
    const quoted = quote(actualText);
    const tq = quote(targetText);
    const read = readNumericTarget(
      targetText,
      quantitiesIn(input, "baseline"),
      measure.text,
      quantitiesIn(input, "target"),
    );
    const keep = SAME_WORDS.test(targetText) || AT_LEVEL.test(targetText) || AT_MOST_SAME.test(targetText);
    const verdict = (status: Status, fi: string, en: string): Verdict => ({
      status,
      reason: {
        fi: `Toteuma ${quoted}, tavoite ${read ? read.target.describe.fi : tq}: ${fi}`,
        en: `Actual ${quoted}, target ${read ? read.target.describe.en : tq}: ${en}`,
      },
    });
    if (!read) {
      // A qualitative target: no change is no progress; a direction only counts against a direction.
      if (unchanged)
        return keep
          ? verdict("achieved", "pysyi ennallaan, kuten tavoiteltiin", "unchanged, as intended")
          : verdict("not-achieved", "ei muutosta", "no change");
      const wanted = wordsDirection(targetText);
      if (!wanted) return null;
      return wanted === moved
        ? verdict("achieved", "muuttunut tavoitteen suuntaan", "changed in the target's direction")
        : verdict("not-achieved", "muuttunut poispäin tavoitteesta", "moved away from the target");
    }
    const { target, baseline: b } = read;
    /** A verdict that depends on the scale: it names the scale. */
    const scaled = (status: Status, fi: string, en: string): Verdict => {
      const tagged = onScale({ fi, en }, scale);
      return verdict(status, tagged.fi, tagged.en);
    };
    if (unchanged) {
      if (keep || (b && target.threshold === b.value && !target.strict))
        return verdict("achieved", "pysyi ennallaan, kuten tavoiteltiin", "unchanged, as intended");
      // Unchanged is the baseline's own distance from the target.
      if (scale.kind === "distance" && b)
        return numericVerdict(
          { fi: `${quoted} (= ${show(b)})`, en: `${quoted} (= ${show(b)})` },
          b.value,
          read,
          scale,
        );
      return scaled("not-achieved", "ei muutosta lähtötasosta", "no change from the baseline");
    }
    // "Laski 8 %", "kasvoi 120 hlö:llä": an amount of change is applied to the baseline.
    const amount = quantitiesIn(input, "actual").find((q) => !q.inParens);
    if (amount && b) {
      const sign = moved === "down" ? -1 : 1;
      const size = Math.abs(amount.value);
      const value =
        amount.isPercent && !b.isPercent
          ? b.value * (1 + (sign * size) / 100)
          : amount.isPercent === b.isPercent
            ? b.value + sign * size
            : NaN;
      if (Number.isFinite(value)) {
        const approx = `≈ ${show({ value, unit: b.unit, isPercent: b.isPercent })}`;
        return numericVerdict(
          { fi: `${quoted} (${approx})`, en: `${quoted} (${approx})` },
          value,
          read,
          scale,
        );
      }
    }
    if (b && target.threshold === b.value && moved === target.direction)
      return verdict("achieved", "muuttunut tavoitteen suuntaan", "changed in the target's direction");
    if (scale.kind === "distance") {
      // Only a direction: the distance is known to be beyond the share only when the baseline was.
      const from = b ? distanceStatus(scale.share, target.threshold, b.value) : null;
      if (from && from.status === "not-achieved" && moved !== target.direction)
        return scaled(
          "not-achieved",
          "muuttunut poispäin tavoitteesta, joka oli jo lähtötasolla kauempana kuin sallittu etäisyys",
          "moved away from a target the baseline was already further from than the share allows",
        );
      if (from && from.status === "partial" && moved === target.direction)
        return scaled(
          "partial",
          "muuttunut tavoitteen suuntaan lähtötasosta, joka oli jo sallitun etäisyyden sisällä",
          "moved towards the target from a baseline already within the share",
        );
      return scaled(
        "not-assessable",
        "vain suunta kerrottu, joten etäisyyttä tavoitteeseen ei voi laskea",
        "only the direction is given, so the distance to the target cannot be worked out",
      );
    }
    if (moved !== target.direction)
      return scaled("not-achieved", "muuttunut poispäin tavoitteesta", "moved away from the target");
    return scaled(
      "partial",
      "muuttunut tavoitteen suuntaan, mutta määrää ei kerrottu",
      "changed in the target's direction, but by how much is not said",
    );
  },
};
