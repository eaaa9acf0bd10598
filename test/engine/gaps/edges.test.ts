import { LINES, ROW_LABELS, SEVEN, domainMatrix } from "./scenario";
import { laaTable, matrixSheet, run, where } from "./table-builder";

describe("a table without a matrix", () => {
  const { grid, table } = laaTable([...LINES, [null, "Local: Residents' satisfaction", "Council"]]);
  const result = run([grid], [table]);

  it("reports only the gaps that need no matrix", () => {
    expect(where(result.findings)).toEqual([
      ["gap.silo", "LAA!A11"],
      ["gap.priority-unowned", "LAA!A14"],
      ["gap.indicator-orphan", "LAA!A16"],
    ]);
  });

  it("takes the ambitions from the priorities, in table order, with nothing claimed", () => {
    expect(result.view.matrix).toBeUndefined();
    expect(result.view.ambitions.map((a) => a.name)).toEqual(SEVEN.slice(0, 6));
    expect(result.view.pairs).toHaveLength(30);
    expect(result.view.pairs.some((p) => p.claimed || p.gap)).toBe(false);
    expect(result.view.pairs.filter((p) => p.evidenced).length).toBeGreaterThan(0);
  });

  it("joins priorities written differently in two tables into one ambition", () => {
    const a = laaTable([["1 Resilient communities", "NI 4", "Council"]]);
    const b = laaTable([["Resilient communities", "NI 7", "Voluntary sector"]], { sheet: "LAA 2" });
    const { view } = run([a.grid, b.grid], [a.table, b.table]);
    expect(view.ambitions.map((x) => [x.name, x.indicators])).toEqual([
      ["Resilient communities", ["NI 4", "NI 7"]],
    ]);
  });
});

describe("a matrix without a table", () => {
  const result = run([domainMatrix()], []);

  it("reports no gaps that need a table (table.not-found says why)", () => {
    expect(result.findings).toEqual([]);
  });

  it("still shows the ambitions and the claims, none evidenced", () => {
    expect(result.view.ambitions.map((a) => a.name)).toEqual(SEVEN);
    const claimed = result.view.pairs.filter((p) => p.claimed);
    // 12 marks, one of them on the diagonal (Working together → itself).
    expect(claimed).toHaveLength(11);
    expect(claimed.every((p) => p.gap)).toBe(true);
  });
});

