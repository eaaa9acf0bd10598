import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { removeTempDirs, tempDir } from "../helpers/temp-dir";
import { cli, expectOneSentence, fixture, SAMPLE } from "./run-cli";

describe("laa-monitor refuses what it cannot use: exit 2, one sentence, no stack trace", () => {
  it.each([
    ["a missing file", "no-such-file.xlsx", /does not exist/],
    ["a legacy .xls", "bad/legacy.xls", /old-format \.xls/],
    ["a legacy .xls renamed .xlsx", "bad/legacy-renamed.xlsx", /old-format \.xls/],
    ["a password-protected workbook", "bad/password-protected.xlsx", /password-protected/],
    ["a CSV renamed .xlsx", "bad/csv-renamed.xlsx", /not an Excel workbook/],
    ["a truncated zip", "bad/truncated.xlsx", /damaged|incomplete/],
    ["an empty file", "bad/empty.xlsx", /not an Excel workbook|empty/],
  ])("check on %s", async (_what, name, message) => {
    for (const cmd of [["check"], ["check", "--json"], ["gaps"]]) {
      const r = await cli(...cmd, fixture(name));
      expect(r.code).toBe(2);
      expectOneSentence(r.stderr);
      expect(r.stderr).toMatch(message);
    }
  });

  it("still checks the readable files when one of several cannot be read", async () => {
    const r = await cli("check", fixture("bad/legacy.xls"), SAMPLE, "--json");
    expect(r.code).toBe(2);
    expectOneSentence(r.stderr);
    expect(
      (JSON.parse(r.stdout) as { files: { file: string }[] }).files.map((f) => f.file)
    ).toEqual([SAMPLE]);
  });

  it.each([
    ["an unknown option", ["check", SAMPLE, "--bogus"], /unknown option/i],
    ["no file", ["check"], /missing required argument/i],
    ["an unknown command", ["chek", SAMPLE], /unknown command/i],
    ["an impossible as-at date", ["check", SAMPLE, "--as-at", "2010-02-30"], /--as-at/],
    [
      "an as-at date written month first",
      ["check", SAMPLE, "--as-at", "06/30/2010"],
      /day first, e\.g\. 30\/06\/2010, or as 2010-06-30/,
    ],
    [
      "a tolerance that is not a number",
      ["rag", SAMPLE, "--out", "x.xlsx", "--tolerance", "five"],
      /--tolerance/,
    ],
    [
      "an unknown amber rule",
      ["rag", SAMPLE, "--out", "x.xlsx", "--amber", "kind"],
      /use --amber tolerance, improving or forecast\.\n$/,
    ],
    ["rag without --out", ["rag", SAMPLE], /--out/],
    [
      "rag with a bad date and no --out: the date first, as it is what is wrong in what was typed",
      ["rag", SAMPLE, "--as-at", "31/02/2010"],
      /^--as-at "31\/02\/2010" is not a date/,
    ],
    [
      "board with a bad tolerance and no --out: the tolerance first",
      ["board", SAMPLE, "--tolerance", "five"],
      /^--tolerance/,
    ],
    [
      "a reward pot that is not money",
      ["rag", SAMPLE, "--json", "--reward-pot", "lots"],
      /--reward-pot/,
    ],
    [
      "a reward pot of nothing",
      ["board", SAMPLE, "--out", "b.xlsx", "--reward-pot", "0"],
      /--reward-pot/,
    ],
    ["rag with --out and --in-place", ["rag", SAMPLE, "--out", "x.xlsx", "--in-place"], /not both/],
    ["rag writing over its input", ["rag", SAMPLE, "--out", SAMPLE], /input file/],
    ["an --out that is not .xlsx", ["board", SAMPLE, "--out", "board.pdf"], /\.xlsx/],
    ["a bad --year", ["board", SAMPLE, "--out", "b.xlsx", "--year", "next year"], /--year/],
  ])("%s", async (_what, args, message) => {
    const r = await cli(...args);
    expect(r.code).toBe(2);
    expectOneSentence(r.stderr);
    expect(r.stderr).toMatch(message);
  });

  describe("--config", () => {
    let dir = "";
    beforeAll(() => {
      dir = tempDir("laa-config-");
    });
    afterAll(removeTempDirs);
    const write = (name: string, text: string): string => {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    };
    it.each([
      ["an unknown key", '{"tolerence": 5}', /"tolerence"/],
      ["a tolerance out of range", '{"tolerancePercent": 150}', /"tolerancePercent"/],
      ["an unknown amber rule", '{"amberRule": "lenient"}', /"amberRule"/],
      ["a reward pot that is not a number", '{"rewardPot": "2.5m"}', /"rewardPot"/],
      [
        "a reward threshold above 100",
        '{"rewardThresholdPercent": 160}',
        /"rewardThresholdPercent"/,
      ],
      ["a reward cap of 0", '{"rewardCapPercent": 0}', /"rewardCapPercent"/],
      ["an unknown profile", '{"profile": "seasonal"}', /"profile"/],
      ["cumulative as a list", '{"cumulative": ["NI 156"]}', /"cumulative"/],
      ["cumulative as a word", '{"cumulative": {"NI 156": "no"}}', /"cumulative\.NI 156"/],
      ["partners that are not a list", '{"partners": "Salford City Council"}', /"partners"/],
      ["an alias to nothing", '{"partnerAliases": {"PCT": ""}}', /"partnerAliases\.PCT"/],
      [
        "a bad severity",
        '{"severities": {"target.stretch": "fatal"}}',
        /"severities\.target\.stretch"/,
      ],
      ["a bad code", '{"severities": {"Target Stretch": "off"}}', /"severities\.Target Stretch"/],
      ["not an object", "[1, 2]", /one JSON object/],
      ["invalid JSON", '{"partners": [}', /not valid JSON/],
    ])("rejects %s, naming the key", async (_what, text, message) => {
      const r = await cli(
        "check",
        SAMPLE,
        "--config",
        write(`${_what.replace(/\W+/g, "-")}.json`, text)
      );
      expect(r.code).toBe(2);
      expectOneSentence(r.stderr);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe("");
    });
    it("rejects a missing config file", async () => {
      const r = await cli("check", SAMPLE, "--config", join(dir, "none.json"));
      expect(r.code).toBe(2);
      expectOneSentence(r.stderr);
    });
  });

  it("--help and --version exit 0", async () => {
    expect((await cli("--help")).code).toBe(0);
    const v = await cli("--version");
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
