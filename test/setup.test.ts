/**
 * The README's test command sets itself up (scripts/setup.js, the first step of `npm test`), and CI
 * runs the README's commands as they are written. The real machine is never touched here: PATH is a
 * temporary folder, and apt-get and npm are stand-ins that record what they were asked to do.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

type Program = { program: string; debian: string; fi: string; en: string };
type Io = {
  env?: Record<string, string | undefined>;
  isRoot?: boolean;
  hasApt?: boolean;
  run?: (command: string, args: string[], env: Record<string, string | undefined>) => number;
  log?: (s: string) => void;
  error?: (s: string) => void;
  root?: string;
  nodeVersion?: string;
};

/* eslint-disable @typescript-eslint/no-require-imports */
const setupJs = require("../scripts/setup.js") as {
  PROGRAMS: Program[];
  which(command: string, env: Record<string, string | undefined>): string | null;
  findChromium(env: Record<string, string | undefined>): string | null;
  missingPrograms(env: Record<string, string | undefined>): Program[];
  planPrograms(
    missing: Program[],
    o: { isRoot: boolean; hasApt: boolean; noInstall: boolean },
  ): { action: string; packages: string[]; reason?: { fi: string; en: string } };
  missingMessage(missing: Program[], reason: { fi: string; en: string }, o: { isRoot: boolean }): string;
  missingNodeModules(root: string): string[] | null;
  setup(io: Io): number;
};
/* eslint-enable @typescript-eslint/no-require-imports */

const ROOT = path.join(__dirname, "..");
const DEBIAN = ["chromium", "libxml2-utils", "libreoffice-calc-nogui"];
const dirs: string[] = [];

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "toteuma-setup-test-"));
  dirs.push(dir);
  return dir;
}

afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

function executable(dir: string, name: string, mode = 0o755): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, "#!/bin/sh\nexit 0\n");
  fs.chmodSync(file, mode);
  return file;
}

/** A checkout: package.json with two packages, and node_modules with the given ones (none: no folder). */
function checkout(installed: string[] | null): string {
  const root = tempDir();
  fs.writeFileSync(
    path.join(root, "package.json"),
    JSON.stringify({ dependencies: { exceljs: "^4" }, devDependencies: { "@types/node": "^20" } }),
  );
  if (installed)
    for (const name of installed) {
      fs.mkdirSync(path.join(root, "node_modules", name), { recursive: true });
      fs.writeFileSync(path.join(root, "node_modules", name, "package.json"), "{}");
    }
  return root;
}

/** A fresh machine: PATH is an empty folder; apt-get "installs" by putting the programs there. */
function freshMachine(opts: { aptFails?: boolean; aptInstallsNothing?: boolean } = {}) {
  const bin = tempDir();
  const root = checkout(null);
  const calls: string[] = [];
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    env: { PATH: bin },
    isRoot: true,
    hasApt: true,
    root,
    nodeVersion: "20.19.0",
    log: (s) => out.push(s),
    error: (s) => err.push(s),
    run: (command, args, env) => {
      calls.push([command, ...args].join(" "));
      if (command === "apt-get" && args[0] === "install") {
        expect(env.DEBIAN_FRONTEND).toBe("noninteractive");
        if (opts.aptFails) return 100;
        if (!opts.aptInstallsNothing) for (const p of ["chromium", "xmllint", "soffice"]) executable(bin, p);
      }
      if (command === "npm") fs.mkdirSync(path.join(root, "node_modules"));
      return 0;
    },
  };
  return { io, calls, out, err, bin, root };
}

