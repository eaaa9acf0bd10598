import * as React from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  useId,
  tokens,
} from "@fluentui/react-components";
import {
  AMBER_RULES,
  AMBER_RULE_TERMS,
  AmberRule,
  ProfileMethod,
  formatDate,
  parseDate,
} from "../../engine";
import { PaneSettings } from "../settings-store";

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    maxWidth: "28em",
  },
  pair: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

interface Draft {
  asAt: string;
  tolerance: string;
  amberRule: AmberRule;
  rewardPot: string;
  rewardThreshold: string;
  rewardCap: string;
  profile: ProfileMethod;
  /** Indicators to treat as counts, and as rates, whatever the table and the catalogue say. */
  cumulativeList: string;
  pointInTimeList: string;
  partnershipName: string;
  partnerSheet: string;
  partnerColumn: string;
}

/** Field-by-field problems, each a sentence saying what to enter. */
export function validateDraft(d: Draft): Partial<Record<keyof Draft, string>> {
  const errors: Partial<Record<keyof Draft, string>> = {};
  if (d.asAt.trim() && !parseDate(d.asAt)) {
    errors.asAt = "Enter a date such as 30/06/2010 or 30 June 2010, or leave it empty for today.";
  }
  const t = Number(d.tolerance);
  if (d.tolerance.trim() === "" || !Number.isFinite(t) || t < 0 || t > 100) {
    errors.tolerance = "Enter a percentage from 0 to 100, such as 5.";
  }
  const pot = poundsOf(d.rewardPot);
  if (d.rewardPot.trim() !== "" && !(pot !== undefined && pot > 0)) {
    errors.rewardPot = "Enter an amount in pounds, such as 2500000, or leave it empty for no pot.";
  }
  const threshold = Number(d.rewardThreshold);
  if (d.rewardThreshold.trim() === "" || !(threshold >= 0 && threshold <= 100)) {
    errors.rewardThreshold = "Enter a percentage from 0 to 100, such as 60.";
  }
  const cap = Number(d.rewardCap);
  if (d.rewardCap.trim() === "" || !(cap > 0 && cap <= 1000)) {
    errors.rewardCap = "Enter a percentage above 0, such as 100.";
  }
  const both = names(d.cumulativeList).filter((n) =>
    names(d.pointInTimeList).some((m) => m.toLowerCase() === n.toLowerCase())
  );
  if (both.length > 0) {
    errors.pointInTimeList = `${both[0]} is in both lists: keep it in one.`;
  }
  if (d.partnerSheet.trim() && !/^[A-Za-z]{1,3}$/.test(d.partnerColumn.trim())) {
    errors.partnerColumn = "Enter a column letter such as A.";
  }
  return errors;
}

/** "NI 123, NI 16" → ["NI 123", "NI 16"]: names separated by commas, semicolons or new lines. */
function names(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((n) => n.trim())
    .filter((n) => n !== "");
}

/** The overrides as the two lists the officer edits. */
function overrideLists(
  cumulative: Readonly<Record<string, boolean>>
): Pick<Draft, "cumulativeList" | "pointInTimeList"> {
  const list = (flag: boolean): string =>
    Object.entries(cumulative)
      .filter(([, v]) => v === flag)
      .map(([k]) => k)
      .join(", ");
  return { cumulativeList: list(true), pointInTimeList: list(false) };
}

/** "2,500,000", "£2500000" → 2500000; undefined for anything else. */
function poundsOf(text: string): number | undefined {
  const t = text.trim().replace(/^£/, "").replace(/,/g, "");
  return /^\d+(?:\.\d+)?$/.test(t) ? Number(t) : undefined;
}

interface PercentFieldProps {
  readonly label: string;
  readonly hint: string;
  readonly min: number;
  readonly max: number;
  readonly value: string;
  readonly error?: string;
  readonly onChange: (value: string) => void;
}

/** A percentage: a labelled numeric input with its hint and, when wrong, what to enter. */
function PercentField({ label, hint, min, max, value, error, onChange }: PercentFieldProps) {
  return (
    <Field label={label} hint={hint} validationMessage={error}>
      <Input
        type="number"
        inputMode="decimal"
        min={min}
        max={max}
        value={value}
        onChange={(_e, d) => onChange(d.value)}
      />
    </Field>
  );
}

export interface SettingsPanelProps {
  readonly settings: PaneSettings;
  /** Today, ISO: what an empty as-at date means. */
  readonly today: string;
  /** Where they are saved, said to the officer ("in this workbook", "in this browser"). */
  readonly savedWhere: string;
  readonly onSave: (settings: PaneSettings) => Promise<void>;
}

/**
 * As-at date, tolerance, amber rule, the reward estimate (pot, threshold, cap), how counts are
 * profiled over the year and which indicators are counts or rates, partnership name and the partner
 * list (sheet + column).
 */
