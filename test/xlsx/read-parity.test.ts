/**
 * The package reader gives the engine the snapshot the ExcelJS reader gave, on every example and
 * fixture (values, number formats, merges, tables, protection, visibility, ownership record).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { loadWorkbook } from "../../src/xlsx";
import { snapshotFromWorkbook } from "../helpers/exceljs-snapshot";
import { openPackage } from "../../src/xlsx/package/package";
import { readWorkbook } from "../../src/xlsx/read/read-workbook";

const ROOT = join(__dirname, "../..");
const FILES = ["examples", "test/fixtures"].flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => `${dir}/${f}`)
);

describe("the package reader matches the ExcelJS reader", () => {
  it.each(FILES)("%s", async (file) => {
    const bytes = readFileSync(join(ROOT, file));
    const old = snapshotFromWorkbook(await loadWorkbook(bytes));
    const now = readWorkbook(openPackage(bytes, "'x'")).snapshot;
    // ExcelJS's reader knows nothing of styled cells (notes, drop-downs, formats on empty cells).
    const plain = now.sheets.map(({ styled: _styled, ...rest }) => rest);
    expect(JSON.parse(JSON.stringify({ ...now, sheets: plain }))).toEqual(
      JSON.parse(JSON.stringify(old))
    );
  });
});
