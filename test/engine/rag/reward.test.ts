import { NATIONAL_INDICATORS, RewardTarget, Settings, withDefaults } from "../../../src/engine";
import { estimateReward } from "../../../src/engine/rag";
import { RowSpec, buildTable } from "./build-table";

const base = withDefaults({ asAt: "2011-06-30" });

function reward(specs: RowSpec[], settings: Partial<Settings> = {}) {
  return estimateReward([buildTable(specs)], { ...base, ...settings }, NATIONAL_INDICATORS);
}

function one(spec: RowSpec, settings: Partial<Settings> = {}): RewardTarget {
  const [t] = reward([spec], settings).targets;
  if (!t) throw new Error("no reward target");
  return t;
}

// Baseline 100, final target 200: the planned improvement is 100, the 60% trigger 160.
const HOMES: RowSpec = { polarity: "higher", baseline: 100, targets: { 2010: 200 } };

describe("the reward estimate, worked by hand", () => {
  it("70% of the planned improvement earns a 70% share; the pot is divided by the eligible targets", () => {
    const r = reward(
      [
        { ...HOMES, actuals: { 2010: 170 } },
        { ...HOMES, actuals: { 2010: 150 } },
      ],
      {
        rewardPot: 1_000_000,
      }
    );
    expect(r).toMatchObject({ pot: 1_000_000, thresholdPercent: 60, capPercent: 100 });
    const [a, b] = r.targets;
    // pot ÷ 2 targets = 500,000 each; 70% of it
    expect(a).toMatchObject({ trigger: 160, achievement: 70, share: 70, amount: 350_000 });
    // 50% is below the 60% threshold: nothing
    expect(b).toMatchObject({ achievement: 50, share: 0, amount: 0 });
    expect(b?.reason).toMatch(/below the 60% trigger/);
    expect(r.total).toBe(350_000);
  });

  it("above the target: the share is capped at 100%", () => {
    expect(one({ ...HOMES, actuals: { 2010: 220 } })).toMatchObject({
      achievement: 120,
      share: 100,
    });
  });

  it("exactly at the trigger pays", () => {
    expect(one({ ...HOMES, actuals: { 2010: 160 } })).toMatchObject({ achievement: 60, share: 60 });
  });

  it("lower is better: baseline 20, target 10, actual 14 is 60% of the way; trigger 14", () => {
    const t = one({
      polarity: "lower",
      baseline: 20,
      targets: { 2010: 10 },
      actuals: { 2010: 14 },
    });
    expect(t).toMatchObject({ trigger: 14, achievement: 60, share: 60 });
  });

  it("worse than the baseline is a negative achievement and no share", () => {
    expect(one({ ...HOMES, actuals: { 2010: 90 } })).toMatchObject({ achievement: -10, share: 0 });
  });

  it("without a pot: shares and triggers only, no amounts and no total", () => {
    const r = reward([{ ...HOMES, actuals: { 2010: 170 } }]);
    expect(r.pot).toBeUndefined();
    expect(r.total).toBeUndefined();
    expect(r.targets[0]?.amount).toBeUndefined();
    expect(r.targets[0]?.share).toBe(70);
  });

  it("before the final year: the latest actual, marked as an estimate", () => {
    const t = one({ ...HOMES, actuals: { 2008: 120, 2009: 180 } }, { asAt: "2010-06-30" });
    expect(t).toMatchObject({ actual: 180, actualYear: 2009, achievement: 80, share: 80 });
    expect(t.reason).toMatch(/estimate from the 2009\/10 actual/);
  });

  it("no actual yet: the trigger value only", () => {
    const t = one(HOMES);
    expect(t).toMatchObject({ trigger: 160 });
    expect(t.share).toBeUndefined();
  });

  it("a final target that plans no improvement has no share", () => {
    expect(
      one({ polarity: "higher", baseline: 100, targets: { 2010: 100 }, actuals: { 2010: 120 } })
        .share
    ).toBeUndefined();
    expect(
      one({ polarity: "higher", baseline: 100, targets: { 2010: 90 }, actuals: { 2010: 95 } }).share
    ).toBeUndefined();
  });

  it("follows the threshold and cap settings", () => {
    const t = one(
      { ...HOMES, actuals: { 2010: 230 } },
      { rewardThresholdPercent: 50, rewardCapPercent: 120 }
    );
    expect(t).toMatchObject({ trigger: 150, share: 120 });
    expect(one({ ...HOMES, actuals: { 2010: 155 } }, { rewardThresholdPercent: 50 }).share).toBe(
      55
    );
  });

  it("counts only designated targets: not local, statutory education, withdrawn or out of the reward element", () => {
    const r = reward(
      [
        { ...HOMES, actuals: { 2010: 170 } },
        { ...HOMES, local: "Volunteers placed" },
        { ...HOMES, code: 72 },
        { ...HOMES, code: 14 },
        { ...HOMES, code: 155, reward: "Removed from reward element" },
        { ...HOMES, code: 156, reward: "No" },
        { ...HOMES, code: 157, reward: "Yes" },
      ],
      { rewardPot: 1_000_000 }
    );
    expect(r.targets.map((t) => t.indicator)).toEqual(["NI 154", "NI 157"]);
    expect(r.targets[0]?.amount).toBe(350_000);
  });
});
