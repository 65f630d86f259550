/**
 * `toteuma merge`: the merged workbook read back by Toteuma gives, sheet by sheet, the same report as
 * its source (hierarchy, measures, findings, assessments); the five shared workbooks name exactly the
 * summary's conflicts; what a merge cannot carry is named; text that looks like a formula stays text;
 * the file opens in LibreOffice; and the refusals and exit codes are summary's.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { strFromU8, unzipSync } from "fflate";
import { assessWorkbook } from "../../assess";
import { readWorkbook } from "../../read";
import { sourcesOf } from "../../summary";
import { validateWorkbook } from "../../validate";
import { readXlsxFile } from "../../xlsx/snapshot";
import { main } from "../main";

const FIX = path.join(__dirname, "../../../test/fixtures/workbooks");
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
const PARTS = path.join(FIX, "merge", "tekninen-liitteet-2025-T2.xlsx");
const OTHER_CHART = path.join(FIX, "merge", "perusturva-kaavio-2025-T2.xlsx");

async function run(args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env: {} });
  return { code, stdout, stderr };
}

/**
 * Each report sheet of a file as Toteuma reads, checks and judges it, by sheet name: the summary's
 * source (department, period, year, every measure with its texts, status, whose and why, its cell,
 * the focus-area and goal spellings, the check's counts) and the findings (code, severity, cell).
 */
