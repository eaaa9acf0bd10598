import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const root = path.resolve(__dirname, "../..");
const eslintBin = path.join(root, "node_modules/eslint/bin/eslint.js");

/** Lints `code` as if it were the file `filePath` in the repository; returns the rule ids reported. */
function lintAs(filePath: string, code: string): string[] {
  const run = spawnSync(
    process.execPath,
    [eslintBin, "--format", "json", "--stdin", "--stdin-filename", filePath],
    { cwd: root, input: code, encoding: "utf8" }
  );
  const results = JSON.parse(run.stdout) as { messages: { ruleId: string | null }[] }[];
  return results.flatMap((r) => r.messages.map((m) => m.ruleId ?? "fatal"));
}

function engineFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? engineFiles(p) : p.endsWith(".ts") ? [p] : [];
  });
}

describe("the engine stays pure", () => {
  it.each([
    ['import React from "react";\nexport const x = React;\n', "no-restricted-imports"],
    [
      'import { Button } from "@fluentui/react-components";\nexport const x = Button;\n',
      "no-restricted-imports",
    ],
    ['import ExcelJS from "exceljs";\nexport const x = ExcelJS;\n', "no-restricted-imports"],
    ['import * as fs from "fs";\nexport const x = fs;\n', "no-restricted-imports"],
    ['import { XlsxHost } from "../xlsx";\nexport const x = XlsxHost;\n', "no-restricted-imports"],
    ["export const x = () => Excel.run;\n", "no-restricted-globals"],
    ["export const x = () => Office.context;\n", "no-restricted-globals"],
    ["export const x = () => window.location;\n", "no-restricted-globals"],
    ["export const x = () => document.title;\n", "no-restricted-globals"],
    ["export const x = () => Date.now();\n", "no-restricted-properties"],
    ["export const x = () => new Date();\n", "no-restricted-syntax"],
  ])(
    "lint rejects %j inside src/engine",
    (code, rule) => {
      expect(lintAs("src/engine/boundary-probe.ts", code)).toContain(rule);
    },
    60_000
  );

  it("allows the same import outside the engine", () => {
    const rules = lintAs(
      "src/xlsx/boundary-probe.ts",
      'import * as fs from "fs";\nexport const x = fs;\n'
    );
    expect(rules).not.toContain("no-restricted-imports");
  }, 60_000);

  it("no engine file imports outside the engine (text scan)", () => {
    const offenders: string[] = [];
    for (const file of engineFiles(path.join(root, "src/engine"))) {
      const text = fs.readFileSync(file, "utf8");
      for (const m of text.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+"([^"]+)"/gm)) {
        const spec = m[1] ?? "";
        const resolved = spec.startsWith(".") ? path.resolve(path.dirname(file), spec) : spec;
        if (!spec.startsWith(".") || !resolved.startsWith(path.join(root, "src/engine"))) {
          offenders.push(`${path.relative(root, file)} imports ${spec}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it("the engine type-checks with no DOM, Node or Office types (tsconfig.engine.json)", () => {
    const config = JSON.parse(fs.readFileSync(path.join(root, "tsconfig.engine.json"), "utf8"));
    expect(config.compilerOptions.types).toEqual([]);
    expect(config.compilerOptions.lib).toEqual(["ES2022"]);
    const tsc = spawnSync(
      process.execPath,
      [path.join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.engine.json"],
      {
        cwd: root,
        encoding: "utf8",
      }
    );
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);
  }, 120_000);
});
