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
import { AMBER_RULES, AMBER_RULE_TERMS, AmberRule, formatDate, parseDate } from "../../engine";
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
  if (d.partnerSheet.trim() && !/^[A-Za-z]{1,3}$/.test(d.partnerColumn.trim())) {
    errors.partnerColumn = "Enter a column letter such as A.";
  }
  return errors;
}

export interface SettingsPanelProps {
  readonly settings: PaneSettings;
  /** Today, ISO: what an empty as-at date means. */
  readonly today: string;
  /** Where they are saved, said to the officer ("in this workbook", "in this browser"). */
  readonly savedWhere: string;
  readonly onSave: (settings: PaneSettings) => Promise<void>;
}

/** As-at date, tolerance, amber rule, partnership name and the partner list (sheet + column). */
export function SettingsPanel({ settings, today, savedWhere, onSave }: SettingsPanelProps) {
  const styles = useStyles();
  const [draft, setDraft] = React.useState<Draft>(() => ({
    ...settings,
    asAt: settings.asAt ? (formatDate(settings.asAt) ?? settings.asAt) : "",
    tolerance: String(settings.tolerancePercent),
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
      <Field
        label="Amber tolerance (% of target)"
        hint="A miss of no more than this is Amber; more is Red."
        validationMessage={errors.tolerance}
      >
        <Input
          type="number"
          inputMode="decimal"
          min={0}
          max={100}
          value={draft.tolerance}
          onChange={(_e, d) => set("tolerance", d.value)}
        />
      </Field>
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
