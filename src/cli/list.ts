import { checkCatalog, loadChecks } from '../checks/catalog.js';
import { SEVERITIES, type CheckMetadata, type Severity } from '../checks/check.js';
import { selectChecks, type Selection } from '../checks/selection.js';
import type { AwsConfigKey } from '../config/aws-config.js';
import { ExitCode, UsageError } from '../errors.js';
import { loadFrameworks } from '../compliance/framework.js';
import { renderComplianceList, renderRequirementList } from '../compliance/list.js';
import { checksOfFrameworks, findFramework } from '../compliance/select.js';
import { readChecksFile } from './checks-file.js';

/** The flags that choose checks, as `scanner aws` receives them. */
export interface SelectionFlags {
  checks?: string[];
  checksFile?: string;
  services?: string[];
  severity?: string[];
  category?: string[];
  excludedChecks?: string[];
  excludedServices?: string[];
  compliance?: string[];
}

const LISTINGS = ['listChecks', 'listChecksJson', 'listServices', 'listCategories', 'listConfig', 'listCompliance', 'listComplianceRequirements'] as const;

/** Whether `scanner aws` was asked for a listing rather than a scan. */
export function isListing(raw: Record<string, unknown>): boolean {
  return LISTINGS.some((flag) => raw[flag] === true || (typeof raw[flag] === 'string' && raw[flag] !== ''));
}

const isSeverity = (value: string): value is Severity => (SEVERITIES as readonly string[]).includes(value);

/** The checks to run from the selection flags (and the checks file they name). */
export function selectionOf(flags: SelectionFlags): Selection {
  const fromFile = flags.checksFile ? readChecksFile(flags.checksFile) : [];
  const frameworks = flags.compliance?.map((name) => findFramework(loadFrameworks(), name));
  const fromFrameworks = frameworks ? checksOfFrameworks(frameworks, checkCatalog.map((check) => check.id)) : [];
  const checks = [...(flags.checks ?? []), ...fromFile, ...fromFrameworks];
  const badSeverity = flags.severity?.find((level) => !isSeverity(level));
  if (badSeverity !== undefined) throw new UsageError(`--severity must be one of ${SEVERITIES.join(', ')}, not ${badSeverity}`);
  return {
    checks: checks.length ? checks : undefined,
    services: flags.services,
    severities: flags.severity?.filter(isSeverity),
    categories: flags.category,
    excludedChecks: flags.excludedChecks,
    excludedServices: flags.excludedServices,
  };
}

/**
 * `--list-checks`, `--list-services`, `--list-categories` (narrowed by the selection flags) and
 * `--list-config`. Commander hands the flags over as strings and lists of strings; the selection
 * checks every name against the catalog, which is all a listing needs of them.
 */
export async function listAws(raw: Record<string, unknown>): Promise<number> {
  if (raw.listCompliance === true) {
    process.stdout.write(renderComplianceList(loadFrameworks(), checkCatalog));
    return ExitCode.ok;
  }
  if (typeof raw.listComplianceRequirements === 'string') {
    process.stdout.write(renderRequirementList(findFramework(loadFrameworks(), raw.listComplianceRequirements), checkCatalog));
    return ExitCode.ok;
  }
  if (raw.listConfig === true) {
    const { renderConfigList } = await import('../config/list.js');
    process.stdout.write(renderConfigList(await configReaders()));
    return ExitCode.ok;
  }
  const checks = selectChecks(checkCatalog, selectionOf(raw), { listing: true });
  if (raw.listServices === true) process.stdout.write(renderServiceList(checks));
  if (raw.listCategories === true) process.stdout.write(renderCategoryList(checks));
  if (raw.listChecks === true) process.stdout.write(renderCheckList(checks));
  if (raw.listChecksJson === true) process.stdout.write(renderCheckListJson(checks));
  return ExitCode.ok;
}

/** `--list-checks`: one aligned line per check, for people. */
export function renderCheckList(checks: readonly CheckMetadata[]): string {
  const idWidth = Math.max(8, ...checks.map((c) => c.id.length));
  const serviceWidth = Math.max(7, ...checks.map((c) => c.service.length));
  const row = (id: string, service: string, severity: string, title: string) =>
    `${id.padEnd(idWidth)}  ${service.padEnd(serviceWidth)}  ${severity.padEnd(13)}  ${title}`;
  return [
    row('CHECK ID', 'SERVICE', 'SEVERITY', 'TITLE'),
    ...checks.map((c) => row(c.id, c.service, c.severity, c.title)),
    `\n${checks.length} check${checks.length === 1 ? '' : 's'}`,
    '',
  ].join('\n');
}

/** `--list-checks-json`: the same facts for machines. */
export function renderCheckListJson(checks: readonly CheckMetadata[]): string {
  const entries = checks.map((c) => ({
    id: c.id,
    service: c.service,
    severity: c.severity,
    title: c.title,
    resourceType: c.resourceType,
    categories: c.categories,
  }));
  return `${JSON.stringify(entries, null, 2)}\n`;
}

/** A table of names with how many checks each has, for `--list-services` and `--list-categories`. */
function renderCheckCounts(heading: string, plural: string, namesPerCheck: readonly (readonly string[])[]): string {
  const counts = new Map<string, number>();
  for (const names of namesPerCheck) for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  const names = [...counts.keys()].sort();
  const width = Math.max(heading.length, ...names.map((n) => n.length));
  return [
    `${heading.padEnd(width)}  CHECKS`,
    ...names.map((n) => `${n.padEnd(width)}  ${counts.get(n)}`),
    `\n${names.length} ${names.length === 1 ? heading.toLowerCase() : plural}`,
    '',
  ].join('\n');
}

/** `--list-services`: each service that has checks, with how many. */
export function renderServiceList(checks: readonly CheckMetadata[]): string {
  return renderCheckCounts('SERVICE', 'services', checks.map((c) => [c.service]));
}

/** `--list-categories`: each category (internet-exposed, encryption...), with how many checks. */
export function renderCategoryList(checks: readonly CheckMetadata[]): string {
  return renderCheckCounts('CATEGORY', 'categories', checks.map((c) => c.categories));
}

/**
 * `--list-config`: which checks read each config key. Only a check's code declares the keys it
 * reads, so this one listing imports every check module (none of them imports an AWS SDK).
 */
export async function configReaders(): Promise<Map<AwsConfigKey, string[]>> {
  const readers = new Map<AwsConfigKey, string[]>();
  for (const { metadata, logic } of await loadChecks(checkCatalog)) {
    for (const key of logic.config ?? []) readers.set(key, [...(readers.get(key) ?? []), metadata.id]);
  }
  return readers;
}
