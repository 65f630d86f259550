#!/usr/bin/env node
/**
 * npm run build: the production build for the city's server.
 *
 *   TOTEUMA_URL=https://intra.example.fi/toteuma/ npm run build
 *   npm run build -- --url https://intra.example.fi/toteuma/      (or --env url=…, as webpack takes it)
 *   npm run build -- --url … --out DIR                            (another folder than dist/)
 *
 * Checks the address and package.json's version first (a refusal is one sentence in Finnish and
 * English, exit 2, nothing built), then runs webpack --mode production, then validates the
 * manifest it wrote: the Office XSDs with xmllint (when xmllint is installed; otherwise says so) and
 * the project's rules (every URL on the address, every file it names in the folder, the version).
 */
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { Refusal, hostingAddress, officeVersion, packageVersion } = require("./manifest");
const { hasXmllint, projectRules, validate } = require("./validate-manifest");

const ROOT = path.resolve(__dirname, "..");

/** --url X, --url=X, --env url=X, --env url X (webpack's own form); --out X, --env out=X. */
function parseArgs(argv) {
  const out = { url: null, out: null, unknown: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const kv = /^--(url|out)=(.*)$/.exec(a);
    if (kv) out[kv[1]] = kv[2];
    else if (a === "--url" || a === "--out") out[a.slice(2)] = argv[++i] ?? "";
    else if (a === "--env") {
      const m = /^(url|out)=(.*)$/.exec(argv[++i] ?? "");
      if (m) out[m[1]] = m[2];
      else out.unknown.push(`--env ${argv[i]}`);
    } else out.unknown.push(a);
  }
  return out;
}

function refuse(e) {
  if (!(e instanceof Refusal)) throw e;
  console.error(e.fi);
  console.error(e.en);
  return 2;
}

function main(argv, env = process.env) {
  const args = parseArgs(argv);
  if (args.unknown.length > 0) {
    console.error(`Tuntematon valitsin / unknown option: ${args.unknown.join(" ")}`);
    console.error("Käyttö / usage: TOTEUMA_URL=https://… npm run build [-- --url https://… --out DIR]");
    return 64;
  }
  let address;
  let version;
  try {
    address = hostingAddress(args.url ?? env.TOTEUMA_URL);
    version = officeVersion(packageVersion());
  } catch (e) {
    return refuse(e);
  }
  const dist = path.resolve(args.out ?? path.join(ROOT, "dist"));
  console.log(
    `Toteuma ${packageVersion()} for ${address.base} → ${path.relative(process.cwd(), dist) || "."}`,
  );

  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  const webpack = spawnSync(
    process.execPath,
    [cli, "--mode", "production", "--env", `url=${address.base}`, "--env", `out=${dist}`],
    { cwd: ROOT, stdio: "inherit" },
  );
  if (webpack.status !== 0) {
    console.error("webpack epäonnistui; syy yllä. / webpack failed; the reason is above.");
    return 1;
  }

  const manifest = path.join(dist, "manifest.xml");
  const options = { base: address.base, dir: dist };
  let errors;
  if (hasXmllint()) errors = validate(manifest, options);
  else {
    console.warn(
      "xmllint puuttuu, joten manifestia ei tarkistettu Officen XSD-skeemoja vasten (Debian: apt-get install libxml2-utils).\n" +
        "xmllint is missing, so the manifest was not checked against the Office XSDs (Debian: apt-get install libxml2-utils).",
    );
    errors = projectRules(fs.readFileSync(manifest, "utf8"), options);
  }
  if (errors.length > 0) {
    console.error(`${manifest} is not valid:`);
    for (const e of errors) console.error(`  ${e}`);
    return 1;
  }
  console.log(
    `Valmis / done: ${path.relative(process.cwd(), dist) || "."}/ (manifest.xml ${version}, every URL on ${address.base}).\n` +
      `Kopioi kansion sisältö osoitteeseen ${address.base} ja jaa manifest.xml käyttäjille (README.md, Käyttöönotto).\n` +
      `Copy the folder's contents to ${address.base} and deploy manifest.xml to users (README.md, Käyttöönotto).`,
  );
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

module.exports = { parseArgs, main };
