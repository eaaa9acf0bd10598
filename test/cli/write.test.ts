import { copyFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { removeTempDirs, tempDir } from "../helpers/temp-dir";
import { cli, expectOneSentence, fixture, json, SAMPLE, sha256 } from "./run-cli";

type RagJson = {
  files: {
    file: string;
    out?: string;
    rag: {
      sheet: string;
      indicator: string;
      year: string;
      status: string;
      direction?: string;
      cell?: string;
    }[];
    summary: { errors: number };
  }[];
};

const tmp = (): string => tempDir("laa-cli-");
afterAll(removeTempDirs);

async function cellText(file: string, sheet: string, address: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return String(wb.getWorksheet(sheet)?.getCell(address).value ?? "");
}

/** Every cell's value of every sheet, as text, for before/after comparisons. */
async function allValues(file: string): Promise<Record<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: Record<string, string> = {};
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((c) => (out[`${ws.name}!${c.address}`] = JSON.stringify(c.value)))
    )
  );
  return out;
}

const status = (doc: RagJson, indicator: string, year: string): string | undefined =>
  doc.files[0]?.rag.find((r) => r.indicator === indicator && r.year === year)?.status;

describe("laa-monitor rag", () => {
  it("rates the sample as an officer would at 2010-06-30 and writes the words where it says", async () => {
    const out = join(tmp(), "rated.xlsx");
    const before = sha256(SAMPLE);
    const r = await cli("rag", SAMPLE, "--out", out, "--as-at", "2010-06-30", "--json");
    expect(r.code).toBe(0);
    const doc = json<RagJson>(r);
    expect(doc.files[0]?.out).toBe(out);
    expect(status(doc, "NI 154", "2009/10")).toBe("red"); // 1,420 homes against 2,400
    expect(status(doc, "NI 6", "2009/10")).toBe("green"); // 23.1% against 23%
    expect(status(doc, "NI 7", "2009/10")).toBe("amber"); // 17.0% against 17.5%: 2.9% short
    expect(status(doc, "NI 1", "2009/10")).toBe("not-collected"); // no Place Survey in 2009/10
    expect(status(doc, "NI 186", "2009/10")).toBe("awaiting-data"); // CO2 figures lag 21 months
    expect(status(doc, "NI 16", "2008/09")).toBe("green"); // lower is better: 13.4 against 14.1
    const written = (doc.files[0]?.rag ?? []).filter((x) => x.cell);
    expect(written.length).toBeGreaterThan(90);
    for (const x of written.slice(0, 12)) {
      const word = {
        green: "Green",
        amber: "Amber",
        red: "Red",
        "no-data": "No data",
        "awaiting-data": "Awaiting data",
        "not-collected": "Not collected",
      }[x.status];
      expect(await cellText(out, x.sheet, x.cell ?? "")).toMatch(new RegExp(`^${word}`));
    }
    expect(sha256(SAMPLE)).toBe(before);
  });

  it("--tolerance and --amber change the rating (NI 20 and NI 112 in 2009/10)", async () => {
    const dir = tmp();
    const rate = async (...args: string[]): Promise<RagJson> =>
      json<RagJson>(
        await cli(
          "rag",
          SAMPLE,
          "--out",
          join(dir, "r.xlsx"),
          "--force",
          "--as-at",
          "2010-06-30",
          "--json",
          ...args
        )
      );
    // NI 20: 6.9 against 6.4 (lower is better) misses by 7.8%: Red at 5%, Amber at 10%.
    expect(status(await rate(), "NI 20", "2009/10")).toBe("red");
    expect(status(await rate("--tolerance", "10"), "NI 20", "2009/10")).toBe("amber");
    // NI 112: 34.9 against 29.5 is far off, but better than 36.8 the year before.
    expect(status(await rate(), "NI 112", "2009/10")).toBe("red");
    expect(status(await rate("--amber", "improving"), "NI 112", "2009/10")).toBe("amber");
  });

  it("running again in place on its own output changes nothing", async () => {
    const dir = tmp();
    const once = join(dir, "once.xlsx");
    expect((await cli("rag", SAMPLE, "--out", once, "--as-at", "2010-06-30")).code).toBe(0);
    const first = await allValues(once);
    const r = await cli("rag", once, "--in-place", "--as-at", "2010-06-30");
    expect(r.code).toBe(0);
    expect(await allValues(once)).toEqual(first);
  });

  it("writes nothing to a protected sheet and says so", async () => {
    const out = join(tmp(), "never.xlsx");
    const r = await cli(
      "rag",
      fixture("protected-sheet.xlsx"),
      "--out",
      out,
      "--as-at",
      "2010-06-30"
    );
    expect(r.code).toBe(2);
    expectOneSentence(r.stderr);
    expect(r.stderr).toMatch(/protected/);
    expect(existsSync(out)).toBe(false);
  });

  it("a table with headers but no indicator rows: no file written, one sentence why, no empty listing", async () => {
    const dir = tmp();
    const input = join(dir, "headers-only.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("LAA").addRow([
      "Priority",
      "Indicator",
      "Baseline",
      "2008/09",
      "2009/10",
      "2010/11",
      "Lead partners",
      "Actual 2008/09",
    ]);
    await wb.xlsx.writeFile(input);
    const out = join(dir, "never.xlsx");
    const r = await cli("rag", input, "--out", out, "--as-at", "2010-06-30");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/The LAA table at 'LAA'!A1:H1 has no indicator rows under its header/);
    expect(r.stdout).not.toMatch(/Where\s+Indicator/);
    expect(existsSync(out)).toBe(false);
  });

  it("--in-place changes only the file it is given", async () => {
    const copy = join(tmp(), "copy.xlsx");
    copyFileSync(SAMPLE, copy);
    const before = sha256(SAMPLE);
    expect((await cli("rag", copy, "--in-place", "--as-at", "2010-06-30")).code).toBe(0);
    expect(await cellText(copy, "LAA", "L5")).toMatch(/^RAG 20/);
    expect(sha256(SAMPLE)).toBe(before);
  });
});

