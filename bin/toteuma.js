#!/usr/bin/env node
// The `toteuma` command. The TypeScript sources are compiled to dist-cli by `npm ci` (the prepare script).
"use strict";
let main;
try {
  ({ main } = require("../dist-cli/cli/main.js"));
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND") {
    process.stderr.write(
      "toteuma: komentoa ei ole käännetty — aja ensin `npm ci` tai `npm run build:cli`.\n" +
        "toteuma: the command is not built — run `npm ci` or `npm run build:cli` first.\n",
    );
    process.exit(70);
  }
  throw e;
}
main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`toteuma: odottamaton virhe / unexpected error: ${e && e.message ? e.message : e}\n`);
    process.exitCode = 70;
  },
);
