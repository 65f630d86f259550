import { actionsOf, measuresOf } from "../model/report";
import { completeReport } from "../../test/support/reports";
import { actionPaths, measurePaths, withWalk } from "./walk";

describe("the shared walk of a sheet", () => {
  it("gives the paths actionsOf and measuresOf give, in the same order", () => {
    const r = completeReport();
    expect(actionPaths(r)).toEqual([...actionsOf(r)]);
    expect(measurePaths(r)).toEqual([...measuresOf(r)]);
    expect(measurePaths(r).length).toBeGreaterThan(0);
  });

  it("walks once inside withWalk, afresh outside it and for another sheet", () => {
    const r = completeReport();
    const other = completeReport();
    withWalk(r, () => {
      expect(measurePaths(r)).toBe(measurePaths(r));
      expect(actionPaths(r)).toBe(actionPaths(r));
      expect(measurePaths(other)).not.toBe(measurePaths(other));
    });
    expect(measurePaths(r)).not.toBe(measurePaths(r));
    // A sheet changed after a validation is walked as it is now.
    r.focusAreas[0].goals[0].commitments[0].actions.pop();
    expect(actionPaths(r)).toEqual([...actionsOf(r)]);
  });
});
