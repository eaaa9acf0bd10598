import { CellValue } from "../../../src/engine";
import { govTable, row } from "./check";

const CODE = "target.not-yet-set";
type Case = [string, CellValue[][], [string, string][]];
const EYFS = "NI 72 Achievement of at least 78 points across the Early Years Foundation Stage";

describe(CODE, () => {
  it.each<Case>([
    ["a statutory education target for 2010/11 reading N/A", [row({ B: EYFS, C: "52% (2007)", D: "53.4%", E: "55%", F: "N/A" })], [["F3", CODE]]],
    ["one left blank", [row({ B: EYFS, C: "52% (2007)", D: "53.4%", E: "55%", F: "" })], [["F3", CODE]]],
    ["a statutory 2009/10 target left blank is missing, not late", [row({ B: EYFS, C: "52% (2007)", D: "53.4%", E: "", F: "56%" })], []],
    ["a designated target's N/A is a placeholder", [row({ F: "N/A" })], []],
  ])("%s", (_name, rows, expected) => {
    expect(govTable(CODE, rows)).toEqual(expected);
  });

  it("is not also reported as missing or a placeholder", () => {
    const rows = [row({ B: EYFS, C: "52% (2007)", D: "53.4%", E: "55%", F: "N/A" })];
    expect(govTable("target.placeholder", rows)).toEqual([]);
    expect(govTable("target.missing", [row({ B: EYFS, C: "52% (2007)", D: "53.4%", E: "55%", F: "" })])).toEqual([]);
  });
}); // prettier-ignore
