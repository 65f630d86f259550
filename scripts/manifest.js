#!/usr/bin/env node
/**
 * The production build's parts that are plain data, shared by webpack.config.js, scripts/build.js,
 * scripts/validate-manifest.js and their tests:
 *
 *  - hostingAddress(raw): the address where the city hosts dist/ (TOTEUMA_URL or --url), checked and
 *    normalised, or a refusal as one sentence in Finnish and English;
 *  - officeVersion(semver): package.json's version as the manifest's four-part <Version>;
 *  - productionManifest(devXml, {base, version}): the development manifest.xml with every
 *    https://localhost:3000 URL moved to the hosting address and the version set;
 *  - contentSecurityPolicy({officeJs}): the policy the pages carry in a <meta http-equiv>.
 *
 * Usage: node scripts/manifest.js --sync-version   writes package.json's version into manifest.xml
 *        (npm's "version" script runs it, so `npm version minor` bumps both).
 */
"use strict";
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
/** Where the development manifest points (webpack serve). */
const DEV_ORIGIN = "https://localhost:3000";
/** Microsoft's CDN for office.js: the only outside host the production pages load from. */
const OFFICE_CDN = "https://appsforoffice.microsoft.com";
const CDN_OFFICE_JS = `${OFFICE_CDN}/lib/1/hosted/office.js`;

/** A refusal: one sentence in each language. */
class Refusal extends Error {
  constructor(fi, en) {
    super(`${fi}\n${en}`);
    this.fi = fi;
    this.en = en;
  }
}

const EXAMPLE = "TOTEUMA_URL=https://intra.example.fi/toteuma/ npm run build";

/**
 * The hosting address: an https URL without query, fragment or credentials, normalised to end in "/"
 * (dist/ is copied there as it is). Returns { base, origin } or throws a Refusal.
 */
function hostingAddress(raw) {
  const text = typeof raw === "string" ? raw.trim() : "";
  if (text === "")
    throw new Refusal(
      `Tuotantoversio tarvitsee osoitteen, jossa kaupunki julkaisee Toteuman, esimerkiksi: ${EXAMPLE}`,
      `The production build needs the address where the city will host Toteuma, for example: ${EXAMPLE}`,
    );
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Refusal(
      `"${text}" ei ole verkko-osoite; anna koko osoite, esimerkiksi https://intra.example.fi/toteuma/.`,
      `"${text}" is not a web address; give the whole address, for example https://intra.example.fi/toteuma/.`,
    );
  }
  if (url.protocol !== "https:")
    throw new Refusal(
      `Osoitteen pitää alkaa https:// (Office lataa apuohjelmia vain https-yhteydellä), ei ${url.protocol}//: ${text}`,
      `The address must start with https:// (Office loads add-ins only over https), not ${url.protocol}//: ${text}`,
    );
  if (url.username || url.password || url.search || url.hash)
    throw new Refusal(
      `Osoitteessa ei saa olla käyttäjätunnusta, kyselyä (?) eikä ankkuria (#): ${text}`,
      `The address must not carry a user name, a query (?) or a fragment (#): ${text}`,
    );
  const href = url.href.endsWith("/") ? url.href : `${url.href}/`;
  if (href.length > 1000)
    throw new Refusal(
      `Osoite on liian pitkä manifestiin (${href.length} merkkiä, enintään 1000).`,
      `The address is too long for the manifest (${href.length} characters, at most 1000).`,
    );
  return { base: href, origin: url.origin };
}

/** package.json's "X.Y.Z" as the manifest's "X.Y.Z.0"; a pre-release or other form is refused. */
function officeVersion(semver) {
  const m = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})$/.exec(String(semver));
  if (!m)
    throw new Refusal(
      `package.json:n versio "${semver}" ei sovi manifestiin: käytä muotoa 1.2.3 (ilman esiversion päätettä).`,
      `package.json's version "${semver}" does not fit the manifest: use the form 1.2.3 (no pre-release suffix).`,
    );
  return `${m[1]}.${m[2]}.${m[3]}.0`;
}