describe("laa-monitor gaps", () => {
  it("--json prints the GapView: seven ambitions and every ordered pair", async () => {
    const r = await cli("gaps", SAMPLE, "--json");
    const view = JSON.parse(r.stdout) as { ambitions: { name: string }[]; pairs: unknown[] };
    expect(view.ambitions.map((a) => a.name)).toEqual([
      "Resilient communities",
      "Affordable housing",
      "Lives not services",
      "Economic growth",
      "Safer communities",
      "Environment",
      "Working together",
    ]);
    expect(view.pairs).toHaveLength(7 * 6);
    expect(r.code).toBe(0);
  });

  it("prints a numbered matrix with a legend", async () => {
    const r = await cli("gaps", SAMPLE);
    expect(r.stdout).toMatch(/\n {7}1 {2}2 {2}3 {2}4 {2}5 {2}6 {2}7\n/);
    // The same marks as the task pane's matrix: ✓ ✗ ○ ·, and — for an ambition against itself.
    expect(r.stdout).toMatch(/\n {4}1 {2}— {2}[✓✗○·]/);
    expect(r.stdout).toContain(
      "Legend: ✓ claimed and evidenced; ✗ claimed, no evidence (a gap); ○"
    );
  });
});

describe("laa-monitor board", () => {
  it("adds 'Board status <as-at>' to a copy and leaves the input alone", async () => {
    const out = join(tmp(), "board.xlsx");
    const before = sha256(SAMPLE);
    const r = await cli(
      "board",
      SAMPLE,
      "--out",
      out,
      "--as-at",
      "2010-06-30",
      "--year",
      "2009/10"
    );
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "LAA",
      "Cross-cutting",
      "Board status 2010-06-30",
    ]);
    expect(sha256(SAMPLE)).toBe(before);
  });

  it("rates with --tolerance and --amber as rag does, and says so on the sheet", async () => {
    const legend = async (...opts: string[]): Promise<string[]> => {
      const out = join(tmp(), "board.xlsx");
      const r = await cli("board", SAMPLE, "--out", out, "--as-at", "2010-06-30", ...opts);
      expect(r.code).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      const texts: string[] = [];
      wb.getWorksheet("Board status 2010-06-30")?.eachRow((row) =>
        row.eachCell((c) => {
          if (typeof c.value === "string") texts.push(c.value);
        })
      );
      return texts;
    };
    const wide = await legend("--tolerance", "10", "--amber", "improving");
    expect(wide).toContain(
      "Green = on or better than target; Amber = within 10% of target, or off target but better than last year; Red = off target by more than 10% and not improving."
    );
    expect(
      wide.some((t) =>
        t.startsWith(
          'Rated with: as at 30 June 2010; Amber tolerance 10%; Amber rule "off target, but improving on last year";'
        )
      )
    ).toBe(true);
    expect(await legend()).toContain(
      "Green = on or better than target; Amber = off target by no more than 5%; Red = off target by more than 5%."
    );
  });
});

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { writeGridWorkbook } = require("../../scripts/build-examples.js") as {
  writeGridWorkbook: (sheets: unknown[], file: string) => Promise<void>;
};

