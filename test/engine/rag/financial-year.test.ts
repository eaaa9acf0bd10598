import { yearEnd, yearEnded } from "../../../src/engine/rag";

describe("financial years", () => {
  it.each([
    [2008, "2009-03-31"],
    [2010, "2011-03-31"],
  ])("%i/… ends on %s", (year, end) => expect(yearEnd(year)).toBe(end));

  it.each<[number, string, boolean]>([
    [2009, "2010-03-30", false],
    [2009, "2010-03-31", false],
    [2009, "2010-04-01", true],
    [2009, "2012-01-01", true],
    [2010, "2010-06-30", false],
    [2008, "2010-06-30", true],
  ])("year %i ended before %s: %s", (year, asAt, ended) =>
    expect(yearEnded(year, asAt)).toBe(ended)
  );
});
