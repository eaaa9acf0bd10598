import { LabelIndex, labelHash } from "../../../src/engine/gaps/membership";

describe("LabelIndex", () => {
  it("answers put and has exactly as a map of sets would, through many resizes", () => {
    const index = new LabelIndex();
    const model = new Map<string, Set<number>>();
    let seed = 11;
    const next = (): number => (seed = (seed * 48271) % 2147483647);
    for (let k = 0; k < 20000; k++) {
      // Repeats, near-duplicates and long labels that differ only in the middle.
      const n = next() % 6000;
      const label =
        n % 7 === 0
          ? `${"x".repeat(40)}${n}${"y".repeat(40)}`
          : n % 5 === 0
            ? `NI ${n % 199}`
            : `Scheme ${n}`;
      const i = next() % 4;
      const seen = model.get(label)?.has(i) ?? false;
      expect(index.put(label, i)).toBe(!seen);
      model.set(label, (model.get(label) ?? new Set<number>()).add(i));
    }
    for (const [label, ambitions] of model) {
      for (let i = 0; i < 4; i++) expect(index.has(label, i)).toBe(ambitions.has(i));
    }
    expect(index.has("never put", 0)).toBe(false);
    const shared = [...model].filter(([, a]) => a.size > 1).map(([l]) => l);
    expect([...index.shared.keys()].sort()).toEqual(shared.sort());
  });

  it("hashes a 10,000-character label from its ends and length only, and still tells labels apart", () => {
    const a = `${"a".repeat(5000)}X${"a".repeat(4999)}`;
    const b = `${"a".repeat(5000)}Y${"a".repeat(4999)}`;
    expect(labelHash(a)).toBe(labelHash(b));
    expect(labelHash(a)).not.toBe(labelHash(`${a}b`));
    const index = new LabelIndex();
    expect(index.put(a, 0)).toBe(true);
    expect(index.put(b, 1)).toBe(true);
    expect(index.has(a, 1)).toBe(false);
    expect(index.has(b, 1)).toBe(true);
    expect(index.shared.size).toBe(0);
  });

  it("spreads labels that differ in one digit over the whole table", () => {
    const slots = new Set<number>();
    for (let k = 0; k < 1000; k++) slots.add(labelHash(`Partnership scheme ${k}`) & 4095);
    expect(slots.size).toBeGreaterThan(800);
  });
});
