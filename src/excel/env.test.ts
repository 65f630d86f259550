import { officeReady, waitForHost } from "./env";

const g = globalThis as { __simReady?: Promise<unknown>; Office?: unknown };

afterEach(() => {
  delete g.__simReady;
  delete g.Office;
});

describe("env", () => {
  it("waitForHost waits for the test host's promise", async () => {
    let release: () => void = () => undefined;
    let done = false;
    g.__simReady = new Promise<void>((r) => (release = r));
    const waiting = waitForHost().then(() => (done = true));
    await new Promise((r) => setTimeout(r, 5));
    expect(done).toBe(false);
    release();
    await waiting;
    expect(done).toBe(true);
  });

  it("officeReady reports Excel and its display language", async () => {
    g.Office = {
      onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }),
      context: { displayLanguage: "en-US" },
    };
    await expect(officeReady()).resolves.toEqual({ inExcel: true, displayLanguage: "en-US" });
  });

  it("officeReady outside Office says so", async () => {
    const env = await officeReady();
    expect(env.inExcel).toBe(false);
    expect(env.displayLanguage).toBeTruthy();
  });
});
