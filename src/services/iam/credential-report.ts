import { z } from 'zod';
import type { AwsResource } from '../resource-map.js';
import { parse } from '../collection.js';

/** The name the credential report gives the account's root user. */
export const ROOT_USER = '<root_account>';

export interface AccessKeyStatus {
  active: boolean;
  /** When the key was created or last rotated; null when the slot holds no key. */
  lastRotated: Date | null;
  /** null when the key was never used (or the slot is empty). */
  lastUsed: Date | null;
}

/** One row of the IAM credential report: an IAM user, or the root user. */
export interface CredentialReportEntry extends AwsResource {
  root: boolean;
  /** Only IAM users can have a console password the report calls enabled; root reads not_supported. */
  passwordEnabled: boolean;
  /** null when there is no record of the password being used. */
  passwordLastUsed: Date | null;
  mfaActive: boolean;
  /** The report's two access-key slots, in order (access key 1, access key 2). */
  accessKeys: [AccessKeyStatus, AccessKeyStatus];
  /**
   * The "now" that credential ages are measured against: when the report was read. Prowler
   * measures against its clock during the scan, and this is that moment; the report's own
   * GeneratedTime is not used because AWS hands out a cached report for up to four hours.
   */
  readAt: Date;
}

/** The report writes these instead of a date when it has none to give. */
const NO_DATE = new Set(['N/A', 'no_information', 'not_supported', '']);

const reportDate = z.string().transform((value, context) => {
  if (NO_DATE.has(value)) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    context.addIssue({ code: 'custom', message: `not a date: ${value}` });
    return z.NEVER;
  }
  return date;
});

const flag = z.string().transform((value) => value === 'true');

const RowSchema = z.object({
  user: z.string().min(1),
  arn: z.string().min(1),
  password_enabled: flag,
  password_last_used: reportDate,
  mfa_active: flag,
  access_key_1_active: flag,
  access_key_1_last_rotated: reportDate,
  access_key_1_last_used_date: reportDate,
  access_key_2_active: flag,
  access_key_2_last_rotated: reportDate,
  access_key_2_last_used_date: reportDate,
});

/** Parses the report's CSV into entries; a row that is not what AWS documents throws. */
export function parseCredentialReport(csv: string, region: string, readAt: Date): CredentialReportEntry[] {
  const [header, ...rows] = parseCsv(csv);
  if (!header) return [];
  return rows.map((cells) => {
    const record = Object.fromEntries(header.map((column, index) => [column, cells[index] ?? '']));
    const row = parse(RowSchema, record, 'credential report row');
    return {
      arn: row.arn,
      id: row.user,
      region,
      tags: {},
      root: row.user === ROOT_USER,
      passwordEnabled: row.password_enabled,
      passwordLastUsed: row.password_last_used,
      mfaActive: row.mfa_active,
      accessKeys: [
        { active: row.access_key_1_active, lastRotated: row.access_key_1_last_rotated, lastUsed: row.access_key_1_last_used_date },
        { active: row.access_key_2_active, lastRotated: row.access_key_2_last_rotated, lastUsed: row.access_key_2_last_used_date },
      ],
      readAt,
    };
  });
}

/**
 * RFC 4180 CSV: user names may contain commas (IAM allows them), so quoted cells are honoured.
 * Blank lines are dropped.
 */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      if (row.some((value) => value !== '')) rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  row.push(cell);
  if (row.some((value) => value !== '')) rows.push(row);
  return rows;
}

/** Whole days from `since` to `until`, rounded down as Prowler counts them (timedelta.days). */
export function daysBetween(since: Date, until: Date): number {
  return Math.floor((until.getTime() - since.getTime()) / 86_400_000);
}
