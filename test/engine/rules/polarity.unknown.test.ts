import { CellValue } from "../../../src/engine";
import { govTable, row } from "./check";

const CODE = "polarity.unknown";
type Case = [string, CellValue[][], [string, string][]];

describe(CODE, () => {
  it.each<Case>([
    [
      "a local indicator with flat targets",
      [row({ B: "Community events supported", C: "40 (2007/08)", D: 40, E: 40, F: 40 })],
      [["B3", CODE]],
    ],
    [
      "no catalogue polarity and flat targets",
      [row({ B: "NI 12 HMO applications", C: "40% (2007/08)", D: "40%", E: "40%", F: "40%" })],
      [["B3", CODE]],
    ],
    ["a catalogue polarity", [row()], []],
    [
      "a local indicator whose targets rise",
      [row({ B: "Community events supported", C: "40 (2007/08)", D: 45, E: 50, F: 55 })],
      [],
    ],
  ])("%s", (_name, rows, expected) => {
    expect(govTable(CODE, rows)).toEqual(expected);
  });
});
