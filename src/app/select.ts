/** Use case "select": a click on a finding or a measure selects its cell in the workbook. */
import type { CellRef } from "../model";
import { job } from "./job";
import type { HostPort } from "./port";

export async function select(port: HostPort, ref: CellRef): Promise<void> {
  await job(port, 1).step("select", () => port.select(ref));
}