type OutlookJson = {
  files: {
    out?: string;
    rag: { indicator: string; year: string; status: string; reason: string }[];
    forecasts: {
      sheet: string;
      indicator: string;
      year: string;
      projected: number | null;
      target: number;
      status: string;
      reason: string;
    }[];
    reward: {
      pot: number | null;
      threshold: number;
      cap: number;
      targets: {
        indicator: string;
        achievement: number | null;
        trigger: number | null;
        share: number | null;
        amount: number | null;
      }[];
      total: number | null;
    };
  }[];
};

describe("laa-monitor rag: forecast and reward", () => {
  it("rates without writing, and gives a forecast for every 2010/11 target and a reward for every designated target", async () => {
    const before = sha256(SAMPLE);
    const r = await cli(
      "rag",
      SAMPLE,
      "--as-at",
      "2010-06-30",
      "--reward-pot",
      "2500000",
      "--json"
    );
    expect(r.code).toBe(0);
    const [file] = json<OutlookJson>(r).files;
    expect(file?.out).toBeUndefined();
    expect(sha256(SAMPLE)).toBe(before);
    const rag = (indicator: string, year: string) =>
      file?.rag.find((x) => x.indicator === indicator && x.year === year);
    expect(rag("NI 1", "2009/10")).toMatchObject({
      status: "not-collected",
      reason: "Place Survey not run in 2009/10",
    });
    expect(rag("NI 4", "2009/10")?.status).toBe("not-collected");
    expect(rag("NI 186", "2009/10")?.reason).toMatch(/^due about Sep 2011/);
    // all 46 rows of the sample have a numeric 2010/11 target
    expect(file?.forecasts).toHaveLength(46);
    expect(new Set(file?.forecasts.map((f) => f.year))).toEqual(new Set(["2010/11"]));
    expect(file?.forecasts.find((f) => f.indicator === "NI 154")).toMatchObject({
      status: "off-track",
      projected: 1040,
      target: 2550,
    });
    const reward = file?.reward;
    expect(reward).toMatchObject({ pot: 2500000, threshold: 60, cap: 100 });
    // 46 rows less 12 statutory education targets and 1 local indicator
    expect(reward?.targets).toHaveLength(33);
    expect(reward?.targets.map((t) => t.indicator)).not.toContain("NI 72");
    const sum = (reward?.targets ?? []).reduce((n, t) => n + (t.amount ?? 0), 0);
    expect(reward?.total).toBe(sum);
    expect(sum).toBeGreaterThan(0);
    expect(sum).toBeLessThanOrEqual(2500000);
  });

  it("without a pot: shares and triggers, no amounts", async () => {
    const [file] = json<OutlookJson>(
      await cli("rag", SAMPLE, "--as-at", "2010-06-30", "--json")
    ).files;
    expect(file?.reward.pot).toBeNull();
    expect(file?.reward.total).toBeNull();
    expect(file?.reward.targets.every((t) => t.amount === null)).toBe(true);
    expect(file?.reward.targets.find((t) => t.indicator === "NI 16")).toMatchObject({
      achievement: 93.3,
      share: 93.3,
      trigger: 13.7,
    });
  });

  it("--amber forecast makes a Red that is on track for 2010/11 Amber", async () => {
    const file = join(tmp(), "on-track.xlsx");
    await writeGridWorkbook(
      [
        {
          name: "LAA",
          rows: [
            [
              "Indicator",
              "Baseline",
              "2008/09",
              "2009/10",
              "2010/11",
              "Actual 2008/09",
              "Actual 2009/10",
            ],
            // 60 → 75 → 90 reaches 105 by 2010/11 (target 104); 90 is 10% short of 100 in 2009/10
            ["NI 154 Net additional homes provided", "60 (2007/08)", 70, 100, 104, 75, 90],
          ],
        },
      ],
      file
    );
    const rate = async (amber: string) =>
      json<OutlookJson>(
        await cli("rag", file, "--as-at", "2010-06-30", "--json", "--amber", amber)
      ).files[0]?.rag.find((x) => x.year === "2009/10")?.status;
    expect(await rate("tolerance")).toBe("red");
    expect(await rate("forecast")).toBe("amber");
  });

  it("prints the forecast beside the ratings, and the counts and reward under them", async () => {
    const r = await cli(
      "rag",
      SAMPLE,
      "--as-at",
      "2010-06-30",
      "--out",
      join(tmp(), "r.xlsx"),
      "--reward-pot",
      "2,500,000"
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Likely to achieve 2010\/11\?/);
    expect(r.stdout).toMatch(/LAA row 6 +NI 1 +Green ▲ +Not collected +Unknown/);
    expect(r.stdout).toMatch(
      /Likely to achieve 2010\/11: \d+ on track, \d+ at risk, \d+ off track, \d+ unknown \(46 indicators with a target\)/
    );
    expect(r.stdout).toMatch(
      /Reward \(estimate\): 33 designated targets, \d+ past the 60% trigger; £[\d,]+ of £2,500,000\./
    );
  });
});

