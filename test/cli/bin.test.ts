import { execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fixture, ROOT, SAMPLE } from "./run-cli";
import { header, rows } from "./long-table";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { writeGridWorkbook } = require("../../scripts/build-examples.js") as {
  writeGridWorkbook: (sheets: { name: string; rows: unknown[][] }[], file: string) => Promise<void>;
};

/** The real binary, as `npx laa-monitor` runs it: compiled by `npm run build:cli` first. */
describe("bin/laa-monitor.js (compiled)", () => {
  beforeAll(() => {
    // The same compile as `npm run build:cli`; a type error anywhere in src/cli, src/engine or src/xlsx
    // fails here with tsc's own report.
    const tsc = join(ROOT, "node_modules/typescript/bin/tsc");
    try {
      execFileSync(process.execPath, [tsc, "-p", "tsconfig.cli.json"], {
        cwd: ROOT,
        stdio: "pipe",
      });
    } catch (e) {
      const out = (e as { stdout?: Buffer }).stdout?.toString() ?? "";
      throw new Error(`npm run build:cli failed:\n${out}`);
    }
  }, 120_000);

  const bin = (...args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, "bin/laa-monitor.js"), ...args], {
      cwd: ROOT,
      encoding: "utf8",
    });

  it("checks the sample: exit 0 and one JSON document", () => {
    const r = bin("check", SAMPLE, "--json", "--as-at", "2010-06-30");
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as { files: { summary: { errors: number } }[] };
    expect(doc.files[0]?.summary.errors).toBe(0);
  });

  it("refuses a legacy .xls with exit 2 and one sentence on stderr", () => {
    const r = bin("check", fixture("bad/legacy.xls"));
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stdout).toBe("");
  });

  describe("with a reader that stops early", () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), "laa-head-"));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it.each([
      ["--json", ["--json"], '{"files":['],
      ["the list", [], "/"],
    ])(
      "ends without a stack trace when the pipe closes (%s | head)",
      async (_name, extra, starts) => {
        const file = join(dir, "long.xlsx");
        await writeGridWorkbook([{ name: "LAA", rows: [...header, ...rows(4000)] }], file);
        const child = spawn(
          process.execPath,
          [join(ROOT, "bin/laa-monitor.js"), "check", file, ...extra, "--as-at", "2010-06-30"],
          { cwd: ROOT }
        );
        let stderr = "";
        child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
        const first = await new Promise<string>((resolve) =>
          child.stdout.once("data", (d: Buffer) => resolve(d.toString()))
        );
        child.stdout.destroy();
        const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
        expect(first.startsWith(starts)).toBe(true);
        expect(stderr).toBe("");
        expect(code).toBe(1);
      },
      60_000
    );
  });
});
