/** Use case "colour" ("Väritä tila"; `toteuma colour`): assess and colour in one go, from one snapshot. */
import { planColour } from "../edits/colour";
import { job } from "./job";
import type { HostPort } from "./port";
import { assessed, type StatusResult } from "./status";

export async function colour(port: HostPort): Promise<StatusResult> {
  const j = job(port, 4);
  const { snapshot, report, assessments } = await assessed(j);
  await j.step("apply", () => port.apply(planColour(report, assessments, snapshot)));
  return { report, assessments };
}
