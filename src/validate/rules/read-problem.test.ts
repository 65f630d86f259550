import { cellRef } from "../../model/cellref";
import { at, block, measure, report, run } from "../../../test/support/reports";
import { readProblem } from "./read-problem";

describe("read-problem", () => {
  it("is quiet on a sheet read without problems, and on sheets that are not goal sheets", () => {
    expect(run(readProblem, report({}, [block({ action: "A" }, [measure("M")])]))).toEqual([]);
    expect(run(readProblem, report({ layout: "none", looksLikeGoals: false }, []))).toEqual([]);
  });

  it("is an error at each row where reading stopped making sense, in the reader's words", () => {
    const r = report(
      {
        problems: [
          {
            cell: cellRef("Raportti", 14, 3),
            code: "orphan-measure-values",
            fi: "Arvorivi ilman MITTARI-riviä.",
            en: "A row of values with no MITTARI row above it.",
          },
        ],
      },
      [block({ action: "A" }, [measure("M")])],
    );
    const f = run(readProblem, r);
    expect(at(f)).toEqual([["read-problem", "C14"]]);
    expect(f[0].severity).toBe("error");
    expect(f[0].message).toEqual({
      fi: "Tätä kohtaa ei voitu lukea: Arvorivi ilman MITTARI-riviä.",
      en: "Could not read this part: A row of values with no MITTARI row above it.",
    });
  });

  it("is an error on a sheet that looks like a goal sheet but could not be read", () => {
    const r = report({ sheet: "T3 2025", layout: "none", looksLikeGoals: true }, []);
    const f = run(readProblem, r);
    expect(at(f)).toEqual([["read-problem", "A1"]]);
    expect(f[0].message.fi).toBe(
      "Välilehti 'T3 2025' näyttää tavoitetaulukolta, mutta sen rakennetta ei tunnistettu.",
    );
  });
});
