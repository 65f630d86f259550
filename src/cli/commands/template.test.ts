/** `toteuma template`: a new workbook of templates that `toteuma read` reads back; clear sentences for what will not do. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../main";

const FIX = path.join(__dirname, "../../../test/fixtures/workbooks");
const T2 = path.join(FIX, "konsernipalvelut-2025-T2.xlsx");
const YEAR_END = path.join(FIX, "elinvoima-ja-ymparisto-2023-vuosi.xlsx");

async function run(args: string[], env: Record<string, string> = {}) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env });
  return { code, stdout, stderr };
}

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "toteuma-template-"));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("toteuma template", () => {
  it("writes a new workbook holding only the template, which `toteuma read` reads back", async () => {
    const out = path.join(tmp, "pohja.xlsx");
    const made = await run(["template", T2, "--period", "year", "-o", out]);
    expect(made).toMatchObject({ code: 0, stderr: "" });
    expect(made.stdout).toBe(
      `konsernipalvelut-2025-T2.xlsx: selvityspohja → ${out}\n` +
        "  Konsernipalvelut vuosi 2025: Koko vuosi 2025, 4 toimenpidettä, 8 mittaria, 28 vastaussolua (lähde: T2 2025)\n",
    );
    const read = JSON.parse((await run(["read", out, "--json"])).stdout);
    expect(read.files[0].sheets).toEqual([
      {
        sheet: "Konsernipalvelut vuosi 2025",
        layout: "block",
        department: "Konsernipalvelut",
        period: "year",
        year: 2025,
        actions: 4,
        measures: 8,
      },
    ]);
    const source = JSON.parse((await run(["read", T2, "--json"])).stdout).files[0].measures;
    const copy = read.files[0].measures;
    const texts = (ms: Record<string, unknown>[]) =>
      ms.map((m) => [m.focusArea, m.goal, m.commitment, m.action, m.measure, m.baseline, m.target]);
    expect(texts(copy)).toEqual(texts(source));
  });

  it("takes the next year after a year-end report, the year given, and the one department asked", async () => {
    const out = path.join(tmp, "t1.xlsx");
    const made = await run([
      "pohja",
      YEAR_END,
      "--period=t1",
      "--department",
      "elinvoima- ja ympäristötoimiala",
      "-o",
      out,
      "--json",
    ]);
    expect(made.code).toBe(0);
    expect(JSON.parse(made.stdout).templates).toEqual([
      expect.objectContaining({
        sheet: "Elinvoima- ja ympäristö T1 2024",
        period: "T1",
        year: 2024,
        answers: 41,
      }),
    ]);
    const given = await run([
      "template",
      YEAR_END,
      "--period",
      "vuosi",
      "--year",
      "2030",
      "-o",
      path.join(tmp, "v.xlsx"),
    ]);
    expect(given.stdout).toMatch(/Elinvoima vuosi 2030: Koko vuosi 2030/);
  });

  it("says in one sentence what will not do", async () => {
    const out = path.join(tmp, "x.xlsx");
    const cases: [string[], number, RegExp][] = [
      [
        ["template", T2, "--period", "T5", "-o", out],
        64,
        /Tuntematon kausi "T5"\. Kaudet: T1, T2, T3, Q1, Q2, Q3, Q4, H1, H2, year\./,
      ],
      [["template", T2, "-o", out], 64, /template tarvitsee kauden: --period/],
      [["template", T2, "--period", "T1"], 64, /template tarvitsee tulostiedoston/],
      [["template", T2, "--period", "T1", "--year", "26", "-o", out], 64, /Vuosi "26" ei käy/],
      [
        ["template", T2, "--period", "T1", "--department", "Sivistystoimiala", "-o", out],
        64,
        /Toimialaa 'Sivistystoimiala' ei ole työkirjassa\. Työkirjan toimialat: Konsernipalvelut\./,
      ],
      [
        ["template", path.join(FIX, "kasvu-ja-tyollisyys-2026-taulukko.xlsx"), "--period", "T1", "-o", out],
        64,
        /Työkirjasta ei löytynyt raportin vuotta: anna pohjan vuosi\. \(--year\)/,
      ],
      [
        ["template", path.join(FIX, "../corpus/old.xls"), "--period", "T1", "-o", out],
        2,
        /old\.xls: .*\.xlsx/,
      ],
      [["template", T2, "--period", "T1", "-o", T2], 64, /alkuperäistä ei kirjoiteta yli/],
      [["read", T2, "--period", "T1"], 64, /Komento read ei ota valitsinta --period\./],
    ];
    for (const [args, code, sentence] of cases) {
      const r = await run(args);
      expect([args.join(" "), r.code]).toEqual([args.join(" "), code]);
      expect(r.stderr.split("\n")[0]).toMatch(sentence);
      expect(fs.existsSync(out)).toBe(false);
    }
    const en = await run(["template", T2, "--period", "T1", "--department", "X", "-o", out, "--lang", "en"]);
    expect(en.stderr).toBe(
      "toteuma: konsernipalvelut-2025-T2.xlsx: The workbook has no department 'X'. Its departments: Konsernipalvelut.\n",
    );
  });

  it("replaces an existing output only with --force", async () => {
    const out = path.join(tmp, "pohja.xlsx");
    fs.writeFileSync(out, "vanha");
    const refused = await run(["template", T2, "--period", "T1", "-o", out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/on jo olemassa; anna --force/);
    expect(fs.readFileSync(out, "utf8")).toBe("vanha");
    expect((await run(["template", T2, "--period", "T1", "-o", out, "--force"])).code).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });
});
