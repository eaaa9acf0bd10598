import { WorkbookSnapshot, snapshotFingerprint } from "../../../src/engine";
import { workbook } from "../../helpers/grid";

const base = (): WorkbookSnapshot =>
  workbook([
    {
      rows: [
        ["Indicator", "Baseline"],
        ["NI 154", 2100],
      ],
      formats: { B2: "#,##0" },
    },
  ]);

describe("the fingerprint of what the engine reads", () => {
  it("is the same for the same content, read twice", () => {
    expect(snapshotFingerprint(base())).toBe(snapshotFingerprint(base()));
  });

  it.each<[string, (s: WorkbookSnapshot) => WorkbookSnapshot]>([
    [
      "a value",
      () =>
        workbook([
          {
            rows: [
              ["Indicator", "Baseline"],
              ["NI 154", 2101],
            ],
            formats: { B2: "#,##0" },
          },
        ]),
    ],
    [
      "a number that becomes text",
      () =>
        workbook([
          {
            rows: [
              ["Indicator", "Baseline"],
              ["NI 154", "2100"],
            ],
            formats: { B2: "#,##0" },
          },
        ]),
    ],
    [
      "a number format",
      () =>
        workbook([
          {
            rows: [
              ["Indicator", "Baseline"],
              ["NI 154", 2100],
            ],
          },
        ]),
    ],
    [
      "a cell moved to another row",
      () =>
        workbook([{ rows: [["Indicator", "Baseline", "NI 154", 2100]], formats: { D1: "#,##0" } }]),
    ],
    [
      "a sheet's name",
      () =>
        workbook([
          {
            name: "Targets",
            rows: [
              ["Indicator", "Baseline"],
              ["NI 154", 2100],
            ],
            formats: { B2: "#,##0" },
          },
        ]),
    ],
    [
      "a merge",
      () =>
        workbook([
          {
            rows: [
              ["Indicator", "Baseline"],
              ["NI 154", 2100],
            ],
            formats: { B2: "#,##0" },
            merges: ["A1:A2"],
          },
        ]),
    ],
  ])("changes with %s", (_what, changed) => {
    expect(snapshotFingerprint(changed(base()))).not.toBe(snapshotFingerprint(base()));
  });

  it("leaves out the add-in's own board sheets, so building one keeps results current", () => {
    const withBoard = workbook(
      [
        {
          rows: [
            ["Indicator", "Baseline"],
            ["NI 154", 2100],
          ],
          formats: { B2: "#,##0" },
        },
        { name: "Board status 2010-06-30", rows: [["Board"]] },
      ],
      [{ kind: "board-sheet", sheet: "Board status 2010-06-30" }]
    );
    expect(snapshotFingerprint(withBoard)).toBe(snapshotFingerprint(base()));
  });
});
