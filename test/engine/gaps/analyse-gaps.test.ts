import { LINES, SEVEN, domainMatrix } from "./scenario";
import { laaTable, matrixSheet, run, where } from "./table-builder";

describe("the seven-ambition matrix with the domain's table", () => {
  const { grid, table } = laaTable(LINES);
  const result = run([grid, domainMatrix()], [table]);

  it("reports exactly the uncovered ambition, the silo, the unowned priority and the unsupported claims", () => {
    expect(where(result.findings).sort()).toEqual(
      [
        ["gap.ambition-uncovered", "Matrix!A8"],
        ["gap.priority-unowned", "LAA!A14"],
        ["gap.silo", "LAA!A11"],
        ["gap.unsupported-claim", "Matrix!G5"],
        ["gap.unsupported-claim", "Matrix!H7"],
        ["gap.unsupported-claim", "Matrix!B8"],
      ].sort()
    );
  });

  it("uses the default severities and gives Excel's 1-based rows", () => {
    const bySeverity = Object.fromEntries(result.findings.map((f) => [f.code, f.severity]));
    expect(bySeverity).toEqual({
      "gap.ambition-uncovered": "warning",
      "gap.priority-unowned": "error",
      "gap.silo": "info",
      "gap.unsupported-claim": "warning",
    });
    expect(result.findings.find((f) => f.code === "gap.silo")?.row).toBe(11);
  });

  it("names the ambitions, indicators and partners in the data", () => {
    const silo = result.findings.find((f) => f.code === "gap.silo");
    expect(silo?.data).toEqual({
      ambitions: ["Safer communities"],
      indicators: ["NI 16", "NI 20", "NI 32"],
      partners: ["Police"],
    });
    const claim = result.findings.find((f) => f.cell === "G5");
    expect(claim?.data?.["ambitions"]).toEqual(["Economic growth", "Environment"]);
    expect(claim?.data?.["partners"]).toEqual(["Jobcentre Plus", "Council"]);
    expect(claim?.message).toContain("Economic growth");
    expect(claim?.message).toContain("Environment");
  });

  it("lists the ambitions in matrix order with their cells, indicators and partners", () => {
    const { ambitions, matrix: m } = result.view;
    expect(m).toEqual({ sheet: "Matrix", range: "A1:H8" });
    expect(ambitions.map((a) => a.name)).toEqual(SEVEN);
    const resilient = ambitions[0];
    expect(resilient?.number).toBe(1);
    expect(resilient?.matrixRowCell).toEqual({ sheet: "Matrix", row: 1, col: 0 });
    expect(resilient?.matrixColumnCell).toEqual({ sheet: "Matrix", row: 0, col: 1 });
    expect(resilient?.tableCell).toEqual({ sheet: "LAA", row: 2, col: 0 });
    expect(ambitions[4]?.indicators).toEqual(["NI 7", "NI 16", "NI 20", "NI 32"]);
    expect(ambitions[6]?.indicators).toEqual([]);
  });

  it("has every ordered pair, claimed from the marks and evidenced by shared indicators or partners", () => {
    const { pairs, ambitions } = result.view;
    expect(pairs).toHaveLength(7 * 6);
    const pair = (from: number, to: number) =>
      pairs.find((p) => p.from === ambitions[from]?.key && p.to === ambitions[to]?.key);
    expect(pair(0, 4)).toMatchObject({
      claimed: true,
      sharedIndicators: ["NI 7"],
      evidenced: true,
      gap: false,
    });
    expect(pair(0, 1)).toMatchObject({ claimed: true, sharedPartners: ["Council"], gap: false });
    expect(pair(3, 5)).toMatchObject({ claimed: true, evidenced: false, gap: true });
    expect(pair(3, 5)?.cell).toEqual({ sheet: "Matrix", row: 4, col: 6 });
    // "no" is not a mark.
    expect(pair(4, 2)).toMatchObject({ claimed: false, gap: false });
    // Evidence without a claim is shown but is no gap.
    expect(pair(1, 3)).toMatchObject({ claimed: false, evidenced: true, gap: false });
  });
});

