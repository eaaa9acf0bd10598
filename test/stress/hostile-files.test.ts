/**
 * Hostile files (issue 29, points 6–8): zip bombs, a stray cell at XFD1048576, 60,000 merged areas,
 * devices and pipes. Each ends with one sentence and exit 2 (or, for the ones that are valid
 * workbooks, a normal check) within 30 s and 1 GB: the compiled CLI runs in a child process with
 * V8's heap capped at 1 GB, so a reader that grew without bound would crash it.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8 } from "fflate";
import { ROOT, SAMPLE, cli, expectOneSentence } from "../cli/run-cli";
import { removeTempDirs, tempDir } from "../helpers/temp-dir";
import {
  entryOf,
  manyMerges,
  rawZip,
  sampleWith,
  strayCell,
  zeros,
} from "../helpers/hostile-files";
import { openPackage } from "../../src/xlsx/package/package";
import { readWorkbook } from "../../src/xlsx/read/read-workbook";

const dir = tempDir("laa-hostile-");
afterAll(removeTempDirs);

function write(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

const CONTENT_TYPES = entryOf(
  "[Content_Types].xml",
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
);

/** The compiled CLI in a child process: 1 GB of heap at most, 30 s at most. */
function bounded(...args: string[]) {
  const started = Date.now();
  const r = spawnSync(
    process.execPath,
    ["--max-old-space-size=1024", join(ROOT, "bin/laa-monitor.js"), ...args],
    { cwd: ROOT, encoding: "utf8", timeout: 30_000 }
  );
  return { ...r, seconds: (Date.now() - started) / 1000 };
}