describe("a monitoring workbook: actions, data due and the reward element", () => {
  const MONITORING = fixture("monitoring.xlsx");

  it("asks for an action only where a Red or an off-track target has none", async () => {
    const r = await cli("check", MONITORING, "--as-at", "2010-06-30", "--json");
    const doc = json<{ files: { findings: { code: string; indicator?: string }[] }[] }>(r);
    const flagged = doc.files[0]?.findings
      .filter((f) => f.code === "exception.no-action")
      .map((f) => f.indicator);
    expect(flagged).toEqual(["NI 4", "NI 20"]);
  });

  it("reads the Data available column (text and a date cell) and the Reward element column", async () => {
    const r = await cli(
      "rag",
      MONITORING,
      "--as-at",
      "2010-06-30",
      "--json",
      "--reward-pot",
      "1000000"
    );
    const [file] = json<OutlookJson>(r).files;
    const rag = (indicator: string) =>
      file?.rag.find((x) => x.indicator === indicator && x.year === "2009/10");
    expect(rag("NI 4")).toMatchObject({ status: "not-collected", reason: "No survey in 2009/10" });
    expect(rag("NI 186")).toMatchObject({ status: "awaiting-data" });
    expect(rag("NI 186")?.reason).toMatch(/^due about Sep 2011 \(the table says "2011-09-30"\)/);
    expect(file?.reward.targets.map((t) => t.indicator)).toEqual([
      "NI 4",
      "NI 154",
      "NI 20",
      "NI 16",
      "NI 186",
    ]);
  });
});
