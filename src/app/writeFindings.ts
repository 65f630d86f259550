/** Use case "write findings" ("Kirjoita havainnot taulukkoon Tarkistus"): checks afresh, writes the sheet. */
import type { Language } from "../model";
import { planFindingsSheet } from "../edits/findings";
import { checked, type CheckResult } from "./check";
import { job } from "./job";
import type { HostPort } from "./port";

export async function writeFindings(port: HostPort, lang: Language): Promise<CheckResult> {
  const j = job(port, 4);
  const { snapshot, result } = await checked(j);
  await j.step("apply", () =>
    port.apply([planFindingsSheet(result.findings, result.report, lang, snapshot)]),
  );
  return result;
}
