/**
 * The pane over the demo's host (the sample workbook as a file, the real engine): typing into a cell
 * through "Change a cell" marks the pane's results out of date, as typing in Excel does.
 */
import * as React from "react";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { sheetCell } from "../../src/engine";
import { App } from "../../src/taskpane/components/app";
import { MemorySettingsStore } from "../../src/taskpane/settings-store";
import { XlsxHost } from "../../src/xlsx";

const SAMPLE = join(__dirname, "../../examples/sample-partnership.xlsx");

async function press(name: string) {
  const button = await screen.findByRole("button", { name });
  await act(async () => {
    fireEvent.click(button);
  });
}

it("says its results are out of date when a cell of the demo's workbook is changed", async () => {
  const host = XlsxHost.fromBytes(readFileSync(SAMPLE), "'sample-partnership.xlsx'");
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} settingsStore={new MemorySettingsStore()} today="2010-06-30" />
    </FluentProvider>
  );
  await press("Check table");
  await screen.findByTestId("summary");
  expect(screen.queryByText("Out of date — Check again")).toBeNull();
  await act(async () => host.setCellValue("LAA", "H6", "1234"));
  const laa = (await host.readSnapshot()).sheets.find((s) => s.name === "LAA")!;
  expect(sheetCell(laa, 5, 7)).toBe(1234);
  expect(await screen.findAllByText("Out of date — Check again")).not.toHaveLength(0);
  await press("Check again");
  await waitFor(() => expect(screen.queryByText("Out of date — Check again")).toBeNull());
});
