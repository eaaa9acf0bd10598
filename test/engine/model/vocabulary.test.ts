import {
  DIRECTION_LEGEND,
  MATRIX_LEGEND,
  MATRIX_TERMS,
  RagStatus,
  STATUS_ORDER,
  STATUS_TERMS,
  STATUS_WORD,
  directionLegend,
  pairState,
  statusText,
} from "../../../src/engine";

describe("one vocabulary for statuses, directions and the matrix", () => {
  it("the words written into RAG cells are the statuses' labels (a year not due gets none)", () => {
    for (const s of Object.keys(STATUS_WORD) as RagStatus[]) {
      expect(STATUS_WORD[s]).toBe(s === "not-due" ? "" : STATUS_TERMS[s].label);
    }
  });

  it("lists every status once, in one order", () => {
    expect([...STATUS_ORDER].sort()).toEqual(Object.keys(STATUS_WORD).sort());
    expect(STATUS_ORDER.slice(0, 4)).toEqual(["green", "amber", "red", "no-data"]);
  });

  it("says a status with its arrow", () => {
    expect(statusText("green", "improving")).toBe("Green ▲");
    expect(statusText("not-due")).toBe("Not due");
    expect(DIRECTION_LEGEND).toBe("▲ improving, ▼ worsening, ▶ no change");
  });

  it("says what an arrow compares with: the previous year, the same period last year, or both", () => {
    expect(directionLegend({ years: true, periods: false })).toBe(
      "Direction of travel, against the previous year: ▲ improving, ▼ worsening, ▶ no change."
    );
    expect(directionLegend({ years: false, periods: true })).toBe(
      "Direction of travel, against the same period last year, or else the previous period: ▲ improving, ▼ worsening, ▶ no change."
    );
    expect(directionLegend({ years: true, periods: true })).toBe(
      "Direction of travel, against the previous year (during the year, against the same period last year, or else the previous period): ▲ improving, ▼ worsening, ▶ no change."
    );
  });

  it("gives each matrix state one mark, distinct, with a legend", () => {
    const marks = Object.values(MATRIX_TERMS).map((t) => t.mark);
    expect(new Set(marks).size).toBe(marks.length);
    expect(pairState({ claimed: true, evidenced: true })).toBe("evidenced");
    expect(pairState({ claimed: true, evidenced: false })).toBe("gap");
    expect(pairState({ claimed: false, evidenced: true })).toBe("shared");
    expect(pairState({ claimed: false, evidenced: false })).toBe("none");
    for (const t of Object.values(MATRIX_TERMS))
      expect(MATRIX_LEGEND).toContain(`${t.mark} ${t.legend}`);
  });
});
