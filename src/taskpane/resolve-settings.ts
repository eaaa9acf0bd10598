import { Settings, WorkbookSnapshot, columnIndex, withDefaults } from "../engine";
import { PaneSettings } from "./settings-store";

/** Engine settings for one run, and a sentence when the partner list could not be read. */
export interface ResolvedSettings {
  readonly settings: Settings;
  readonly problem?: string;
}

/**
 * Turns the pane's settings into the engine's: fills the as-at date and reads the partner list from
 * the named sheet and column of the snapshot (every non-empty text cell; a heading does no harm).
 */
export function resolveSettings(
  pane: PaneSettings,
  snapshot: WorkbookSnapshot,
  today: string
): ResolvedSettings {
  const base = {
    asAt: pane.asAt || today,
    tolerancePercent: pane.tolerancePercent,
    amberRule: pane.amberRule,
    rewardThresholdPercent: pane.rewardThresholdPercent,
    rewardCapPercent: pane.rewardCapPercent,
    profile: pane.profile,
    cumulative: pane.cumulative,
    ...(pane.rewardPot !== null ? { rewardPot: pane.rewardPot } : {}),
    partnershipName: pane.partnershipName,
  };
  if (!pane.partnerSheet.trim()) return { settings: withDefaults(base) };
  const wanted = pane.partnerSheet.trim().toLowerCase();
  const sheet = snapshot.sheets.find((s) => s.name.toLowerCase() === wanted);
  if (!sheet) {
    return {
      settings: withDefaults(base),
      problem: `The partner list sheet '${pane.partnerSheet}' is not in this workbook: correct its name in Settings, or clear it to skip the partner check.`,
    };
  }
  const col = columnIndex(pane.partnerColumn.trim());
  if (col < 0) {
    return {
      settings: withDefaults(base),
      problem: `The partner list column '${pane.partnerColumn}' is not a column letter: enter one such as A in Settings.`,
    };
  }
  const partners: string[] = [];
  for (const area of sheet.areas) {
    for (const row of area.values) {
      const v = row[col - area.origin.col];
      if (typeof v === "string" && v.trim()) partners.push(v.trim());
    }
  }
  if (partners.length === 0) {
    return {
      settings: withDefaults(base),
      problem: `Column ${pane.partnerColumn.toUpperCase()} of '${sheet.name}' holds no partner names: point Settings at the column that lists them.`,
    };
  }
  return { settings: withDefaults({ ...base, partners }) };
}
