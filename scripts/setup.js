#!/usr/bin/env node
/**
 * The first step of `npm test`: makes sure the machine has what the tests need, so that the README's
 * test command passes on a fresh machine by itself. Uses nothing but Node (it runs before node_modules
 * exists).
 *
 *  1. Node 20 or newer.
 *  2. Programs from the operating system, found on PATH:
 *       chromium  (Debian package chromium; or CHROMIUM_PATH)   the browser tests
 *       xmllint   (libxml2-utils)                               the manifest against the Office XSDs
 *       soffice   (libreoffice-calc-nogui)                      a coloured workbook opens in LibreOffice
 *     Missing ones are installed with apt-get (with their recommends, as on a person's machine) when
 *     it may: as root, with apt-get present, and TOTEUMA_NO_INSTALL unset. Otherwise it names each
 *     missing one with the command that installs it and exits 1.
 *  3. node_modules: `npm ci` when there is none (a fresh clone); when there is one but a package of
 *     package.json is missing from it, it names them and the command (npm ci) and exits 1, rather than
 *     replacing someone's node_modules.
 *
 * Usage: node scripts/setup.js   (exit 0: ready; 1: something is missing, said in Finnish and English)
 */
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const NODE_MAJOR = 20;

/** An executable file on PATH, or null. */
function which(command, env = process.env) {
  for (const dir of (env.PATH || "").split(path.delimiter)) {
    if (!dir) continue;
    const file = path.join(dir, command);
    try {
      fs.accessSync(file, fs.constants.X_OK);
      if (fs.statSync(file).isFile()) return file;
    } catch {
      // not here
    }
  }
  return null;
}

/** Chromium for the browser tests: CHROMIUM_PATH when set, else `chromium` on PATH; null if neither. */
function findChromium(env = process.env) {
  if (env.CHROMIUM_PATH) {
    try {
      fs.accessSync(env.CHROMIUM_PATH, fs.constants.X_OK);
      return env.CHROMIUM_PATH;
    } catch {
      return null;
    }
  }
  return which("chromium", env);
}

/** What the tests need from the operating system, in the order they are listed. */
const PROGRAMS = [
  {
    program: "chromium",
    debian: "chromium",
    fi: "selaintestit (tehtäväruutu Chromiumissa)",
    en: "the browser tests (the task pane in Chromium)",
    find: findChromium,
  },
  {
    program: "xmllint",
    debian: "libxml2-utils",
    fi: "manifestin tarkistus Officen XSD-skeemoja vasten",
    en: "the manifest check against the Office XSDs",
    find: (env) => which("xmllint", env),
  },
  {
    program: "soffice",
    debian: "libreoffice-calc-nogui",
    fi: "tarkistus, että väritetty työkirja aukeaa LibreOfficessa",
    en: "the check that a coloured workbook opens in LibreOffice",
    find: (env) => which("soffice", env),
  },
];

/** The programs that are not there. */
function missingPrograms(env = process.env) {
  return PROGRAMS.filter((p) => !p.find(env));
}

/**
 * What to do about missing programs: { action: "none" } | { action: "install", packages } |
 * { action: "refuse", packages, reason: {fi, en} }. Pure: the caller says who and where we are.
 */
function planPrograms(missing, { isRoot, hasApt, noInstall }) {
  if (missing.length === 0) return { action: "none", packages: [] };
  const packages = missing.map((p) => p.debian);
  if (noInstall)
    return {
      action: "refuse",
      packages,
      reason: { fi: "TOTEUMA_NO_INSTALL on asetettu", en: "TOTEUMA_NO_INSTALL is set" },
    };
  if (!hasApt)
    return {
      action: "refuse",
      packages,
      reason: { fi: "koneessa ei ole apt-get-ohjelmaa", en: "this machine has no apt-get" },
    };
  if (!isRoot)
    return {
      action: "refuse",
      packages,
      reason: { fi: "asentaminen vaatii pääkäyttäjän (root)", en: "installing needs root" },
    };
  return { action: "install", packages };
}

