import { complianceOfCheck } from '../compliance/framework.js';
import { createHash } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import type { Finding } from '../findings/finding.js';
import { ouPathName, type MemberAccount } from '../organization/account.js';
import type { OutputWriter, ScanContext } from './context.js';
import { inChunks } from './json-text.js';
import {
  DETECTION_FINDING_CLASS,
  OCSF_VERSION,
  OPEN,
  SCAN_ACTIVITY_CLASS,
  SEVERITY_IDS,
  SEVERITY_NAMES,
  SUPPRESSED,
  type OcsfDetectionFinding,
  type OcsfScanActivity,
  type OcsfScanFacts,
} from './ocsf-model.js';

function scanFacts(findings: Iterable<Finding>, context: ScanContext): OcsfScanFacts {
  const reported = new Set<string>();
  for (const finding of findings) reported.add(finding.check.id);
  return {
    ...(context.scanName ? { name: context.scanName } : {}),
    caller_arn: context.account.callerArn,
    ...(context.account.alias ? { account_alias: context.account.alias } : {}),
    regions: context.account.regions,
    checks_without_findings: context.checkIds.filter((id) => !reported.has(id)),
    started_at: context.startedAt.toISOString(),
    finished_at: context.finishedAt.toISOString(),
  };
}

/**
 * A UUIDv7 for the scan: its time part is the scan's start and the rest a digest of the scan, so
 * the same scan always gets the same ID and the writer stays a pure function.
 */
function scanId(context: ScanContext): string {
  const digest = createHash('sha256')
    .update(`${context.account.id}|${context.startedAt.toISOString()}|${context.scanName ?? ''}`)
    .digest('hex');
  const millis = context.startedAt.getTime().toString(16).padStart(12, '0').slice(-12);
  const variant = (0x8 | (parseInt(digest.charAt(3), 16) & 0x3)).toString(16);
  return `${millis.slice(0, 8)}-${millis.slice(8)}-7${digest.slice(0, 3)}-${variant}${digest.slice(4, 7)}-${digest.slice(7, 19)}`;
}

function recordMetadata(context: ScanContext): OcsfScanActivity['metadata'] {
  return {
    product: { name: 'scanner', uid: 'scanner', vendor_name: 'scanner', version: context.scannerVersion },
    profiles: ['cloud', 'datetime'],
    version: OCSF_VERSION,
  };
}

/** The account and, in an organization scan, its name, tags and place in the organization. */
function cloudOf(accountId: string, region: string, context: ScanContext, member?: MemberAccount): OcsfDetectionFinding['cloud'] {
  const parent = member?.ouPath.at(-1);
  const place = member && parent ? { ou_uid: parent.id, ou_name: ouPathName(member) } : {};
  return {
    account: {
      type: 'AWS Account',
      type_id: 10,
      uid: accountId,
      ...(member ? { name: member.name } : {}),
      labels: Object.entries(member?.tags ?? {}).map(([key, value]) => `${key}:${value}`),
    },
    org: {
      ...(context.organization ? { uid: context.organization.id } : {}),
      ...place,
    },
    provider: 'aws',
    region,
  };
}

