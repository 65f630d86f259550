/**
 * The actual's own verdict ("Toteutui", "Toteutuu osittain", "Ei toteudu", "Pysytty", "Porissa
 * toteutui, Ulvilassa ei", "Käytössä kahdessa päiväkodissa viidestä"): asked before the figures, so
 * that an explicit verdict outranks a number in the same text (../verdict.ts says what is read). Where
 * the figure alone would have said otherwise, the reason says so.
 */
import { STATUS_LABEL, type Bilingual, type Status } from "../../model";
import { quote } from "../text";
import type { Judge } from "../types";
import { readVerdict, type VerdictReading } from "../verdict";
import { numericStatusOf } from "./numeric";

const OUTCOME: Record<Status, Bilingual> = {
  achieved: { fi: "tavoite saavutettu", en: "target reached" },
  partial: { fi: "tavoite saavutettu osittain", en: "target partly reached" },
  "not-achieved": { fi: "tavoitetta ei saavutettu", en: "target not reached" },
  "not-assessable": { fi: "tilaa ei voi vielä arvioida", en: "the status cannot be judged yet" },
};

/** What the verdict's words say, before the outcome. */
function said(v: VerdictReading): Bilingual {
  const p = `"${v.phrase}"`;
  switch (v.kind) {
    case "mixed":
      return {
        fi: `osa toteutui (${p}), osa ei ("${v.against ?? ""}")`,
        en: `part was achieved (${p}), part was not ("${v.against ?? ""}")`,
      };
    case "share":
      return {
        fi: `toteutunut ${v.share?.done ?? 0}/${v.share?.total ?? 0} (${p})`,
        en: `achieved in ${v.share?.done ?? 0} of ${v.share?.total ?? 0} (${p})`,
      };
    case "postponed":
      return {
        fi: `toteuman sanat ${p} siirtävät toteutumisen raportointivuoden jälkeen`,
        en: `the actual's words ${p} put it after the year reported on`,
      };
    case "not-assessable":
      return { fi: `toteuman sanat ${p}`, en: `the actual's words ${p}` };
    default:
      return { fi: `toteuman sanallinen arvio ${p}`, en: `the actual's verdict ${p}` };
  }
}

export const verdictJudge: Judge = {
  name: "verdict",
  description: {
    fi: "Toteuman oma sanallinen arvio ('Toteutui', 'Ei toteudu', 'Toteutui osittain', 'Pysytty') ratkaisee, myös tekstin luvun sijaan.",
    en: "The actual's own verdict in words ('Toteutui', 'Ei toteudu', 'Toteutui osittain', 'Pysytty') decides, also over a figure in the same text.",
  },
  judge(input) {
    const { actual, ctx } = input;
    const v = readVerdict(actual, ctx.year ?? null);
    if (!v) return null;
    const q = quote(actual);
    const words = said(v);
    const outcome = OUTCOME[v.status];
    if (v.status === "not-assessable")
      return {
        status: v.status,
        reason: {
          fi: `Toteuma ${q}: ${words.fi}; ${outcome.fi}.`,
          en: `Actual ${q}: ${words.en}; ${outcome.en}.`,
        },
      };
    const typo = v.typo
      ? {
          fi: ` (kirjoitusvirhe: "${v.typo.written}" = "${v.typo.read}")`,
          en: ` (a typo: "${v.typo.written}" for "${v.typo.read}")`,
        }
      : { fi: "", en: "" };
    // A figure in the same text that says otherwise does not decide against the words: say so.
    const byFigure = numericStatusOf(input);
    const figure =
      byFigure && byFigure !== v.status
        ? {
            fi: `; sanallinen arvio ratkaisee (luvun mukaan tila olisi ${STATUS_LABEL[byFigure].fi})`,
            en: `; the verdict in words decides (by the figure the status would be ${STATUS_LABEL[byFigure].en})`,
          }
        : { fi: "", en: "" };
    return {
      status: v.status,
      reason: {
        fi: `Toteuma ${q}: ${words.fi}${typo.fi}; ${outcome.fi}${figure.fi}`,
        en: `Actual ${q}: ${words.en}${typo.en}; ${outcome.en}${figure.en}`,
      },
    };
  },
};
