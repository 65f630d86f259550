/** The manifest is valid against Microsoft's schemas and the project's rules; broken copies are not. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { validate, selfCheck } = require("../scripts/validate-manifest.js") as {
  validate(file: string): string[];
  selfCheck(file: string): boolean;
};

const manifest = path.join(__dirname, "..", "manifest.xml");

function withCopy(mutate: (xml: string) => string): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "manifest-test-"));
  const copy = path.join(dir, "manifest.xml");
  const xml = fs.readFileSync(manifest, "utf8");
  const broken = mutate(xml);
  expect(broken).not.toBe(xml);
  fs.writeFileSync(copy, broken);
  try {
    return validate(copy);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe("manifest.xml", () => {
  it("is valid", () => {
    expect(validate(manifest)).toEqual([]);
  });

  it("fails on an element the schema does not know", () => {
    const errors = withCopy((s) =>
      s.replace("<ProviderName>", "<Provider>").replace("</ProviderName>", "</Provider>"),
    );
    expect(errors.join("\n")).toMatch(/Provider/);
  });

  it("fails on a button without an action", () => {
    const errors = withCopy((s) => s.replace(/<Action xsi:type="ShowTaskpane">[\s\S]*?<\/Action>/, ""));
    expect(errors.length).toBeGreaterThan(0);
  });

  it("fails on a resource id that does not exist", () => {
    const errors = withCopy((s) => s.replace('resid="Toteuma.Status.Label"', 'resid="Toteuma.Nothing"'));
    expect(errors).toContain("resid Toteuma.Nothing has no resource");
  });

  it("has the three Toteuma buttons on the Home tab, each with Finnish and English labels", () => {
    const xml = fs.readFileSync(manifest, "utf8");
    for (const [fi, en] of [
      ["Avaa Toteuma", "Open Toteuma"],
      ["Tarkista raportti", "Check report"],
      ["Mittareiden tila", "Measure status"],
    ]) {
      expect(xml).toContain(`DefaultValue="${fi}"`);
      expect(xml).toContain(`Value="${en}"`);
    }
    expect(xml).toContain("taskpane.html?view=validate");
    expect(xml).toContain("taskpane.html?view=status");
  });

  it("passes the script's own self-check of eight broken manifests", () => {
    const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
    try {
      expect(selfCheck(manifest)).toBe(true);
    } finally {
      log.mockRestore();
    }
  });
});