function toOcsf(finding: Finding, context: ScanContext, scan: string, facts: OcsfScanFacts | undefined): OcsfDetectionFinding {
  const { check, resource } = finding;
  const epochSeconds = Math.floor(Date.parse(finding.timestamp) / 1000);
  return {
    message: finding.statusExtended,
    metadata: { event_code: check.id, ...recordMetadata(context) },
    severity_id: SEVERITY_IDS[finding.severity],
    severity: SEVERITY_NAMES[finding.severity],
    ...(finding.muted ? SUPPRESSED : OPEN),
    status_code: finding.status,
    status_detail: finding.statusExtended,
    risk_details: check.risk,
    finding_info: {
      analytic: { name: check.title, uid: check.id, type: 'Rule', type_id: 1, category: check.service },
      created_time: epochSeconds,
      created_time_dt: finding.timestamp,
      desc: check.description,
      title: check.title,
      uid: finding.uid,
      // As in Prowler on AWS: the resource's ID (bucket name, key ID) names the finding.
      name: resource.id,
      types: [...check.checkType],
    },
    resources: [
      {
        cloud_partition: finding.partition,
        region: finding.region,
        data: {
          details: '',
          metadata: { arn: resource.arn, id: resource.id, name: resource.name, region: finding.region, tags: { ...resource.tags } },
        },
        group: { name: check.service },
        labels: Object.entries(resource.tags).map(([key, value]) => `${key}:${value}`),
        name: resource.id,
        type: check.resourceType,
        uid: resource.arn,
      },
    ],
    category_name: 'Findings',
    category_uid: 2,
    class_name: 'Detection Finding',
    class_uid: DETECTION_FINDING_CLASS,
    cloud: cloudOf(finding.accountId, finding.region, context, finding.account),
    remediation: { desc: check.remediation.text, references: check.remediation.url ? [check.remediation.url] : [] },
    time: epochSeconds,
    time_dt: finding.timestamp,
    type_uid: 200401,
    type_name: 'Detection Finding: Create',
    activity_id: 1,
    activity_name: 'Create',
    unmapped: {
      related_url: check.relatedUrl ?? '',
      categories: [...check.categories],
      depends_on: [],
      related_to: [],
      additional_urls: [],
      notes: '',
      compliance: complianceOfCheck(check.id),
      scan_id: scan,
      provider_uid: finding.accountId,
      provider: 'aws',
      ...(finding.account ? { account_email: finding.account.email } : {}),
      ...(finding.severity === check.severity ? {} : { check_severity: check.severity }),
      ...(facts ? { scan: facts } : {}),
    },
  };
}


/**
 * The record of a scan that left nothing to write. Its timestamps are milliseconds, as OCSF
 * defines them; Detection Findings keep Prowler's seconds for the tools that read Prowler's files.
 */
function scanActivity(context: ScanContext, scan: string, facts: OcsfScanFacts): OcsfScanActivity {
  const { account } = context;
  const started = context.startedAt.getTime();
  const finished = context.finishedAt.getTime();
  return {
    message: `Scan of AWS account ${account.id} completed with no findings to report.`,
    metadata: recordMetadata(context),
    severity_id: 1,
    severity: 'Informational',
    status: 'Success',
    status_id: 1,
    scan: { uid: scan, ...(context.scanName ? { name: context.scanName } : {}), type: 'AWS account posture', type_id: 99 },
    num_detections: 0,
    start_time: started,
    start_time_dt: context.startedAt.toISOString(),
    end_time: finished,
    end_time_dt: context.finishedAt.toISOString(),
    duration: finished - started,
    category_name: 'Application Activity',
    category_uid: 6,
    class_name: 'Scan Activity',
    class_uid: SCAN_ACTIVITY_CLASS,
    // The home region of the account's partition: where the scan asked who the account is.
    cloud: cloudOf(account.id, account.globalRegion, context),
    time: finished,
    time_dt: context.finishedAt.toISOString(),
    type_uid: 600702,
    type_name: 'Scan Activity: Completed',
    activity_id: 2,
    activity_name: 'Completed',
    unmapped: { scan_id: scan, provider_uid: account.id, provider: 'aws', scan: facts },
  };
}

/** The scan facts ride on the first finding only; a scan without findings gets a Scan Activity to carry them. */
function* ocsfRecords(findings: Iterable<Finding>, context: ScanContext): Generator<OcsfDetectionFinding | OcsfScanActivity> {
  const scan = scanId(context);
  const facts = scanFacts(findings, context);
  let first = true;
  for (const finding of findings) {
    yield toOcsf(finding, context, scan, first ? facts : undefined);
    first = false;
  }
  if (first) yield scanActivity(context, scan, facts);
}

/** `JSON.stringify(records, null, 2)` and a line break, one record at a time. */
function* indentedArray(records: Iterable<object>): Generator<string> {
  let separator = '[\n';
  for (const record of records) {
    // JSON text holds no raw line break inside a string, so every one of them starts a line to indent.
    yield `${separator}  ${JSON.stringify(record, null, 2).replace(/\n/g, '\n  ')}`;
    separator = ',\n';
  }
  yield separator === '[\n' ? '[]\n' : '\n]\n';
}

/**
 * A JSON array of OCSF records, indented for people and diffs: one Detection Finding per finding,
 * or, when there is none, one Scan Activity.
 */
export const writeOcsf: OutputWriter = (findings, context, out) => pipeline(inChunks(indentedArray(ocsfRecords(findings, context))), out);
