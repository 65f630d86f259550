#!/usr/bin/env node
/**
 * The production build as the city's IT gets it (README, Käyttöönotto): `npm run build` with an
 * example address, into a folder of its own (dist/ stays the browser tests'), then
 *  - without an address, or with an http:// one, the build refuses in one sentence per language;
 *  - the folder holds the pane, the ribbon page, the icons and manifest.xml, and nothing of the tests;
 *  - every URL of manifest.xml is on the address (none localhost), names a file of the folder, and the
 *    manifest is valid against the Office XSDs; its <Version> is package.json's;
 *  - the pages carry the Content-Security-Policy first in <head> and load scripts only from their own
 *    host and office.js from Microsoft's CDN;
 *  - the pane's first load (the scripts taskpane.html loads) weighs at most 250 KB gzipped, the file
 *    reader (src/xlsx and exceljs, for workbooks picked for the summary) in chunks loaded only when used;
 *  - served by `npm run serve:dist` (https on localhost) and opened in Chromium, the pane loads and
 *    shows its version, and no request leaves localhost but office.js from the CDN, which the test
 *    blocks and counts; and with the CDN's office.js answered from the local copy (still nothing
 *    leaves), office.js runs under the policy, which refuses nothing but office.js's telemetry frame.
 *
 *   node test/browser/production.js           build into a temporary folder, test, remove it
 *   node test/browser/production.js --keep    leave the folder (its path is printed)
 *
 * The last line is "N passed, M failed"; the exit code is non-zero when any test failed.
 */
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const zlib = require("zlib");
const os = require("os");
const path = require("path");
const { CDN_OFFICE_JS, OFFICE_CDN, officeVersion, packageVersion } = require("../../scripts/manifest");
const { validate } = require("../../scripts/validate-manifest");
const { startServer } = require("../../scripts/serve");
const { findChromium } = require("../../scripts/setup");

const ROOT = path.resolve(__dirname, "..", "..");
const ADDRESS = "https://intra.example.fi/toteuma/";
const ORIGIN = "https://intra.example.fi";
const OFFICE_DIST = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
const TIMEOUT = 20000;
const keep = process.argv.includes("--keep");

const work = fs.mkdtempSync(path.join(os.tmpdir(), "toteuma-production-"));
const DIST = path.join(work, "dist");

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

function assert(cond, message) {
  if (!cond) throw new Error(message);
}

