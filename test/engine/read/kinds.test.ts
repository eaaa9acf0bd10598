import { NATIONAL_INDICATORS } from "../../../src/engine/catalog";
import { LaaTable } from "../../../src/engine/model/table";
import { readWorkbook } from "../../../src/engine/read";
import { addRowKinds, KIND, recordedKinds } from "../../../src/engine/read/kinds";
import { GOV_HEADER, workbook } from "../../helpers/grid";
import { row } from "../rules/check";

const read = (rows: ReturnType<typeof row>[]): LaaTable => {
  const [table] = readWorkbook(workbook([{ rows: [...GOV_HEADER, ...rows] }]), NATIONAL_INDICATORS);
  if (!table) throw new Error("no table read");
  return table;
};

describe("value kinds recorded when a table's rows are read", () => {
  it.each([
    ["plain numbers", [row()]],
    ["a placeholder baseline and an empty target", [row(), row({ C: "TBC", D: "" })]],
    ["errors, text and relative targets", [row({ D: "#N/A", E: "reduce by 5%", F: "soon" })]],
    ["provisional and undated numbers", [row({ C: "48% (provisional)" }), row({ C: 45 })]],
  ])("equal the kinds of the rows read (%s)", (_, rows) => {
    const table = read(rows);
    const fromRows: [number, number, number] = [0, 0, 0];
    for (const r of table.rows) addRowKinds(fromRows, r);
    expect(recordedKinds(table)).toEqual(fromRows);
  });

  it("tell the kinds apart field by field", () => {
    const table = read([row({ C: "TBC", D: "#N/A" })]);
    expect(table.rows).toHaveLength(1);
    const [baseline, targets] = recordedKinds(table) ?? [0, 0];
    expect(baseline & KIND.placeholder).toBe(KIND.placeholder);
    expect(baseline & KIND.error).toBe(0);
    expect(targets & KIND.error).toBe(KIND.error);
  });

  it("are absent until the rows are read (a chunk's kinds are the rules' to work out)", () => {
    expect(recordedKinds(read([row()]))).toBeUndefined();
  });

  it("are absent for a table the reader did not make (rules then work them out)", () => {
    const table = read([row()]);
    expect(recordedKinds({ ...table })).toBeUndefined();
  });
});
