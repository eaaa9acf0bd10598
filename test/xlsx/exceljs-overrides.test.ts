/**
 * package.json's overrides replace ExcelJS's deprecated chains (unzipper 0.12 without fstream, glob 10
 * under archiver-utils). LAA Monitor reads and writes through JSZip, but ExcelJS's streaming reader
 * (unzipper) and writer (archiver) must still work with the versions the overrides give them.
 */
import { join } from "node:path";
import ExcelJS from "exceljs";
import { removeTempDirs, tempDir } from "../helpers/temp-dir";

afterAll(removeTempDirs);

describe("ExcelJS with the overridden dependencies", () => {
  it("streams the sample workbook's rows through unzipper 0.12", async () => {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(
      join(__dirname, "../../examples/sample-partnership.xlsx"),
      {}
    );
    let rows = 0;
    for await (const sheet of reader) for await (const _row of sheet) rows++;
    expect(rows).toBeGreaterThan(50);
  });

  it("streams a workbook out through archiver (glob 10) and reads it back", async () => {
    const file = join(tempDir("laa-stream-"), "out.xlsx");
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file });
    writer.addWorksheet("A").addRow([1, "two"]).commit();
    await writer.commit();
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(file);
    expect(back.getWorksheet("A")?.getCell("B1").value).toBe("two");
  });
});
