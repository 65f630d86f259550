/**
 * The production build's plain parts (scripts/manifest.js, scripts/build.js's options,
 * scripts/serve.js, the production options of scripts/validate-manifest.js). The build itself, the
 * served pages and Chromium are in test/browser/production.js (npm run test:production).
 */
import { X509Certificate, createPrivateKey } from "crypto";
import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";

/* eslint-disable @typescript-eslint/no-require-imports */
const manifest = require("../scripts/manifest.js") as {
  CDN_OFFICE_JS: string;
  hostingAddress(raw: unknown): { base: string; origin: string };
  officeVersion(semver: string): string;
  packageVersion(): string;
  productionManifest(xml: string, o: { base: string; version: string }): string;
  contentSecurityPolicy(o: { officeJs: "cdn" | "local" }): string;
  syncVersion(file: string): string;
};
const { validate } = require("../scripts/validate-manifest.js") as {
  validate(file: string, o?: { base?: string; dir?: string | null }): string[];
};
const { parseArgs } = require("../scripts/build.js") as {
  parseArgs(argv: string[]): { url: string | null; out: string | null; unknown: string[] };
};
const serve = require("../scripts/serve.js") as {
  handler(dir: string): http.RequestListener;
  certificate(o: { home: string }): Promise<{ key: string | Buffer; cert: string | Buffer; source: string }>;
};
/* eslint-enable @typescript-eslint/no-require-imports */

const ROOT = path.join(__dirname, "..");
const DEV_XML = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const VERSION = manifest.officeVersion(manifest.packageVersion());

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "toteuma-deploy-test-"));
}

