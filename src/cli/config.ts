/**
 * `--config <file.json>`: partner list and aliases, thresholds and severities. Every key is checked;
 * a bad one stops the command with a sentence naming it (exit 2), because a silently ignored typo would
 * give an officer the wrong ratings.
 */
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { AMBER_RULES, Settings } from "../engine";
import { orList } from "./format/text";
import { CliError } from "./io";

/** The settings a config file may set (asAt comes from --as-at, never from a shared file). */
export type ConfigSettings = Partial<Omit<Settings, "asAt">>;

type Check = (value: unknown, key: string) => unknown;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function fail(file: string, key: string, expected: string): never {
  throw new CliError(`The config file '${file}' has a bad "${key}": it must be ${expected}.`);
}

function checks(file: string): Record<keyof ConfigSettings, Check> {
  const text = (v: unknown, key: string): string =>
    typeof v === "string" && v.trim() !== "" ? v : fail(file, key, "a non-empty text");
  const percent = (min: number, max: number) => (v: unknown, key: string) =>
    typeof v === "number" && Number.isFinite(v) && v >= min && v <= max
      ? v
      : fail(file, key, `a number from ${min} to ${max}`);
  return {
    partnershipName: text,
    partners: (v, key) =>
      Array.isArray(v) && v.every((p) => typeof p === "string" && p.trim() !== "")
        ? v
        : fail(file, key, 'a list of partner names, e.g. ["Salford City Council", "NHS Salford"]'),
    partnerAliases: (v, key) => {
      if (!isRecord(v))
        fail(file, key, 'an object of alias → partner name, e.g. {"PCT": "NHS Salford"}');
      for (const [alias, name] of Object.entries(v)) text(name, `${key}.${alias}`);
      return v;
    },
    tolerancePercent: percent(0, 100),
    noChangeBandPercent: percent(0, 100),
    stretchPercent: percent(0, 10000),
    amberRule: (v, key) =>
      AMBER_RULES.find((r) => r === v) ?? fail(file, key, orList(AMBER_RULES.map((r) => `"${r}"`))),
    rewardPot: (v, key) =>
      typeof v === "number" && Number.isFinite(v) && v > 0
        ? v
        : fail(file, key, "an amount in pounds greater than 0, e.g. 2500000"),
    profile: (v, key) =>
      v === "even" || v === "previous-year" ? v : fail(file, key, '"even" or "previous-year"'),
    cumulative: (v, key) => {
      if (!isRecord(v))
        fail(file, key, 'an object of indicator → true or false, e.g. {"NI 156": false}');
      for (const [name, flag] of Object.entries(v)) {
        if (typeof flag !== "boolean")
          fail(file, `${key}.${name}`, "true (builds up through the year) or false (a rate)");
      }
      return v;
    },
    rewardThresholdPercent: percent(0, 100),
    rewardCapPercent: percent(1, 1000),
    severities: (v, key) => {
      if (!isRecord(v))
        fail(file, key, 'an object of finding code → severity, e.g. {"indicator.local": "off"}');
      for (const [code, sev] of Object.entries(v)) {
        if (!/^[a-z]+\.[a-z-]+$/.test(code))
          fail(file, `${key}.${code}`, "a finding code such as target.stretch");
        if (sev !== "error" && sev !== "warning" && sev !== "info" && sev !== "off") {
          fail(file, `${key}.${code}`, '"error", "warning", "info" or "off"');
        }
      }
      return v;
    },
  };
}

/** Validates parsed JSON as config settings; `file` names the file in messages. */
export function parseConfig(json: unknown, file: string): ConfigSettings {
  if (!isRecord(json))
    throw new CliError(`The config file '${file}' must hold one JSON object of settings.`);
  const known = checks(file);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(json)) {
    if (key.startsWith("//") || key === "$schema") continue;
    const check = known[key as keyof ConfigSettings];
    if (!check) {
      const names = Object.keys(known).join(", ");
      throw new CliError(
        `The config file '${file}' has an unknown key "${key}": use only ${names}.`
      );
    }
    out[key] = check(value, key);
  }
  return out as ConfigSettings;
}

/** Reads and validates a config file. */
export async function loadConfig(path: string): Promise<ConfigSettings> {
  const file = basename(path);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new CliError(`The config file '${path}' cannot be read: check the path.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message.replace(/\.$/, "") : "syntax error";
    throw new CliError(
      `The config file '${file}' is not valid JSON (${why}): fix it in a text editor.`
    );
  }
  return parseConfig(json, file);
}
