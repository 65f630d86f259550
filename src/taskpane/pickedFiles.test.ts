/**
 * A picked workbook as a summary source: its bytes read by src/xlsx (loaded on first use), its
 * snapshot the same as the file host's, and nothing ever written into it.
 */
import * as fs from "fs";
import * as path from "path";
import { fileHost } from "../cli/fileHost";
import { pickedSource } from "./pickedFiles";

const FILE = path.join(__dirname, "../../test/fixtures/workbooks/summary/perusturva-2025-T2.xlsx");

describe("pickedSource", () => {
  it("reads the picked bytes into the same snapshot as the file host, and refuses every write", async () => {
    const source = pickedSource({
      name: "perusturva-2025-T2.xlsx",
      bytes: new Uint8Array(fs.readFileSync(FILE)),
    });
    expect(source.name).toBe("perusturva-2025-T2.xlsx");
    const host = await source.open();
    expect(await host.snapshot()).toEqual(await fileHost(FILE).snapshot());
    expect(await host.getSetting("statusScale")).toBeNull();
    await expect(host.apply([])).rejects.toThrow("only read");
    await expect(host.setSetting("x", "y")).rejects.toThrow("only read");
  });

  it("gives the reader's sentence for bytes that are not a workbook", async () => {
    const host = pickedSource({ name: "muistio.xlsx", bytes: new TextEncoder().encode("ei työkirja") });
    await expect(host.open()).rejects.toMatchObject({ fi: expect.stringContaining("muistio.xlsx") });
  });
});
