/**
 * What the product gives today, as data: every CLI command's JSON (and exit code and stderr) for every
 * workbook in examples/ and test/fixtures/, a cell-by-cell dump of every workbook `rag` and `board`
 * write, and the engine's findings on the generated 1k- and 10k-row tables. The golden test compares
 * these with test/golden/outputs/ (written by `npm run golden`), so a change to the engine that changes
 * any output shows up as a diff.
 */
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import ExcelJS from "exceljs";
import { analyse, withDefaults } from "../../src/engine";
import { generateSnapshot } from "../helpers/generated-table";
import { cli, CONFIG, ROOT } from "../cli/run-cli";
import { WorkbookDump, dumpWorkbook } from "../stress/workbook-dump";

/** Workbooks the golden outputs cover, relative to the repository root, in a stable order. */
export function goldenWorkbooks(): string[] {
  const list = (dir: string): string[] =>
    readdirSync(join(ROOT, dir))
      .filter((f) => /\.xls[xm]?$/i.test(f))
      .sort()
      .map((f) => `${dir}/${f}`);
  return [...list("examples"), ...list("test/fixtures"), ...list("test/fixtures/bad")];
}

/** File-system-safe name of a workbook's golden file. */
export function goldenName(workbook: string): string {
  return workbook.replace(/[/\\]/g, "__");
}

/** A command's result with the machine's paths taken out. */
function clean(text: string, out: string): unknown {
  const plain = text.split(out).join("<out>").split(ROOT).join("<root>");
  try {
    return JSON.parse(plain);
  } catch {
    return plain;
  }
}

async function run(args: string[], out: string): Promise<unknown> {
  const r = await cli(...args);
  return { code: r.code, stdout: clean(r.stdout, out), stderr: clean(r.stderr, out) };
}

async function dump(path: string): Promise<unknown> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch {
    return null;
  }
  return compact(dumpWorkbook(wb));
}

/**
 * The dump as a golden holds it: each distinct cell style once in `styles`, and each cell on one line
 * as `[value, numFmt, style number, note]`, so a golden stays small enough to read and review.
 */
function compact(dump: WorkbookDump): unknown {
  const styles: string[] = [];
  const numbers = new Map<string, number>();
  const styleNumber = (style: string): number => {
    let n = numbers.get(style);
    if (n === undefined) {
      n = styles.push(style) - 1;
      numbers.set(style, n);
    }
    return n;
  };
  const sheets = Object.fromEntries(
    Object.entries(dump.sheets).map(([name, sheet]) => [
      name,
      {
        ...sheet,
        cells: Object.fromEntries(
          Object.entries(sheet.cells).map(([address, c]) => [
            address,
            JSON.stringify([c.value, c.numFmt, styleNumber(c.style), c.note]),
          ])
        ),
      },
    ])
  );
  return { ...dump, sheets, styles };
}

/** Workbooks also run during the year they report by quarter, at that as-at date. */
const IN_YEAR: Readonly<Record<string, string>> = {
  "examples/sample-quarterly.xlsx": "2009-11-15",
};

/** Every output for one workbook; `dir` is a scratch folder for the written copies. */
export async function workbookOutputs(workbook: string, dir: string): Promise<unknown> {
  const file = join(ROOT, workbook);
  const asAt = ["--as-at", "2010-06-30"];
  const withConfig = workbook.startsWith("examples/") ? ["--config", CONFIG] : [];
  const ragOut = join(dir, `${goldenName(workbook)}.rag.xlsx`);
  const boardOut = join(dir, `${goldenName(workbook)}.board.xlsx`);
  const rel = relative(ROOT, file);
  return {
    workbook: rel,
    check: await run(["check", file, "--json", ...asAt, ...withConfig], dir),
    checkText: await run(["check", file, "--verbose", ...asAt, ...withConfig], dir),
    rag: await run(["rag", file, "--json", ...asAt, ...withConfig, "--out", ragOut], dir),
    ragImproving: await run(
      ["rag", file, "--json", ...asAt, "--amber", "improving", "--tolerance", "10", ...withConfig],
      dir
    ),
    ragOutlook: await run(
      [
        "rag",
        file,
        "--json",
        ...asAt,
        "--amber",
        "forecast",
        "--reward-pot",
        "2500000",
        ...withConfig,
      ],
      dir
    ),
    ragWorkbook: await dump(ragOut),
    gaps: await run(["gaps", file, "--json", ...withConfig], dir),
    gapsText: await run(["gaps", file, ...withConfig], dir),
    board: await run(["board", file, "--json", ...asAt, ...withConfig, "--out", boardOut], dir),
    boardWorkbook: await dump(boardOut),
    ...(IN_YEAR[workbook] ? await inYearOutputs(file, IN_YEAR[workbook], withConfig, dir) : {}),
  };
}

/** rag and board during the year, and the workbooks they write. */
async function inYearOutputs(
  file: string,
  date: string,
  withConfig: string[],
  dir: string
): Promise<Record<string, unknown>> {
  const asAt = ["--as-at", date];
  const ragOut = join(dir, `in-year-${date}.rag.xlsx`);
  const boardOut = join(dir, `in-year-${date}.board.xlsx`);
  return {
    inYear: {
      asAt: date,
      rag: await run(["rag", file, "--json", ...asAt, ...withConfig, "--out", ragOut], dir),
      ragText: await run(
        ["rag", file, ...asAt, ...withConfig, "--out", `${ragOut}.text.xlsx`],
        dir
      ),
      ragWorkbook: await dump(ragOut),
      board: await run(["board", file, "--json", ...asAt, ...withConfig, "--out", boardOut], dir),
      boardWorkbook: await dump(boardOut),
    },
  };
}

/** The engine's findings, ratings and summary on the bench generator's table of `rows` rows. */
export function generatedOutputs(rows: number): unknown {
  const report = analyse(generateSnapshot(rows), withDefaults({ asAt: "2010-06-30" }));
  return JSON.parse(
    JSON.stringify({
      findings: Array.from(report.findings),
      rag: report.rag,
      summary: report.summary,
    })
  );
}
