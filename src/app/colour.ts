/** Use case "colour" ("Väritä tila"; `toteuma colour`): assess and colour in one go, from one snapshot. */
import { planColour } from "../edits/colour";
import { job } from "./job";
import type { HostPort } from "./port";
import { setScale } from "./scale";
import { assessed, type StatusOptions, type StatusResult } from "./status";

/**
 * Colours every measure's status. A scale given for this run (`toteuma colour --scale …`) is also
 * remembered in the workbook coloured with it, so that the colours and a later status agree.
 */
export async function colour(port: HostPort, options: StatusOptions = {}): Promise<StatusResult> {
  const j = job(port, 4);
  const { snapshot, report, assessments, scale } = await assessed(j, options);
  await j.step("apply", () => port.apply(planColour(report, assessments, snapshot)));
  if (options.scale) await setScale(port, options.scale);
  return { report, assessments, scale };
}
