/**
 * A selvitys template (`toteuma template`) opens in LibreOffice, and what makes it a form survives
 * LibreOffice saving it again: the Tila drop-down of the four labels over the Tila answer cells, the
 * protection without a password, every answer cell unlocked (checked in the re-saved file's XML), and
 * the readers still read it as the template. Skipped on a machine without LibreOffice, except in CI.
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { strFromU8, unzipSync } from "fflate";
import { connect } from "../../src/app";
import { fileHost } from "../../src/cli/fileHost";
import { main } from "../../src/cli/main";
import { a1, countActions, countMeasures } from "../../src/model";
import { readWorkbook } from "../../src/read";
import { snapshotFromBuffer } from "../../src/xlsx/core";

const hasSoffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;
const maybe = hasSoffice || process.env.CI ? it : it.skip;
const T2 = path.join(__dirname, "../fixtures/workbooks/konsernipalvelut-2025-T2.xlsx");

/** The xf index of each cell of a sheet's XML: "B12" → 5. */
function cellStyles(sheet: string): Map<string, number> {
  const styles = new Map<string, number>();
  for (const m of sheet.matchAll(/<c r="([A-Z]+\d+)"([^>]*)/g)) {
    const s = /\ss="(\d+)"/.exec(m[2]);
    styles.set(m[1], s ? Number(s[1]) : 0);
  }
  return styles;
}

/** For each cellXfs entry of styles.xml: is the cell unlocked? */
function unlockedXfs(styles: string): boolean[] {
  const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "";
  return [...cellXfs.matchAll(/<xf\b[^>]*?(?:\/>|>([\s\S]*?)<\/xf>)/g)].map((m) =>
    /<protection [^>]*locked="(false|0)"/.test(m[1] ?? ""),
  );
}

maybe(
  "a year-end template opens in LibreOffice, which keeps the drop-down, the protection and the unlocked answer cells",
  async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "toteuma-lo-template-"));
    const out = path.join(dir, "pohja.xlsx");
    const code = await main(["template", T2, "--period", "year", "-o", out], {
      stdout: () => undefined,
      stderr: () => undefined,
      env: {},
    });
    expect(code).toBe(0);
    const [planned] = (await connect(fileHost(T2)).template({ period: "year" })).templates;

    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${dir}/lo-profile`,
        "--headless",
        "--convert-to",
        "xlsx",
        "--outdir",
        path.join(dir, "lo"),
        out,
      ],
      { stdio: "ignore", timeout: 120_000 },
    );
    const resaved = fs.readFileSync(path.join(dir, "lo", "pohja.xlsx"));
    const parts = unzipSync(resaved);
    const sheet = strFromU8(parts["xl/worksheets/sheet1.xml"]);

    // The drop-down of the four labels, over every Tila answer cell (one validation per block).
    const validations = [...sheet.matchAll(/<dataValidation ([^>]*)>([\s\S]*?)<\/dataValidation>/g)];
    expect(validations.length).toBeGreaterThan(0);
    for (const [, attributes, formula] of validations) {
      expect(attributes).toMatch(/type="list"/);
      expect(formula).toContain("Toteutunut,Osittain toteutunut,Ei toteutunut,Ei arvioitavissa");
    }
    const sqref = validations.flatMap(([, attributes]) =>
      (/sqref="([^"]*)"/.exec(attributes) as RegExpExecArray)[1].split(" "),
    );
    const tila = planned.answers.filter((a) => a.kind === "tila").map(a1);
    expect(tila).toHaveLength(8);
    const covered = (cell: string) =>
      sqref.some((r) => {
        const [from, to = from] = r.split(":");
        const col = (x: string) => x.replace(/\d+/, "");
        const row = (x: string) => Number(x.replace(/[A-Z]+/, ""));
        return (
          col(cell) >= col(from) && col(cell) <= col(to) && row(cell) >= row(from) && row(cell) <= row(to)
        );
      });
    for (const cell of tila) expect([cell, covered(cell)]).toEqual([cell, true]);

    // Protected, without a password.
    const protection = /<sheetProtection ([^>]*)\/>/.exec(sheet);
    expect(protection![1]).toMatch(/sheet="(true|1)"/);
    expect(protection![1]).not.toMatch(/password|hashValue/i);

    // Every answer cell unlocked; the title and the texts locked.
    const unlocked = unlockedXfs(strFromU8(parts["xl/styles.xml"]));
    const styleOf = cellStyles(sheet);
    for (const a of planned.answers)
      expect([a1(a), unlocked[styleOf.get(a1(a)) ?? 0]]).toEqual([a1(a), true]);
    expect(unlocked[styleOf.get("A1") ?? 0]).toBe(false);

    // Still the template: the same actions and measures, the year-end report of 2025.
    const [r] = readWorkbook(await snapshotFromBuffer(new Uint8Array(resaved), "pohja.xlsx")).sheets;
    expect(r).toMatchObject({ department: "Konsernipalvelut", period: "year", year: 2025 });
    expect([countActions(r), countMeasures(r)]).toEqual([4, 8]);
    fs.rmSync(dir, { recursive: true, force: true });
  },
  180_000,
);
