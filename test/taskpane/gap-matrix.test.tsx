import * as React from "react";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { GapView, MATRIX_TERMS } from "../../src/engine";
import { GapMatrix } from "../../src/taskpane/components/gap-matrix";

const names = ["Safer communities", "Affordable housing", "Economic growth"];
const GAPS: GapView = {
  ambitions: names.map((name, i) => ({
    key: name,
    name,
    number: i + 1,
    indicators: [],
    partners: [],
  })),
  pairs: names.flatMap((from) =>
    names
      .filter((to) => to !== from)
      .map((to) => ({
        from,
        to,
        claimed: from === names[0],
        sharedIndicators: to === names[1] ? ["NI 154"] : [],
        sharedPartners: [],
        evidenced: to === names[1],
        gap: from === names[0] && to !== names[1],
      }))
  ),
};

function renderMatrix() {
  render(
    <FluentProvider theme={webLightTheme}>
      <GapMatrix gaps={GAPS} />
    </FluentProvider>
  );
  return screen.getByRole("grid", { name: /rows support columns/ });
}

describe("the cross-cutting matrix as one grid", () => {
  it("is one tab stop, with the arrow keys, Home and End moving between cells", () => {
    const grid = renderMatrix();
    const cells = within(grid).getAllByRole("gridcell");
    expect(cells).toHaveLength(9);
    expect(cells.filter((c) => c.tabIndex === 0)).toHaveLength(1);
    const first = cells.find((c) => c.tabIndex === 0) as HTMLElement;
    first.focus();
    fireEvent.keyDown(first, { key: "ArrowRight" });
    expect(document.activeElement).toBe(cells[2]);
    fireEvent.keyDown(document.activeElement as Element, { key: "ArrowDown" });
    expect(document.activeElement).toBe(cells[5]);
    fireEvent.keyDown(document.activeElement as Element, { key: "Home" });
    expect(document.activeElement).toBe(cells[3]);
    expect(cells.filter((c) => c.tabIndex === 0)).toEqual([cells[3]]);
  });

  it("says what each cell means, and uses the same marks as the CLI, with a legend", () => {
    const grid = renderMatrix();
    const cells = within(grid).getAllByRole("gridcell");
    expect(cells[1]).toHaveAccessibleName(
      /^Safer communities supporting Affordable housing: claimed in the matrix and backed by 1 shared indicator/
    );
    expect(cells[1]).toHaveTextContent(MATRIX_TERMS.evidenced.mark);
    expect(cells[2]).toHaveTextContent(MATRIX_TERMS.gap.mark);
    expect(cells[0]).toHaveTextContent(MATRIX_TERMS.self.mark);
    const legend = screen.getByRole("list", { name: "Legend" });
    for (const t of Object.values(MATRIX_TERMS)) expect(legend).toHaveTextContent(t.legend);
    expect(screen.getByRole("list", { name: "Ambitions" })).toHaveTextContent("Economic growth");
  });
});
