#!/usr/bin/env node
/**
 * Validates the add-in manifest offline:
 *  1. xmllint against Microsoft's XML manifest schemas, copied into test/schemas/office-addin-manifest
 *     (so that a fresh clone validates without ../shared or the internet);
 *  2. the project's own rules: every localisable string has an en-US override, every URL is
 *     https://localhost:3000, every icon and page it names exists in assets/ or is built by webpack,
 *     and the ribbon has the Toteuma group on the Home tab.
 *
 * Usage: node scripts/validate-manifest.js [manifest.xml]   (exit 0 valid, 1 invalid)
 *        node scripts/validate-manifest.js --self-check     (a broken manifest must fail)
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const SCHEMA = path.join(ROOT, "test", "schemas", "office-addin-manifest", "OfficeAppManifestV1_1.xsd");
const ORIGIN = "https://localhost:3000";
const PAGES = new Set(["taskpane.html", "commands.html"]);

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

function projectRules(xml) {
  const errors = [];
  if (!/<DefaultLocale>fi-FI<\/DefaultLocale>/.test(xml)) errors.push("DefaultLocale must be fi-FI");
  if (!/<Permissions>ReadWriteDocument<\/Permissions>/.test(xml))
    errors.push("Permissions must be ReadWriteDocument");
  if (!/<OfficeTab id="TabHome">[\s\S]*<Group id="Toteuma\.Group">/.test(xml))
    errors.push("the Toteuma group must be on the Home tab (TabHome)");
  for (const el of localisedElements(xml)) {
    const override = /<(?:bt:)?Override\s+Locale="en-US"\s+Value="([^"]*)"/.exec(el.body);
    if (!override) errors.push(`${el.id}: no en-US Override`);
    const urls = [el.value, override ? override[1] : null].filter((v) => v && /^[a-z]+:\/\//i.test(v));
    for (const url of urls) {
      if (!url.startsWith(`${ORIGIN}/`)) {
        errors.push(`${el.id}: ${url} is not on ${ORIGIN}`);
        continue;
      }
      const file = new URL(url).pathname.slice(1);
      if (file.startsWith("assets/")) {
        if (!fs.existsSync(path.join(ROOT, file))) errors.push(`${el.id}: ${file} does not exist`);
      } else if (!PAGES.has(file)) errors.push(`${el.id}: ${file} is not a page webpack builds`);
    }
  }
  const resids = new Set([...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]));
  const ids = new Set([...xml.matchAll(/<bt:(?:Image|Url|String)\s+id="([^"]+)"/g)].map((m) => m[1]));
  for (const r of resids) if (!ids.has(r)) errors.push(`resid ${r} has no resource`);
  return errors;
}

function validate(file) {
  const xml = fs.readFileSync(file, "utf8");
  const schemaErrors = xmllint(file);
  return schemaErrors.length > 0 ? schemaErrors : projectRules(xml);
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

function main(argv) {
  if (argv[0] === "--self-check") {
    const ok = selfCheck(path.join(ROOT, "manifest.xml"));
    console.log(ok ? "self-check passed" : "self-check FAILED");
    return ok ? 0 : 1;
  }
  const file = path.resolve(argv[0] || path.join(ROOT, "manifest.xml"));
  const errors = validate(file);
  if (errors.length > 0) {
    console.error(`${path.relative(process.cwd(), file)} is not valid:`);
    for (const e of errors) console.error(`  ${e}`);
    return 1;
  }
  console.log(`${path.relative(process.cwd(), file)} is valid`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

module.exports = { validate, selfCheck };
