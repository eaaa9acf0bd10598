import { matchLabel, parseLabel, stem } from "../../../src/engine/gaps/labels";
import { SEVEN } from "./scenario";

const candidates = (names: string[], numbered = false) =>
  names.map((n, i) => ({ labels: [parseLabel(n)], ...(numbered ? { number: i + 1 } : {}) }));

describe("parseLabel", () => {
  it.each([
    [
      "1 Building social capital – resilient communities",
      1,
      "Building social capital – resilient communities",
    ],
    ["3 Lives not services: - independent lives - support families", 3, "Lives not services"],
    ["Lives not services - independent lives - support families", undefined, "Lives not services"],
    [
      "Lives not services\n- independent lives\n- support families",
      undefined,
      "Lives not services",
    ],
    [
      "Building social capital - resilient communities",
      undefined,
      "Building social capital - resilient communities",
    ],
    ["1. Resilient communities", 1, "Resilient communities"],
    ["(2) Affordable housing", 2, "Affordable housing"],
    ["5)  Communities that are safe & feel safe ", 5, "Communities that are safe & feel safe"],
    ["Environment", undefined, "Environment"],
    ["Ambition 1: Resilient communities", 1, "Resilient communities"],
    ["Priority 4 - Economic growth", 4, "Economic growth"],
    ["2008 targets", undefined, "2008 targets"],
  ])("%j → number %p, clean %j", (text, number, clean) => {
    const label = parseLabel(text);
    expect(label.number).toBe(number);
    expect(label.clean).toBe(clean);
  });

  it("drops stop words and folds & into and", () => {
    expect(parseLabel("Communities that are safe & feel safe").words).toEqual([
      "commun",
      "saf",
      "feel",
    ]);
  });
});

describe("stem", () => {
  it.each([
    ["safe", "safer"],
    ["safe", "safety"],
    ["community", "communities"],
    ["live", "lives"],
    ["house", "housing"],
    ["economic", "economy"],
    ["environment", "environmental"],
    ["family", "families"],
    ["service", "services"],
  ])("%s and %s share a stem", (a, b) => {
    expect(stem(a)).toBe(stem(b));
  });

  it.each([
    ["safe", "housing"],
    ["community", "economy"],
  ])("%s and %s do not", (a, b) => {
    expect(stem(a)).not.toBe(stem(b));
  });
});

describe("matchLabel against the seven ambitions", () => {
  it.each([
    ["1 Building social capital – resilient communities", 0],
    ["Resilient communities", 0],
    ["1 Resilient communities", 0],
    ["RESILIENT COMMUNITIES.", 0],
    ["2 Affordable housing", 1],
    ["3 Lives not services: - independent lives - support families", 2],
    ["4 A thriving economy – economic growth", 3],
    ["5 Communities that are safe & feel safe", 4],
    ["Safer communities", 4],
    ["Safe and stronger communities", 4],
    ["6 A cleaner, greener environment", 5],
    ["7 Working together in partnership", 6],
  ])("%j → ambition %d", (text, expected) => {
    expect(matchLabel(parseLabel(text), candidates(SEVEN))).toBe(expected);
  });

  it.each([
    ["Culture and leisure"],
    // "communities" alone is shared by two ambitions: ambiguous, so no guess.
    ["Stronger communities"],
    ["1 Building social capital"],
    [""],
  ])("%j matches nothing", (text) => {
    expect(matchLabel(parseLabel(text), candidates(SEVEN))).toBe(-1);
  });

  it.each([
    // Numbers decide where both sides have one, even against the words.
    ["5 Something else entirely", 4],
    ["1 Building social capital", 0],
    ["2 Safer communities", 1],
    ["9 Safer communities", -1],
  ])("numbered %j → ambition %d", (text, expected) => {
    expect(matchLabel(parseLabel(text), candidates(SEVEN, true))).toBe(expected);
  });
});
