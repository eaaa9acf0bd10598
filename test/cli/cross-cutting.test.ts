import { cli, fixture, json } from "./run-cli";

// Issue 5's "done when": the domain doc's matrix, a table that leaves one ambition without indicators and
// one ambition led by a single partner — check reports exactly those gaps plus the unsupported claims.
// Expected by hand in test/fixtures/sources/cross-cutting-gaps.json.

interface CheckJson {
  files: {
    findings: { code: string; sheet?: string; cell?: string; data?: Record<string, unknown> }[];
  }[];
}

describe("laa-monitor check: cross-cutting gaps", () => {
  it("reports exactly the uncovered ambition, the silo and the five unsupported claims, at their cells", async () => {
    const r = await cli(
      "check",
      fixture("cross-cutting-gaps.xlsx"),
      "--json",
      "--as-at",
      "2010-06-30"
    );
    const gaps = json<CheckJson>(r)
      .files[0]!.findings.filter((f) => f.code.startsWith("gap."))
      .map((f) => [`${f.sheet}!${f.cell}`, f.code]);
    expect(gaps.sort()).toEqual(
      [
        ["Cross-cutting!A8", "gap.ambition-uncovered"], // 7 Working together: no indicator
        ["LAA!A13", "gap.silo"], // 6 Environment: District Councils alone
        ["Cross-cutting!C2", "gap.unsupported-claim"], // Resilient communities → Affordable housing
        ["Cross-cutting!B3", "gap.unsupported-claim"], // Affordable housing → Resilient communities
        ["Cross-cutting!D3", "gap.unsupported-claim"], // Affordable housing → Lives not services
        ["Cross-cutting!H6", "gap.unsupported-claim"], // Safer communities → Working together
        ["Cross-cutting!F8", "gap.unsupported-claim"], // Working together → Safer communities
      ].sort()
    );
    expect(r.code).toBe(0); // gaps are warnings and info: nothing here blocks submission
  });

  it("evidenced claims (shared lead partners) are not gaps", async () => {
    const r = await cli("gaps", fixture("cross-cutting-gaps.xlsx"), "--json");
    const view = JSON.parse(r.stdout) as {
      ambitions: { key: string; name: string }[];
      pairs: {
        from: string;
        to: string;
        claimed: boolean;
        evidenced: boolean;
        gap: boolean;
        sharedPartners: string[];
      }[];
    };
    const name = (key: string) => view.ambitions.find((a) => a.key === key)?.name;
    const pair = (from: string, to: string) =>
      view.pairs.find((p) => name(p.from) === from && name(p.to) === to);
    expect(pair("Resilient communities", "Lives not services")).toMatchObject({
      claimed: true,
      evidenced: true,
      gap: false,
      sharedPartners: ["Northshire County Council"],
    });
    expect(pair("Environment", "Affordable housing")).toMatchObject({ claimed: true, gap: false });
    expect(pair("Affordable housing", "Lives not services")).toMatchObject({
      claimed: true,
      gap: true,
    });
  });
});
