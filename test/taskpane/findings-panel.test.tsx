import * as React from "react";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { FindingsPanel } from "../../src/taskpane/components/findings-panel";
import { finding } from "./fakes";
import { toA1 } from "../../src/engine";

const FINDINGS = [
  finding({
    code: "baseline.placeholder",
    severity: "error",
    sheet: "LAA",
    cell: "C5",
    indicator: "NI 154",
  }),
  finding({
    code: "target.missing",
    severity: "error",
    sheet: "LAA",
    cell: "E5",
    indicator: "NI 154",
  }),
  finding({
    code: "partner.missing",
    severity: "warning",
    sheet: "LAA",
    cell: "G7",
    indicator: "NI 16",
  }),
  finding({
    code: "baseline.placeholder",
    severity: "warning",
    sheet: "My LAA",
    cell: "C9",
    indicator: "NI 16",
  }),
  finding({ code: "laa.too-many-designated", severity: "info", sheet: "LAA" }),
];

function renderPanel(onSelect = jest.fn()) {
  render(
    <FluentProvider theme={webLightTheme}>
      <FindingsPanel findings={FINDINGS} onSelect={onSelect} />
    </FluentProvider>
  );
  return onSelect;
}

const group = (name: RegExp) => screen.getByRole("region", { name });
const items = () =>
  screen.queryAllByRole("button").filter((b) => b.getAttribute("title")?.startsWith("Select "));

describe("FindingsPanel", () => {
  it("groups by severity, errors first, then by indicator", () => {
    renderPanel();
    // Level 2 under the pane's own (hidden) h1: no heading level is skipped.
    const headings = screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(["Errors (2)", "Warnings (2)", "Info (1)"]);
    const errors = group(/^Errors: 2/);
    expect(
      within(errors)
        .getAllByRole("heading", { level: 3 })
        .map((h) => h.textContent)
    ).toEqual(["NI 154"]);
    expect(within(group(/^Info: 1/)).getByRole("heading", { level: 3 })).toHaveTextContent(
      "Table and workbook"
    );
  });

  it("shows each finding's place, message and hint, and links its code to the rule page", () => {
    renderPanel();
    const b = screen.getByRole("button", { name: /'My LAA'!C9/ });
    expect(b).toHaveTextContent("message for baseline.placeholder");
    expect(b).toHaveTextContent("hint for baseline.placeholder");
    // The link sits beside the button, never inside it (no nested interactive elements).
    const entry = b.parentElement as HTMLElement;
    const link = within(entry).getByRole("link", { name: /^Rule baseline\.placeholder/ });
    expect(link).toHaveAttribute("href", "help/baseline.placeholder.html");
    expect(link).toHaveAttribute("target", "_blank");
    expect(b).not.toContainElement(link);
  });

  it("links every finding to its rule page, cell or not", () => {
    renderPanel();
    const links = screen.getAllByRole("link").map((a) => a.getAttribute("href"));
    expect(links.sort()).toEqual(FINDINGS.map((f) => `help/${f.code}.html`).sort());
  });

  it.each([
    ["Errors (2)", 2],
    ["Warnings (2)", 2],
  ])("unticking %s hides those findings", (label, hidden) => {
    renderPanel();
    const before = items().length;
    fireEvent.click(screen.getByRole("checkbox", { name: label }));
    expect(items()).toHaveLength(before - hidden);
  });

  it("filters by code", () => {
    renderPanel();
    fireEvent.change(screen.getByRole("combobox", { name: "Code" }), {
      target: { value: "baseline.placeholder" },
    });
    expect(items().map((b) => b.getAttribute("title"))).toEqual([
      "Select LAA!C5",
      "Select 'My LAA'!C9",
    ]);
  });

  it("says so when the filters hide everything", () => {
    renderPanel();
    for (const name of ["Errors (2)", "Warnings (2)", "Info (1)"]) {
      fireEvent.click(screen.getByRole("checkbox", { name }));
    }
    expect(screen.getByText(/No finding matches these filters/)).toBeInTheDocument();
  });

  it("selects the cell on click and marks the finding current", () => {
    const onSelect = renderPanel();
    const b = screen.getByRole("button", { name: /LAA!G7/ });
    fireEvent.click(b);
    expect(onSelect).toHaveBeenCalledWith("LAA", "G7");
    expect(b).toHaveAttribute("aria-current", "true");
  });

  it("keeps a finding selected when the filters change", () => {
    const locals = [0, 1, 2].map((k) =>
      finding({
        code: "indicator.local",
        severity: "info",
        sheet: "LAA",
        cell: toA1(10 + k, 1),
        indicator: `Local ${k}`,
      })
    );
    render(
      <FluentProvider theme={webLightTheme}>
        <FindingsPanel findings={[...FINDINGS, ...locals]} onSelect={jest.fn()} />
      </FluentProvider>
    );
    fireEvent.click(screen.getByRole("button", { name: /LAA!B12/ }));
    expect(screen.getByRole("button", { name: /LAA!B12/ })).toHaveAttribute("aria-current", "true");
    fireEvent.click(screen.getByRole("checkbox", { name: "Errors (2)" }));
    expect(screen.getByRole("heading", { name: "Info (4)" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /LAA!B12/ })).toHaveAttribute("aria-current", "true");
  });

  it("is a focusable native button, so Enter selects its cell (pressed for real in the e2e test)", () => {
    renderPanel();
    const b = screen.getByRole("button", { name: /LAA!E5/ });
    b.focus();
    expect(b).toHaveFocus();
    expect(b.tagName).toBe("BUTTON");
    expect(b).toHaveAttribute("type", "button");
  });

  it("does not offer to select a finding that has no cell", () => {
    renderPanel();
    expect(screen.queryByRole("button", { name: /laa.too-many-designated/ })).toBeNull();
    expect(screen.getByText("message for laa.too-many-designated")).toBeInTheDocument();
  });
});