function assertEqual(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

/** scripts/build.js with these arguments and TOTEUMA_URL (unset when null). */
function build(args, url) {
  const env = { ...process.env };
  delete env.TOTEUMA_URL;
  if (url !== null) env.TOTEUMA_URL = url;
  return spawnSync(process.execPath, [path.join(ROOT, "scripts", "build.js"), ...args], {
    cwd: ROOT,
    env,
    encoding: "utf8",
  });
}

function files(dir, prefix = "") {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? files(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
    )
    .sort();
}

// ---------------------------------------------------------------------------------------------
// The build

for (const [what, args, url, fi, en] of [
  ["no address", [], null, "Tuotantoversio tarvitsee osoitteen", "The production build needs the address"],
  [
    "an http:// address",
    [],
    "http://intra.example.fi/toteuma/",
    "pitää alkaa https://",
    "must start with https://",
  ],
  [
    "an http:// --env url (webpack's form)",
    ["--env", "url=http://intra.example.fi/"],
    null,
    "pitää alkaa https://",
    "must start with https://",
  ],
]) {
  test(`Build with ${what}: refused in one Finnish and one English sentence, nothing built`, async () => {
    const out = path.join(work, "refused");
    const r = build([...args, "--out", out], url);
    assertEqual(r.status, 2, "exit code");
    const lines = r.stderr.trim().split("\n");
    assertEqual(lines.length, 2, `lines on stderr (${r.stderr})`);
    assert(lines[0].includes(fi) && lines[1].includes(en), `the sentences: ${r.stderr}`);
    assert(!/\bat \S+ \(|Error:/.test(r.stderr), `a stack trace: ${r.stderr}`);
    assert(!fs.existsSync(out), "a folder was made");
  });
}

test("webpack --mode production on its own refuses as well, without a stack trace", async () => {
  const env = { ...process.env };
  delete env.TOTEUMA_URL;
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  const r = spawnSync(process.execPath, [cli, "--mode", "production", "--env", `out=${work}/direct`], {
    cwd: ROOT,
    env,
    encoding: "utf8",
  });
  assertEqual(r.status, 2, "exit code");
  assert(/Tuotantoversio tarvitsee osoitteen/.test(r.stderr), `Finnish: ${r.stderr}`);
  assert(/The production build needs the address/.test(r.stderr), `English: ${r.stderr}`);
  assert(!/\bat \S+ \(/.test(r.stderr), `a stack trace: ${r.stderr}`);
});

test(`npm run build with TOTEUMA_URL=${ADDRESS} builds the folder`, async () => {
  const r = build(["--out", DIST], ADDRESS);
  if (r.status !== 0) process.stderr.write(r.stdout.slice(-3000) + r.stderr.slice(-3000));
  assertEqual(r.status, 0, "exit code");
  assert(r.stdout.includes(`every URL on ${ADDRESS}`), `the closing line: ${r.stdout.slice(-400)}`);
});

test("The folder holds the pane, the ribbon page, the icons and manifest.xml, and nothing of the tests", async () => {
  const all = files(DIST);
  for (const f of ["taskpane.html", "commands.html", "manifest.xml"])
    assert(all.includes(f), `${f} missing: ${all}`);
  for (const size of [16, 32, 64, 80]) assert(all.includes(`assets/icon-${size}.png`), `icon ${size}`);
  assert(
    all.some((f) => /^taskpane\.[0-9a-f]{8}\.js$/.test(f)),
    `the pane's script with a content hash: ${all}`,
  );
  assert(
    all.some((f) => /^commands\.[0-9a-f]{8}\.js$/.test(f)),
    `the ribbon's script with a content hash: ${all}`,
  );
  const strays = all.filter((f) =>
    /^(office-js|fixtures)\/|simulator|taskpane-plain|\.map$|\.xlsx$|^taskpane\.js$/.test(f),
  );
  assertEqual(strays, [], "files of the development and test builds");
});

// ---------------------------------------------------------------------------------------------
// The manifest

/** Every URL in a manifest: attribute values and AppDomain texts. */
function urlsOf(xml) {
  return [
    ...[...xml.matchAll(/\b(?:DefaultValue|Value)="(https?:\/\/[^"]*)"/g)].map((m) => m[1]),
    ...[...xml.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1]),
  ];
}

test("manifest.xml: every URL on the address (none localhost), each naming a file of the folder", async () => {
  const xml = fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8");
  const dev = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  const urls = urlsOf(xml);
  assertEqual(urls.length, urlsOf(dev).length, "URLs (as many as in the development manifest)");
  assert(urls.length >= 20, `only ${urls.length} URLs found`);
  assert(!/localhost|127\.0\.0\.1/i.test(xml), "localhost in the production manifest");
  for (const url of urls) {
    if (!url.startsWith(ADDRESS)) {
      assertEqual(url, ORIGIN, "a URL not under the address (only AppDomain may be the origin)");
      continue;
    }
    const file = new URL(url).pathname.slice(new URL(ADDRESS).pathname.length);
    assert(fs.existsSync(path.join(DIST, file)), `${url}: ${file} is not in the folder`);
  }
  assert(xml.includes(`<AppDomain>${ORIGIN}</AppDomain>`), "AppDomain is the address's origin");
  assert(xml.includes(`<SourceLocation DefaultValue="${ADDRESS}taskpane.html">`), "SourceLocation");
  assert(xml.includes(`<FunctionFile resid="Toteuma.Commands.Url" />`), "FunctionFile");
  assert(xml.includes(`DefaultValue="${ADDRESS}commands.html"`), "the ribbon's page");
  assert(xml.includes(`<SupportUrl DefaultValue="${ADDRESS}`), "SupportUrl");
});

test("manifest.xml is valid against the Office XSDs (xmllint) and the project's rules; <Version> is package.json's", async () => {
  const manifest = path.join(DIST, "manifest.xml");
  assertEqual(validate(manifest, { base: ADDRESS, dir: DIST }), [], "validation errors");
  const version = officeVersion(packageVersion());
  assert(/^\d+\.\d+\.\d+\.0$/.test(version), `four parts: ${version}`);
  assert(fs.readFileSync(manifest, "utf8").includes(`<Version>${version}</Version>`), "Version");
  // The same check fails on a copy that points one URL elsewhere, so it is not a check that cannot fail.
  const copy = path.join(work, "manifest-broken.xml");
  fs.writeFileSync(
    copy,
    fs
      .readFileSync(manifest, "utf8")
      .replace(`"${ADDRESS}commands.html"`, '"https://elsewhere.example.com/commands.html"'),
  );
  const errors = validate(copy, { base: ADDRESS, dir: DIST });
  assert(
    errors.some((e) => e.includes("elsewhere.example.com")),
    `a URL elsewhere not caught: ${errors}`,
  );
});

// ---------------------------------------------------------------------------------------------
// The pages

test("The pages: the Content-Security-Policy first in <head>; scripts from the host and office.js from the CDN only", async () => {
  for (const page of ["taskpane.html", "commands.html"]) {
    const html = fs.readFileSync(path.join(DIST, page), "utf8");
    const head = /<head>([\s\S]*?)<\/head>/.exec(html)[1];
    const tags = [...head.matchAll(/<(\w+)[^>]*>/g)].map((m) => m[0]);
    assert(/^<meta charset/i.test(tags[0]), `${page}: charset first: ${tags[0]}`);
    assert(/^<meta http-equiv="?Content-Security-Policy/i.test(tags[1]), `${page}: CSP second: ${tags[1]}`);
    const csp = /content="([^"]*)"/.exec(tags[1])[1];
    assert(csp.includes(`script-src 'self' ${OFFICE_CDN};`), `${page}: script-src: ${csp}`);
    assert(/default-src 'self'/.test(csp) && /connect-src 'self'/.test(csp), `${page}: ${csp}`);
    const scripts = [...html.matchAll(/<script[^>]*\bsrc="?([^" >]+)/g)].map((m) => m[1]);
    assertEqual(scripts[0], CDN_OFFICE_JS, `${page}: office.js from the CDN first`);
    for (const src of scripts.slice(1)) assert(!/^[a-z]+:|^\/\//i.test(src), `${page}: ${src} not relative`);
  }
});