/** Errors of a production manifest for `base` (written to a temporary file; xmllint and the rules). */
function validateFor(base: string, xml: string): string[] {
  const dir = tempDir();
  try {
    fs.writeFileSync(path.join(dir, "manifest.xml"), xml);
    return validate(path.join(dir, "manifest.xml"), { base });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function refusal(fn: () => unknown): { fi: string; en: string } {
  try {
    fn();
  } catch (e) {
    return e as { fi: string; en: string };
  }
  throw new Error("not refused");
}

describe("hostingAddress", () => {
  it("takes an https address, with or without the closing slash, and gives its origin", () => {
    expect(manifest.hostingAddress("https://intra.example.fi/toteuma")).toEqual({
      base: "https://intra.example.fi/toteuma/",
      origin: "https://intra.example.fi",
    });
    expect(manifest.hostingAddress("  https://apps.pori.fi/  ").base).toBe("https://apps.pori.fi/");
    expect(manifest.hostingAddress("https://localhost:3443/").origin).toBe("https://localhost:3443");
  });

  it.each([
    [undefined, "Tuotantoversio tarvitsee osoitteen", "The production build needs the address"],
    ["", "Tuotantoversio tarvitsee osoitteen", "The production build needs the address"],
    ["http://intra.example.fi/toteuma/", "pitää alkaa https://", "must start with https://"],
    ["intra.example.fi/toteuma", "ei ole verkko-osoite", "is not a web address"],
    ["https://intra.example.fi/t/?v=1", "kyselyä (?)", "a query (?)"],
    ["https://intra.example.fi/t/#x", "ankkuria (#)", "a fragment (#)"],
    ["https://it:salasana@intra.example.fi/", "käyttäjätunnusta", "a user name"],
  ])("refuses %p in one Finnish and one English sentence", (raw, fi, en) => {
    const r = refusal(() => manifest.hostingAddress(raw));
    expect(r.fi).toContain(fi);
    expect(r.en).toContain(en);
    expect(r.fi).not.toContain("\n");
    expect(r.en).not.toContain("\n");
  });
});

describe("officeVersion", () => {
  it("is package.json's version in four parts", () => {
    expect(manifest.officeVersion("0.2.0")).toBe("0.2.0.0");
    expect(manifest.officeVersion("12.34.5")).toBe("12.34.5.0");
    expect(VERSION).toBe(`${manifest.packageVersion()}.0`);
  });

  it.each(["1.2.3-beta.1", "1.2", "v1.2.3", "1.2.3.4", "123456.0.0"])("refuses %p", (v) => {
    const r = refusal(() => manifest.officeVersion(v));
    expect(r.fi).toContain(v);
    expect(r.en).toContain("does not fit the manifest");
  });
});

describe("productionManifest", () => {
  const base = "https://intra.example.fi/toteuma/";
  const xml = manifest.productionManifest(DEV_XML, { base, version: "7.8.9.0" });

  it("moves every localhost URL to the address and AppDomain to its origin, and sets the version", () => {
    const devUrls = DEV_XML.match(/https:\/\/localhost:3000\/[^"<]*/g) ?? [];
    const urls = xml.match(/https:\/\/intra\.example\.fi\/toteuma\/[^"<]*/g) ?? [];
    expect(devUrls.length).toBeGreaterThanOrEqual(20);
    expect(urls).toEqual(devUrls.map((u) => u.replace("https://localhost:3000/", base)));
    expect(xml).not.toMatch(/localhost/i);
    expect(xml).toContain("<AppDomain>https://intra.example.fi</AppDomain>");
    expect(xml).toContain("<Version>7.8.9.0</Version>");
    // Nothing else changes: the same manifest once the URLs, the version and the top comment are put back.
    const back = xml
      .split(base)
      .join("https://localhost:3000/")
      .replace(
        "<AppDomain>https://intra.example.fi</AppDomain>",
        "<AppDomain>https://localhost:3000</AppDomain>",
      )
      .replace("<Version>7.8.9.0</Version>", /<Version>[^<]*<\/Version>/.exec(DEV_XML)![0])
      .replace(/<!--[\s\S]*?-->/, /<!--[\s\S]*?-->/.exec(DEV_XML)![0]);
    expect(back).toBe(DEV_XML);
  });

  it("is valid against the Office XSDs and the rules for its address, and invalid for another", () => {
    const current = manifest.productionManifest(DEV_XML, { base, version: VERSION });
    expect(validateFor(base, current)).toEqual([]);
    expect(validateFor("https://other.example.fi/", current).join("\n")).toMatch(/is not on https:\/\/other/);
    expect(validateFor(base, xml)).toEqual([
      `Version 7.8.9.0 is not package.json's version ${VERSION} (npm version writes both; node scripts/manifest.js --sync-version writes it into manifest.xml)`,
    ]);
  });

  it("keeps the XML well-formed for addresses with & and -- in them", () => {
    for (const odd of ["https://intra.example.fi/a&b/", "https://a--b.example.fi/x--y/"]) {
      const { base: b } = manifest.hostingAddress(odd);
      const out = manifest.productionManifest(DEV_XML, { base: b, version: VERSION });
      expect(validateFor(b, out)).toEqual([]);
    }
  });

  it("refuses a manifest with a localhost URL it does not know how to move", () => {
    const odd = DEV_XML.replace(
      "https://localhost:3000/taskpane.html?view=status",
      "https://localhost:8080/taskpane.html?view=status",
    );
    expect(() => manifest.productionManifest(odd, { base, version: VERSION })).toThrow(/localhost:8080/);
  });

  it("needs a valid address itself", () => {
    expect(() => manifest.productionManifest(DEV_XML, { base: "http://x.fi/", version: VERSION })).toThrow(
      /https:\/\//,
    );
  });
});

describe("contentSecurityPolicy", () => {
  const directives = (csp: string) =>
    Object.fromEntries(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1).join(" ")]));

  it("lets scripts come only from the host and, in production, Microsoft's office.js CDN", () => {
    const cdn = directives(manifest.contentSecurityPolicy({ officeJs: "cdn" }));
    expect(cdn["script-src"]).toBe("'self' https://appsforoffice.microsoft.com");
    expect(manifest.CDN_OFFICE_JS.startsWith("https://appsforoffice.microsoft.com/")).toBe(true);
    expect(directives(manifest.contentSecurityPolicy({ officeJs: "local" }))["script-src"]).toBe("'self'");
  });

  it("allows nothing else from elsewhere, no eval, and only what a <meta> policy understands", () => {
    const csp = manifest.contentSecurityPolicy({ officeJs: "cdn" });
    const d = directives(csp);
    expect(d["default-src"]).toBe("'self'");
    expect(d["connect-src"]).toBe("'self'");
    expect(d["style-src"]).toBe("'self' 'unsafe-inline'");
    expect(d["object-src"]).toBe("'none'");
    expect(csp).not.toMatch(/unsafe-eval|\*|frame-ancestors|report-uri|sandbox/);
    const hosts = csp.match(/https?:\/\/[^\s;]+/g) ?? [];
    expect([...new Set(hosts)]).toEqual(["https://appsforoffice.microsoft.com"]);
  });
});

describe("syncVersion (npm version's hook)", () => {
  it("writes package.json's version into a manifest, and leaves a current one as it is", () => {
    const dir = tempDir();
    try {
      const file = path.join(dir, "manifest.xml");
      fs.writeFileSync(file, DEV_XML.replace(/<Version>[^<]*<\/Version>/, "<Version>0.0.1.0</Version>"));
      expect(manifest.syncVersion(file)).toBe(VERSION);
      expect(fs.readFileSync(file, "utf8")).toBe(DEV_XML);
      const before = fs.statSync(file).mtimeMs;
      manifest.syncVersion(file);
      expect(fs.statSync(file).mtimeMs).toBe(before);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("build options", () => {
  it("takes --url, --url=, webpack's --env url=, and --out", () => {
    expect(parseArgs(["--url", "https://a.fi/"])).toEqual({ url: "https://a.fi/", out: null, unknown: [] });
    expect(parseArgs(["--url=https://a.fi/", "--out=x"])).toEqual({
      url: "https://a.fi/",
      out: "x",
      unknown: [],
    });
    expect(parseArgs(["--env", "url=https://a.fi/b=c/", "--env", "out=d"])).toEqual({
      url: "https://a.fi/b=c/",
      out: "d",
      unknown: [],
    });
    expect(parseArgs(["--mode", "development", "--env", "local"]).unknown).toEqual([
      "--mode",
      "development",
      "--env local",
    ]);
  });
});

describe("serve:dist", () => {
  let dir: string;
  let server: http.Server;
  let port: number;

  beforeAll(async () => {
    dir = tempDir();
    fs.mkdirSync(path.join(dir, "site", "assets"), { recursive: true });
    fs.writeFileSync(path.join(dir, "site", "taskpane.html"), "<!doctype html><title>t</title>");
    fs.writeFileSync(path.join(dir, "site", "manifest.xml"), "<OfficeApp/>");
    fs.writeFileSync(path.join(dir, "site", "assets", "icon-16.png"), Buffer.from([0x89, 0x50]));
    fs.writeFileSync(path.join(dir, "secret.txt"), "outside the folder");
    server = http.createServer(serve.handler(path.join(dir, "site")));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as { port: number }).port;
  });

  afterAll(() => {
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  function get(rawPath: string, method = "GET") {
    return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>(
      (resolve, reject) => {
        const req = http.request({ host: "127.0.0.1", port, path: rawPath, method }, (res) => {
          let body = "";
          res.on("data", (c) => (body += c));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        });
        req.on("error", reject);
        req.end();
      },
    );
  }

  it("serves the folder's files with their types, nosniff and no-cache; / goes to the pane", async () => {
    const page = await get("/taskpane.html");
    expect([page.status, page.headers["content-type"], page.body]).toEqual([
      200,
      "text/html; charset=utf-8",
      "<!doctype html><title>t</title>",
    ]);
    expect(page.headers["x-content-type-options"]).toBe("nosniff");
    expect(page.headers["cache-control"]).toBe("no-cache");
    expect((await get("/manifest.xml")).headers["content-type"]).toBe("application/xml; charset=utf-8");
    expect((await get("/assets/icon-16.png")).headers["content-type"]).toBe("image/png");
    const root = await get("/");
    expect([root.status, root.headers.location]).toEqual([302, "/taskpane.html"]);
    expect((await get("/taskpane.html", "HEAD")).body).toBe("");
    expect((await get("/taskpane.html", "POST")).status).toBe(405);
  });

  it("serves nothing outside the folder, and no folders", async () => {
    for (const p of [
      "/../secret.txt",
      "/%2e%2e/secret.txt",
      "/assets/..%2f..%2fsecret.txt",
      "/assets",
      "/nope.js",
    ])
      expect([p, (await get(p)).status]).toEqual([p, 404]);
  });

  it("uses office-addin-dev-certs' certificate when it is installed", async () => {
    const home = tempDir();
    try {
      fs.mkdirSync(path.join(home, ".office-addin-dev-certs"));
      fs.writeFileSync(path.join(home, ".office-addin-dev-certs", "localhost.crt"), "CERT");
      fs.writeFileSync(path.join(home, ".office-addin-dev-certs", "localhost.key"), "KEY");
      const c = await serve.certificate({ home });
      expect([c.source, String(c.cert), String(c.key)]).toEqual(["office-addin-dev-certs", "CERT", "KEY"]);
    } finally {
      fs.rmSync(home, { recursive: true, force: true });
    }
  });

  it("otherwise makes a self-signed certificate for localhost now, valid for a day, with its key", async () => {
    const home = tempDir();
    try {
      const c = await serve.certificate({ home });
      expect(c.source).toBe("self-signed");
      const cert = new X509Certificate(String(c.cert));
      expect(cert.subjectAltName).toContain("DNS:localhost");
      expect(cert.subjectAltName).toContain("IP Address:127.0.0.1");
      expect(cert.checkPrivateKey(createPrivateKey(String(c.key)))).toBe(true);
      const days = (Date.parse(cert.validTo) - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(0.5);
      expect(days).toBeLessThan(2);
      expect(fs.readdirSync(home)).toEqual([]); // nothing written
    } finally {
      fs.rmSync(home, { recursive: true, force: true });
    }
  });
});
