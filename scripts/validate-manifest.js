#!/usr/bin/env node
/**
 * Validates the add-in manifest offline:
 *  1. xmllint against Microsoft's XML manifest schemas, copied into test/schemas/office-addin-manifest
 *     (so that a fresh clone validates without ../shared or the internet);
 *  2. the project's own rules: every localisable string has an en-US override; every URL is on the
 *     manifest's address (https://localhost:3000 for the repository's development manifest, the
 *     hosting address for a production one) and names an icon or page that exists (in assets/ or
 *     built by webpack; in the build's folder for a production manifest); each AppDomain is that
 *     address's origin; a production manifest names no localhost; <Version> is package.json's
 *     version in four parts; and the ribbon has the Toteuma group on the Home tab.
 *
 * Usage: node scripts/validate-manifest.js [manifest.xml]   (exit 0 valid, 1 invalid)
 *        node scripts/validate-manifest.js dist/manifest.xml --base https://intra.example.fi/toteuma/ --dir dist
 *        node scripts/validate-manifest.js --self-check     (a broken manifest must fail)
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const { Refusal, hostingAddress, officeVersion, packageVersion } = require("./manifest");

const ROOT = path.resolve(__dirname, "..");
const SCHEMA = path.join(ROOT, "test", "schemas", "office-addin-manifest", "OfficeAppManifestV1_1.xsd");
const ORIGIN = "https://localhost:3000";
const PAGES = new Set(["taskpane.html", "commands.html"]);

/** True when xmllint can be run (Debian: libxml2-utils). */
function hasXmllint() {
  return !spawnSync("xmllint", ["--version"], { encoding: "utf8" }).error;
}

function xmllint(file) {
  const r = spawnSync("xmllint", ["--nonet", "--noout", "--schema", SCHEMA, file], { encoding: "utf8" });
  if (r.error) return [`xmllint could not be run (${r.error.message}); install libxml2-utils`];
  if (r.status === 0) return [];
  return (r.stderr || `xmllint exited with ${r.status}`)
    .split("\n")
    .filter((l) => l.trim() !== "" && !/fails to validate$/.test(l));
}

/** Elements with a DefaultValue attribute and what follows up to their closing tag. */
function localisedElements(xml) {
  const out = [];
  const re = /<([\w:]+)\b([^>]*?)\bDefaultValue="([^"]*)"([^>]*?)(\/>|>([\s\S]*?)<\/\1>)/g;
  let m;
  while ((m = re.exec(xml))) {
    const idMatch = /\bid="([^"]*)"/.exec(m[2] + m[4]);
    out.push({ tag: m[1], id: idMatch ? idMatch[1] : m[1], value: m[3], body: m[6] || "" });
  }
  return out;
}

/**
 * base: the address every URL must be on ("https://localhost:3000/" for the development manifest);
 * dir: the build's folder, where every file a URL names must be (null: the repository, where icons
 * are in assets/ and the pages are those webpack builds).
 */
function projectRules(xml, { base = `${ORIGIN}/`, dir = null } = {}) {
  const errors = [];
  const address = hostingAddress(base);
  if (!/<DefaultLocale>fi-FI<\/DefaultLocale>/.test(xml)) errors.push("DefaultLocale must be fi-FI");
  if (!/<Permissions>ReadWriteDocument<\/Permissions>/.test(xml))
    errors.push("Permissions must be ReadWriteDocument");
  if (!/<OfficeTab id="TabHome">[\s\S]*<Group id="Toteuma\.Group">/.test(xml))
    errors.push("the Toteuma group must be on the Home tab (TabHome)");
  let version;
  try {
    version = officeVersion(packageVersion());
  } catch (e) {
    if (!(e instanceof Refusal)) throw e;
    version = null;
    errors.push(e.en);
  }
  const declared = (/<Version>([^<]*)<\/Version>/.exec(xml) || [])[1];
  if (version !== null && declared !== version)
    errors.push(
      `Version ${declared} is not package.json's version ${version} (npm version writes both; ` +
        "node scripts/manifest.js --sync-version writes it into manifest.xml)",
    );
  for (const [, domain] of xml.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g))
    if (domain !== address.origin) errors.push(`AppDomain ${domain} is not ${address.origin}`);
  if (address.origin !== ORIGIN && /localhost/i.test(xml))
    errors.push(`a manifest for ${address.base} names localhost`);
  for (const el of localisedElements(xml)) {
    const override = /<(?:bt:)?Override\s+Locale="en-US"\s+Value="([^"]*)"/.exec(el.body);
    if (!override) errors.push(`${el.id}: no en-US Override`);
    const urls = [el.value, override ? override[1] : null].filter((v) => v && /^[a-z]+:\/\//i.test(v));
    for (const raw of urls) {
      const url = raw.replace(/&amp;/g, "&");
      if (!url.startsWith(address.base)) {
        errors.push(`${el.id}: ${url} is not on ${address.base}`);
        continue;
      }
      const file = decodeURIComponent(new URL(url).pathname.slice(new URL(address.base).pathname.length));
      if (dir !== null) {
        if (!fs.existsSync(path.join(dir, file))) errors.push(`${el.id}: ${file} is not in ${dir}`);
      } else if (file.startsWith("assets/")) {
        if (!fs.existsSync(path.join(ROOT, file))) errors.push(`${el.id}: ${file} does not exist`);
      } else if (!PAGES.has(file)) errors.push(`${el.id}: ${file} is not a page webpack builds`);
    }
  }
  const resids = new Set([...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]));
  const ids = new Set([...xml.matchAll(/<bt:(?:Image|Url|String)\s+id="([^"]+)"/g)].map((m) => m[1]));
  for (const r of resids) if (!ids.has(r)) errors.push(`resid ${r} has no resource`);
  return errors;
}

