/**
 * The Office.js host's settings: custom document properties of the workbook (`Toteuma.<key>`), one
 * sync each way, kept in the file Excel saves, where the command line reads them (issue 12).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { connect } from "../app";
import { fileHost } from "../cli/fileHost";
import { parseScale, type Scale } from "../assess";
import { createSimulator } from "../../test/simulator";
import { FIXTURES, openXlsx, simulatorFor } from "../../test/simulator/node";
import { createOfficeHost } from "./officeHost";

const FIXTURE = "kasvu-ja-tyollisyys-2026-T1.xlsx";

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "toteuma-settings-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("createOfficeHost() settings", () => {
  it("reads a custom property Toteuma.<key>, case ignored, null for one never made, in one sync", async () => {
    const sim = await simulatorFor(FIXTURE);
    const host = createOfficeHost(sim.run);
    sim.resetStats();
    expect(await host.getSetting("statusScale")).toBeNull();
    expect(sim.stats.syncs).toBe(1);
    await host.setSetting("statusScale", "distance:15");
    expect(sim.stats.syncs).toBe(2);
    expect(sim.customProperties()).toEqual([{ key: "Toteuma.statusScale", value: "distance:15" }]);
    expect(await host.getSetting("STATUSSCALE")).toBe("distance:15");
    // Setting it again replaces the value: one property.
    await host.setSetting("statusScale", "pori");
    expect(sim.customProperties()).toEqual([{ key: "Toteuma.statusScale", value: "pori" }]);
    // Written literally, whatever it looks like.
    await host.setSetting("departments", "=Konsernipalvelut");
    expect(await host.getSetting("departments")).toBe("=Konsernipalvelut");
  });

  it("keeps the properties with the workbook: another simulator over it sees them", async () => {
    const sim = await simulatorFor(FIXTURE);
    await createOfficeHost(sim.run).setSetting("statusScale", "distance:10");
    expect(await createOfficeHost(createSimulator(sim.workbook).run).getSetting("statusScale")).toBe(
      "distance:10",
    );
  });

  it("refuses as Excel does when the workbook is being edited", async () => {
    const sim = await simulatorFor(FIXTURE);
    sim.setEditMode(true);
    await expect(createOfficeHost(sim.run).setSetting("statusScale", "pori")).rejects.toMatchObject({
      reason: expect.any(String),
    });
  });
});

describe("a scale chosen in one host is the scale of the other", () => {
  const DISTANCE = parseScale("distance:10") as Scale;

  it("chosen in the pane (simulator), saved, read by the command line's file host", async () => {
    const sim = await simulatorFor(FIXTURE);
    const pane = connect(createOfficeHost(sim.run));
    expect(await pane.getScale()).toEqual({ kind: "pori" });
    await pane.setScale(DISTANCE);
    expect(await pane.getScale()).toEqual(DISTANCE);
    expect((await pane.status()).scale).toEqual(DISTANCE);
    const file = path.join(tmp, "from-excel.xlsx");
    fs.writeFileSync(file, await sim.save());
    const cli = connect(fileHost(file));
    expect(await cli.getScale()).toEqual(DISTANCE);
    expect((await cli.status()).scale).toEqual(DISTANCE);
  });

  it("chosen on the command line (colour --scale stores it), opened in Excel", async () => {
    const file = path.join(tmp, "from-cli.xlsx");
    const host = fileHost(path.join(FIXTURES, FIXTURE));
    await connect(host).colour({ scale: DISTANCE });
    await host.saveAs(file);
    const sim = createSimulator(await openXlsx(new Uint8Array(fs.readFileSync(file))));
    const pane = connect(createOfficeHost(sim.run));
    expect(await pane.getScale()).toEqual(DISTANCE);
    expect((await pane.status()).scale).toEqual(DISTANCE);
    // The workbook keeps its other parts: saved again from Excel, the property is still one.
    const again = path.join(tmp, "again.xlsx");
    fs.writeFileSync(again, await sim.save());
    expect(await connect(fileHost(again)).getScale()).toEqual(DISTANCE);
  });
});
