import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { complianceOfCheck } from '../compliance/framework.js';
import type { Finding } from '../findings/finding.js';
import { ouPathName } from '../organization/account.js';
import type { OutputWriter, ScanContext } from './context.js';

type Column = (finding: Finding, context: ScanContext) => string;

/** `a | b | c`, the way Prowler flattens a list into one cell. */
function joinList(items: readonly string[]): string {
  return items.join(' | ');
}

/** `key=value | key2=value2`, the way Prowler flattens resource tags into one cell. */
function joinTags(tags: Readonly<Record<string, string>>): string {
  return joinList(Object.entries(tags).map(([key, value]) => `${key}=${value}`));
}

// Columns the scanner has nothing for; organizations have no name in AWS Organizations.
const unknown: Column = () => '';

/**
 * Prowler's CSV columns, in Prowler's order, so that anything built on Prowler's CSV (spreadsheets,
 * dashboards, diffing scripts) reads ours unchanged.
 */
const COLUMNS = {
  // Prowler names the credential source (a profile); what the scanner knows for sure is who the
  // credentials turned out to be.
  AUTH_METHOD: (_, context) => `caller: ${context.account.callerArn}`,
  TIMESTAMP: (finding) => finding.timestamp,
  ACCOUNT_UID: (finding) => finding.accountId,
  ACCOUNT_NAME: (finding) => finding.account?.name ?? '',
  ACCOUNT_EMAIL: (finding) => finding.account?.email ?? '',
  ACCOUNT_ORGANIZATION_UID: (_, context) => context.organization?.id ?? '',
  ACCOUNT_ORGANIZATION_NAME: unknown,
  ACCOUNT_TAGS: (finding) => joinTags(finding.account?.tags ?? {}),
  FINDING_UID: (finding) => finding.uid,
  PROVIDER: () => 'aws',
  CHECK_ID: (finding) => finding.check.id,
  CHECK_TITLE: (finding) => finding.check.title,
  CHECK_TYPE: (finding) => joinList(finding.check.checkType),
  STATUS: (finding) => finding.status,
  STATUS_EXTENDED: (finding) => finding.statusExtended,
  // Python's spelling of booleans, as Prowler's CSV has it.
  MUTED: (finding) => (finding.muted ? 'True' : 'False'),
  SERVICE_NAME: (finding) => finding.check.service,
  SUBSERVICE_NAME: unknown,
  SEVERITY: (finding) => finding.severity,
  RESOURCE_TYPE: (finding) => finding.check.resourceType,
  RESOURCE_UID: (finding) => finding.resource.arn,
  // Prowler fills its resource name with the resource's ID (bucket name, instance ID) on AWS.
  RESOURCE_NAME: (finding) => finding.resource.id,
  RESOURCE_DETAILS: unknown,
  RESOURCE_TAGS: (finding) => joinTags(finding.resource.tags),
  PARTITION: (finding) => finding.partition,
  REGION: (finding) => finding.region,
  DESCRIPTION: (finding) => finding.check.description,
  RISK: (finding) => finding.check.risk,
  RELATED_URL: (finding) => finding.check.relatedUrl ?? '',
  REMEDIATION_RECOMMENDATION_TEXT: (finding) => finding.check.remediation.text,
  REMEDIATION_RECOMMENDATION_URL: (finding) => finding.check.remediation.url ?? '',
  REMEDIATION_CODE_NATIVEIAC: (finding) => finding.check.remediation.nativeIaC ?? '',
  REMEDIATION_CODE_TERRAFORM: (finding) => finding.check.remediation.terraform ?? '',
  REMEDIATION_CODE_CLI: (finding) => finding.check.remediation.cli ?? '',
  REMEDIATION_CODE_OTHER: (finding) => finding.check.remediation.other ?? '',
  // `CIS-6.0: 2.3, 2.4 | PCI-4.0: 8.4.1`, as Prowler flattens a finding's requirements.
  COMPLIANCE: (finding) =>
    joinList(Object.entries(complianceOfCheck(finding.check.id)).map(([framework, requirements]) => `${framework}: ${requirements.join(', ')}`)),
  CATEGORIES: (finding) => joinList(finding.check.categories),
  DEPENDS_ON: unknown,
  RELATED_TO: unknown,
  NOTES: unknown,
  PROWLER_VERSION: (_, context) => context.scannerVersion,
  ADDITIONAL_URLS: unknown,
  ACCOUNT_OU_UID: (finding) => finding.account?.ouPath.at(-1)?.id ?? '',
  ACCOUNT_OU_NAME: (finding) => (finding.account ? ouPathName(finding.account) : ''),
} satisfies Record<string, Column>;

export const CSV_COLUMNS = Object.keys(COLUMNS) as (keyof typeof COLUMNS)[];

/** What a spreadsheet takes for the start of a formula (or, for tab and CR, a way to hide one). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell a spreadsheet shows as text, never evaluates: names and tags come from the scanned
 * account, and IAM allows a user named `=HYPERLINK(...)`. OWASP's remedy for CSV injection is a
 * leading single quote, which spreadsheets hide and which leaves every other cell as it is.
 */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

function* records(findings: Iterable<Finding>, context: ScanContext): Generator<string[]> {
  yield CSV_COLUMNS;
  const columns: Column[] = Object.values(COLUMNS);
  for (const finding of findings) yield columns.map((column) => neutraliseFormula(column(finding, context)));
}

/**
 * One row per finding, `;`-separated, header first. Lines end in CRLF, as Python's csv module
 * writes them for Prowler, any cell holding a separator, a quote or a line break is quoted, and no
 * cell starts a formula.
 */
export const writeCsv: OutputWriter = (findings, context, out) => pipeline(records(findings, context), prowlerCsv(), out);

/** Prowler's CSV dialect: `;`-separated, CRLF line ends, quoted only where a cell needs it. */
export function prowlerCsv(): ReturnType<typeof stringify> {
  return stringify({ delimiter: ';', record_delimiter: 'windows', quote_record_delimiter: true });
}
