import { AMBER_RULES, AmberRule, DEFAULT_SETTINGS, ProfileMethod } from "../engine";

/**
 * What the pane lets an officer set. Saved with the workbook in Excel (document settings), in the
 * browser's localStorage in the demo, in memory in tests.
 */
export interface PaneSettings {
  /** As-at date `YYYY-MM-DD`; empty means "today" when an action runs. */
  readonly asAt: string;
  readonly tolerancePercent: number;
  readonly amberRule: AmberRule;
  /** Reward grant pot in pounds; null: none (shares and trigger values only). */
  readonly rewardPot: number | null;
  /** Percentages of the planned improvement: no reward below the threshold, none above the cap. */
  readonly rewardThresholdPercent: number;
  readonly rewardCapPercent: number;
  /** How a count's year target is profiled over the quarters when the table has no profile. */
  readonly profile: ProfileMethod;
  /** Per indicator ("NI 123"): true when it builds up through the year, false for a rate. */
  readonly cumulative: Readonly<Record<string, boolean>>;
  readonly partnershipName: string;
  /** Sheet holding the list of known lead partners (empty: no list, partner names are not checked). */
  readonly partnerSheet: string;
  /** Column letter of that list, e.g. "A". */
  readonly partnerColumn: string;
}

/** The engine's defaults, with the pane's own: today, no pot, no partner list. */
export const DEFAULT_PANE_SETTINGS: PaneSettings = {
  asAt: "",
  tolerancePercent: DEFAULT_SETTINGS.tolerancePercent,
  amberRule: DEFAULT_SETTINGS.amberRule,
  rewardPot: null,
  rewardThresholdPercent: DEFAULT_SETTINGS.rewardThresholdPercent,
  rewardCapPercent: DEFAULT_SETTINGS.rewardCapPercent,
  profile: DEFAULT_SETTINGS.profile,
  cumulative: DEFAULT_SETTINGS.cumulative,
  partnershipName: DEFAULT_SETTINGS.partnershipName,
  partnerSheet: "",
  partnerColumn: "A",
};

/** The port the pane saves its settings through; each host supplies one. */
export interface SettingsStore {
  load(): Promise<Partial<PaneSettings>>;
  /** Rejects with an Error whose message is one plain sentence when the settings cannot be saved. */
  save(settings: PaneSettings): Promise<void>;
}

/** Keeps only known keys of the right type, so a hand-edited or older record never breaks the pane. */
export function sanitiseSettings(raw: unknown): Partial<PaneSettings> {
  if (!raw || typeof raw !== "object") return {};
  const r = raw as Record<string, unknown>;
  const out: { -readonly [K in keyof PaneSettings]?: PaneSettings[K] } = {};
  if (typeof r.asAt === "string" && (r.asAt === "" || /^\d{4}-\d{2}-\d{2}$/.test(r.asAt)))
    out.asAt = r.asAt;
  if (isPercent(r.tolerancePercent, 100)) out.tolerancePercent = r.tolerancePercent;
  const amberRule = AMBER_RULES.find((a) => a === r.amberRule);
  if (amberRule) out.amberRule = amberRule;
  if (r.rewardPot === null || (typeof r.rewardPot === "number" && r.rewardPot > 0))
    out.rewardPot = r.rewardPot;
  if (isPercent(r.rewardThresholdPercent, 100))
    out.rewardThresholdPercent = r.rewardThresholdPercent;
  if (isPercent(r.rewardCapPercent, 1000) && r.rewardCapPercent > 0)
    out.rewardCapPercent = r.rewardCapPercent;
  if (r.profile === "even" || r.profile === "previous-year") out.profile = r.profile;
  const cumulative = r.cumulative;
  if (
    cumulative &&
    typeof cumulative === "object" &&
    !Array.isArray(cumulative) &&
    Object.values(cumulative).every((v) => typeof v === "boolean")
  ) {
    out.cumulative = cumulative as Record<string, boolean>;
  }
  if (typeof r.partnershipName === "string") out.partnershipName = r.partnershipName;
  if (typeof r.partnerSheet === "string") out.partnerSheet = r.partnerSheet;
  if (typeof r.partnerColumn === "string") out.partnerColumn = r.partnerColumn;
  return out;
}

function isPercent(v: unknown, max: number): v is number {
  return typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= max;
}

/** Settings held in memory only (tests, and the demo when localStorage is unavailable). */
export class MemorySettingsStore implements SettingsStore {
  private value: Partial<PaneSettings>;
  constructor(initial: Partial<PaneSettings> = {}) {
    this.value = initial;
  }
  async load(): Promise<Partial<PaneSettings>> {
    return this.value;
  }
  async save(settings: PaneSettings): Promise<void> {
    this.value = { ...settings };
  }
}

/** Settings in the browser's localStorage under one key (the demo). */
export class LocalStorageSettingsStore implements SettingsStore {
  constructor(
    private readonly storage: Storage,
    private readonly key = "laa-monitor.settings"
  ) {}
  async load(): Promise<Partial<PaneSettings>> {
    try {
      return sanitiseSettings(JSON.parse(this.storage.getItem(this.key) ?? "null"));
    } catch {
      return {};
    }
  }
  async save(settings: PaneSettings): Promise<void> {
    try {
      this.storage.setItem(this.key, JSON.stringify(settings));
    } catch {
      throw new Error(
        "The browser would not store the settings: allow site data for this page and save again."
      );
    }
  }
}
