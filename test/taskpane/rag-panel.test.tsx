import * as React from "react";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { CellValue, analyse, withDefaults } from "../../src/engine";
import { RagPanel } from "../../src/taskpane/components/rag-panel";
import { workbook } from "../helpers/grid";
import { MONITORING_HEAD, MONITORING_ROWS } from "../helpers/monitoring-table";

const rows: CellValue[][] = [[...MONITORING_HEAD], ...MONITORING_ROWS.map((r) => [...r])];

function renderPanel(rewardPot?: number) {
  const settings = withDefaults({ asAt: "2010-06-30", ...(rewardPot ? { rewardPot } : {}) });
  const report = analyse(workbook([{ rows }]), settings);
  render(
    <FluentProvider theme={webLightTheme}>
      <RagPanel rag={report.rag} forecasts={report.forecasts} reward={report.reward} />
    </FluentProvider>
  );
}

describe("the RAG tab", () => {
  it("counts the three kinds of missing data, each by its word", () => {
    renderPanel();
    const counts = screen.getByRole("group", { name: "Counts for 2009/10" });
    expect(within(counts).getByText("Not collected: 1")).toBeInTheDocument();
    expect(within(counts).getByText("Awaiting data: 1")).toBeInTheDocument();
    expect(within(counts).getByText("No data: 0")).toBeInTheDocument();
    expect(screen.getByText(/Place Survey not run in 2009\/10/)).toBeInTheDocument();
    expect(screen.getByText(/due about Sep 2011/)).toBeInTheDocument();
  });

  it("shows each indicator's 2010/11 forecast and the counts by forecast", () => {
    renderPanel();
    const housing = screen.getByRole("region", { name: "3 Housing" });
    const homes = within(housing).getByText("NI 154").closest("li") as HTMLElement;
    expect(within(homes).getByText("Off track")).toBeInTheDocument();
    expect(homes).toHaveTextContent(/Likely to achieve 2010\/11\? Off track · projected 1,040/);
    const counts = screen.getByRole("group", { name: "Forecast counts for 2010/11" });
    expect(within(counts).getByText("Off track: 1")).toBeInTheDocument();
    expect(within(counts).getByText("Unknown: 1")).toBeInTheDocument();
  });

  it("shows the reward estimate: shares only without a pot", () => {
    renderPanel();
    const reward = screen.getByRole("region", { name: "Reward at stake" });
    expect(reward).toHaveTextContent(/3 designated targets; no reward pot set/);
    expect(within(reward).getAllByText(/^Share /)).toHaveLength(3);
  });

  it("with a pot: the amounts and what is at stake", () => {
    renderPanel(2_500_000);
    const reward = screen.getByRole("region", { name: "Reward at stake" });
    expect(reward).toHaveTextContent(/of £2,500,000 at current performance; £[\d,]+ at stake/);
    const homes = within(reward).getByText("NI 154").closest("li") as HTMLElement;
    expect(homes).toHaveTextContent(/Share 0% · £0/);
    expect(homes).toHaveTextContent(/60% trigger 2,370/);
  });

  it("keeps the year choice working with the new statuses", () => {
    renderPanel();
    expect(
      screen.getByText(/^Direction of travel, against the previous year:/)
    ).toBeInTheDocument();
    fireEvent.change(screen.getByRole("combobox"), { target: { value: "2008" } });
    expect(screen.getByRole("group", { name: "Counts for 2008/09" })).toBeInTheDocument();
  });
});

describe("the RAG tab during the year", () => {
  const quarterly: CellValue[][] = [
    ["Indicator", "Target 2008/09", "Target 2009/10", "Actual 2008/09", "Q1 2009/10", "Q2 2009/10"],
    ["NI 154 Net additional homes provided", 2250, 2400, 1640, 500, 450],
    ["NI 152 Out of work benefits", "11.0%", "10.7%", "11.9%", "12.1%", ""],
  ];
  const settings = withDefaults({ asAt: "2009-11-15" });
  const report = analyse(workbook([{ rows: quarterly }]), settings);

  it("opens on the year in progress and says each indicator's period", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <RagPanel rag={report.rag} forecasts={report.forecasts} />
      </FluentProvider>
    );
    expect(screen.getByRole("combobox")).toHaveDisplayValue("2009/10, position at Q2");
    const homes = screen.getByText("NI 154").closest("li") as HTMLElement;
    expect(within(homes).getByText("Red at Q2")).toBeInTheDocument();
    expect(homes).toHaveTextContent(/against a profiled target of 1,200/);
    const benefits = screen.getByText("NI 152").closest("li") as HTMLElement;
    expect(within(benefits).getByText("Red at Q1")).toBeInTheDocument();
    expect(
      screen.getByText(
        /^Direction of travel, against the same period last year, or else the previous period: ▲ improving/
      )
    ).toBeInTheDocument();
    // The counts stay one word per status.
    const counts = screen.getByRole("group", { name: "Counts for 2009/10" });
    expect(within(counts).getByText("Red: 2")).toBeInTheDocument();
  });
});
