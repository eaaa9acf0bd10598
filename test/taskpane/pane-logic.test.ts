import { HostError, MatrixPair } from "../../src/engine";
import { explainPair, pairState } from "../../src/taskpane/gap-text";
import { codeCounts, filterFindings, groupFindings } from "../../src/taskpane/group-findings";
import { errorMessage, localToday, summaryMessage } from "../../src/taskpane/messages";
import { resolveSettings } from "../../src/taskpane/resolve-settings";
import { DEFAULT_PANE_SETTINGS } from "../../src/taskpane/settings-store";
import { workbook } from "../helpers/grid";
import { finding, report } from "./fakes";

describe("summaryMessage", () => {
  it.each([
    [[], "success", "Ready to submit"],
    [[finding({ code: "a.b", severity: "info" })], "success", "Ready to submit"],
    [[finding({ code: "a.b", severity: "warning" })], "warning", "1 warning to look at"],
    [
      [
        ...Array.from({ length: 3 }, () => finding({ code: "a.b", severity: "error" as const })),
        ...Array.from({ length: 5 }, () => finding({ code: "c.d", severity: "warning" as const })),
      ],
      "error",
      "3 errors, 5 warnings to look at",
    ],
  ])("%# → %s %s", (findings, intent, title) => {
    expect(summaryMessage(report(findings))).toMatchObject({ intent, title });
  });
});

describe("errorMessage", () => {
  it("passes a HostError's sentence through unchanged", () => {
    expect(
      errorMessage(new HostError("protected", "The sheet 'LAA' is protected: unprotect it."), "x")
    ).toBe("The sheet 'LAA' is protected: unprotect it.");
  });
  it("names the action and the detail of anything else", () => {
    expect(errorMessage(new Error("bad"), "writing RAG status")).toMatch(
      /^Something went wrong while writing RAG status \(bad\)/
    );
  });
  it("formats today in local time", () => {
    expect(localToday(new Date(2010, 5, 3, 23, 59))).toBe("2010-06-03");
  });
});

describe("resolveSettings", () => {
  const snap = workbook([
    { name: "LAA", rows: [["Indicator"]] },
    {
      name: "Partners",
      at: "B2",
      rows: [["Lead partners"], ["Northshire PCT"], [""], [7], ["  Northshire Police "]],
    },
  ]);
  it("fills an empty as-at date with today", () => {
    expect(resolveSettings(DEFAULT_PANE_SETTINGS, snap, "2010-06-30").settings.asAt).toBe(
      "2010-06-30"
    );
  });
  it("reads the partner list's text cells from the named sheet and column", () => {
    const r = resolveSettings(
      { ...DEFAULT_PANE_SETTINGS, partnerSheet: "partners", partnerColumn: "B" },
      snap,
      "2010-06-30"
    );
    expect(r.problem).toBeUndefined();
    expect(r.settings.partners).toEqual(["Lead partners", "Northshire PCT", "Northshire Police"]);
  });
  it.each([
    ["Missing", "B", /not in this workbook/],
    ["Partners", "1", /not a column letter/],
    ["Partners", "D", /holds no partner names/],
  ])("sheet %s column %s → a sentence, and no partner list", (sheet, column, message) => {
    const r = resolveSettings(
      { ...DEFAULT_PANE_SETTINGS, partnerSheet: sheet, partnerColumn: column },
      snap,
      "2010-06-30"
    );
    expect(r.problem).toMatch(message);
    expect(r.settings.partners).toEqual([]);
  });
});

describe("grouping and filters", () => {
  const list = [
    finding({ code: "b.x", severity: "warning", indicator: "NI 2" }),
    finding({ code: "a.x", severity: "error", indicator: "NI 1" }),
    finding({ code: "a.x", severity: "error", indicator: "NI 2" }),
    finding({ code: "a.x", severity: "error", indicator: "NI 1" }),
  ];
  it("orders errors first and keeps indicators in report order", () => {
    const g = groupFindings(list);
    expect(
      g.map((x) => [x.severity, x.count, x.indicators.map((i) => [i.indicator, i.findings.length])])
    ).toEqual([
      [
        "error",
        3,
        [
          ["NI 1", 2],
          ["NI 2", 1],
        ],
      ],
      ["warning", 1, [["NI 2", 1]]],
    ]);
  });
  it("filters by severity and code", () => {
    expect(filterFindings(list, { severities: new Set(["warning"]), code: "" })).toHaveLength(1);
    expect(
      filterFindings(list, { severities: new Set(["error", "warning"]), code: "b.x" })
    ).toHaveLength(1);
    expect(codeCounts(list)).toEqual([
      ["a.x", 3],
      ["b.x", 1],
    ]);
  });
});

describe("gap matrix cells", () => {
  const pair = (p: Partial<MatrixPair>): MatrixPair => ({
    from: "a",
    to: "b",
    claimed: false,
    sharedIndicators: [],
    sharedPartners: [],
    evidenced: false,
    gap: false,
    ...p,
  });
  it.each([
    [
      pair({ claimed: true, evidenced: true, sharedIndicators: ["NI 154"] }),
      "evidenced",
      /claimed in the matrix and backed by 1 shared indicator \(NI 154\)/,
    ],
    [pair({ claimed: true, gap: true }), "gap", /Gap/],
    [
      pair({ evidenced: true, sharedPartners: ["Police", "PCT"] }),
      "shared",
      /not claimed.*2 shared lead partners \(Police, PCT\)/,
    ],
    [pair({}), "none", /nothing is shared/],
  ])("%# explains itself", (p, state, text) => {
    expect(pairState(p)).toBe(state);
    expect(explainPair(p, "Housing", "Health")).toMatch(text);
    expect(explainPair(p, "Housing", "Health")).toMatch(/^Housing supporting Health/);
  });
});