/** At most this much script, gzipped, before the pane shows: the file reader comes later, when used. */
const FIRST_LOAD_GZIP = 250 * 1024;

test("The pane's first load is at most 250 KB of script gzipped; the file reader and the pane's worker are chunks loaded only when used", async () => {
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  const initial = [...html.matchAll(/<script[^>]*\bsrc="?([^" >]+)/g)]
    .map((m) => m[1])
    .filter((src) => src !== CDN_OFFICE_JS);
  assert(initial.length > 0, "no script of the pane's own");
  const sizes = initial.map(
    (src) => zlib.gzipSync(fs.readFileSync(path.join(DIST, src)), { level: 9 }).length,
  );
  const total = sizes.reduce((a, b) => a + b, 0);
  console.log(
    `       first load: ${initial.map((src, i) => `${src} ${(sizes[i] / 1024).toFixed(1)} KB`).join(", ")} gzipped`,
  );
  assert(
    total <= FIRST_LOAD_GZIP,
    `the pane's first load is ${(total / 1024).toFixed(1)} KB gzipped (at most 250 KB)`,
  );
  // The file reader is not in it: its own chunk holds the package reader, and no initial script does.
  const later = files(DIST).filter(
    (f) => f.endsWith(".js") && !initial.includes(f) && !/^commands\./.test(f),
  );
  assert(
    later.some((f) => /^xlsx\.[0-9a-f]{8}\.js$/.test(f)),
    `no chunk of its own for the file reader: ${later}`,
  );
  const reader = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  for (const src of initial)
    assert(!fs.readFileSync(path.join(DIST, src), "utf8").includes(reader), `${src} holds the file reader`);
  // The pane's web worker (the pure core: src/taskpane/core.worker.ts) is a chunk of its own, from the
  // pane's own folder, not in the first load; the worker's script does not load Office.js or React.
  const worker = later.find((f) => /^core-worker\.[0-9a-f]{8}\.js$/.test(f));
  assert(worker, `no chunk of its own for the pane's worker: ${later}`);
  const workerJs = fs.readFileSync(path.join(DIST, worker), "utf8");
  assert(!/Symbol\.for\("react\.|\bExcel\.run\b/.test(workerJs), `${worker} holds React or Office.js calls`);
  console.log(
    `       the worker (not in the first load): ${worker} ${(zlib.gzipSync(workerJs, { level: 9 }).length / 1024).toFixed(1)} KB gzipped`,
  );
});

// ---------------------------------------------------------------------------------------------
// Served over https, in Chromium

let served = null;
let browser = null;

async function context({ officeFromLocalCopy }) {
  const ctx = await browser.newContext({ locale: "fi-FI", ignoreHTTPSErrors: true });
  ctx.setDefaultTimeout(TIMEOUT);
  const external = [];
  await ctx.route(
    (url) => url.hostname !== "localhost" && url.hostname !== "127.0.0.1" && url.protocol !== "data:",
    (route) => {
      const url = route.request().url();
      external.push(url);
      const local = url.startsWith(`${OFFICE_CDN}/lib/1/hosted/`)
        ? path.join(OFFICE_DIST, url.slice(`${OFFICE_CDN}/lib/1/hosted/`.length))
        : null;
      if (officeFromLocalCopy && local && fs.existsSync(local))
        return route.fulfill({ path: local, contentType: "text/javascript; charset=utf-8" });
      return route.abort("blockedbyclient");
    },
  );
  await ctx.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__cspViolations.push(`${e.effectiveDirective} ${e.blockedURI}`),
    );
  });
  return { ctx, external };
}

