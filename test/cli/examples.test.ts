import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Finding } from "../../src/engine";
import { removeTempDirs, tempDir } from "../helpers/temp-dir";
import { cli, CONFIG, json, PROBLEMS, ROOT, SAMPLE } from "./run-cli";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildExamples } = require("../../scripts/build-examples.js") as {
  buildExamples: (outDir: string) => Promise<string[]>;
};

interface Planted {
  readonly sheet?: string;
  readonly cell?: string;
  readonly code?: string;
}
type CheckJson = { files: { findings: Finding[]; summary: { errors: number } }[] };

const planted = (
  JSON.parse(readFileSync(join(ROOT, "examples/sources/problems.json"), "utf8")) as {
    problems: Planted[];
  }
).problems.filter((p) => p.code);

afterAll(removeTempDirs);

describe("example workbooks", () => {
  it("the sample partnership checks with no errors (with and without its config)", async () => {
    for (const extra of [[], ["--config", CONFIG]]) {
      const r = await cli("check", SAMPLE, "--json", ...extra);
      expect(json<CheckJson>(r).files[0]?.summary.errors).toBe(0);
      expect(r.code).toBe(0);
    }
  });

  describe("sample-problems.xlsx reports every planted problem at its cell", () => {
    let findings: Finding[] = [];
    beforeAll(async () => {
      const r = await cli("check", PROBLEMS, "--json", "--config", CONFIG);
      expect(r.code).toBe(1);
      findings = json<CheckJson>(r).files[0]?.findings ?? [];
    });
    it.each(
      planted.map((p) => [p.code, p.cell ? `${p.sheet ?? "LAA"}!${p.cell}` : "(no cell)", p])
    )("%s at %s", (_code, _where, p) => {
      const hit = findings.find(
        (f) =>
          f.code === p.code &&
          (p.cell === undefined || (f.cell === p.cell && f.sheet === (p.sheet ?? "LAA")))
      );
      expect(hit).toBeDefined();
    });
    it("plants more than 30 distinct codes", () => {
      expect(new Set(planted.map((p) => p.code)).size).toBeGreaterThanOrEqual(30);
    });
  });

  it("npm run examples regenerates byte-identical workbooks", async () => {
    const dir = tempDir("laa-examples-");
    const [clean, problems] = await buildExamples(dir);
    expect(readFileSync(clean ?? "")).toEqual(readFileSync(SAMPLE));
    expect(readFileSync(problems ?? "")).toEqual(readFileSync(PROBLEMS));
  });
});
