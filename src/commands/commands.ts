import { analyse } from "../engine";
import { ExcelHost } from "../excel";
import { errorMessage, localToday, summaryMessage } from "../taskpane/messages";
import { OfficeSettingsStore, RibbonCheck } from "../taskpane/office-settings-store";
import { resolveSettings } from "../taskpane/resolve-settings";
import { DEFAULT_PANE_SETTINGS } from "../taskpane/settings-store";

/**
 * The ribbon's "Check table" function command: checks the workbook, leaves a short result in the
 * document settings for the pane, opens the pane (which runs the check again to list every finding),
 * and always signals completion so Excel never waits on a stuck button.
 */
export async function runCheck(event: Office.AddinCommands.Event): Promise<void> {
  const store = new OfficeSettingsStore();
  let result: RibbonCheck;
  try {
    const pane = { ...DEFAULT_PANE_SETTINGS, ...(await store.load()) };
    const snapshot = await new ExcelHost().readSnapshot();
    const { settings } = resolveSettings(pane, snapshot, localToday());
    const summary = summaryMessage(analyse(snapshot, settings));
    result = {
      at: new Date().toISOString(),
      text: `${summary.title}. ${summary.text}`,
      ok: true,
      pending: true,
    };
  } catch (error) {
    result = {
      at: new Date().toISOString(),
      text: errorMessage(error, "checking the table"),
      ok: false,
      pending: true,
    };
  }
  try {
    await store.writeRibbonCheck(result);
    // ExcelApi without the shared runtime has no showAsTaskpane; the officer then opens the pane by hand.
    if (Office.addin?.showAsTaskpane) await Office.addin.showAsTaskpane();
  } catch {
    // Nothing more to do from a function command: the result is in the workbook for the pane.
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  // Older Excel clients look the function up on the global object instead of Office.actions.
  (globalThis as { runCheck?: typeof runCheck }).runCheck = runCheck;
  Office.actions?.associate("runCheck", runCheck);
});