beforeAll(() => {
  execFileSync(
    process.execPath,
    [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.cli.json"],
    {
      cwd: ROOT,
      stdio: "pipe",
    }
  );
}, 120_000);

describe("zip bombs are refused before they are inflated, naming the limit", () => {
  it.each<[string, () => Uint8Array, RegExp]>([
    [
      "a part that says it is 3.8 GB",
      () =>
        rawZip([
          CONTENT_TYPES,
          { name: "xl/worksheets/sheet1.xml", data: zeros(1), declared: 3_800_000_000 },
        ]),
      /larger than LAA Monitor will open \(a part expands to more than 200 MB\)/,
    ],
    [
      "parts that add up to more than 1 GB",
      () =>
        rawZip([
          CONTENT_TYPES,
          // 400 KB stored each, so no part trips the ratio limit before the total is reached.
          ...[1, 2, 3, 4, 5, 6].map((i) => ({
            name: `xl/media/image${i}.png`,
            data: new Uint8Array(400_000),
            declared: 190_000_000,
          })),
        ]),
      /larger than LAA Monitor will open \(its parts expand to more than 1 GB\)/,
    ],
    [
      "a part that inflates 10,000 times",
      () =>
        rawZip([
          CONTENT_TYPES,
          {
            name: "xl/worksheets/sheet1.xml",
            data: zeros(1).subarray(0, 10_000),
            declared: 100_000_000,
          },
        ]),
      /larger than LAA Monitor will open \(a part expands more than 500 times its stored size\)/,
    ],
    [
      "10,001 parts",
      () =>
        rawZip(
          Array.from({ length: 10_001 }, (_, i) => ({
            name: `p${i}.xml`,
            data: new Uint8Array([3, 0]),
            declared: 0,
          }))
        ),
      /larger than LAA Monitor will open \(it holds 10001 parts, more than 10000\)/,
    ],
  ])("%s", (name, make, message) => {
    const file = write(`${name.replace(/\W+/g, "-")}.xlsx`, make());
    const r = bounded("check", file);
    expect(r.status).toBe(2);
    expectOneSentence(r.stderr);
    expect(r.stderr).toMatch(message);
    expect(r.seconds).toBeLessThan(30);
  });

  it("a directory that lies about a part's size is caught while inflating, not after", async () => {
    // 50 MB of zeros declared as 100 bytes: inflating stops at byte 101.
    const bomb = rawZip([CONTENT_TYPES, { name: "_rels/.rels", data: zeros(50), declared: 100 }]);
    const r = await cli("check", write("liar.xlsx", bomb));
    expect(r.code).toBe(2);
    expectOneSentence(r.stderr);
    expect(r.stderr).toMatch(
      /larger than LAA Monitor will open \(a part expands to more than its zip directory says/
    );
  });

  it("the limits can be raised or lowered with --limits", async () => {
    const r = await cli("check", SAMPLE, "--limits", "part=10KB");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/a part expands to more than 0\.?\d* MB/);
    expect(
      (
        await cli(
          "check",
          SAMPLE,
          "--limits",
          "part=300MB,total=2GB,entries=20000,ratio=800",
          "--as-at",
          "2010-06-30"
        )
      ).code
    ).toBe(0);
    const bad = await cli("check", SAMPLE, "--limits", "part=lots");
    expect(bad.code).toBe(2);
    expectOneSentence(bad.stderr);
  });
});

describe("a sheet that is vast but mostly empty is read sparsely", () => {
  it("a single space in XFD1048576: the check gives the sample's findings, in seconds and under 1 GB", () => {
    const file = write("stray.xlsx", sampleWith(SAMPLE, strayCell));
    const r = bounded("check", file, "--json", "--as-at", "2010-06-30");
    const plain = bounded("check", SAMPLE, "--json", "--as-at", "2010-06-30");
    expect(r.status).toBe(plain.status);
    expect(r.seconds).toBeLessThan(5);
    const findings = (s: string) =>
      (JSON.parse(s) as { files: { findings: unknown[] }[] }).files[0]?.findings;
    expect(findings(r.stdout)).toEqual(findings(plain.stdout));
  });

  it("the stray cell is an area of its own: two small areas, not a grid of 17 billion cells", () => {
    const book = readWorkbook(openPackage(sampleWith(SAMPLE, strayCell), "'stray.xlsx'"));
    const areas = book.snapshot.sheets[0]?.areas ?? [];
    expect(areas.map((a) => [a.origin, a.values.length, a.values[0]?.length])).toEqual([
      [{ row: 0, col: 0 }, 51, 11],
      [{ row: 1_048_575, col: 16_383 }, 1, 1],
    ]);
  });

  it("rag and board write around it and keep it", async () => {
    const file = write("stray-in.xlsx", sampleWith(SAMPLE, strayCell));
    const out = join(dir, "stray-rag.xlsx");
    expect((await cli("rag", file, "--out", out, "--as-at", "2010-06-30")).code).toBe(0);
    const back = readWorkbook(openPackage(new Uint8Array(readFileSync(out)), "x"));
    expect(back.snapshot.sheets[0]?.areas.at(-1)?.values).toEqual([[" "]]);
  });

  it("60,000 merged areas read in seconds", () => {
    const file = write(
      "merges.xlsx",
      sampleWith(SAMPLE, (x) => manyMerges(x))
    );
    const r = bounded("check", file, "--as-at", "2010-06-30");
    expect(r.status).toBe(0);
    expect(r.seconds).toBeLessThan(15);
  });
});

describe("only regular files are read", () => {
  it("check /dev/zero: one sentence, exit 2, at once", () => {
    const r = bounded("check", "/dev/zero");
    expect(r.status).toBe(2);
    expectOneSentence(r.stderr);
    expect(r.stderr).toMatch(/'zero' is not a regular file/);
    expect(r.seconds).toBeLessThan(5);
  });

  it("a named pipe with no writer does not hang the check", () => {
    const fifo = join(dir, "pipe.xlsx");
    execFileSync("mkfifo", [fifo]);
    const r = bounded("check", fifo);
    expect(r.status).toBe(2);
    expectOneSentence(r.stderr);
    expect(r.stderr).toMatch(/not a regular file/);
  });

  it("a file larger than the whole-workbook limit is not read at all", async () => {
    const big = write("big.xlsx", strToU8("PK"));
    const r = await cli("check", big, "--limits", "total=0.000001MB");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/larger than LAA Monitor will open \(the file is more than/);
  });
});
