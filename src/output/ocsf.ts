import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { SEVERITIES, STATUSES, type Severity } from '../checks/check.js';
import type { Finding } from '../findings/finding.js';
import { UsageError, describeError } from '../errors.js';
import { globalRegionOf, type Partition } from '../provider/arn.js';
import type { OutputWriter, ScanContext } from './context.js';

/** The OCSF schema version the findings follow. */
export const OCSF_VERSION = '1.5.0';

const SEVERITY_IDS = { informational: 1, low: 2, medium: 3, high: 4, critical: 5 } as const satisfies Record<Severity, number>;
const SEVERITY_NAMES = { informational: 'Informational', low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' } as const;

/** OCSF status: a muted finding is one the account owner has accepted, i.e. suppressed. */
const OPEN = { status: 'New', status_id: 1 } as const;
const SUPPRESSED = { status: 'Suppressed', status_id: 3 } as const;

/** An OCSF 1.x Detection Finding (class 2004) with the fields and conventions Prowler fills. */
export interface OcsfDetectionFinding {
  message: string;
  metadata: {
    event_code: string;
    product: { name: string; uid: string; vendor_name: string; version: string };
    profiles: string[];
    version: string;
  };
  severity_id: (typeof SEVERITY_IDS)[Severity];
  severity: (typeof SEVERITY_NAMES)[Severity];
  status: (typeof OPEN | typeof SUPPRESSED)['status'];
  status_id: (typeof OPEN | typeof SUPPRESSED)['status_id'];
  status_code: Finding['status'];
  status_detail: string;
  risk_details: string;
  finding_info: {
    analytic: { name: string; uid: string; type: 'Rule'; type_id: 1; category: string };
    created_time: number;
    created_time_dt: string;
    desc: string;
    title: string;
    uid: string;
    name: string;
    types: string[];
  };
  resources: {
    cloud_partition: string;
    region: string;
    data: { details: string; metadata: ResourceMetadata };
    group: { name: string };
    labels: string[];
    name: string;
    type: string;
    uid: string;
  }[];
  category_name: 'Findings';
  category_uid: 2;
  class_name: 'Detection Finding';
  class_uid: 2004;
  cloud: {
    account: { type: 'AWS Account'; type_id: 10; uid: string; labels: string[] };
    org: Record<string, never>;
    provider: 'aws';
    region: string;
  };
  remediation: { desc: string; references: string[] };
  time: number;
  time_dt: string;
  type_uid: 200401;
  type_name: 'Detection Finding: Create';
  activity_id: 1;
  activity_name: 'Create';
  unmapped: {
    related_url: string;
    categories: string[];
    depends_on: string[];
    related_to: string[];
    additional_urls: string[];
    notes: string;
    compliance: Record<string, string[]>;
    scan_id: string;
    provider_uid: string;
    provider: 'aws';
    scan: OcsfScanFacts;
  };
}

/**
 * What the report's header says about the scan as a whole, beside each finding (OCSF has no
 * document level), so `scanner report` can render the same report again from this file alone.
 */
interface OcsfScanFacts {
  name?: string;
  caller_arn: string;
  account_alias?: string;
  regions: string[];
  /** Checks that ran and found nothing to report on: the others are named by their findings. */
  checks_without_findings: string[];
  started_at: string;
  finished_at: string;
}

function scanFacts(findings: readonly Finding[], context: ScanContext): OcsfScanFacts {
  const reported = new Set(findings.map((finding) => finding.check.id));
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

/** What Prowler puts in `resources[].data.metadata`: the resource's own attributes. */
interface ResourceMetadata {
  arn: string;
  id: string;
  name: string;
  region: string;
  tags: Record<string, string>;
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

function toOcsf(finding: Finding, context: ScanContext, scan: string, facts: OcsfScanFacts): OcsfDetectionFinding {
  const { check, resource } = finding;
  const epochSeconds = Math.floor(Date.parse(finding.timestamp) / 1000);
  return {
    message: finding.statusExtended,
    metadata: {
      event_code: check.id,
      product: { name: 'scanner', uid: 'scanner', vendor_name: 'scanner', version: context.scannerVersion },
      profiles: ['cloud', 'datetime'],
      version: OCSF_VERSION,
    },
    severity_id: SEVERITY_IDS[check.severity],
    severity: SEVERITY_NAMES[check.severity],
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
    class_uid: 2004,
    cloud: {
      account: { type: 'AWS Account', type_id: 10, uid: finding.accountId, labels: [] },
      // The scanner does not read AWS Organizations, so the organization is known to be unknown.
      org: {},
      provider: 'aws',
      region: finding.region,
    },
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
      compliance: {},
      scan_id: scan,
      provider_uid: finding.accountId,
      provider: 'aws',
      scan: facts,
    },
  };
}

/** A JSON array of OCSF Detection Findings, one per finding, indented for people and diffs. */
export const writeOcsf: OutputWriter = (findings, context) => {
  const scan = scanId(context);
  const facts = scanFacts(findings, context);
  return `${JSON.stringify(
    findings.map((finding) => toOcsf(finding, context, scan, facts)),
    null,
    2,
  )}\n`;
};

const SEVERITY_BY_ID = new Map<number, Severity>(SEVERITIES.map((severity) => [SEVERITY_IDS[severity], severity]));

const severityId = z.number().transform((id, ctx) => {
  const severity = SEVERITY_BY_ID.get(id);
  if (severity === undefined) {
    ctx.addIssue({ code: 'custom', message: `severity_id ${id} has no scanner severity` });
    return z.NEVER;
  }
  return severity;
});

/**
 * The part of a Detection Finding that `readOcsf` needs, as the scanner (or Prowler) writes it.
 * Optional fields are those either tool may leave out.
 */
const OcsfFindingSchema = z.object({
  metadata: z.object({ event_code: z.string(), product: z.object({ version: z.string().default('') }).optional() }),
  severity_id: severityId,
  status_id: z.number(),
  status_code: z.enum(STATUSES),
  status_detail: z.string().default(''),
  risk_details: z.string().default(''),
  finding_info: z.object({
    uid: z.string(),
    title: z.string(),
    desc: z.string().default(''),
    types: z.array(z.string()).default([]),
  }),
  time_dt: z.string(),
  resources: z
    .array(
      z.object({
        uid: z.string(),
        name: z.string().default(''),
        type: z.string(),
        region: z.string().default(''),
        cloud_partition: z.string().default('aws'),
        group: z.object({ name: z.string() }),
        labels: z.array(z.string()).default([]),
        // Prowler's resource metadata differs per service, so its name and tags are read only when
        // they have the scanner's shape.
        data: z
          .object({
            metadata: z
              .object({
                name: z.string().optional().catch(undefined),
                tags: z.record(z.string(), z.string()).optional().catch(undefined),
              })
              .optional(),
          })
          .optional(),
      }),
    )
    .min(1),
  cloud: z.object({ account: z.object({ uid: z.string() }), region: z.string().default('') }),
  remediation: z.object({ desc: z.string().default(''), references: z.array(z.string()).default([]) }).optional(),
  unmapped: z
    .object({
      related_url: z.string().optional(),
      categories: z.array(z.string()).default([]),
      // Only the scanner writes these; a Prowler file leaves them to be derived from the findings.
      scan: z
        .object({
          name: z.string().optional(),
          caller_arn: z.string(),
          account_alias: z.string().optional(),
          regions: z.array(z.string()),
          checks_without_findings: z.array(z.string()).default([]),
          started_at: z.iso.datetime(),
          finished_at: z.iso.datetime(),
        })
        .optional()
        .catch(undefined),
    })
    .optional(),
});

type OcsfFindingInput = z.infer<typeof OcsfFindingSchema>;

/**
 * `key:value` labels back into tags, for files without resource metadata. Ambiguous when a key
 * holds a colon (`aws:cloudformation:stack-name`): the first colon is taken as the separator.
 */
function labelsToTags(labels: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    labels.map((label) => {
      const colon = label.indexOf(':');
      return colon === -1 ? [label, ''] : [label.slice(0, colon), label.slice(colon + 1)];
    }),
  );
}

function fromOcsf(input: OcsfFindingInput): Finding {
  const resource = input.resources[0]!;
  const relatedUrl = input.unmapped?.related_url;
  const remediationUrl = input.remediation?.references[0];
  return {
    uid: input.finding_info.uid,
    check: {
      id: input.metadata.event_code,
      service: resource.group.name,
      title: input.finding_info.title,
      severity: input.severity_id,
      resourceType: resource.type,
      categories: input.unmapped?.categories ?? [],
      checkType: input.finding_info.types,
      description: input.finding_info.desc,
      risk: input.risk_details,
      ...(relatedUrl ? { relatedUrl } : {}),
      // OCSF carries no remediation code; the check's own metadata has it, by `check.id`.
      remediation: { text: input.remediation?.desc ?? '', ...(remediationUrl ? { url: remediationUrl } : {}) },
    },
    status: input.status_code,
    statusExtended: input.status_detail,
    muted: input.status_id === SUPPRESSED.status_id,
    accountId: input.cloud.account.uid,
    partition: resource.cloud_partition,
    region: input.cloud.region || resource.region,
    resource: {
      arn: resource.uid,
      id: resource.name,
      name: resource.data?.metadata?.name ?? resource.name,
      tags: resource.data?.metadata?.tags ?? labelsToTags(resource.labels),
    },
    timestamp: input.time_dt,
  };
}

function parseOcsf(text: string): OcsfFindingInput[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/\s+/g, ' ') : String(error);
    throw new UsageError(`not a JSON-OCSF findings file: ${reason}`);
  }
  const result = z.array(OcsfFindingSchema).safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new UsageError(`not a JSON-OCSF findings file${where}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}

/**
 * Reads findings back from a JSON-OCSF file, so a report can be rendered again without a scan.
 * Shared metadata comes back per finding; remediation code does not travel through OCSF.
 */
export function readOcsf(text: string): Finding[] {
  return parseOcsf(text).map(fromOcsf);
}

const distinct = (values: Iterable<string>) => [...new Set(values)].filter(Boolean).sort();

/**
 * Findings and the scan around them, from a JSON-OCSF file. What the scanner recorded is used as
 * is; for a file without it (Prowler's), the regions, checks and times come from the findings.
 */
export function readOcsfScan(text: string): { findings: Finding[]; context: ScanContext } {
  const inputs = parseOcsf(text);
  const first = inputs[0];
  if (!first) throw new UsageError('the JSON-OCSF file holds no findings: there is nothing to report');
  const findings = inputs.map(fromOcsf);
  const facts = first.unmapped?.scan;
  const times = findings.map((f) => f.timestamp).sort();
  const partition = (first.resources[0]?.cloud_partition ?? 'aws') as Partition;
  return {
    findings,
    context: {
      ...(facts?.name ? { scanName: facts.name } : {}),
      account: {
        id: first.cloud.account.uid,
        partition,
        callerArn: facts?.caller_arn ?? '',
        ...(facts?.account_alias ? { alias: facts.account_alias } : {}),
        regions: facts?.regions ?? distinct(findings.map((f) => f.region)),
        globalRegion: globalRegionOf(partition),
      },
      scannerVersion: first.metadata.product?.version ?? '',
      startedAt: new Date(facts?.started_at ?? times[0]!),
      finishedAt: new Date(facts?.finished_at ?? times[times.length - 1]!),
      checkIds: distinct([...findings.map((f) => f.check.id), ...(facts?.checks_without_findings ?? [])]),
      failures: [],
    },
  };
}

/**
 * Reads a JSON-OCSF file from disk with `read` (`readOcsf`, `readOcsfScan`); every problem is one
 * usage error naming the file as `what` (e.g. "the baseline").
 */
export function readOcsfFile<T>(path: string, what: string, read: (text: string) => T): T {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${what} ${path}: ${describeError(error)}`);
  }
  try {
    return read(text);
  } catch (error) {
    throw error instanceof UsageError ? new UsageError(`${what} ${path}: ${error.message}`) : error;
  }
}

