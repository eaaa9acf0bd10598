import {
  OwnedArea,
  RatingStamp,
  decodeStamp,
  describeStamp,
  encodeStamp,
  ownedFromNames,
  ownedToNames,
  stampChanges,
} from "../../../src/engine";

const STAMP: RatingStamp = {
  asAt: "2010-06-30",
  tolerancePercent: 7.5,
  amberRule: "improving",
  rewardPot: null,
};

describe("the settings a rating was made with, recorded in the add-in's names", () => {
  it("encodes into characters an Excel name may hold, and back", () => {
    const code = encodeStamp(STAMP);
    expect(code).toBe("asAt.20100630__tol.7.5__amber.improving__pot.none");
    expect(code).toMatch(/^[A-Za-z0-9._]+$/);
    expect(decodeStamp(code)).toEqual(STAMP);
    const pot = { ...STAMP, rewardPot: 2_500_000 };
    expect(encodeStamp(pot)).toBe("asAt.20100630__tol.7.5__amber.improving__pot.2500000");
    expect(decodeStamp(encodeStamp(pot))).toEqual(pot);
  });

  it.each([
    "",
    "asAt.20100631__tol.5__amber.tolerance",
    "asAt.20100630__tol.150__amber.tolerance",
    "asAt.20100630__tol.5__amber.soft",
    "asAt.20100630__amber.tolerance",
    "asAt.20100630__tol.5__amber.tolerance__pot.lots",
  ])("refuses %j (a missing or unreadable field)", (code) =>
    expect(decodeStamp(code)).toBeUndefined()
  );

  it("round-trips the ownership record with stamps through defined names", () => {
    const owned: OwnedArea[] = [
      {
        kind: "rag-column",
        sheet: "LAA",
        range: { top: 4, left: 11, bottom: 54, right: 11 },
        stamp: STAMP,
      },
      { kind: "rag-column", sheet: "LAA", range: { top: 4, left: 12, bottom: 54, right: 12 } },
      { kind: "board-sheet", sheet: "Board status 2010-06-30", stamp: STAMP },
    ];
    const names = ownedToNames(owned);
    expect(names.map((n) => n.name)).toEqual([
      "LAAMonitor_RAG_1__asAt.20100630__tol.7.5__amber.improving__pot.none",
      "LAAMonitor_RAG_2",
      "LAAMonitor_Board_1__asAt.20100630__tol.7.5__amber.improving__pot.none",
    ]);
    for (const n of names) expect(n.name.length).toBeLessThanOrEqual(255);
    expect(ownedFromNames([...names].reverse())).toEqual(owned);
  });

  it("keeps an area whose stamp it cannot read, without a stamp", () => {
    expect(ownedFromNames([{ name: "LAAMonitor_RAG_1__tol.x", ref: "LAA!$L$5:$L$9" }])).toEqual([
      { kind: "rag-column", sheet: "LAA", range: { top: 4, left: 11, bottom: 8, right: 11 } },
    ]);
  });

  it("says the stamp, and what changed since, in words", () => {
    expect(describeStamp(STAMP)).toBe(
      'as at 30 June 2010; Amber tolerance 7.5%; Amber rule "off target, but improving on last year"; reward pot none'
    );
    expect(stampChanges(STAMP, STAMP)).toEqual([]);
    expect(stampChanges(STAMP, { ...STAMP, asAt: "2010-09-30", tolerancePercent: 15 })).toEqual([
      "as at 30 June 2010 (now 30 September 2010)",
      "Amber tolerance 7.5% (now 15%)",
    ]);
    expect(stampChanges(STAMP, { ...STAMP, rewardPot: 2_500_000 })).toEqual([
      "reward pot none (now £2,500,000)",
    ]);
  });
});
