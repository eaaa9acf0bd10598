import * as React from "react";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/components/app";
import { MemorySettingsStore } from "../../src/taskpane/settings-store";
import { GOV_HEADER, workbook } from "../helpers/grid";
import { FakeHost } from "./fakes";

// The App wired to the real engine (no engine prop): a government-format table with a "TBC" baseline.
const SNAPSHOT = workbook([
  {
    name: "LAA",
    rows: [
      ...GOV_HEADER,
      [
        "1 Housing",
        "NI 154 Net additional homes provided",
        "TBC",
        2250,
        2400,
        2550,
        "District Councils",
      ],
      [
        "",
        "NI 155 Number of affordable homes delivered",
        "520 (2007/08)",
        560,
        600,
        650,
        "Homes and Communities Agency",
      ],
    ],
  },
]);

it("checks a real table and lists the engine's finding at its cell", async () => {
  const host = new FakeHost(SNAPSHOT);
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} settingsStore={new MemorySettingsStore()} today="2010-06-30" />
    </FluentProvider>
  );
  const check = await screen.findByRole("button", { name: "Check table" });
  await act(async () => {
    fireEvent.click(check);
  });
  const item = await screen.findByRole("button", { name: /^LAA!C3 Baseline is "TBC"/ });
  expect(screen.getAllByRole("link", { name: /^Rule baseline\.placeholder/ })).not.toHaveLength(0);
  expect(screen.getByTestId("summary")).toHaveTextContent(/\d+ errors?/);
  await act(async () => {
    fireEvent.click(item);
  });
  expect(host.selected).toEqual([["LAA", "C3"]]);
});
