import * as React from "react";
import { act, screen } from "@testing-library/react";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { boot } from "../../src/taskpane/boot";
import { themeFromOffice } from "../../src/taskpane/theme";

/** Just enough of the Office global for the shell: onReady's answer, HostType and a theme. */
function fakeOffice(host: string | null, theme?: Partial<Office.OfficeTheme>) {
  return {
    onReady: () => Promise.resolve({ host, platform: null }),
    HostType: { Excel: "Excel" },
    context: theme ? { officeTheme: theme } : undefined,
  } as unknown as typeof Office;
}

async function bootWith(
  office: typeof Office | undefined,
  startExcel = jest.fn(() => <p>the app</p>)
) {
  const container = document.createElement("div");
  document.body.appendChild(container);
  await act(async () => {
    await boot(container, startExcel, office);
  });
  return startExcel;
}

afterEach(() => {
  document.body.innerHTML = "";
  delete (globalThis as { Excel?: unknown }).Excel;
});

describe("the pane shell", () => {
  it("outside Excel (host null) says so and how to open it or try the demo", async () => {
    const start = await bootWith(fakeOffice(null));
    expect(screen.getByText("This pane runs inside Excel")).toBeInTheDocument();
    expect(screen.getByText(/open in a browser, not in Excel/)).toBeInTheDocument();
    expect(screen.getByText("npm start")).toBeInTheDocument();
    expect(screen.getByText("npm run demo")).toBeInTheDocument();
    expect(start).not.toHaveBeenCalled();
  });

  it("in another Office app names it", async () => {
    await bootWith(fakeOffice("Word"));
    expect(screen.getByText(/open in Word, but it works only in Excel/)).toBeInTheDocument();
  });

  it("does not start the app when the host says Excel but the Excel API is missing", async () => {
    const start = await bootWith(fakeOffice("Excel"));
    expect(start).not.toHaveBeenCalled();
    expect(screen.getByText("This pane runs inside Excel")).toBeInTheDocument();
  });

  it("without Office.js at all explains that it did not load", async () => {
    await bootWith(undefined);
    expect(screen.getByText(/Office.js did not load/)).toBeInTheDocument();
  });

  it("in Excel renders the app", async () => {
    (globalThis as { Excel?: unknown }).Excel = {};
    const start = await bootWith(fakeOffice("Excel"));
    expect(start).toHaveBeenCalledTimes(1);
    expect(screen.getByText("the app")).toBeInTheDocument();
  });

  it("in Excel, a start-up failure is a sentence, not a blank pane", async () => {
    (globalThis as { Excel?: unknown }).Excel = {};
    await bootWith(
      fakeOffice("Excel"),
      jest.fn(() => {
        throw new Error("ApiNotFound");
      })
    );
    expect(screen.getByText(/could not start in this Excel \(ApiNotFound\)/)).toBeInTheDocument();
  });

  it.each([
    [{ bodyBackgroundColor: "#FFFFFF" }, webLightTheme],
    [{ bodyBackgroundColor: "#262626" }, webDarkTheme],
    [{ bodyBackgroundColor: "not a colour" }, webLightTheme],
    [undefined, webLightTheme],
  ])("theme follows Office's body background %p", (theme, expected) => {
    expect(themeFromOffice(theme)).toBe(expected);
  });
});
