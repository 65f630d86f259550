/** The command table: every word that calls a command reaches it, and only one command. */
import * as path from "path";
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