test("serve:dist serves the folder over https on localhost", async () => {
  served = await startServer({ dir: DIST, port: 0 });
  assert(/^https:\/\/localhost:\d+\/$/.test(served.url), served.url);
  console.log(`       (${served.url}, certificate: ${served.source})`);
});

test("In Chromium with the CDN blocked: the pane loads, says it runs in Excel, shows its version; only office.js tried to leave localhost", async () => {
  const { ctx, external } = await context({ officeFromLocalCopy: false });
  const page = await ctx.newPage();
  await page.goto(`${served.url}taskpane.html`);
  await page.getByText("Toteuma toimii Excelissä").waitFor();
  const footer = await page.getByRole("contentinfo").textContent();
  assertEqual(footer, `Toteuma, versio ${packageVersion()}`, "the footer");
  const commands = await ctx.newPage();
  await commands.goto(`${served.url}commands.html`);
  await commands.waitForLoadState("load");
  await page.waitForTimeout(1000);
  assertEqual(
    await page.evaluate(() => window.__cspViolations),
    [],
    "Content-Security-Policy violations of the pane",
  );
  assertEqual(external, [CDN_OFFICE_JS, CDN_OFFICE_JS], "requests that would have left localhost");
  console.log(`       (blocked and counted: ${external.length} × ${CDN_OFFICE_JS})`);
  await ctx.close();
});

test("In Chromium with the CDN's office.js answered from the local copy: office.js runs under the policy, which refuses only its telemetry frame", async () => {
  const { ctx, external } = await context({ officeFromLocalCopy: true });
  const page = await ctx.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${served.url}taskpane.html?view=validate`);
  await page.getByText("Toteuma toimii Excelissä").waitFor();
  const office = await page.evaluate(async () => ({
    host: (await Office.onReady()).host,
    excel: typeof window.Excel,
  }));
  assertEqual(office, { host: null, excel: "undefined" }, "office.js outside Office");
  // Fluent's styles (Griffel's <style> elements) apply under the policy: the title is semibold.
  const weight = await page.evaluate(() => getComputedStyle(document.querySelector("h1")).fontWeight);
  assertEqual(weight, "600", "the title's font weight (Fluent's styles applied)");
  await page.waitForTimeout(3500); // office.js's logger opens its frame after 3 s outside Office
  assertEqual(
    await page.evaluate(() => window.__cspViolations),
    ["frame-src https://telemetryservice.firstpartyapps.oaspapps.com"],
    "Content-Security-Policy violations",
  );
  assertEqual(
    external,
    [CDN_OFFICE_JS, `${OFFICE_CDN}/lib/1/hosted/o15apptofilemappingtable.js`],
    "requests that would have left localhost (all answered locally)",
  );
  assertEqual(errors, [], "errors in the page");
  await ctx.close();
});

// ---------------------------------------------------------------------------------------------

async function main() {
  const chromiumPath = findChromium();
  let passed = 0;
  let failed = 0;
  try {
    for (const t of tests) {
      if (t.name.startsWith("In Chromium") && !browser) {
        if (!chromiumPath)
          throw new Error(
            "Chromium was not found (CHROMIUM_PATH, or chromium on PATH); npm test installs it",
          );
        const { chromium } = require("playwright-core");
        browser = await chromium.launch({
          executablePath: chromiumPath,
          headless: true,
          args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
        });
      }
      const started = Date.now();
      try {
        await t.fn();
        passed++;
        console.log(`  ok  ${t.name} (${Date.now() - started} ms)`);
      } catch (e) {
        failed++;
        console.log(
          `  FAIL ${t.name}\n       ${String(e && e.message ? e.message : e)
            .split("\n")
            .join("\n       ")}`,
        );
      }
    }
  } finally {
    if (browser) await browser.close().catch(() => undefined);
    if (served) served.server.close();
    if (keep) console.log(`Left ${work}`);
    else fs.rmSync(work, { recursive: true, force: true });
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
}

main().catch((e) => {
  console.error(`Production tests could not run: ${e && e.message ? e.message : e}`);
  console.log("0 passed, 1 failed");
  process.exitCode = 1;
});
