/** Use case "clear" ("Poista värit"): puts back every cell Toteuma coloured, as it was. */
import { planClear } from "../edits/colour";
import { job } from "./job";
import type { HostPort } from "./port";

export async function clear(port: HostPort): Promise<void> {
  const j = job(port, 2);
  const snapshot = await j.step("snapshot", () => port.snapshot());
  await j.step("apply", () => port.apply(planClear(snapshot)));
}