/** The sentence that names each missing program and the command that installs them. */
function missingMessage(missing, reason, { isRoot }) {
  const command = `${isRoot ? "" : "sudo "}apt-get install -y ${missing.map((p) => p.debian).join(" ")}`;
  const width = Math.max(...missing.map((p) => p.program.length));
  const lines = [
    `npm test tarvitsee ohjelmia, joita tästä koneesta puuttuu, eikä asenna niitä itse (${reason.fi}):`,
    `npm test needs programs this machine lacks, and does not install them itself (${reason.en}):`,
    ...missing.map((p) => `  ${p.program.padEnd(width)}  Debian: ${p.debian.padEnd(22)} ${p.fi} / ${p.en}`),
    `Asenna ne / install them:  ${command}`,
    "Muu kuin Debian: asenna Chromium, xmllint (libxml2) ja LibreOffice järjestelmän paketeista; " +
      "Chromiumin polun voi antaa muuttujassa CHROMIUM_PATH.",
    "Not Debian: install Chromium, xmllint (libxml2) and LibreOffice from your system's packages; " +
      "CHROMIUM_PATH may name Chromium's executable.",
  ];
  return lines.join("\n");
}

/** Packages of package.json that node_modules lacks; null when there is no node_modules at all. */
function missingNodeModules(root = ROOT) {
  const modules = path.join(root, "node_modules");
  if (!fs.existsSync(modules)) return null;
  const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
  const names = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });
  return names.filter((name) => !fs.existsSync(path.join(modules, name, "package.json")));
}

function defaultRun(command, args, env) {
  const r = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", env });
  return r.error ? 127 : r.status;
}

/**
 * Runs the setup. io: { env, isRoot, hasApt, run(command, args, env) → exit code, log, error, root,
 * nodeVersion } (all defaulted to this process and machine). Returns the exit code.
 */
function setup(io = {}) {
  const env = io.env ?? process.env;
  const isRoot = io.isRoot ?? (typeof process.getuid === "function" && process.getuid() === 0);
  const hasApt = io.hasApt ?? (which("apt-get", env) !== null && fs.existsSync("/etc/debian_version"));
  const run = io.run ?? defaultRun;
  const log = io.log ?? ((s) => console.log(s));
  const error = io.error ?? ((s) => console.error(s));
  const root = io.root ?? ROOT;
  const nodeVersion = io.nodeVersion ?? process.versions.node;

  if (Number(nodeVersion.split(".")[0]) < NODE_MAJOR) {
    error(
      `Toteuma tarvitsee Node ${NODE_MAJOR}:n tai uudemman; tässä on Node ${nodeVersion}.\n` +
        `Toteuma needs Node ${NODE_MAJOR} or newer; this is Node ${nodeVersion}.`,
    );
    return 1;
  }

  let missing = missingPrograms(env);
  const plan = planPrograms(missing, { isRoot, hasApt, noInstall: Boolean(env.TOTEUMA_NO_INSTALL) });
  if (plan.action === "refuse") {
    error(missingMessage(missing, plan.reason, { isRoot }));
    return 1;
  }
  if (plan.action === "install") {
    log(`Asennetaan Debianista / installing from Debian: ${plan.packages.join(" ")}`);
    const aptEnv = { ...env, DEBIAN_FRONTEND: "noninteractive" };
    const ok =
      run("apt-get", ["update"], aptEnv) === 0 &&
      run("apt-get", ["install", "-y", ...plan.packages], aptEnv) === 0;
    missing = missingPrograms(env);
    if (!ok || missing.length > 0) {
      const reason = ok
        ? { fi: "asennettuja ohjelmia ei löydy PATHista", en: "the installed programs are not on PATH" }
        : { fi: "apt-get epäonnistui, syy yllä", en: "apt-get failed, the reason is above" };
      error(missingMessage(missing.length > 0 ? missing : PROGRAMS, reason, { isRoot }));
      return 1;
    }
  }

  const lacking = missingNodeModules(root);
  if (lacking === null) {
    log("node_modules puuttuu; npm ci / node_modules is missing; npm ci");
    if (run("npm", ["ci", "--no-audit", "--no-fund"], env) !== 0) {
      error("npm ci epäonnistui; syy yllä. / npm ci failed; the reason is above.");
      return 1;
    }
  } else if (lacking.length > 0) {
    error(
      `node_modules-kansiosta puuttuu package.jsonin paketteja: ${lacking.join(", ")}. Asenna ne: npm ci\n` +
        `node_modules lacks packages of package.json: ${lacking.join(", ")}. Install them: npm ci`,
    );
    return 1;
  }
  return 0;
}

if (require.main === module) process.exitCode = setup();

module.exports = {
  PROGRAMS,
  findChromium,
  missingMessage,
  missingNodeModules,
  missingPrograms,
  planPrograms,
  setup,
  which,
};
