import { boot } from "./boot";
import { startExcelPane } from "./excel-pane";

// The pane's entry point (taskpane.html): Office.onReady → FluentProvider → App, or the outside-Excel page.
const container = document.getElementById("container");
if (container) void boot(container, startExcelPane);
