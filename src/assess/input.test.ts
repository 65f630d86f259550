import { judgedMeasure } from "../../test/support/measures";
import { judgeInput } from "./index";
import { quantitiesIn } from "./input";
import { parseQuantities } from "./quantity";
import type { AssessContext } from "./types";

const ctx: AssessContext = { sheet: "Mittarit", ownStatusColumn: "Tila", hasActualColumn: true };
const input = () =>
  judgeInput(
    judgedMeasure("Mittarit", "Mittari", "Lähtötaso 120 kpl", "vähintään 150 kpl", "12/2023: 161 kpl"),
    ctx,
  );

describe("quantities shared by a measure's judges", () => {
  it("gives each column's quantities as parsing its text does", () => {
    const i = input();
    expect(quantitiesIn(i, "baseline")).toEqual(parseQuantities(i.baseline));
    expect(quantitiesIn(i, "target")).toEqual(parseQuantities(i.target));
    expect(quantitiesIn(i, "actual")).toEqual(parseQuantities(i.actual));
    expect(quantitiesIn(i, "actual").map((q) => [q.value, q.year])).toEqual([[161, 2023]]);
  });

  it("hands out a new list each time, sharing the quantities", () => {
    const i = input();
    const first = quantitiesIn(i, "target");
    first.splice(0, first.length);
    const again = quantitiesIn(i, "target");
    expect(again).toHaveLength(1);
    expect(again[0].comparator).toBe(">=");
    expect(quantitiesIn(i, "target")[0]).toBe(again[0]);
  });

  it("reads another measure's values afresh", () => {
    const i = input();
    const other = { ...i, actual: "170 kpl" };
    expect(quantitiesIn(i, "actual")[0].value).toBe(161);
    expect(quantitiesIn(other, "actual")[0].value).toBe(170);
  });
});