describe("labels that match nothing", () => {
  it("reports a row label, a table priority and a Contributes to entry, never guessing", () => {
    const labels = [...ROW_LABELS.slice(0, 6), "7 Culture and leisure"];
    const { grid, table } = laaTable([
      ...LINES,
      ["Working together", "NI 4", "Council", "Healthy lives"],
      ["Children and young people", "NI 117 16 to 18 year olds not in education", "Connexions"],
    ]);
    const result = run([grid, domainMatrix(labels)], [table]);
    const unmatched = result.findings.filter((f) => f.code === "gap.matrix-unmatched");
    expect(unmatched.map((f) => [`${f.sheet}!${f.cell}`, f.data?.["source"]])).toEqual([
      ["Matrix!A8", "matrix-row"],
      ["LAA!A17", "table"],
      ["LAA!H16", "contributes-to"],
    ]);
    expect(unmatched.every((f) => f.severity === "warning")).toBe(true);
    // Each names the ambitions it could have matched: the matrix's seven.
    expect(unmatched[0]?.data?.["ambitions"]).toEqual(SEVEN);
    expect(unmatched[1]?.data?.["ambitions"]).toEqual(SEVEN);
    // The unmatched row's marks claim nothing; Working together keeps its header cell only.
    const working = result.view.ambitions.find((a) => a.name === "Working together");
    expect(working?.matrixRowCell).toBeUndefined();
    expect(result.view.pairs.filter((p) => p.from === working?.key).some((p) => p.claimed)).toBe(
      false
    );
    // The table's own ambition is still listed, after the matrix ones.
    expect(result.view.ambitions.map((a) => a.name).slice(7)).toEqual([
      "Children and young people",
    ]);
  });

  it("matches '1 Building social capital' through the number the table gives the ambition", () => {
    const labels = ["1 Building social capital", ...ROW_LABELS.slice(1)];
    const { grid, table } = laaTable(LINES);
    const result = run([grid, domainMatrix(labels)], [table]);
    expect(result.findings.map((f) => f.code)).not.toContain("gap.matrix-unmatched");
    expect(result.view.ambitions[0]?.matrixRowCell).toEqual({ sheet: "Matrix", row: 1, col: 0 });
  });

  it("without that number, '1 Building social capital' is reported, not guessed", () => {
    const labels = ["1 Building social capital", ...ROW_LABELS.slice(1)];
    const result = run([domainMatrix(labels)], []);
    expect(where(result.findings)).toEqual([["gap.matrix-unmatched", "Matrix!A2"]]);
  });

  it.each<[string, string, [string, string][]]>([
    ["a repeated header", "Safer communities", [["G1", "duplicate"]]],
    ["a close but different header", "Safer and stronger communities", []],
  ])("matrix columns: %s", (_n, extra, expected) => {
    const sheet = matrixSheet(
      [extra, ...SEVEN.slice(0, 5)],
      [
        ["Safer communities", "", "", "", "", "", "yes"],
        ["Environment", "yes", "", "", "", "", ""],
      ]
    );
    const found = run([sheet], []).findings.filter((f) => f.data?.["source"] === "matrix-column");
    expect(found.map((f) => [f.cell, f.data?.["reason"]])).toEqual(expected);
  });

  it("joins two spellings of a priority the matrix lacks into one table ambition", () => {
    const sheet = matrixSheet(
      ["Safer communities", "Environment", "Economic growth", "Safer communities"],
      [
        ["Safer communities", "", "yes", "", ""],
        ["Environment", "", "", "x", ""],
      ]
    );
    const { grid, table } = laaTable([
      ["Children and young people", "NI 117", "Connexions"],
      ["Children & young people", "NI 110", "Council"],
    ]);
    const { view, findings } = run([grid, sheet], [table]);
    expect(view.ambitions.map((a) => a.name)).toEqual([
      "Safer communities",
      "Environment",
      "Economic growth",
      "Children & young people",
    ]);
    expect(view.ambitions[3]?.indicators).toEqual(["NI 117", "NI 110"]);
    expect(findings.filter((f) => f.data?.["source"] === "table").map((f) => f.cell)).toEqual([
      "A3",
      "A4",
    ]);
  });

  it("reports a second row label for the same ambition as a duplicate", () => {
    const labels = [...ROW_LABELS.slice(0, 6), "Safer communities"];
    const result = run([domainMatrix(labels)], []);
    expect(result.findings.map((f) => [f.cell, f.data?.["reason"]])).toEqual([["A8", "duplicate"]]);
  });
});

describe("the matrix diagonal and settings", () => {
  it("ignores a mark on the diagonal", () => {
    const header = ["Safer communities", "Environment", "Economic growth"];
    const sheet = matrixSheet(header, [
      ["Safer communities", "yes", "", ""],
      ["Environment", "", "yes", ""],
      ["Economic growth", "", "", "x"],
    ]);
    const { grid, table } = laaTable([
      ["Safer communities", "NI 16", "Police"],
      ["Environment", "NI 186", "Council"],
      ["Economic growth", "NI 151", "Jobcentre Plus"],
    ]);
    const result = run([grid, sheet], [table]);
    expect(result.findings).toEqual([]);
    expect(result.view.pairs.some((p) => p.claimed)).toBe(false);
  });

  it("applies severity overrides and drops codes set to off", () => {
    const { grid, table } = laaTable(LINES);
    const severities = { "gap.silo": "error", "gap.unsupported-claim": "off" } as const;
    const result = run([grid, domainMatrix()], [table], { severities });
    expect(result.findings.map((f) => [f.code, f.severity]).sort()).toEqual([
      ["gap.ambition-uncovered", "warning"],
      ["gap.priority-unowned", "error"],
      ["gap.silo", "error"],
    ]);
  });

  it("counts partner aliases as one organisation", () => {
    const { grid, table } = laaTable([
      ["Lives not services", "NI 136", "PCT"],
      ["", "NI 141", "NHS Salford"],
    ]);
    const plain = run([grid], [table]);
    expect(plain.findings).toEqual([]);
    const aliased = run([grid], [table], { partnerAliases: { pct: "NHS Salford" } });
    expect(aliased.findings.map((f) => [f.code, f.data?.["partners"]])).toEqual([
      ["gap.silo", ["NHS Salford"]],
    ]);
  });
});