describe("finding programs", () => {
  it("finds executables on PATH only, not plain files or folders", () => {
    const a = tempDir();
    const b = tempDir();
    executable(a, "xmllint", 0o644);
    fs.mkdirSync(path.join(a, "soffice"));
    const found = executable(b, "xmllint");
    expect(setupJs.which("xmllint", { PATH: [a, b].join(path.delimiter) })).toBe(found);
    expect(setupJs.which("soffice", { PATH: [a, b].join(path.delimiter) })).toBeNull();
    expect(setupJs.which("xmllint", { PATH: "" })).toBeNull();
  });

  it("takes Chromium from CHROMIUM_PATH when set (and only there), else from PATH", () => {
    const bin = tempDir();
    const onPath = executable(bin, "chromium");
    const elsewhere = executable(tempDir(), "chrome");
    expect(setupJs.findChromium({ PATH: bin })).toBe(onPath);
    expect(setupJs.findChromium({ PATH: bin, CHROMIUM_PATH: elsewhere })).toBe(elsewhere);
    expect(setupJs.findChromium({ PATH: bin, CHROMIUM_PATH: "/nowhere/chromium" })).toBeNull();
  });

  it("lists what is missing by program and Debian package", () => {
    const bin = tempDir();
    expect(setupJs.missingPrograms({ PATH: bin }).map((p) => p.debian)).toEqual(DEBIAN);
    executable(bin, "xmllint");
    expect(setupJs.missingPrograms({ PATH: bin }).map((p) => p.program)).toEqual(["chromium", "soffice"]);
    executable(bin, "chromium");
    executable(bin, "soffice");
    expect(setupJs.missingPrograms({ PATH: bin })).toEqual([]);
  });
});

describe("planPrograms", () => {
  const all = setupJs.PROGRAMS;
  it("installs only as root with apt-get, and not when TOTEUMA_NO_INSTALL is set", () => {
    const may = { isRoot: true, hasApt: true, noInstall: false };
    expect(setupJs.planPrograms([], may)).toEqual({ action: "none", packages: [] });
    expect(setupJs.planPrograms(all, may)).toEqual({ action: "install", packages: DEBIAN });
    expect(setupJs.planPrograms(all, { ...may, isRoot: false }).reason?.en).toBe("installing needs root");
    expect(setupJs.planPrograms(all, { ...may, hasApt: false }).reason?.en).toBe(
      "this machine has no apt-get",
    );
    expect(setupJs.planPrograms(all, { ...may, noInstall: true }).reason?.en).toBe(
      "TOTEUMA_NO_INSTALL is set",
    );
  });

  it("names each missing program, its package and what it is for, and the command, in both languages", () => {
    const message = setupJs.missingMessage(all.slice(0, 2), { fi: "syy", en: "reason" }, { isRoot: false });
    expect(message).toContain("npm test tarvitsee ohjelmia");
    expect(message).toContain("npm test needs programs this machine lacks");
    expect(message).toMatch(/chromium +Debian: chromium +selaintestit/);
    expect(message).toMatch(/xmllint +Debian: libxml2-utils +manifestin tarkistus/);
    expect(message).not.toContain("soffice");
    expect(message).toContain("sudo apt-get install -y chromium libxml2-utils\n");
    expect(setupJs.missingMessage(all, { fi: "s", en: "r" }, { isRoot: true })).toContain(
      "install them:  apt-get install -y chromium libxml2-utils libreoffice-calc-nogui\n",
    );
  });
});

