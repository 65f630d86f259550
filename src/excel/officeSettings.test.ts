/** The Office.js host's settings: Office's document settings of the add-in, saved at once. */
import { fakeSettings } from "../../test/support/officeSettings";
import { simulatorFor } from "../../test/simulator/node";
import { createOfficeHost } from "./officeHost";

async function hostWith(settings: ReturnType<typeof fakeSettings> | null) {
  const sim = await simulatorFor("kasvu-ja-tyollisyys-2026-T1.xlsx");
  return createOfficeHost(sim.run, () => settings?.settings ?? null);
}

describe("createOfficeHost() settings", () => {
  it("reads what the document keeps, null for a setting never made or not a string", async () => {
    const fake = fakeSettings({ statusScale: "Pori 2025", count: 3 });
    const host = await hostWith(fake);
    expect(await host.getSetting("statusScale")).toBe("Pori 2025");
    expect(await host.getSetting("departments")).toBeNull();
    expect(await host.getSetting("count")).toBeNull();
  });

  it("saves a setting into the document at once, as text", async () => {
    const fake = fakeSettings();
    const host = await hostWith(fake);
    await host.setSetting("departments", "=Konsernipalvelut");
    expect(fake.saves).toBe(1);
    expect(fake.saved.get("departments")).toBe("=Konsernipalvelut");
    expect(await host.getSetting("departments")).toBe("=Konsernipalvelut");
  });

  it("rejects with Office's own message when the document cannot save", async () => {
    const fake = fakeSettings();
    fake.failSaves("The document is read-only.");
    const host = await hostWith(fake);
    await expect(host.setSetting("statusScale", "x")).rejects.toThrow("The document is read-only.");
    expect(fake.saved.has("statusScale")).toBe(false);
  });

  it("keeps settings for the page's life where Office.js has no document (outside Office)", async () => {
    const host = await hostWith(null);
    expect(await host.getSetting("statusScale")).toBeNull();
    await host.setSetting("statusScale", "Pori 2025");
    expect(await host.getSetting("statusScale")).toBe("Pori 2025");
    const defaults = createOfficeHost((await simulatorFor("kasvu-ja-tyollisyys-2026-T1.xlsx")).run);
    expect(await defaults.getSetting("statusScale")).toBeNull();
  });
});
