import type { Status } from '../checks/check.js';
import { eachThrough, type Finding } from './finding.js';
import { UsageError } from '../errors.js';

export interface ResourceTag {
  key: string;
  value: string;
}

/** `Key=Value` as `--resource-tag` takes it; the value may be empty, the key may not. */
export function parseResourceTag(text: string): ResourceTag {
  const equals = text.indexOf('=');
  if (equals <= 0) throw new UsageError(`"${text}" is not Key=Value`);
  return { key: text.slice(0, equals), value: text.slice(equals + 1) };
}

const ARN = /^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:(\d{12})?:.+$/;

export function parseResourceArn(text: string): string {
  if (!ARN.test(text)) throw new UsageError(`"${text}" is not an ARN (arn:partition:service:region:account:resource)`);
  return text;
}

/** The resources a scan reports on: those carrying any of the tags, or those named by ARN. */
export type ResourceScope = { tags: ResourceTag[] } | { arns: string[] };

function inScope(finding: Finding, scope: ResourceScope): boolean {
  if ('arns' in scope) return scope.arns.includes(finding.resource.arn);
  return scope.tags.some(({ key, value }) => finding.resource.tags[key] === value);
}

/**
 * Findings about the resources in scope. ERROR findings stay whatever their resource: a scope that
 * could not be read may hold the very resources asked about, and silence would read as compliance.
 */
export function findingsInScope(findings: Iterable<Finding>, scope: ResourceScope | undefined): Iterable<Finding> {
  if (!scope) return findings;
  return eachThrough(findings, (finding) => (finding.status === 'ERROR' || inScope(finding, scope) ? finding : undefined));
}

/** What `--status` lets through to the output files. */
export function findingsWithStatus(findings: Iterable<Finding>, statuses: readonly Status[] | undefined): Iterable<Finding> {
  if (!statuses?.length) return findings;
  const wanted = new Set(statuses);
  return eachThrough(findings, (finding) => (wanted.has(finding.status) ? finding : undefined));
}
