// ESLint flat config: TypeScript rules, the Office add-in rules (eslint-plugin-office-addins),
// Prettier for formatting (prettier/prettier reports unformatted code), and the layering of src.
const officeAddins = require("eslint-plugin-office-addins");
const tseslint = require("typescript-eslint");
const prettier = require("eslint-plugin-prettier");
const prettierConfig = require("eslint-config-prettier");

// ---- Layering: which folders of src each folder's code may import (tests may reach across) ----
// model ← text ← i18n ← read ← validate, assess ← summary, template ← edits ← app ← excel, xlsx ← cli,
// taskpane, commands. A folder imports only folders below it, so no import runs back up. Folders that
// do not exist yet (app, summary, template) are declared so that they land in their place.
const UP_TO_READ = ["model", "text", "i18n", "read"];
const UP_TO_CHECKS = [...UP_TO_READ, "validate", "assess"];
const UP_TO_RESULTS = [...UP_TO_CHECKS, "summary", "template"];
const UP_TO_APP = [...UP_TO_RESULTS, "edits", "app"];
const LAYERS = {
  model: [],
  text: ["model"],
  i18n: ["model", "text"],
  read: ["model", "text", "i18n"],
  validate: UP_TO_READ,
  assess: UP_TO_READ,
  summary: UP_TO_CHECKS,
  template: UP_TO_CHECKS,
  edits: UP_TO_RESULTS,
  app: [...UP_TO_RESULTS, "edits"],
  excel: UP_TO_APP,
  xlsx: UP_TO_APP,
  cli: [...UP_TO_APP, "xlsx"],
  taskpane: [...UP_TO_APP, "excel", "xlsx"],
  commands: [...UP_TO_APP, "excel"],
};
/** Pure TypeScript over plain data: no UI, no Office.js, no file formats, no file system. */
const PURE = [...UP_TO_APP];
const NOT_PURE = "^(?:react|react-dom|exceljs|fflate|(?:node:)?fs|@fluentui|@microsoft/office-js)(?:/.*)?$";
const OFFICE_GLOBALS = ["Excel", "Office", "OfficeExtension"];
const PRODUCTION = { ignores: ["**/*.test.ts", "**/*.test.tsx"] };

/** The layering rules of one folder, for its files at each depth (imports are relative paths). */
function layering(folder) {
  const allowed = LAYERS[folder];
  const forbidden = Object.keys(LAYERS).filter((f) => f !== folder && !allowed.includes(f));
  const may = allowed.length > 0 ? `only src/${allowed.join(", src/")}` : "no other folder of src";
  const configs = [];
  for (let depth = 1; depth <= 4; depth++) {
    const up = "\\.\\./".repeat(depth);
    const patterns = [
      {
        regex: `^${up}(?:${forbidden.join("|")})(?:/|$)`,
        caseSensitive: true,
        message: `src/${folder} may import ${may}: layers run one way (README, Development).`,
      },
      {
        regex: `^${up}\\.\\./test(?:/|$)`,
        caseSensitive: true,
        message: "Code in src may not import test code.",
      },
    ];
    if (PURE.includes(folder))
      patterns.push({
        regex: NOT_PURE,
        caseSensitive: true,
        message: `src/${folder} is pure TypeScript over plain data: no React, Fluent UI, Office.js, exceljs, fflate or fs.`,
      });
    configs.push({
      files: [`src/${folder}/${"*/".repeat(depth - 1)}*.{ts,tsx}`],
      ...PRODUCTION,
      rules: { "no-restricted-imports": ["error", { patterns }] },
    });
  }
  if (PURE.includes(folder)) {
    const message = `Office.js belongs in src/excel, not src/${folder}.`;
    configs.push({
      files: [`src/${folder}/**/*.{ts,tsx}`],
      ...PRODUCTION,
      rules: {
        // Values (Excel.run) and types (Excel.RequestContext): the globals of @types/office-js.
        "no-restricted-globals": ["error", ...OFFICE_GLOBALS.map((name) => ({ name, message }))],
        "no-restricted-syntax": [
          "error",
          {
            selector: `TSQualifiedName[left.type="Identifier"][left.name=/^(${OFFICE_GLOBALS.join("|")})$/]`,
            message,
          },
        ],
      },
    });
  }
  return configs;
}

module.exports = tseslint.config(
  { ignores: ["dist/**", "dist-cli/**", "node_modules/**", "coverage/**", "test-results/**", "**/*.js"] },
  ...tseslint.configs.recommended,
  prettierConfig,
  {
    files: ["**/*.ts", "**/*.tsx"],
    plugins: { "office-addins": officeAddins, prettier },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
      "prettier/prettier": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  ...Object.keys(LAYERS).flatMap(layering),
);
