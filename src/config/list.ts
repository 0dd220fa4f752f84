import { AWS_CONFIG_KEYS, type AwsConfigKey, DEFAULT_AWS_CONFIG } from './aws-config.js';

/** The check IDs that read each key; a key missing from the map is read by none. */
export type ConfigReaders = ReadonlyMap<AwsConfigKey, readonly string[]>;

/** Long default lists (90 CloudTrail actions) are cut to this many characters in the table. */
const DEFAULT_COLUMN_LIMIT = 48;

const configKeys = Object.keys(AWS_CONFIG_KEYS) as AwsConfigKey[];

const readersOf = (readers: ConfigReaders, key: AwsConfigKey) => [...(readers.get(key) ?? [])].sort();

/** `--list-config`: one aligned line per key with its default and the checks that read it, for people. */
export function renderConfigList(readers: ConfigReaders): string {
  const rows = configKeys.map((key) => {
    const checks = readersOf(readers, key);
    return [key, renderDefault(DEFAULT_AWS_CONFIG[key]), checks.length > 0 ? checks.join(', ') : '-'] as const;
  });
  const keyWidth = Math.max(3, ...rows.map(([key]) => key.length));
  const defaultWidth = Math.max(7, ...rows.map(([, value]) => value.length));
  const line = (key: string, value: string, checks: string) =>
    `${key.padEnd(keyWidth)}  ${value.padEnd(defaultWidth)}  ${checks}`;
  const read = configKeys.filter((key) => readersOf(readers, key).length > 0).length;
  return [
    line('KEY', 'DEFAULT', 'CHECKS'),
    ...rows.map((row) => line(...row)),
    `\n${configKeys.length} config keys, ${read} read by a check`,
    '',
  ].join('\n');
}

/** `--list-config-json`: every key with its full default, description and readers, for machines. */
export function renderConfigListJson(readers: ConfigReaders): string {
  const entries = configKeys.map((key) => ({
    key,
    default: DEFAULT_AWS_CONFIG[key],
    description: AWS_CONFIG_KEYS[key].description,
    checks: readersOf(readers, key),
  }));
  return `${JSON.stringify(entries, null, 2)}\n`;
}

/** `45`, `null`, `[me-south-1, me-central-1]`, or a long list cut short: `[a, b, ... 88 more]`. */
function renderDefault(value: unknown): string {
  if (!Array.isArray(value)) return String(value);
  const items = value.map(String);
  const listing = (shown: number) =>
    shown === items.length
      ? `[${items.join(', ')}]`
      : `[${items.slice(0, shown).join(', ')}, ... ${items.length - shown} more]`;
  let shown = items.length;
  while (shown > 1 && listing(shown).length > DEFAULT_COLUMN_LIMIT) shown--;
  return listing(shown);
}