describe("each gap code, positive and negative", () => {
  const m = domainMatrix();
  it.each<[string, Parameters<typeof laaTable>[0], string, string]>([
    [
      "an ambition covered only through Contributes to",
      [
        ...LINES,
        ["Environment", "NI 188 Adapting to climate change", "Council", "Working together"],
      ],
      "gap.ambition-uncovered",
      "gap.silo",
    ],
    [
      "a priority with one named partner",
      LINES.map((l) => (l[1].startsWith("NI 192") ? [l[0], l[1], "Council"] : l)),
      "gap.priority-unowned",
      "gap.silo",
    ],
    [
      "a second organisation on one row",
      LINES.map((l) => (l[1].startsWith("NI 32") ? [l[0], l[1], "Police; Probation"] : l)),
      "gap.silo",
      "gap.priority-unowned",
    ],
  ])("%s gives no %s", (_name, lines, code, still) => {
    const { grid, table } = laaTable(lines);
    const codes = run([grid, m], [table]).findings.map((f) => f.code);
    expect(codes).not.toContain(code);
    // The scenario's other gaps are still found: only the changed one went away.
    expect(codes).toContain(still);
  });

  it("a single indicator led by one organisation is not a silo", () => {
    const { grid, table } = laaTable([
      ["Safer communities", "NI 16", "Police"],
      ["Environment", "NI 186", "Council"],
      ["", "NI 192", "Council Waste Services"],
    ]);
    expect(run([grid], [table]).findings).toEqual([]);
  });

  it.each<[string, [string, string][]]>([
    ["Police", []],
    ["Council", [["gap.silo", "LAA!A3"]]],
  ])(
    "silo needs the same single organisation on every led row (second row: %s)",
    (lead, expected) => {
      const { grid, table } = laaTable([
        ["Environment", "NI 186", "Council"],
        ["", "NI 192", lead],
        ["", "NI 188", ""],
      ]);
      expect(where(run([grid], [table]).findings)).toEqual(expected);
    }
  );

  it.each<[string, string, string, [string, string][]]>([
    [
      "no shared partner or indicator",
      "Jobcentre Plus",
      "",
      [["gap.unsupported-claim", "Matrix!C2"]],
    ],
    ["a shared lead partner", "Voluntary sector", "", []],
    ["a shared indicator through Contributes to", "Jobcentre Plus", "Affordable housing", []],
  ])("claim Resilient → Housing with %s", (_n, housingLead, contributes, expected) => {
    const header = ["Resilient communities", "Affordable housing", "Economic growth"];
    const sheet = matrixSheet(header, [
      ["Resilient communities", "", "yes", ""],
      ["Affordable housing", "", "", ""],
      ["Economic growth", "", "", ""],
    ]);
    const { grid, table } = laaTable([
      ["Resilient communities", "NI 4", "Voluntary sector", contributes],
      ["Affordable housing", "NI 154", housingLead],
      ["Economic growth", "NI 151", "Chamber of commerce"],
    ]);
    expect(where(run([grid, sheet], [table]).findings)).toEqual(expected);
  });

  it.each<[string, Parameters<typeof laaTable>[1], string]>([
    ["on the priority cell", {}, "LAA!A4"],
    ["on the indicator cell when there is no priority column", { priorityColumn: false }, "LAA!B4"],
  ])("indicator-orphan %s", (_n, opts, cell) => {
    const { grid, table } = laaTable(
      [
        ["Environment", "NI 186", "Council"],
        [null, "NI 192 Household waste recycled", "Council; Biffa"],
      ],
      opts
    );
    const orphans = run([grid], [table]).findings.filter((f) => f.code === "gap.indicator-orphan");
    expect(orphans.map((f) => `${f.sheet}!${f.cell}`)).toContain(cell);
    const orphan = orphans.find((f) => f.row === 4);
    expect(orphan?.indicator).toBe("NI 192");
    expect(orphan?.data).toEqual({
      ambitions: [],
      indicators: ["NI 192"],
      partners: ["Council", "Biffa"],
    });
  });

  it("rows with a priority are not orphans", () => {
    const { grid, table } = laaTable(LINES);
    expect(run([grid], [table]).findings.map((f) => f.code)).not.toContain("gap.indicator-orphan");
  });
});
