import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { getCustomProperty, openWorkbook } from "../xlsx/core";
import { loadXlsxFile } from "../xlsx/snapshot";
import { main, EXIT } from "./main";

const FIX = path.join(__dirname, "../../test/fixtures/workbooks");
const fixture = (name: string) => path.join(FIX, name);

async function run(args: string[], env: Record<string, string> = {}) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env });
  return { code, stdout, stderr };
}

const EXPECTED: [string, number, number][] = [
  ["elinvoima-ja-ymparisto-2023-vuosi.xlsx", 16, 25],
  ["kasvu-ja-tyollisyys-2026-T1.xlsx", 4, 4],
  ["kasvu-ja-tyollisyys-2026-taulukko.xlsx", 4, 4],
  ["konsernipalvelut-2025-T2.xlsx", 4, 8],
  ["konsernihallinto-palveluohjelma-2018.xlsx", 12, 12],
];

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "toteuma-cli-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("toteuma read", () => {
  it.each(EXPECTED)("%s: %i actions / %i measures in --json", async (name, actions, measures) => {
    const r = await run(["read", fixture(name), "--json"]);
    expect(r.code).toBe(EXIT.ok);
    const json = JSON.parse(r.stdout);
    const file = json.files[0];
    expect(file.error).toBeNull();
    const sum = (k: "actions" | "measures") =>
      file.sheets.reduce((n: number, s: Record<string, number>) => n + s[k], 0);
    expect(sum("actions")).toBe(actions);
    expect(sum("measures")).toBe(measures);
    expect(file.measures).toHaveLength(measures);
    for (const m of file.measures) {
      expect(m.cell).toMatch(/^[A-Z]+\d+$/);
      for (const k of ["sheet", "department", "unit", "focusArea", "goal", "commitment", "action", "measure"])
        expect(m).toHaveProperty(k);
      for (const k of ["baseline", "target", "actual", "ownStatus"]) expect(m).toHaveProperty(k);
    }
  });

  it("reports department, period and year of each sheet", async () => {
    const r = await run([
      "read",
      fixture("konsernipalvelut-2025-T2.xlsx"),
      fixture("elinvoima-ja-ymparisto-2023-vuosi.xlsx"),
      "--json",
    ]);
    const [t2, year] = JSON.parse(r.stdout).files;
    expect(t2.sheets[0]).toMatchObject({
      layout: "block",
      department: "Konsernipalvelut",
      period: "T2",
      year: 2025,
    });
    expect(year.sheets[0]).toMatchObject({
      layout: "block",
      department: "Elinvoima- ja ympäristötoimiala",
      period: "year",
      year: 2023,
    });
  });

  it("prints a readable tree in Finnish by default and in English on request", async () => {
    const fi = await run(["read", fixture("kasvu-ja-tyollisyys-2026-T1.xlsx")]);
    expect(fi.stdout).toContain("4 toimenpidettä, 4 mittaria");
    expect(fi.stdout).toContain("Osaava Pori");
    const en = await run(["read", fixture("kasvu-ja-tyollisyys-2026-T1.xlsx"), "--lang", "en"]);
    expect(en.stdout).toContain("4 actions, 4 measures");
  });

  it("gives a sentence, not a stack trace, for files that are not workbooks, and reads the others", async () => {
    const junk = path.join(tmp, "muistio.xlsx");
    fs.writeFileSync(junk, "tämä ei ole työkirja");
    const truncated = path.join(tmp, "katkennut.xlsx");
    const whole = fs.readFileSync(fixture("kasvu-ja-tyollisyys-2026-T1.xlsx"));
    fs.writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length / 2)));
    const r = await run([
      "read",
      junk,
      fixture("kasvu-ja-tyollisyys-2026-T1.xlsx"),
      truncated,
      path.join(tmp, "puuttuu.xlsx"),
      "--json",
    ]);
    expect(r.code).toBe(EXIT.unreadable);
    const files = JSON.parse(r.stdout).files;
    expect(files).toHaveLength(4);
    expect(files[1].error).toBeNull();
    expect(files[1].sheets[0].measures).toBe(4);
    for (const i of [0, 2, 3]) {
      expect(typeof files[i].error).toBe("string");
      expect(files[i].error).toMatch(/\.$/);
      expect(files[i].error).not.toMatch(/\n|at .*\(/);
    }
    expect(r.stderr.split("\n").filter(Boolean)).toHaveLength(3);
    expect(r.stderr).not.toMatch(/\s+at\s/);
  });
});

