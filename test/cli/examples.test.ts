import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Finding } from "../../src/engine";
import { removeTempDirs, tempDir } from "../helpers/temp-dir";
import { cli, CONFIG, json, PROBLEMS, QUARTERLY, ROOT, SAMPLE } from "./run-cli";

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
type RagJson = {
  files: {
    rag: {
      indicator: string;
      year: string;
      period: string;
      status: string;
      profiled: number | null;
      reason: string;
      cell?: string;
    }[];
  }[];
};

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

  describe("sample-quarterly.xlsx at 15 November 2009", () => {
    let rag: RagJson["files"][number]["rag"] = [];
    beforeAll(async () => {
      const r = await cli("rag", QUARTERLY, "--as-at", "2009-11-15", "--json", "--config", CONFIG);
      expect(r.code).toBe(0);
      rag = json<RagJson>(r).files[0]?.rag ?? [];
    });
    const of = (indicator: string, year = "2009/10") =>
      rag.find((x) => x.indicator === indicator && x.year === year);

    it("checks with no errors", async () => {
      const r = await cli("check", QUARTERLY, "--json", "--as-at", "2009-11-15");
      expect(json<CheckJson>(r).files[0]?.summary.errors).toBe(0);
    });

    it("rates every indicator with in-year figures at its latest published quarter, against a profiled target", () => {
      const inYear = rag.filter((x) => x.year === "2009/10" && x.period !== "year");
      expect(inYear.length).toBeGreaterThanOrEqual(20);
      for (const x of inYear.filter((y) => ["green", "amber", "red"].includes(y.status))) {
        expect(x.profiled).not.toBeNull();
        expect(x.reason).toMatch(/profiled target/);
      }
      // A count against the table's own target to date, one spread evenly, a rate's own target.
      expect(of("NI 154")).toMatchObject({ period: "Q2", status: "red", profiled: 1100 });
      expect(of("NI 155")).toMatchObject({ period: "Q2", status: "green", profiled: 300 });
      expect(of("NI 192")).toMatchObject({ period: "Q2", status: "green", profiled: 43 });
      // NI 152's Q2 comes about six months after the quarter; NI 151 has nothing published yet.
      expect(of("NI 152")).toMatchObject({ period: "Q1", status: "red" });
      expect(of("NI 151")).toMatchObject({ period: "Q2", status: "awaiting-data", profiled: null });
      // The annual ratings are as before.
      expect(of("NI 154", "2008/09")).toMatchObject({ period: "year", profiled: 2250 });
      expect(of("NI 1")).toMatchObject({ period: "year", status: "not-collected", profiled: null });
    });

    it("says the board's counts in the words of the rag summary and the pane (Not due)", async () => {
      const dir = tempDir("laa-quarterly-board-");
      const args = ["--as-at", "2009-11-15", "--config", CONFIG, "--out", join(dir, "b.xlsx")];
      const board = await cli("board", QUARTERLY, ...args);
      expect(board.stdout).toContain(
        "46 indicators at Q2 2009/10 (9 Green, 9 Amber, 4 Red, 1 No data, 1 Awaiting data, 5 Not collected, 17 Not due)"
      );
      const rag = await cli(
        "rag",
        QUARTERLY,
        "--as-at",
        "2009-11-15",
        "--config",
        CONFIG,
        "--json"
      );
      expect(json<RagJson>(rag).files[0]?.rag.filter((x) => x.status === "not-due")).toHaveLength(
        17
      );
    });

    it("says what an in-year arrow compares with", async () => {
      const dir = tempDir("laa-quarterly-rag-");
      const args = ["--as-at", "2009-11-15", "--out", join(dir, "r.xlsx")];
      expect((await cli("rag", QUARTERLY, ...args)).stdout).toContain(
        "Direction of travel, against the previous year (during the year, against the same period last year, or else the previous period): ▲ improving"
      );
    });

    it("takes cumulative overrides from the config file: NI 156 as a count", async () => {
      const dir = tempDir("laa-quarterly-config-");
      const config = join(dir, "config.json");
      writeFileSync(config, JSON.stringify({ cumulative: { "NI 156": true }, profile: "even" }));
      const r = await cli("rag", QUARTERLY, "--as-at", "2009-11-15", "--json", "--config", config);
      const ni156 = json<RagJson>(r).files[0]?.rag.find(
        (x) => x.indicator === "NI 156" && x.year === "2009/10"
      );
      // 305 + 292 to date against half of 280: far above the profile of a lower-is-better count.
      expect(ni156).toMatchObject({ period: "Q2", profiled: 140, status: "red" });
      expect(of("NI 156")).toMatchObject({ profiled: 280, status: "amber" });
    });
  });

  it("npm run examples regenerates byte-identical workbooks", async () => {
    const dir = tempDir("laa-examples-");
    const [clean, problems, quarterly] = await buildExamples(dir);
    expect(readFileSync(clean ?? "")).toEqual(readFileSync(SAMPLE));
    expect(readFileSync(problems ?? "")).toEqual(readFileSync(PROBLEMS));
    expect(readFileSync(quarterly ?? "")).toEqual(readFileSync(QUARTERLY));
  });
});