function packageVersion() {
  return JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version;
}

const escapeXml = (s) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Sets <Version> to a four-part version. */
function withVersion(xml, version) {
  if (!/<Version>[^<]*<\/Version>/.test(xml)) throw new Error("manifest.xml has no <Version>");
  return xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`);
}

/**
 * The production manifest from the development one: every https://localhost:3000/… URL becomes
 * base + …, each <AppDomain> the hosting origin, <Version> the given one. Refuses to return a
 * manifest that still names localhost (a URL this function does not know how to move).
 */
function productionManifest(devXml, { base, version }) {
  const address = hostingAddress(base);
  let xml = withVersion(devXml, version);
  xml = xml.replace(/<AppDomain>[^<]*<\/AppDomain>/g, `<AppDomain>${escapeXml(address.origin)}</AppDomain>`);
  xml = xml.split(`${DEV_ORIGIN}/`).join(escapeXml(address.base));
  // The comment at the top speaks of the development manifest; say what this one is.
  xml = xml.replace(
    /<!--[\s\S]*?-->/,
    // (the address stays out of the comment: an address with "--" would end it)
    `<!--\n  Toteuma ${version}: the production manifest, made by npm run build from the repository's\n` +
      `  manifest.xml. Deploy it from the Microsoft 365 admin center (Integrated apps) or a SharePoint\n` +
      `  app catalog; see README.md, "Käyttöönotto".\n-->`,
  );
  const left = /localhost[^"<\s]*/i.exec(xml);
  if (left) throw new Error(`the production manifest still names ${left[0]}`);
  return xml;
}

/**
 * The Content-Security-Policy of the pages (taskpane.html, commands.html), for a <meta http-equiv>
 * (so no frame-ancestors, report-uri or sandbox: a meta policy ignores them).
 *   officeJs: "cdn" — office.js from Microsoft's CDN (production); "local" — the build's own copy.
 * - scripts: the page's own host, and Microsoft's CDN for office.js, which loads its host scripts
 *   (excel-web-16.00.js, …) and strings from the same folder;
 * - styles: 'unsafe-inline', because Fluent UI's Griffel and Office's own excel-web script put
 *   <style> elements and style attributes into the page (see README, Käyttöönotto);
 * - connect-src 'self': office.js talks to Excel by postMessage (Excel on the web) or the desktop
 *   webview's bridge, neither of which CSP governs; its only own fetches are Microsoft's telemetry,
 *   which stays blocked, as does its telemetry frame (frame-src via default-src);
 * - nothing else from anywhere else: images and fonts from the host (and data: images), no plugins,
 *   no <base> or form targets elsewhere.
 */
function contentSecurityPolicy({ officeJs }) {
  const scripts = officeJs === "cdn" ? `'self' ${OFFICE_CDN}` : "'self'";
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/** Writes package.json's version into the development manifest.xml; returns the new <Version>. */
function syncVersion(file = path.join(ROOT, "manifest.xml")) {
  const version = officeVersion(packageVersion());
  const xml = fs.readFileSync(file, "utf8");
  const next = withVersion(xml, version);
  if (next !== xml) fs.writeFileSync(file, next);
  return version;
}

function main(argv) {
  if (argv[0] === "--sync-version") {
    try {
      console.log(`manifest.xml: <Version>${syncVersion()}</Version>`);
      return 0;
    } catch (e) {
      console.error(e instanceof Refusal ? e.message : String(e));
      return 1;
    }
  }
  console.error("Usage: node scripts/manifest.js --sync-version");
  return 64;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

module.exports = {
  CDN_OFFICE_JS,
  DEV_ORIGIN,
  OFFICE_CDN,
  Refusal,
  contentSecurityPolicy,
  hostingAddress,
  officeVersion,
  packageVersion,
  productionManifest,
  syncVersion,
};
