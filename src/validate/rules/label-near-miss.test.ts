import { cellRef } from "../../model/cellref";
import { at, block, measure, report, run } from "../../../test/support/reports";
import { labelNearMiss } from "./label-near-miss";

describe("label-near-miss", () => {
  it("is quiet when every label was read exactly", () => {
    expect(run(labelNearMiss, report({}, [block({ action: "A" }, [measure("M")])]))).toEqual([]);
  });

  it("warns at each misspelt label, naming what it was read as", () => {
    const r = report(
      {
        nearMisses: [
          { cell: cellRef("Raportti", 12, 1), written: "TOIMENPDE", readAs: "TOIMENPIDE" },
          { cell: cellRef("Raportti", 30, 1), written: "Vastuhenkilö", readAs: "Vastuuhenkilö" },
        ],
      },
      [block({ action: "A" }, [measure("M")])],
    );
    const f = run(labelNearMiss, r);
    expect(at(f)).toEqual([
      ["label-near-miss", "A12"],
      ["label-near-miss", "A30"],
    ]);
    expect(f[0].severity).toBe("warning");
    expect(f[0].message).toEqual({
      fi: "Otsikko 'TOIMENPDE' on kirjoitettu väärin; se luettiin otsikoksi 'TOIMENPIDE'.",
      en: "The label 'TOIMENPDE' is misspelt; it was read as 'TOIMENPIDE'.",
    });
    expect(f[1].suggestion).toEqual({ fi: "Kirjoita 'Vastuuhenkilö'.", en: "Write 'Vastuuhenkilö'." });
  });
});