async function reportsOf(file: string) {
  const report = readWorkbook(await readXlsxFile(file));
  const findings = validateWorkbook(report);
  const assessments = assessWorkbook(report);
  const out = new Map<string, unknown>();
  for (const s of sourcesOf("x", null, report, findings, assessments)) {
    const { file: _f, sheet, link: _l, ...rest } = s;
    const own = findings
      .filter((f) => f.cell.sheet === sheet)
      .map((f) => `${f.severity} ${f.code} R${f.cell.row}C${f.cell.col}`)
      .sort();
    out.set(sheet, { ...rest, findings: own });
  }
  return out;
}

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "toteuma-cli-merge-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("toteuma merge", () => {
  it("the four same-period departments: every sheet reads back as its source, in name order, no conflict", async () => {
    const out = path.join(tmp, "clean.xlsx");
    const r = await run(["merge", ...CLEAN, "-o", out, "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.conflicts).toEqual([]);
    expect(json.leftOut).toEqual([]);
    expect(json.notes).toEqual([]);
    expect(json.sheets.map((s: { sheet: string }) => s.sheet)).toEqual([
      "Elinvoima- ja ympäristötoimiala",
      "Perusturvan toimiala",
      "Sivistystoimiala",
      "Tekninen toimiala",
    ]);
    const merged = await reportsOf(out);
    // The contents sheet is no report; every other sheet is.
    expect([...merged.keys()]).toEqual(json.sheets.map((s: { sheet: string }) => s.sheet));
    for (const s of json.sheets as { sheet: string; file: string; sourceSheet: string; measures: number }[]) {
      const source = (await reportsOf(path.join(FIX, "summary", s.file))).get(s.sourceSheet);
      expect(source).toBeDefined();
      expect(merged.get(s.sheet)).toEqual(source);
      expect((merged.get(s.sheet) as { measures: unknown[] }).measures).toHaveLength(s.measures);
    }
  });

  it("the five shared workbooks: exactly the summary's conflicts, every sheet as its source, the rest named", async () => {
    const out = path.join(tmp, "five.xlsx");
    const r = await run(["merge", ...FIVE, "-o", out, "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    const summary = await run(["summary", ...FIVE, "-o", path.join(tmp, "five-summary.xlsx"), "--json"]);
    expect(json.conflicts).toEqual(JSON.parse(summary.stdout).conflicts);
    expect(json.conflicts.map((c: { code: string }) => c.code)).toEqual([
      "duplicate-department",
      "period-mismatch",
      "year-mismatch",
    ]);
    // Both reports of one department are merged; the second gets " (2)" within 31 characters.
    const names = json.sheets.map((s: { sheet: string }) => s.sheet);
    expect(names).toContain("Kasvu- ja työllisyyspalvelut");
    expect(names).toContain("Kasvu- ja työllisyyspalvelu (2)");
    expect(names.every((n: string) => [...n].length <= 31)).toBe(true);
    // The programme's long-term goals sheet holds no report: left out and named with its reason.
    expect(json.leftOut).toEqual([
      {
        file: "konsernihallinto-palveluohjelma-2018.xlsx",
        sheet: "Pitkän aikavälin tavoitteet",
        reason: "välilehdellä ei ole tavoiteraporttia (tavoiterakennetta)",
      },
    ]);
    const merged = await reportsOf(out);
    for (const s of json.sheets as { sheet: string; file: string; sourceSheet: string }[]) {
      const source = (await reportsOf(path.join(FIX, s.file))).get(s.sourceSheet) as Record<string, unknown>;
      const copy = merged.get(s.sheet) as Record<string, unknown>;
      // Everything else as the source: the hierarchy, every measure and its status, the findings;
      // but one: a spelling that differs across sheets (name-spelling-variant) is a workbook's finding,
      // and the merged workbook holds other departments' sheets (the summary's name-variant conflict).
      const sheetOnly = (r: Record<string, unknown>) => ({
        ...r,
        period: null,
        year: null,
        warnings: null,
        findings: (r.findings as string[]).filter((f) => !f.includes("name-spelling-variant")),
      });
      expect(sheetOnly(copy)).toEqual(sheetOnly(source));
      // A period or year the source took from its file's name is not on the sheet: said, not hidden.
      const readBack = json.notes.filter(
        (n: { sheet: string; kind: string }) => n.sheet === s.sheet && n.kind === "read-back",
      );
      const same =
        copy.period === source.period && copy.year === source.year && copy.department === source.department;
      expect(readBack).toHaveLength(same ? 0 : 1);
    }
    expect(
      json.notes.map((n: { sheet: string; kind: string; message: string }) => [n.sheet, n.kind, n.message]),
    ).toEqual([
      [
        "Kasvu- ja työllisyyspalvelut",
        "read-back",
        "Välilehti Kasvu- ja työllisyyspalvelut luetaan yhdistetyssä työkirjassa toisin kuin lähteessään kasvu-ja-tyollisyys-2026-T1.xlsx (kausi T1 2026 → T1): lähde kertoi sen tiedostonsa tai välilehtensä nimessä. Sisällys-välilehdellä on lähteen tieto.",
      ],
    ]);
    // The contents sheet names each conflict in its own sentence.
    const contents = strFromU8(unzipSync(fs.readFileSync(out))["xl/worksheets/sheet1.xml"]);
    for (const c of json.conflicts as { message: string }[])
      expect(contents).toContain(c.message.replace(/&/g, "&amp;").replace(/'/g, "'").slice(0, 40));
  });

  it("notes, pictures and a chart of the sheet itself are carried; a chart from another sheet and cross-sheet formulas are named", async () => {
    const out = path.join(tmp, "parts.xlsx");
    const r = await run(["merge", PARTS, OTHER_CHART, "-o", out, "--json", "--lang", "en"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    const notes = json.notes.map(
      (n: { sheet: string; kind: string; message: string }) => `${n.sheet}: ${n.message}`,
    );
    expect(notes).toEqual([
      "Perusturvan toimiala: Not carried over from sheet Perusturvan toimiala: the chart drawing from another sheet (file perusturva-kaavio-2025-T2.xlsx).",
      "Tekninen toimiala: 1 formula on sheet Tekninen toimiala referred to another sheet, workbook or name; the last value stays in the cell instead: K7.",
      "Tekninen toimiala: A data validation rule on sheet Tekninen toimiala that referred to another sheet or name was not carried over.",
    ]);
    expect(json.leftOut.map((l: { sheet: string }) => l.sheet)).toEqual(["Apu", "Luvut"]);
    const zip = unzipSync(fs.readFileSync(out));
    const names = Object.keys(zip);
    // The note, the picture and the chart drawn from the sheet's own cells came along.
    expect(names.filter((n) => /comment|vml|drawing\d|chart\d|media/.test(n)).sort()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/comments?\/?comment1\.xml$/),
        "xl/media/image1.png",
        "xl/charts/chart1.xml",
      ]),
    );
    const chart = strFromU8(zip["xl/charts/chart1.xml"]);
    expect(chart).toContain("'Tekninen toimiala'!$K$3:$K$5");
    const wb = strFromU8(zip["xl/workbook.xml"]);
    expect(wb).toContain(
      `<definedName name="_xlnm.Print_Area" localSheetId="2">'Tekninen toimiala'!$A$1:$E$63</definedName>`,
    );
    // Text that looks like a formula stays text; the sheet's own formula follows its new name.
    const sheet = strFromU8(zip["xl/worksheets/sheet3.xml"]);
    for (const text of ["=1+1", "+358 40 123 4567", "-5 % edellisvuodesta", "@SUMMA(A1)"])
      expect(sheet).toMatch(
        new RegExp(
          `<c r="J1[0-3]"[^>]*t="inlineStr"[^>]*><is><t>${text.replace(/[+()]/g, "\\$&")}</t></is></c>`,
        ),
      );
    expect(sheet).toContain("<f>'Tekninen toimiala'!K3*2</f>");
    expect(sheet).not.toContain("Apu!");
    expect(sheet).not.toContain("tabSelected");
    // Read back, the sheet is still the department's report.
    const merged = await reportsOf(out);
    const source = (await reportsOf(PARTS)).get("Tekninen T2 2025");
    expect(merged.get("Tekninen toimiala")).toEqual(source);
  });

  it("with --departments: the sheets in the city's order, the unlisted after; the missing one a conflict", async () => {
    const list = path.join(tmp, "toimialat.txt");
    fs.writeFileSync(
      list,
      "Tekninen toimiala\nSivistystoimiala\nKulttuuritoimiala\nPerusturva = Perusturvan toimiala\n",
    );
    const r = await run([
      "merge",
      ...CLEAN,
      "-o",
      path.join(tmp, "ordered.xlsx"),
      "--json",
      "--departments",
      list,
    ]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.sheets.map((s: { sheet: string }) => s.sheet)).toEqual([
      "Tekninen toimiala",
      "Sivistystoimiala",
      // Listed by its alias line, after Kulttuuritoimiala (in no source).
      "Perusturvan toimiala",
      "Elinvoima- ja ympäristötoimiala",
    ]);
    expect(json.conflicts.map((c: { code: string; message: string }) => [c.code, c.message])).toEqual([
      ["missing-department", "Odotettu toimiala 'Kulttuuritoimiala' puuttuu: yksikään lähde ei ole siltä."],
    ]);
  });

  it("LibreOffice opens the merged workbook and prints it to PDF", () => {
    const out = path.join(tmp, "parts.xlsx");
    if (!fs.existsSync(out)) throw new Error("the previous test writes parts.xlsx");
    const dir = path.join(tmp, "pdf");
    // A profile of its own: another test's LibreOffice running at the same time holds the default one.
    const profile = `-env:UserInstallation=file://${path.join(tmp, "lo-profile")}`;
    execFileSync("soffice", [profile, "--headless", "--convert-to", "pdf", "--outdir", dir, out], {
      stdio: "ignore",
      timeout: 120_000,
    });
    expect(fs.statSync(path.join(dir, "parts.pdf")).size).toBeGreaterThan(10_000);
  }, 150_000);

  it("refuses as summary does: no -o (64), an existing output without --force (2), the output as an input (64)", async () => {
    expect((await run(["merge", ...CLEAN])).code).toBe(64);
    const existing = path.join(tmp, "olemassa.xlsx");
    fs.writeFileSync(existing, "x");
    const r = await run(["yhdistä", ...CLEAN, "-o", existing]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--force");
    expect(fs.readFileSync(existing, "utf8")).toBe("x");
    expect((await run(["merge", CLEAN[0], "-o", CLEAN[0]])).code).toBe(64);
    expect((await run(["merge", ...CLEAN, "-o", path.join(tmp, "x.xlsm")])).code).toBe(64);
  });

  it("a file that cannot be read is named, the others are merged, exit 2", async () => {
    const bad = path.join(tmp, "rikki.xlsx");
    fs.writeFileSync(bad, "ei työkirja");
    const out = path.join(tmp, "with-bad.xlsx");
    const r = await run(["merge", CLEAN[0], bad, "-o", out, "--json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("rikki.xlsx");
    const json = JSON.parse(r.stdout);
    expect(json.sheets).toHaveLength(1);
    expect(json.leftOut).toEqual([{ file: "rikki.xlsx", sheet: null, reason: json.files[1].error }]);
    expect(fs.existsSync(out)).toBe(true);
  });
});
