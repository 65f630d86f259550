import { canUseWorkbook, officeReady, waitForHost } from "./env";

const g = globalThis as { __simReady?: Promise<unknown>; Office?: unknown; Excel?: unknown };
/** The browser's language in these tests: neither Office's nor the Finnish default. */
const browserLanguage = "sv-SE";
const hadNavigator = Object.getOwnPropertyDescriptor(globalThis, "navigator");
const setNavigator = (value: unknown) =>
  Object.defineProperty(globalThis, "navigator", { value, configurable: true, writable: true });

/** Office.js as it behaves outside Office: onReady resolves with no host, context knows no language. */
const officeOutsideOffice = () => ({
  onReady: () => Promise.resolve({ host: null, platform: null, addin: null }),
  context: {},
});
const excelApi = () => ({ run: async () => undefined });

beforeEach(() => setNavigator({ language: browserLanguage }));

afterEach(() => {
  if (hadNavigator) Object.defineProperty(globalThis, "navigator", hadNavigator);
  else delete (globalThis as { navigator?: unknown }).navigator;
  delete g.__simReady;
  delete g.Office;
  delete g.Excel;
});

describe("waitForHost", () => {
  it("waits for the test host's promise", async () => {
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
});

describe("officeReady", () => {
  it("in Excel: host Excel, the Excel API, Office's display language", async () => {
    g.Office = {
      onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }),
      context: { displayLanguage: "en-US" },
    };
    g.Excel = excelApi();
    const env = await officeReady();
    expect(env).toEqual({ host: "Excel", excelApi: true, displayLanguage: "en-US" });
    expect(canUseWorkbook(env)).toBe(true);
  });

  it("Office.js outside Office with the simulator's Excel: no host, the browser's language, usable", async () => {
    g.Office = officeOutsideOffice();
    g.Excel = excelApi();
    const env = await officeReady();
    expect(env).toEqual({ host: null, excelApi: true, displayLanguage: browserLanguage });
    expect(canUseWorkbook(env)).toBe(true);
  });

  it("Office.js outside Office on its own (a plain browser): not usable", async () => {
    g.Office = officeOutsideOffice();
    const env = await officeReady();
    expect(env).toEqual({ host: null, excelApi: false, displayLanguage: browserLanguage });
    expect(canUseWorkbook(env)).toBe(false);
  });

  it("takes the simulator's Excel only once the test host is ready", async () => {
    g.Office = officeOutsideOffice();
    let release: () => void = () => undefined;
    g.__simReady = new Promise<void>((r) => (release = r));
    const pending = officeReady();
    g.Excel = excelApi();
    release();
    expect(canUseWorkbook(await pending)).toBe(true);
  });

  it("an Excel namespace without Excel.run is no Excel API", async () => {
    g.Office = officeOutsideOffice();
    g.Excel = { ErrorCodes: {} };
    expect((await officeReady()).excelApi).toBe(false);
  });

  it("without Office.js: no host, the browser's language", async () => {
    const env = await officeReady();
    expect(env).toEqual({ host: null, excelApi: false, displayLanguage: browserLanguage });
    expect(canUseWorkbook(env)).toBe(false);
  });

  it("without Office.js or a browser language: Finnish", async () => {
    setNavigator(undefined);
    expect((await officeReady()).displayLanguage).toBe("fi-FI");
  });

  it("in another Office host the workbook is out of reach, and Office's language is used", async () => {
    g.Office = {
      onReady: () => Promise.resolve({ host: "Word", platform: "PC" }),
      context: { displayLanguage: "sv-FI" },
    };
    g.Excel = excelApi();
    const env = await officeReady();
    expect(env.displayLanguage).toBe("sv-FI");
    expect(canUseWorkbook(env)).toBe(false);
  });

  it("in Excel without a display language falls back to the browser's", async () => {
    g.Office = { onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }), context: {} };
    g.Excel = excelApi();
    expect((await officeReady()).displayLanguage).toBe(browserLanguage);
  });
});
