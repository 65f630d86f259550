/**
 * `toteuma summary`: the JSON shape, the exit codes, the counts against `toteuma status --json` per
 * source, the output read back (exceljs and `toteuma read` skip the summary sheets), relative file
 * links to the sources' cells, and the refusals.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { main } from "../main";
import { NOTHING_TO_READ } from "../format";

const FIX = path.join(__dirname, "../../../test/fixtures/workbooks");
const CORPUS = path.join(FIX, "..", "corpus");
const FIVE = [
  "elinvoima-ja-ymparisto-2023-vuosi.xlsx",
  "kasvu-ja-tyollisyys-2026-T1.xlsx",
  "kasvu-ja-tyollisyys-2026-taulukko.xlsx",
  "konsernihallinto-palveluohjelma-2018.xlsx",
  "konsernipalvelut-2025-T2.xlsx",
].map((f) => path.join(FIX, f));
const CLEAN = ["sivistys", "tekninen", "perusturva", "elinvoima"].map((d) =>
  path.join(FIX, "summary", `${d}-2025-T2.xlsx`),
);
const KEYS = ["achieved", "partial", "notAchieved", "notAssessable"] as const;
const STATUS_KEY: Record<string, (typeof KEYS)[number]> = {
  achieved: "achieved",
  partial: "partial",
  "not-achieved": "notAchieved",
  "not-assessable": "notAssessable",
};

async function run(args: string[], env: Record<string, string> = {}) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env });
  return { code, stdout, stderr };
}

/** What `toteuma status --json` counts for these files together. */
async function statusTotals(files: string[]): Promise<Record<"measures" | (typeof KEYS)[number], number>> {
  const { code, stdout } = await run(["status", ...files, "--json"]);
  expect(code).toBe(0);
  const total = { measures: 0, achieved: 0, partial: 0, notAchieved: 0, notAssessable: 0 };
  for (const f of JSON.parse(stdout).files)
    for (const m of f.measures as { status: string }[]) {
      total.measures++;
      total[STATUS_KEY[m.status]]++;
    }
  return total;
}

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "toteuma-cli-summary-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("toteuma summary", () => {
  it("on the five shared workbooks: the JSON of the issue, the counts of status per counted source, exit 0", async () => {
    const out = path.join(tmp, "viisi.xlsx");
    const r = await run(["summary", ...FIVE, "-o", out, "--json"]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(["files", "departments", "focusAreas", "total", "conflicts"]);
    expect(json.files).toEqual(FIVE.map((f) => ({ file: path.basename(f), error: null })));
    expect(Object.keys(json.departments[0])).toEqual([
      "department",
      "files",
      "period",
      "year",
      "measures",
      "achieved",
      "partial",
      "notAchieved",
      "notAssessable",
      "errors",
      "warnings",
    ]);
    expect(
      json.departments.map((d: { department: string; files: string[]; period: string; year: number }) => [
        d.department,
        d.files,
        d.period,
        d.year,
      ]),
    ).toEqual([
      ["Elinvoima- ja ympäristötoimiala", [path.basename(FIVE[0])], "year", 2023],
      ["Kasvu- ja työllisyyspalvelut", [path.basename(FIVE[1])], "T1", 2026],
      ["Konsernihallinnon toimiala", [path.basename(FIVE[3])], null, 2018],
      ["Konsernipalvelut", [path.basename(FIVE[4])], "T2", 2025],
    ]);
    expect(Object.keys(json.focusAreas[0])).toEqual(["focusArea", "measures", ...KEYS]);
    expect(json.conflicts.map((c: { code: string; files: string[] }) => [c.code, c.files.length])).toEqual([
      ["duplicate-department", 2],
      ["period-mismatch", 3],
      ["year-mismatch", 4],
    ]);
    expect(typeof json.conflicts[0].message).toBe("string");
    // The table of the T1 report is the same department: counted once, from the T1 report.
    expect(json.total).toEqual(await statusTotals(FIVE.filter((f) => !f.includes("taulukko"))));
  });

  it("on four departments' T2 2025 reports: no conflict, the total is the sum of status --json per source", async () => {
    const out = path.join(tmp, "puhdas.xlsx");
    const r = await run(["summary", ...CLEAN, "-o", out, "--json", "--lang", "en"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.conflicts).toEqual([]);
    expect(json.total).toEqual(await statusTotals(CLEAN));
    for (const d of json.departments) {
      const own = await statusTotals([path.join(FIX, "summary", d.files[0])]);
      expect({ ...own, department: d.department }).toEqual({
        department: d.department,
        measures: d.measures,
        ...Object.fromEntries(KEYS.map((k) => [k, d[k]])),
      });
    }
  });

  it("with --departments names each source by the city's list and expects every listed department", async () => {
    const list = path.join(tmp, "toimialat.txt");
    fs.writeFileSync(
      list,
      "# Porin toimialat\nSivistystoimiala\nTekninen toimiala\nKulttuuritoimiala\nSivistyksen toimiala = Sivistystoimiala\n",
    );
    const plain = JSON.parse(
      (await run(["summary", ...CLEAN, "-o", path.join(tmp, "ilman.xlsx"), "--json"])).stdout,
    );
    const r = await run([
      "summary",
      ...CLEAN,
      "-o",
      path.join(tmp, "luettelo.xlsx"),
      "--json",
      "--departments",
      list,
    ]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    // The same sources and counts; only the names follow the list, and the missing one is a conflict.
    expect(json.total).toEqual(plain.total);
    expect(json.departments.map((d: { department: string }) => d.department)).toEqual(
      plain.departments.map((d: { department: string }) => d.department),
    );
    expect(json.conflicts.filter((c: { code: string }) => c.code === "missing-department")).toEqual([
      expect.objectContaining({ message: expect.stringContaining("'Kulttuuritoimiala'") }),
    ]);
    // --expect, when given, is what is expected: the list then only names.
    const asked = JSON.parse(
      (
        await run([
          "summary",
          ...CLEAN,
          "-o",
          path.join(tmp, "kysytty.xlsx"),
          "--json",
          "--departments",
          list,
          "--expect",
          "Sivistystoimiala",
        ])
      ).stdout,
    );
    expect(asked.conflicts.filter((c: { code: string }) => c.code === "missing-department")).toEqual([]);
  });

  it("writes a new workbook exceljs reads with the three sheets, which toteuma read does not take for reports", async () => {
    const out = path.join(tmp, "luettava.xlsx");
    expect((await run(["summary", ...CLEAN, "-o", out])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Yhteenveto", "Mittarit", "Poikkeamat"]);
    expect(wb.getWorksheet("Yhteenveto")?.getCell("A1").value).toBe(
      "Toiminnallisten tavoitteiden toteutuminen: 2. vuosikolmannes (T2) 2025",
    );
    const read = JSON.parse((await run(["read", out, "--json"])).stdout);
    expect(read.files[0]).toMatchObject({ error: null, sheets: [], measures: [] });
    // In words it says so, rather than printing the file's name alone.
    const said = await run(["read", out]);
    expect(said.stdout).toBe(`luettava.xlsx\n  ${NOTHING_TO_READ.fi.noReportSheets}\n\n`);
    expect((await run(["status", out, "--lang", "en"])).stdout).toBe(
      `luettava.xlsx\n  ${NOTHING_TO_READ.en.noReportSheets}\n\n`,
    );
    // Summarising it again finds no report in it.
    const again = await run(["summary", out, "-o", path.join(tmp, "uudelleen.xlsx"), "--json"]);
    expect(again.code).toBe(2);
    expect(JSON.parse(again.stdout).total.measures).toBe(0);
  });

  it("links each measure's cell to its source as a relative file link, its place as the link's location", async () => {
    const dir = path.join(tmp, "linkit");
    fs.mkdirSync(path.join(dir, "raportit"), { recursive: true });
    fs.copyFileSync(CLEAN[1], path.join(dir, "raportit", "tekninen 2025.xlsx"));
    const out = path.join(dir, "yhteenveto.xlsx");
    expect((await run(["summary", path.join(dir, "raportit", "tekninen 2025.xlsx"), "-o", out])).code).toBe(
      0,
    );
    const parts = unzipSync(new Uint8Array(fs.readFileSync(out)));
    const sheet = strFromU8(parts["xl/worksheets/sheet2.xml"]);
    const rels = strFromU8(parts["xl/worksheets/_rels/sheet2.xml.rels"]);
    const link = /<hyperlink ref="P(\d+)" r:id="(rId\d+)" location="([^"]*)" display="(B\d+)"\/>/.exec(sheet);
    expect(link).not.toBeNull();
    expect(link![3]).toBe(`&apos;Tekninen T2 2025&apos;!${link![4]}`.replace(/&apos;/g, "'"));
    expect(rels).toContain(
      `Id="${link![2]}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="raportit/tekninen%202025.xlsx" TargetMode="External"`,
    );
  });

  it("names a file it cannot read on stderr and in the summary, summarises the others, and exits 2", async () => {
    const out = path.join(tmp, "osittain.xlsx");
    const broken = path.join(CORPUS, "truncated.xlsx");
    const r = await run([
      "summary",
      CLEAN[0],
      broken,
      CLEAN[1],
      "-o",
      out,
      "--expect",
      "Sivistystoimiala; Kulttuuritoimiala",
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'toteuma: truncated.xlsx: Tiedosto "truncated.xlsx" on vioittunut tai vajaa, joten sitä ei voi lukea.\n',
    );
    expect(r.stdout).toContain("missing-department: Odotettu toimiala 'Kulttuuritoimiala' puuttuu");
    expect(r.stdout).toContain(`Yhteenveto kirjoitettiin: ${out} (Yhteenveto, Mittarit, Poikkeamat)`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const cells: string[] = [];
    wb.getWorksheet("Yhteenveto")?.eachRow((row) => row.eachCell((c) => cells.push(String(c.value))));
    expect(cells).toContain("truncated.xlsx");
    expect(cells).toContain('Tiedosto "truncated.xlsx" on vioittunut tai vajaa, joten sitä ei voi lukea.');
    expect(cells).toContain("Sivistystoimiala");
  });

  it("refuses bad usage with 64, an existing output without --force with 2 before reading anything", async () => {
    expect((await run(["summary", ...CLEAN])).code).toBe(64);
    const same = await run(["summary", CLEAN[0], CLEAN[1], "-o", CLEAN[1]]);
    expect([same.code, same.stderr]).toEqual([
      64,
      "toteuma: Tulostiedosto ei voi olla sama kuin lähtötiedosto: alkuperäistä ei kirjoiteta yli.\n",
    ]);
    expect((await run(["summary", CLEAN[0], "-o", path.join(tmp, "x.csv")])).code).toBe(64);
    expect((await run(["summary", CLEAN[0], "--expect"])).code).toBe(64);
    const out = path.join(tmp, "olemassa.xlsx");
    fs.writeFileSync(out, "vanha");
    const exists = await run(["summary", CLEAN[0], "-o", out], { TOTEUMA_LANG: "en" });
    expect([exists.code, exists.stdout, exists.stderr]).toEqual([
      2,
      "",
      'toteuma: The file "olemassa.xlsx" already exists; give --force to replace it.\n',
    ]);
    expect(fs.readFileSync(out, "utf8")).toBe("vanha");
    expect((await run(["summary", CLEAN[0], "-o", out, "--force"])).code).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });

  it("is called yhteenveto too, and prints a table with the total and the conflicts", async () => {
    const r = await run(["yhteenveto", ...CLEAN, "-o", path.join(tmp, "taulukko.xlsx")]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toMatch(/^Toimiala\s+Kausi\s+Mitt\./);
    expect(lines.find((l) => l.startsWith("Yhteensä"))).toMatch(/\s28\s/);
    expect(r.stdout).toContain("Ei ristiriitoja.");
  });
});
