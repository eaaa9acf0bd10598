import { PaneSettings, SettingsStore, sanitiseSettings } from "./settings-store";

/** Document-settings key of the pane's settings (they travel with the workbook). */
export const SETTINGS_KEY = "LAAMonitor.settings";
/** Document-settings key of the ribbon's last check (read by the pane when it opens). */
export const RIBBON_CHECK_KEY = "LAAMonitor.ribbonCheck";

/** What the ribbon's "Check table" command leaves for the pane. */
export interface RibbonCheck {
  /** ISO time the command ran. */
  readonly at: string;
  /** One sentence: the summary, or what went wrong. */
  readonly text: string;
  readonly ok: boolean;
  /** True until the pane has shown the results. */
  readonly pending: boolean;
}

function saveDocumentSettings(): Promise<void> {
  return new Promise((resolve, reject) => {
    Office.context.document.settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
      else
        reject(
          new Error(
            "Excel would not save the settings in this workbook: check the workbook is not read-only, then save again."
          )
        );
    });
  });
}

/** Settings saved in the workbook through `Office.context.document.settings` + `saveAsync`. */
export class OfficeSettingsStore implements SettingsStore {
  async load(): Promise<Partial<PaneSettings>> {
    return sanitiseSettings(Office.context.document.settings.get(SETTINGS_KEY));
  }

  async save(settings: PaneSettings): Promise<void> {
    Office.context.document.settings.set(SETTINGS_KEY, { ...settings });
    await saveDocumentSettings();
  }

  /** The ribbon command's last result, if it is still waiting to be shown. */
  readRibbonCheck(): RibbonCheck | undefined {
    const raw: unknown = Office.context.document.settings.get(RIBBON_CHECK_KEY);
    if (!raw || typeof raw !== "object") return undefined;
    const r = raw as Partial<RibbonCheck>;
    if (typeof r.text !== "string" || typeof r.at !== "string") return undefined;
    return { at: r.at, text: r.text, ok: r.ok === true, pending: r.pending === true };
  }

  async writeRibbonCheck(check: RibbonCheck): Promise<void> {
    Office.context.document.settings.set(RIBBON_CHECK_KEY, { ...check });
    await saveDocumentSettings();
  }
}
