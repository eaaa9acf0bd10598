import { PaneSettings, SettingsStore, sanitiseSettings } from "./settings-store";

/** Document-settings key of the pane's settings (they travel with the workbook). */
export const SETTINGS_KEY = "LAAMonitor.settings";

type Settings = Office.Settings;

/** Calls one of Office's callback-style settings methods; a failure is one plain sentence. */
function settingsCall(
  call: (done: (result: Office.AsyncResult<unknown>) => void) => void,
  failure: string
): Promise<void> {
  return new Promise((resolve, reject) => {
    call((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
      else reject(new Error(failure));
    });
  });
}

/**
 * Settings saved in the workbook through `Office.context.document.settings`. That object is a copy held
 * by this page, and `saveAsync` writes the whole copy back: so every save first re-reads the workbook's
 * settings (`refreshAsync`) and changes only this add-in's key, never writing back a stale copy of
 * anything else. Loading and checking write nothing, so a read-only check leaves the workbook unchanged.
 */
export class OfficeSettingsStore implements SettingsStore {
  private get settings(): Settings {
    return Office.context.document.settings;
  }

  async load(): Promise<Partial<PaneSettings>> {
    return sanitiseSettings(this.settings.get(SETTINGS_KEY));
  }

  async save(settings: PaneSettings): Promise<void> {
    await settingsCall(
      (done) => this.settings.refreshAsync(done as (r: Office.AsyncResult<Settings>) => void),
      "Excel would not read the settings in this workbook: close and reopen the pane, then save again."
    );
    this.settings.set(SETTINGS_KEY, { ...settings });
    await settingsCall(
      (done) => this.settings.saveAsync(done as (r: Office.AsyncResult<void>) => void),
      "Excel would not save the settings in this workbook: check the workbook is not read-only, then save again."
    );
  }
}
