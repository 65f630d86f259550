/**
 * A measure without an actual in a period report: its status from the action's selvitys of the
 * report's period (issue 16). Everything it reads and decides is in ../selvitys/ (the rules are in its
 * index.ts comment); this is its place in the ordered list. Asked first: for such a measure the
 * selvitys says more than "no actual" does, and a measure with an actual is never its business.
 */
import { judgeBySelvitys } from "../selvitys";
import type { Judge } from "../types";

export const selvitysJudge: Judge = {
  name: "selvitys",
  description: {
    fi: "Mittari ilman toteumaa kauden raportissa arvioidaan toimenpiteen saman kauden selvityksestä: luvut, suunta ja sanat.",
    en: "A measure without an actual in a period report is judged from its action's selvitys of the period: figures, trend and words.",
  },
  judge: judgeBySelvitys,
};