describe("setup", () => {
  it("on a fresh machine as root: apt-get update and install the three packages, then npm ci", () => {
    const m = freshMachine();
    expect(setupJs.setup(m.io)).toBe(0);
    expect(m.calls).toEqual([
      "apt-get update",
      `apt-get install -y ${DEBIAN.join(" ")}`,
      "npm ci --no-audit --no-fund",
    ]);
    expect(m.err).toEqual([]);
  });

  it("with everything there: does nothing", () => {
    const m = freshMachine();
    for (const p of ["chromium", "xmllint", "soffice"]) executable(m.bin, p);
    m.io.root = checkout(["exceljs", "@types/node"]);
    expect(setupJs.setup(m.io)).toBe(0);
    expect(m.calls).toEqual([]);
  });

  it.each([
    ["not root", { isRoot: false }, "installing needs root", "install them:  sudo apt-get install -y"],
    ["no apt-get", { hasApt: false }, "this machine has no apt-get", "install them:  apt-get install -y"],
    [
      "TOTEUMA_NO_INSTALL",
      { env: { TOTEUMA_NO_INSTALL: "1" } },
      "TOTEUMA_NO_INSTALL is set",
      "install them:  apt-get install -y",
    ],
  ])(
    "%s: names each missing program with its command, installs nothing, exits 1",
    (_, change, reason, command) => {
      const m = freshMachine();
      const io = { ...m.io, ...change, env: { ...m.io.env, ...(change as Io).env } };
      expect(setupJs.setup(io)).toBe(1);
      expect(m.calls).toEqual([]);
      const message = m.err.join("\n");
      expect(message).toContain(reason);
      expect(message).toContain(`${command} chromium libxml2-utils libreoffice-calc-nogui`);
      for (const p of ["chromium", "xmllint", "soffice"])
        expect(message).toMatch(new RegExp(`^  ${p} `, "m"));
      expect(message).not.toMatch(/\bat \S+ \(/);
    },
  );

  it("apt-get failing, or installing programs that are still not on PATH, is said, not passed over", () => {
    const failing = freshMachine({ aptFails: true });
    expect(setupJs.setup(failing.io)).toBe(1);
    expect(failing.err.join("\n")).toContain("apt-get failed, the reason is above");
    expect(failing.calls).not.toContain("npm ci --no-audit --no-fund");
    const nothing = freshMachine({ aptInstallsNothing: true });
    expect(setupJs.setup(nothing.io)).toBe(1);
    expect(nothing.err.join("\n")).toContain("the installed programs are not on PATH");
  });

  it("node_modules lacking a package of package.json: names it and npm ci, and replaces nothing", () => {
    const m = freshMachine();
    for (const p of ["chromium", "xmllint", "soffice"]) executable(m.bin, p);
    m.io.root = checkout(["exceljs"]);
    expect(setupJs.missingNodeModules(m.io.root)).toEqual(["@types/node"]);
    expect(setupJs.setup(m.io)).toBe(1);
    expect(m.calls).toEqual([]);
    expect(m.err.join("\n")).toContain(
      "node_modules lacks packages of package.json: @types/node. Install them: npm ci",
    );
  });

  it("refuses Node older than 20 in one sentence per language", () => {
    const m = freshMachine();
    expect(setupJs.setup({ ...m.io, nodeVersion: "18.20.4" })).toBe(1);
    expect(m.err.join("\n")).toBe(
      "Toteuma tarvitsee Node 20:n tai uudemman; tässä on Node 18.20.4.\nToteuma needs Node 20 or newer; this is Node 18.20.4.",
    );
    expect(m.calls).toEqual([]);
  });

  it("this checkout's node_modules has every package of package.json", () => {
    expect(setupJs.missingNodeModules(ROOT)).toEqual([]);
  });
});

describe("README and CI", () => {
  const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");

  /** The commands of the README's "Two commands" block (lines that are not comments). */
  function readmeCommands(): string[] {
    const section = /## Two commands\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? "";
    const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
    return block.split("\n").filter((l) => l.trim() !== "" && !l.trim().startsWith("#"));
  }

  it("CI runs the README's two commands as written, the test command first", () => {
    const ci = fs.readFileSync(path.join(ROOT, ".ci", "run"), "utf8").split("\n");
    const start = ci.indexOf('cd "$(dirname "$0")/.."');
    expect(start).toBeGreaterThan(0);
    const commands = ci.slice(start + 1).filter((l) => l.trim() !== "" && !l.trim().startsWith("#"));
    const fromReadme = readmeCommands();
    expect(fromReadme).toHaveLength(2);
    expect(fromReadme).toContain("npm test");
    expect([...commands].sort()).toEqual([...fromReadme].sort());
    expect(commands[0]).toBe("npm test");
  });

  it("npm test starts with the setup, and the README names the packages it installs", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
    expect(pkg.scripts.test.startsWith("node scripts/setup.js && ")).toBe(true);
    for (const p of DEBIAN) expect(readme).toContain(p);
  });

  it("the README names the Excel requirement the manifest asks for", () => {
    const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
    const min = /<Set Name="ExcelApi" MinVersion="([\d.]+)"/.exec(xml)?.[1];
    expect(min).toBeDefined();
    expect(readme).toContain(`ExcelApi ${min}`);
  });
});
