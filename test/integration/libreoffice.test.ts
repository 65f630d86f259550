/**
 * `toteuma colour` output must open in LibreOffice and show the colours and the labels: convert the
 * coloured workbook to HTML with LibreOffice itself and look for each status's fill and label.
 * CI installs LibreOffice (.ci/run); on a machine without it this test is skipped, except in CI.
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { STATUS_LABEL, STATUS_STYLE, type Status } from "../../src/model";

const hasSoffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;
const maybe = hasSoffice || process.env.CI ? it : it.skip;

async function cli(args: string[]): Promise<string> {
  let out = "";
  const code = await main(args, { stdout: (s) => (out += s), stderr: () => undefined, env: {} });
  if (code !== 0) throw new Error(`toteuma ${args.join(" ")} exited ${code}`);
  return out;
}

maybe(
  "a coloured year-end workbook opens in LibreOffice with each status's fill and label",
  async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "toteuma-lo-"));
    const input = path.join(__dirname, "../fixtures/workbooks/elinvoima-ja-ymparisto-2023-vuosi.xlsx");
    const out = path.join(dir, "varitetty.xlsx");
    await cli(["colour", input, "-o", out]);
    const statuses: { status: Status }[] = JSON.parse(await cli(["status", input, "--json"])).files[0]
      .measures;

    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${dir}/lo-profile`,
        "--headless",
        "--convert-to",
        "html",
        "--outdir",
        dir,
        out,
      ],
      { stdio: "ignore", timeout: 120_000 },
    );
    const html = fs.readFileSync(path.join(dir, "varitetty.html"), "utf8");
    const fills = new Set([...html.matchAll(/bgcolor="(#[0-9A-Fa-f]{6})"/g)].map((m) => m[1].toUpperCase()));
    const seen = new Set(statuses.map((m) => m.status));
    expect(seen.size).toBeGreaterThan(1);
    for (const s of seen) {
      expect(fills).toContain(STATUS_STYLE[s].fill.toUpperCase());
      const labels = html.split(`>${STATUS_LABEL[s].fi}<`).length - 1;
      expect(labels).toBeGreaterThanOrEqual(1);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  },
  180_000,
);
