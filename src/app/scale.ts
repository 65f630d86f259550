/**
 * The status scale profile a workbook remembers (src/assess/scale.ts: "pori", "distance:10"): kept as
 * the workbook setting `statusScale` — in both hosts a custom document property `Toteuma.statusScale`,
 * so that a profile chosen in the pane is the one `toteuma status` uses on the saved file and the other
 * way round. A setting Toteuma cannot read (written by hand: "etäisyys:abc") counts as never set.
 */
import { DEFAULT_SCALE, parseScale, SCALE_SETTING, scaleText, type Scale } from "../assess";
import type { WorkbookSnapshot } from "../model";
import { settingOf, type HostPort } from "./port";

/** The workbook's profile, or the default ("pori") when it has none it can use. */
export async function getScale(port: HostPort, snapshot: WorkbookSnapshot | null = null): Promise<Scale> {
  return parseScale(await settingOf(port, snapshot, SCALE_SETTING)) ?? DEFAULT_SCALE;
}

/** Remembers the profile in the workbook (Excel saves it at once; a file host writes it with the file). */
export async function setScale(port: HostPort, scale: Scale): Promise<void> {
  await port.setSetting(SCALE_SETTING, scaleText(scale));
}
