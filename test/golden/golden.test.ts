/**
 * The product's outputs compared with the goldens in test/golden/outputs/. `npm run golden` rewrites
 * them; a golden changes only in a commit of its own that names why.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { removeTempDirs, tempDir } from "../helpers/temp-dir";
import { generatedOutputs, goldenName, goldenWorkbooks, workbookOutputs } from "./outputs";

const DIR = join(__dirname, "outputs");
const UPDATE = process.env.UPDATE_GOLDEN === "1";

afterAll(removeTempDirs);

function compare(name: string, actual: unknown, gzip = false): void {
  const path = join(DIR, `${name}.json${gzip ? ".gz" : ""}`);
  const text = `${JSON.stringify(actual, null, 1)}\n`;
  if (UPDATE) {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(path, gzip ? gzipSync(text, { level: 9 }) : text);
    return;
  }
  if (!existsSync(path)) throw new Error(`No golden ${path}: run npm run golden.`);
  const raw = readFileSync(path);
  const expected: unknown = JSON.parse((gzip ? gunzipSync(raw) : raw).toString("utf8"));
  expect(JSON.parse(text)).toEqual(expected);
}

describe("golden outputs", () => {
  const scratch = tempDir("laa-golden-");

  it.each(goldenWorkbooks())(
    "%s",
    async (workbook) => {
      compare(goldenName(workbook), await workbookOutputs(workbook, scratch));
    },
    60_000
  );

  it.each([1_000, 10_000])(
    "the generated table of %i rows",
    (rows) => {
      compare(`generated-${rows}`, generatedOutputs(rows), true);
    },
    60_000
  );
});