describe("toteuma validate", () => {
  it("exits 0 on the shared workbooks (no error-level findings) and prints the JSON shape", async () => {
    const r = await run(["validate", ...EXPECTED.map(([n]) => fixture(n)), "--json"]);
    const json = JSON.parse(r.stdout);
    const errors = json.files.flatMap((f: { findings: { severity: string }[] }) =>
      f.findings.filter((x) => x.severity === "error"),
    );
    expect(errors).toEqual([]);
    expect(r.code).toBe(EXIT.ok);
    for (const f of json.files)
      for (const x of f.findings) {
        expect(x).toEqual(
          expect.objectContaining({
            sheet: expect.any(String),
            cell: expect.stringMatching(/^[A-Z]+\d+$/),
            row: expect.any(Number),
          }),
        );
        expect(["error", "warning", "info"]).toContain(x.severity);
      }
  });

  it("exits 2 when a file cannot be read", async () => {
    const junk = path.join(tmp, "rikki.xlsx");
    fs.writeFileSync(junk, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const r = await run(["validate", junk]);
    expect(r.code).toBe(EXIT.unreadable);
    expect(r.stderr).toMatch(/rikki\.xlsx/);
  });
});

describe("toteuma status and colour", () => {
  it("gives every measure a status, a source and a reason", async () => {
    const r = await run(["status", fixture("elinvoima-ja-ymparisto-2023-vuosi.xlsx"), "--json"]);
    expect(r.code).toBe(EXIT.ok);
    const measures = JSON.parse(r.stdout).files[0].measures;
    expect(measures).toHaveLength(25);
    // Two measures written in one cell (B16) keep their own actuals and their own statuses' reasons.
    const b16 = measures.filter((m: { cell: string }) => m.cell === "B16");
    expect(b16).toHaveLength(2);
    expect(b16[0].reason).toContain(b16[0].actual);
    expect(b16[1].reason).toContain(b16[1].actual);
    for (const m of measures) {
      expect(["achieved", "partial", "not-achieved", "not-assessable"]).toContain(m.status);
      expect(["own", "computed"]).toContain(m.source);
      expect(m.reason.length).toBeGreaterThan(10);
    }
  });

  it("says where each status came from: the T1 report's statuses from its selvitys, one column for the reasons", async () => {
    const fi = await run(["status", fixture("kasvu-ja-tyollisyys-2026-T1.xlsx")]);
    expect(fi.code).toBe(EXIT.ok);
    const rows = fi.stdout.split("\n").filter((l) => /^ {4}[A-Z]+\d+ /.test(l));
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row).toMatch(/^ {4}B\d+ +[^(]+ \(selvityksestä\) +T1-selvitys: "/);
    // Every reason starts at the same column, however long the status label.
    expect(new Set(rows.map((r) => r.indexOf("T1-selvitys:"))).size).toBe(1);
    const en = await run(["status", fixture("kasvu-ja-tyollisyys-2026-T1.xlsx"), "--lang", "en"]);
    expect(en.stdout).toContain("(from the report)");
    const json = JSON.parse(
      (await run(["status", fixture("kasvu-ja-tyollisyys-2026-T1.xlsx"), "--json"])).stdout,
    );
    expect(json.files[0].measures.map((m: { source: string }) => m.source)).toEqual([
      "selvitys",
      "selvitys",
      "selvitys",
      "selvitys",
    ]);
    // A year-end report with a Toteuma column is judged from its figures, as before.
    const year = await run(["status", fixture("elinvoima-ja-ymparisto-2023-vuosi.xlsx")]);
    expect(year.stdout).not.toContain("(selvityksestä)");
  });

  it("refuses to overwrite the input file", async () => {
    const input = fixture("kasvu-ja-tyollisyys-2026-T1.xlsx");
    const before = fs.readFileSync(input);
    const r = await run(["colour", input, "-o", input]);
    expect(r.code).toBe(EXIT.usage);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });

  it("writes a coloured copy and leaves the input untouched", async () => {
    const input = fixture("elinvoima-ja-ymparisto-2023-vuosi.xlsx");
    const before = fs.readFileSync(input);
    const out = path.join(tmp, "varitetty.xlsx");
    const r = await run(["colour", input, "-o", out]);
    expect(r.code).toBe(EXIT.ok);
    expect(fs.existsSync(out)).toBe(true);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });
});

/** A flat table of one measure: "Toteuma 4 750, tavoite 5 000, lähtötaso 4 750" (issue 12). */
async function oneMeasure(file: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Tavoitteet");
  ws.addRow([
    "Toimiala",
    "Painopiste",
    "Tavoite",
    "Toimenpide",
    "Mittari",
    "Lähtötaso",
    "Tavoitetaso",
    "Toteuma",
  ]);
  ws.addRow([
    "Kulttuuri ja vapaa-aika",
    "Hyvinvoiva Pori",
    "Kirjasto tavoittaa kaupunkilaiset",
    "Kirjastoauton reittien uudistus",
    "Kirjastoauton lainat",
    "4 750",
    "5 000",
    "4 750",
  ]);
  const out = path.join(tmp, file);
  await wb.xlsx.writeFile(out);
  return out;
}

describe("--scale", () => {
  const statusOf = async (args: string[]) => {
    const r = await run(["status", ...args, "--json"]);
    expect(r.code).toBe(EXIT.ok);
    const [m] = JSON.parse(r.stdout).files[0].measures;
    return { status: m.status as string, reason: m.reason as string };
  };

  it("distance:10 judges 4 750 of a target of 5 000 partial; the default judges it by the baseline", async () => {
    const file = await oneMeasure("4750.xlsx");
    expect(await statusOf([file])).toEqual({
      status: "not-achieved",
      reason: "Toteuma 4 750, tavoite 5 000, lähtötaso 4 750: ei muutosta lähtötasosta (asteikko: Pori)",
    });
    expect(await statusOf([file, "--scale", "pori"])).toEqual(await statusOf([file]));
    expect(await statusOf(["--scale", "distance:10", file])).toEqual({
      status: "partial",
      reason:
        "Toteuma 4 750, tavoite 5 000, lähtötaso 4 750: etäisyys tavoitteeseen 5 % (asteikko: etäisyys, 10 %)",
    });
    expect((await statusOf([file, "--scale=distance"])).status).toBe("partial");
    expect((await statusOf([file, "--scale", "distance:4"])).status).toBe("not-achieved");
    const en = await run(["status", file, "--scale", "distance:10", "--lang", "en"]);
    expect(en.stdout).toContain("distance to the target 5 % (scale: distance, 10 %)");
  });

  it("colour stores the scale given into the output, and status then uses it", async () => {
    const file = await oneMeasure("4750-colour.xlsx");
    const out = path.join(tmp, "4750-coloured.xlsx");
    const r = await run(["colour", file, "-o", out, "--scale", "distance:10"]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toContain("Osittain toteutunut");
    const saved = openWorkbook(new Uint8Array(fs.readFileSync(out)), "out.xlsx");
    expect(getCustomProperty(saved, "Toteuma.statusScale")).toBe("distance:10");
    expect((await statusOf([out])).status).toBe("partial");
    // Given for one run only, the input is not changed; without --scale colour stores nothing.
    expect((await statusOf([file])).status).toBe("not-achieved");
    const plain = path.join(tmp, "4750-plain.xlsx");
    expect((await run(["colour", file, "-o", plain])).code).toBe(EXIT.ok);
    expect(
      getCustomProperty(
        openWorkbook(new Uint8Array(fs.readFileSync(plain)), "p.xlsx"),
        "Toteuma.statusScale",
      ),
    ).toBeNull();
  });

  it("refuses a scale it does not know, and a command that does not judge", async () => {
    for (const bad of ["kouluarvosana", "distance:0", "distance:100", "distance:x", ""]) {
      const r = await run(["status", fixture("kasvu-ja-tyollisyys-2026-T1.xlsx"), "--scale", bad]);
      expect(r.code).toBe(EXIT.usage);
      expect(r.stderr).toContain("--scale on pori tai distance");
    }
    const r = await run(["validate", fixture("kasvu-ja-tyollisyys-2026-T1.xlsx"), "--scale", "pori"]);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toContain("--scale koskee vain komentoja status ja colour");
  });
});

describe("usage", () => {
  it("explains bad usage with exit 64", async () => {
    expect((await run([])).code).toBe(EXIT.usage);
    expect((await run(["lenna", "x.xlsx"])).code).toBe(EXIT.usage);
    expect((await run(["colour", "x.xlsx"])).code).toBe(EXIT.usage);
    // An option only another command takes is refused, never silently ignored.
    const expectOnStatus = await run(["status", "x.xlsx", "--expect", "Sivistystoimiala"]);
    expect([expectOnStatus.code, expectOnStatus.stderr]).toEqual([
      EXIT.usage,
      expect.stringContaining("Komento status ei ota valitsinta --expect."),
    ]);
    const help = await run(["--help"]);
    expect(help.code).toBe(EXIT.ok);
    expect(help.stdout).toContain("toteuma validate");
  });
});

describe("--departments FILE: the city's list for this run", () => {
  const KP = "konsernipalvelut-2025-T2.xlsx";
  const listFile = (name: string, text: string) => {
    const file = path.join(tmp, name);
    fs.writeFileSync(file, text);
    return file;
  };
  const notListed = (json: { files: { findings: { code: string; message: string }[] }[] }) =>
    json.files[0].findings.filter((f) => f.code === "department-not-listed");

  it("names departments by the list: an alias reads as its listed name in read, validate and status", async () => {
    const list = listFile(
      "toimialat.txt",
      "\uFEFF# Porin toimialat\r\nKonsernipalvelujen toimiala\r\nKonsernipalvelut = Konsernipalvelujen toimiala\r\n",
    );
    const read = await run(["read", fixture(KP), "--json", "--departments", list]);
    expect(read.code).toBe(EXIT.ok);
    const file = JSON.parse(read.stdout).files[0];
    expect(file.sheets[0].department).toBe("Konsernipalvelujen toimiala");
    expect(new Set(file.measures.map((m: { department: string }) => m.department))).toEqual(
      new Set(["Konsernipalvelujen toimiala"]),
    );
    const text = await run(["read", fixture(KP), `--departments=${list}`]);
    expect(text.stdout).toContain("Konsernipalvelujen toimiala");
    const checked = await run(["validate", fixture(KP), "--json", "--departments", list]);
    expect(notListed(JSON.parse(checked.stdout))).toEqual([]);
    // Without the list, the name as written.
    const plain = await run(["read", fixture(KP), "--json"]);
    expect(JSON.parse(plain.stdout).files[0].sheets[0].department).toBe("Konsernipalvelut");
  });

  it("warns about a department not on the list, proposing the nearest name; the exit code stays 0", async () => {
    const list = listFile("muut.txt", "Sivistystoimiala\nTekninen toimiala\n");
    const r = await run(["validate", fixture(KP), "--json", "--departments", list]);
    expect(r.code).toBe(EXIT.ok);
    const [warning] = notListed(JSON.parse(r.stdout));
    expect(warning).toMatchObject({
      severity: "warning",
      message:
        "Toimiala 'Konsernipalvelut' ei ole toimialaluettelossa. Lähin luettelon nimi: 'Tekninen toimiala'.",
    });
    // The list is for this run only: the input file keeps no list.
    const again = await run(["validate", fixture(KP), "--json"]);
    expect(notListed(JSON.parse(again.stdout))).toEqual([]);
  });

  it("takes a workbook's sheet of names: a heading, the name in column A and its other names beside it", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Ohje").addRow(["Toimialat ovat välilehdellä Toimialat."]);
    const sheet = wb.addWorksheet("Toimialat");
    sheet.addRow(["Toimiala", "Muut nimet"]);
    sheet.addRow(["SIVISTYSTOIMIALA", "Sivistys"]);
    sheet.addRow(["Konsernipalvelujen toimiala", "Konsernipalvelut", "KP"]);
    const file = path.join(tmp, "toimialat.xlsx");
    await wb.xlsx.writeFile(file);
    const r = await run(["status", fixture(KP), "--json", "--departments", file]);
    expect(r.code).toBe(EXIT.ok);
    const measures = JSON.parse(r.stdout).files[0].measures as { department: string }[];
    expect(measures.length).toBeGreaterThan(0);
    for (const m of measures) expect(m.department).toBe("Konsernipalvelujen toimiala");
  });

  it("refuses a list it cannot take whole, one sentence per line, before reading any workbook (exit 2)", async () => {
    const bad = listFile("rikki.txt", "Sivistystoimiala\n= Tekninen toimiala\nA = B = C\n");
    const r = await run(["read", fixture(KP), "--departments", bad]);
    expect(r.code).toBe(EXIT.unreadable);
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n").filter(Boolean)).toEqual([
      "toteuma: rikki.txt: Rivi 2: kirjoita muu nimi ja toimiala muodossa 'Sivistys = Sivistystoimiala'.",
      "toteuma: rikki.txt: Rivi 3: rivillä saa olla vain yksi '=' (muu nimi = toimiala).",
    ]);
    const missing = await run(["read", fixture(KP), "--departments", path.join(tmp, "ei-ole.txt"), "--en"]);
    expect(missing.code).toBe(EXIT.unreadable);
    expect(missing.stderr).toBe('toteuma: ei-ole.txt: The department list "ei-ole.txt" was not found.\n');
    const empty = await run(["read", fixture(KP), "--departments", listFile("tyhja.txt", "# ei vielä\n\n")]);
    expect(empty.code).toBe(EXIT.unreadable);
    expect(empty.stderr).toBe("toteuma: tyhja.txt: Luettelossa ei ole yhtään toimialaa.\n");
    expect((await run(["read", fixture(KP), "--departments"])).code).toBe(EXIT.usage);
  });

  it("does not write the run's list into a coloured copy", async () => {
    const out = path.join(tmp, "varitetty-luettelolla.xlsx");
    const list = listFile("kp.txt", "Konsernipalvelut\n");
    expect((await run(["colour", fixture(KP), "-o", out, "--departments", list])).code).toBe(EXIT.ok);
    expect(getCustomProperty((await loadXlsxFile(out)).workbook, "Toteuma.departments")).toBeNull();
  });
});
