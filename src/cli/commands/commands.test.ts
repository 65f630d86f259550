/** The command table: every word that calls a command reaches it, and only one command. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { NOTHING_TO_READ } from "../format";
import { main } from "../main";
import { COMMANDS, commandNamed } from ".";

const FIX = path.join(__dirname, "../../../test/fixtures/workbooks");

async function run(args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env: {} });
  return { code, stdout, stderr };
}

describe("COMMANDS", () => {
  it("gives each word one command, in any case", () => {
    const words = COMMANDS.flatMap((c) => c.names);
    expect(new Set(words).size).toBe(words.length);
    for (const c of COMMANDS) for (const w of c.names) expect(commandNamed(w.toUpperCase())).toBe(c);
    expect(COMMANDS.map((c) => c.names[0])).toEqual([
      "read",
      "validate",
      "status",
      "colour",
      "summary",
      "template",
      "merge",
    ]);
    expect(commandNamed("lenna")).toBeNull();
  });

  it.each([
    ["lue", "read"],
    ["tarkista", "validate"],
    ["tila", "status"],
  ])("`toteuma %s` is `toteuma %s`", async (alias, name) => {
    const file = path.join(FIX, "konsernipalvelut-2025-T2.xlsx");
    expect(await run([alias, file, "--json"])).toEqual(await run([name, file, "--json"]));
  });
});

describe("a workbook with nothing to assess", () => {
  it("`toteuma status` says there are no measures, rather than printing the file's name alone", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "toteuma-cli-empty-"));
    try {
      const file = path.join(dir, "muistio.xlsx");
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("Muistio");
      ws.getCell("A1").value = "Muistiinpanoja kokouksesta";
      ws.getCell("A2").value = "Ei raporttia tällä välilehdellä";
      await wb.xlsx.writeFile(file);
      const said = await run(["status", file]);
      expect(said.code).toBe(0);
      expect(said.stdout).toBe(`muistio.xlsx\n  ${NOTHING_TO_READ.fi.noMeasures}\n\n`);
      // A report sheet's own measures: no such line.
      const report = await run(["status", path.join(FIX, "konsernipalvelut-2025-T2.xlsx")]);
      expect(report.stdout).not.toContain(NOTHING_TO_READ.fi.noMeasures);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