export function SettingsPanel({ settings, today, savedWhere, onSave }: SettingsPanelProps) {
  const styles = useStyles();
  const [draft, setDraft] = React.useState<Draft>(() => ({
    ...settings,
    asAt: settings.asAt ? (formatDate(settings.asAt) ?? settings.asAt) : "",
    ...overrideLists(settings.cumulative),
    tolerance: String(settings.tolerancePercent),
    rewardPot: settings.rewardPot === null ? "" : String(settings.rewardPot),
    rewardThreshold: String(settings.rewardThresholdPercent),
    rewardCap: String(settings.rewardCapPercent),
  }));
  const asAtIso = parseDate(draft.asAt);
  const problemId = useId("settings-problem");
  const [status, setStatus] = React.useState<{ ok: boolean; text: string } | undefined>();
  const [saving, setSaving] = React.useState(false);
  const errors = validateDraft(draft);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft({ ...draft, [key]: value });
    setStatus(undefined);
  };

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    if (Object.keys(errors).length > 0) {
      setStatus({
        ok: false,
        text: "Some settings need correcting before they can be saved (see the messages above).",
      });
      return;
    }
    setSaving(true);
    try {
      await onSave({
        asAt: draft.asAt.trim() ? (asAtIso ?? "") : "",
        tolerancePercent: Number(draft.tolerance),
        amberRule: draft.amberRule,
        rewardPot: poundsOf(draft.rewardPot) ?? null,
        rewardThresholdPercent: Number(draft.rewardThreshold),
        rewardCapPercent: Number(draft.rewardCap),
        profile: draft.profile,
        cumulative: Object.fromEntries([
          ...names(draft.cumulativeList).map((n) => [n, true] as const),
          ...names(draft.pointInTimeList).map((n) => [n, false] as const),
        ]),
        partnershipName: draft.partnershipName.trim(),
        partnerSheet: draft.partnerSheet.trim(),
        partnerColumn: draft.partnerColumn.trim().toUpperCase(),
      });
      setStatus({
        ok: true,
        text: `Settings saved ${savedWhere}. The results shown are checked again with them.`,
      });
    } catch (error) {
      setStatus({ ok: false, text: error instanceof Error ? error.message : String(error) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className={styles.form} onSubmit={save} aria-label="Settings" noValidate>
      <Field
        label="As-at date"
        hint={`${asAtIso ? `Rates as at ${formatDate(asAtIso)}.` : `Empty means today (${formatDate(today) ?? today}).`} Years ending after it are not due yet. Write it day first, e.g. 30/06/2010.`}
        validationMessage={errors.asAt}
      >
        <Input
          value={draft.asAt}
          placeholder="e.g. 30/06/2010"
          onChange={(_e, d) => set("asAt", d.value)}
        />
      </Field>
      <PercentField
        label="Amber tolerance (% of target)"
        hint="A miss of no more than this is Amber; more is Red."
        min={0}
        max={100}
        value={draft.tolerance}
        error={errors.tolerance}
        onChange={(v) => set("tolerance", v)}
      />
      <Field label="Amber means">
        <RadioGroup
          value={draft.amberRule}
          onChange={(_e, d) =>
            set("amberRule", AMBER_RULES.find((r) => r === d.value) ?? "tolerance")
          }
        >
          {AMBER_RULES.map((r) => (
            <Radio key={r} value={r} label={AMBER_RULE_TERMS[r]} />
          ))}
        </RadioGroup>
      </Field>
      <Field
        label="Reward pot (£)"
        hint="Performance reward grant shared among the designated targets. Empty: shares only."
        validationMessage={errors.rewardPot}
      >
        <Input
          inputMode="decimal"
          value={draft.rewardPot}
          onChange={(_e, d) => set("rewardPot", d.value)}
        />
      </Field>
      <div className={styles.pair}>
        <PercentField
          label="Reward threshold (%)"
          hint="Nothing is paid below this share of the planned improvement."
          min={0}
          max={100}
          value={draft.rewardThreshold}
          error={errors.rewardThreshold}
          onChange={(v) => set("rewardThreshold", v)}
        />
        <PercentField
          label="Reward cap (%)"
          hint="No more is paid above this share."
          min={1}
          max={1000}
          value={draft.rewardCap}
          error={errors.rewardCap}
          onChange={(v) => set("rewardCap", v)}
        />
      </div>
      <Field label="Profile a count's target over the year">
        <RadioGroup
          value={draft.profile}
          onChange={(_e, d) => set("profile", d.value === "previous-year" ? d.value : "even")}
        >
          <Radio value="even" label="Evenly: a quarter of it each quarter" />
          <Radio value="previous-year" label="As last year's quarters built up" />
        </RadioGroup>
      </Field>
      <Field
        label="Counts (build up through the year)"
        hint="Codes such as NI 123, separated by commas: rated on their total to date."
      >
        <Input value={draft.cumulativeList} onChange={(_e, d) => set("cumulativeList", d.value)} />
      </Field>
      <Field
        label="Rates (a position at a point in time)"
        hint="Codes such as NI 156: rated on their latest value against the year's target."
        validationMessage={errors.pointInTimeList}
      >
        <Input
          value={draft.pointInTimeList}
          onChange={(_e, d) => set("pointInTimeList", d.value)}
        />
      </Field>
      <Field label="Partnership name" hint="The title of the board sheet.">
        <Input
          value={draft.partnershipName}
          onChange={(_e, d) => set("partnershipName", d.value)}
        />
      </Field>
      <div className={styles.pair}>
        <Field label="Partner list sheet" hint="Leave empty to skip the partner check.">
          <Input value={draft.partnerSheet} onChange={(_e, d) => set("partnerSheet", d.value)} />
        </Field>
        <Field label="Column" validationMessage={errors.partnerColumn}>
          <Input
            value={draft.partnerColumn}
            maxLength={3}
            size="small"
            onChange={(_e, d) => set("partnerColumn", d.value)}
          />
        </Field>
      </div>
      <div>
        <Button type="submit" appearance="primary" disabled={saving}>
          Save settings
        </Button>
      </div>
      {status &&
        // A saved note is plain text: the pane shows at most one success bar (the results').
        (status.ok ? (
          <Text role="status">{status.text}</Text>
        ) : (
          <MessageBar intent="error" layout="multiline" role="alert" aria-labelledby={problemId}>
            <MessageBarBody id={problemId}>{status.text}</MessageBarBody>
          </MessageBar>
        ))}
    </form>
  );
}
