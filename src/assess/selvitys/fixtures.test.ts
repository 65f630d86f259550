/**
 * The selvitys judge on the shared period reports, read as the product reads them: the T2 report
 * (konsernipalvelut-2025-T2, sub-goals with "Raportointi:" texts) and the T1 report
 * (kasvu-ja-tyollisyys-2026-T1, unsplit texts with figures). Every measure is judged from its
 * action's selvitys of the period, and the reason says which words decided.
 */
import type { Assessment, Status } from "../../model";
import { readWorkbook } from "../../read";
import { assessWorkbook } from "..";
import { loadFixture } from "../../../test/support/load";

async function assessed(name: string): Promise<Assessment[]> {
  return assessWorkbook(readWorkbook(await loadFixture(name)));
}

describe("the shared T2 report", () => {
  it("judges every measure from its sub-goals' Raportointi texts", async () => {
    const all = await assessed("konsernipalvelut-2025-T2");
    expect(all.length).toBe(8);
    for (const a of all) {
      expect([a.source, a.rule]).toEqual(["selvitys", "selvitys"]);
      expect(a.reason.fi).toMatch(/^T2-selvitys, osatavoitteet: 1 /u);
      expect(a.reason.en).toMatch(/^T2 report, sub-goals: 1 /u);
    }
    // Work under way in every action, none finished as a whole: the year's progress, not grey.
    expect(all.map((a) => a.status)).toEqual(Array<Status>(8).fill("partial"));
    // A stalled sub-goal is named beside the progress of another.
    expect(all[1].reason.fi).toContain('2 ei edennyt ("…ja markkinointistrategiaa ei ole edistetty")');
    expect(all[5].reason.fi).toContain("2 osin tehty, osin viivästynyt");
  });
});

describe("the shared T1 report", () => {
  it("reads figures against target and baseline, with the period in mind", async () => {
    const all = await assessed("kasvu-ja-tyollisyys-2026-T1");
    expect(all.map((a) => [a.status, a.source])).toEqual([
      ["not-assessable", "selvitys"],
      ["achieved", "selvitys"],
      ["partial", "selvitys"],
      ["not-achieved", "selvitys"],
    ]);
    expect(all[0].reason.fi).toContain("tuloksia ei ole tätä kirjoitettaessa vielä saatu");
    expect(all[1].reason.fi).toContain('"1.1.-30.4: NPS +83"');
    // 19 surveys by April against 50 for the year: building towards it, not a miss.
    expect(all[2].reason.fi).toContain("etenee kohti vuoden tavoitetta (38 % vuoden tavoitteesta)");
    // A share is a level: 16 % against a baseline of 23 % moved away from the target of 30 %.
    expect(all[3].reason.fi).toContain("16 %, tavoite 30 %, lähtötaso 23 %: muuttunut poispäin tavoitteesta");
  });
});