/** Errors of a manifest file (none: valid); options as for projectRules. */
function validate(file, options = {}) {
  const xml = fs.readFileSync(file, "utf8");
  const schemaErrors = xmllint(file);
  return schemaErrors.length > 0 ? schemaErrors : projectRules(xml, options);
}

/** Each mutation of the real manifest must make validation fail. */
function selfCheck(file) {
  const xml = fs.readFileSync(file, "utf8");
  const mutations = [
    [
      "unknown element",
      (s) => s.replace("<Permissions>", "<Permission>").replace("</Permissions>", "</Permission>"),
    ],
    ["invalid permission", (s) => s.replace("ReadWriteDocument</Permissions>", "Everything</Permissions>")],
    ["missing DisplayName", (s) => s.replace(/<DisplayName[\s\S]*?<\/DisplayName>/, "")],
    ["missing en-US override", (s) => s.replace(/<bt:Override Locale="en-US" Value="Check report" \/>/, "")],
    [
      "http URL",
      (s) =>
        s.replace(
          'DefaultValue="https://localhost:3000/taskpane.html?view=validate"',
          'DefaultValue="http://localhost:3000/taskpane.html?view=validate"',
        ),
    ],
    ["missing icon file", (s) => s.replace(/assets\/icon-80\.png/g, "assets/icon-81.png")],
    [
      "version not package.json's",
      (s) => s.replace(/<Version>[^<]*<\/Version>/, "<Version>9.9.9.9</Version>"),
    ],
    ["not well-formed", (s) => s.replace("</OfficeApp>", "")],
  ];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "manifest-"));
  let ok = validate(file).length === 0;
  if (!ok) console.error(`self-check: ${file} itself is invalid`);
  for (const [name, mutate] of mutations) {
    const broken = mutate(xml);
    if (broken === xml) {
      console.error(`self-check: mutation "${name}" changed nothing`);
      ok = false;
      continue;
    }
    const copy = path.join(dir, "manifest.xml");
    fs.writeFileSync(copy, broken);
    const errors = validate(copy);
    if (errors.length === 0) {
      console.error(`self-check: "${name}" was not caught`);
      ok = false;
    } else console.log(`self-check: "${name}" caught: ${errors[0].replace(copy, "manifest.xml")}`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return ok;
}

function option(argv, name) {
  const i = argv.indexOf(name);
  if (i < 0) return null;
  const value = argv[i + 1];
  argv.splice(i, 2);
  return value;
}

function main(argv) {
  if (argv[0] === "--self-check") {
    const ok = selfCheck(path.join(ROOT, "manifest.xml"));
    console.log(ok ? "self-check passed" : "self-check FAILED");
    return ok ? 0 : 1;
  }
  const args = [...argv];
  const base = option(args, "--base");
  const dir = option(args, "--dir");
  const file = path.resolve(args[0] || path.join(ROOT, "manifest.xml"));
  if (!fs.existsSync(file)) {
    console.error(`Tiedostoa ${file} ei ole. / There is no file ${file}.`);
    return 1;
  }
  let errors;
  try {
    errors = validate(file, { ...(base ? { base } : {}), dir: dir ? path.resolve(dir) : null });
  } catch (e) {
    if (!(e instanceof Refusal)) throw e;
    console.error(`${e.fi}\n${e.en}`);
    return 1;
  }
  if (errors.length > 0) {
    console.error(`${path.relative(process.cwd(), file)} is not valid:`);
    for (const e of errors) console.error(`  ${e}`);
    return 1;
  }
  console.log(`${path.relative(process.cwd(), file)} is valid`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

module.exports = { validate, selfCheck, projectRules, hasXmllint };
