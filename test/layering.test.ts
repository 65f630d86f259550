/**
 * The layering of src (eslint.config.js): a folder imports only the folders below it, the pure folders
 * import no UI, Office.js, file-format or file-system code, and production code no test code. Checked
 * by linting small files placed in the tree as ESLint sees them (they are never written to disk).
 */
import * as path from "path";
import { ESLint } from "eslint";

const ROOT = path.join(__dirname, "..");
const LAYER_RULES = new Set(["no-restricted-imports", "no-restricted-globals", "no-restricted-syntax"]);

let eslint: ESLint;
beforeAll(() => {
  // The repository's own configuration, handed over directly (ESLint would load the file with a
  // dynamic import, which jest does not run); formatting is not what these files are about.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require(path.join(ROOT, "eslint.config.js"));
  eslint = new ESLint({
    cwd: ROOT,
    overrideConfigFile: true,
    overrideConfig: [...config, { rules: { "prettier/prettier": "off" } }],
  });
});

/** The layering complaints about `code` as the file `file` (relative to the repository root). */
async function complaints(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath: path.join(ROOT, file) });
  return result.messages.filter((m) => m.ruleId !== null && LAYER_RULES.has(m.ruleId)).map((m) => m.message);
}

describe("layering of src", () => {
  it.each([
    ["src/read/index.ts", `import { writtenByToteuma } from "../edits/state";`, "src/read may import only"],
    ["src/read/block/row.ts", `import type { Edit } from "../../edits/types";`, "src/read may import only"],
    ["src/model/report.ts", `import { cleanText } from "../text";`, "src/model may import no other folder"],
    ["src/text/clean.ts", `import { readWorkbook } from "../read";`, "src/text may import only src/model"],
    [
      "src/validate/rules/x.ts",
      `import { assessWorkbook } from "../../assess";`,
      "src/validate may import only",
    ],
    ["src/assess/judge.ts", `import { validateWorkbook } from "../validate";`, "src/assess may import only"],
    ["src/edits/colour.ts", `import { applyEdits } from "../xlsx/apply";`, "src/edits may import only"],
    ["src/summary/index.ts", `import { planColour } from "../edits/colour";`, "src/summary may import only"],
    ["src/app/check.ts", `import { OfficeHost } from "../excel/officeHost";`, "src/app may import only"],
    ["src/xlsx/apply.ts", `import { officeHost } from "../excel/officeHost";`, "src/xlsx may import only"],
    ["src/cli/main.ts", `import { App } from "../taskpane/components/App";`, "src/cli may import only"],
    ["src/read/sheet.ts", `import { gridOf } from "../../test/support/mess";`, "may not import test code"],
  ])("%s: %s is refused", async (file, code, message) => {
    const got = await complaints(file, code);
    expect(got).toHaveLength(1);
    expect(got[0]).toContain(message);
  });

  it.each([
    ["src/read/sheet.ts", `import ExcelJS from "exceljs";`],
    ["src/validate/index.ts", `import { readFileSync } from "fs";`],
    ["src/assess/index.ts", `import { readFile } from "node:fs/promises";`],
    ["src/edits/colour.ts", `import { zipSync } from "fflate";`],
    ["src/model/text.ts", `import { useState } from "react";`],
    ["src/i18n/strings.ts", `import { Button } from "@fluentui/react-components";`],
  ])("%s: %s is refused (pure folder)", async (file, code) => {
    const got = await complaints(file, code);
    expect(got).toHaveLength(1);
    expect(got[0]).toContain("is pure TypeScript over plain data");
  });

  it("keeps Office.js, as a value or a type, in src/excel", async () => {
    const code = `export type Ctx = Excel.RequestContext;\nexport const run = () => Excel.run(async () => undefined);`;
    expect(await complaints("src/model/grid.ts", code)).toEqual([
      "Office.js belongs in src/excel, not src/model.",
      "Unexpected use of 'Excel'. Office.js belongs in src/excel, not src/model.",
    ]);
    expect(await complaints("src/excel/apply.ts", code)).toEqual([]);
  });

  it.each([
    ["src/read/index.ts", `import { isFindingsSheet } from "../model/own";`],
    ["src/read/block/index.ts", `import { chooseDepartment } from "../meta";`],
    ["src/validate/rules/x.ts", `import { quote } from "../text";\nimport { cleanText } from "../../text";`],
    ["src/validate/text.ts", `import { cleanText } from "../text";`],
    ["src/edits/findings.ts", `import { sortFindings } from "../validate";`],
    ["src/cli/main.ts", `import { readXlsxFile } from "../xlsx/snapshot";\nimport { readFile } from "fs";`],
    [
      "src/taskpane/index.tsx",
      `import { officeHost } from "../excel/officeHost";\nimport React from "react";`,
    ],
    ["src/xlsx/snapshot.ts", `import ExcelJS from "exceljs";\nimport { planColour } from "../edits/colour";`],
    [
      "src/read/block.test.ts",
      `import { applyEdits } from "../xlsx/apply";\nimport { gridOf } from "../../test/support/mess";`,
    ],
  ])("%s: %s is allowed", async (file, code) => {
    expect(await complaints(file, code)).toEqual([]);
  });
});
