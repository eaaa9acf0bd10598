import * as React from "react";
import { tokens } from "@fluentui/react-components";
import { ErrorCircle20Filled, Info20Filled, Warning20Filled } from "@fluentui/react-icons";
import { Severity } from "../../engine";

/** Words for severities: status is never shown by colour or icon alone. */
export const SEVERITY_WORD: Readonly<Record<Severity, string>> = {
  error: "Error",
  warning: "Warning",
  info: "Info",
};

export const SEVERITY_PLURAL: Readonly<Record<Severity, string>> = {
  error: "Errors",
  warning: "Warnings",
  info: "Info",
};

/** The icon beside a severity word (decorative: the word carries the meaning). */
export function SeverityIcon({ severity }: { severity: Severity }) {
  if (severity === "error")
    return <ErrorCircle20Filled aria-hidden color={tokens.colorStatusDangerForeground1} />;
  if (severity === "warning")
    return <Warning20Filled aria-hidden color={tokens.colorStatusWarningForeground1} />;
  return <Info20Filled aria-hidden color={tokens.colorNeutralForeground3} />;
}
