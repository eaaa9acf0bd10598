import * as React from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { AmberRule } from "../../engine";
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
  if (d.asAt && (!/^\d{4}-\d{2}-\d{2}$/.test(d.asAt) || Number.isNaN(Date.parse(d.asAt)))) {
    errors.asAt = "Enter a date such as 2010-06-30, or leave it empty for today.";
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
  /** Where they are saved, said to the officer ("in this workbook", "in this browser"). */
  readonly savedWhere: string;
  readonly onSave: (settings: PaneSettings) => Promise<void>;
}

/** As-at date, tolerance, amber rule, partnership name and the partner list (sheet + column). */
export function SettingsPanel({ settings, savedWhere, onSave }: SettingsPanelProps) {
  const styles = useStyles();
  const [draft, setDraft] = React.useState<Draft>(() => ({
    ...settings,
    tolerance: String(settings.tolerancePercent),
  }));
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
        asAt: draft.asAt,
        tolerancePercent: Number(draft.tolerance),
        amberRule: draft.amberRule,
        partnershipName: draft.partnershipName.trim(),
        partnerSheet: draft.partnerSheet.trim(),
        partnerColumn: draft.partnerColumn.trim().toUpperCase(),
      });
      setStatus({ ok: true, text: `Settings saved ${savedWhere}.` });
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
        hint="Years ending after this date are not due yet. Empty means today."
        validationMessage={errors.asAt}
      >
        <Input type="date" value={draft.asAt} onChange={(_e, d) => set("asAt", d.value)} />
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
            set("amberRule", d.value === "improving" ? "improving" : "tolerance")
          }
        >
          <Radio value="tolerance" label="Off target, within the tolerance" />
          <Radio value="improving" label="Off target, but improving on last year" />
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
      {status && (
        <MessageBar intent={status.ok ? "success" : "error"} layout="multiline" role="status">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}
