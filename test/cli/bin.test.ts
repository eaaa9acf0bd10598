import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import { fixture, ROOT, SAMPLE } from "./run-cli";

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
});
