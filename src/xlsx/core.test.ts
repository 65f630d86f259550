/**
 * core.ts is what the task pane may bundle: nothing it imports, directly or not, may use Node
 * (fs, path, Buffer, process). The command line's file.ts is the only Node edge of src/xlsx.
 */
import * as fs from "fs";
import * as path from "path";

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  return [...text.matchAll(/^(?:import|export)\s[^;]*?from\s+"([^"]+)"/gm)].map((m) => m[1]);
}

it("core.ts and everything it imports from src stay free of Node", () => {
  const seen = new Set<string>();
  const queue = [path.join(__dirname, "core.ts")];
  const external = new Set<string>();
  while (queue.length) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = fs.readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
    expect({ file, node: /(?<![.\w])(Buffer|process|require)\b|__dirname/.exec(text)?.[0] ?? null }).toEqual({
      file,
      node: null,
    });
    for (const spec of importsOf(file)) {
      if (spec.startsWith(".")) queue.push(path.resolve(path.dirname(file), spec) + ".ts");
      else external.add(spec);
    }
  }
  // Reading no longer goes through exceljs (cells.ts reads the sheet XML): fflate is the only package.
  expect([...external].sort()).toEqual(["fflate"]);
  expect([...seen].map((f) => path.basename(f))).not.toContain("file.ts");
});
