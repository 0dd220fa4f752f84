import { createReadStream } from 'node:fs';
import { z } from 'zod';
import { SEVERITIES, STATUSES, type Severity } from '../checks/check.js';
import type { Finding } from '../findings/finding.js';
import { UsageError, describeError } from '../errors.js';
import { globalRegionOf, partitionOfRegion, type Partition } from '../provider/arn.js';
import type { ScanContext } from './context.js';
import { JsonArrayError, jsonArrayElements } from './json-array.js';
import { SCAN_ACTIVITY_CLASS, SEVERITY_IDS, SUPPRESSED } from './ocsf-model.js';

/**
 * Reads JSON-OCSF files back: the scanner's (scan facts on the first record, or a Scan Activity
 * when the scan had no findings), its earlier ones (scan facts on every record) and Prowler's (no
 * scan facts: they are derived from the findings). Files are read record by record, so one larger
 * than the longest possible string still reads.
 */

/** JSON text as it arrives: a file stream, or strings in a test. */
export type JsonText = AsyncIterable<string> | Iterable<string>;

const SEVERITY_BY_ID = new Map<number, Severity>(SEVERITIES.map((severity) => [SEVERITY_IDS[severity], severity]));

const severityId = z.number().transform((id, ctx) => {
  const severity = SEVERITY_BY_ID.get(id);
  if (severity === undefined) {
    ctx.addIssue({ code: 'custom', message: `severity_id ${id} has no scanner severity` });
    return z.NEVER;
  }
  return severity;
});

const ScanFactsSchema = z.object({
  name: z.string().optional(),
  caller_arn: z.string(),
  account_alias: z.string().optional(),
  regions: z.array(z.string()),
  checks_without_findings: z.array(z.string()).default([]),
  started_at: z.iso.datetime(),
  finished_at: z.iso.datetime(),
});

type ScanFacts = z.infer<typeof ScanFactsSchema>;

const productVersion = z.object({ product: z.object({ version: z.string().default('') }).optional() });

/**
 * The part of a Detection Finding the reader needs, as the scanner (or Prowler) writes it.
 * Optional fields are those either tool may leave out.
 */
const OcsfFindingSchema = z.object({
  metadata: productVersion.extend({ event_code: z.string() }),
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
      check_severity: z.enum(SEVERITIES).optional().catch(undefined),
      // Only the scanner writes these; a Prowler file leaves them to be derived from the findings.
      scan: ScanFactsSchema.optional().catch(undefined),
    })
    .optional(),
});

type OcsfFindingInput = z.infer<typeof OcsfFindingSchema>;

/** The scanner's record of a scan without findings; its facts are what it is there for. */
const OcsfScanActivitySchema = z.object({
  metadata: productVersion,
  cloud: z.object({ account: z.object({ uid: z.string() }), region: z.string() }),
  unmapped: z.object({ scan: ScanFactsSchema }),
});

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
      severity: input.unmapped?.check_severity ?? input.severity_id,
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
    severity: input.severity_id,
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

/** What the file's first record says about the scan as a whole. */
interface ScanHeader {
  accountId: string;
  partition: Partition;
  scannerVersion: string;
}

type OcsfRecord =
  | { kind: 'finding'; finding: Finding; header: ScanHeader; facts?: ScanFacts }
  | { kind: 'scan'; header: ScanHeader; facts: ScanFacts };

function parseWith<T extends z.ZodType>(schema: T, json: unknown, index: number): z.output<T> {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = [index, ...(issue?.path ?? [])].map(String).join('.');
  throw new UsageError(`not a JSON-OCSF findings file at ${where}: ${issue?.message ?? 'invalid'}`);
}

function isScanActivity(json: unknown): boolean {
  return typeof json === 'object' && json !== null && 'class_uid' in json && json.class_uid === SCAN_ACTIVITY_CLASS;
}

function parseRecord(text: string, index: number): OcsfRecord {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/\s+/g, ' ') : String(error);
    throw new UsageError(`not a JSON-OCSF findings file: record ${index}: ${reason}`);
  }
  if (isScanActivity(json)) {
    const activity = parseWith(OcsfScanActivitySchema, json, index);
    const header = {
      accountId: activity.cloud.account.uid,
      partition: partitionOfRegion(activity.cloud.region),
      scannerVersion: activity.metadata.product?.version ?? '',
    };
    return { kind: 'scan', header, facts: activity.unmapped.scan };
  }
  const input = parseWith(OcsfFindingSchema, json, index);
  const header = {
    accountId: input.cloud.account.uid,
    partition: input.resources[0]!.cloud_partition as Partition,
    scannerVersion: input.metadata.product?.version ?? '',
  };
  return { kind: 'finding', finding: fromOcsf(input), header, facts: input.unmapped?.scan };
}

interface OcsfContents {
  findings: Finding[];
  /** From the first record; absent when the file holds none. */
  header?: ScanHeader;
  /** The first scan facts the file holds, wherever they are. */
  facts?: ScanFacts;
}

async function readContents(text: JsonText): Promise<OcsfContents> {
  const contents: OcsfContents = { findings: [] };
  let index = 0;
  try {
    for await (const element of jsonArrayElements(text)) {
      const record = parseRecord(element, index);
      contents.header ??= record.header;
      contents.facts ??= record.facts;
      if (record.kind === 'finding') contents.findings.push(record.finding);
      index += 1;
    }
  } catch (error) {
    if (error instanceof JsonArrayError) throw new UsageError(`not a JSON-OCSF findings file: ${error.message}`);
    throw error;
  }
  return contents;
}

/**
 * The findings of a JSON-OCSF file, so an earlier scan can serve as a baseline. Shared metadata
 * comes back per finding; remediation code does not travel through OCSF.
 */
export async function readOcsf(text: JsonText): Promise<Finding[]> {
  return (await readContents(text)).findings;
}

const distinct = (values: Iterable<string>) => [...new Set(values)].filter(Boolean).sort();

/**
 * Findings and the scan around them, from a JSON-OCSF file. What the scanner recorded is used as
 * is; for a file without it (Prowler's), the regions, checks and times come from the findings.
 */
export async function readOcsfScan(text: JsonText): Promise<{ findings: Finding[]; context: ScanContext }> {
  const { findings, header, facts } = await readContents(text);
  if (!header) throw new UsageError('the JSON-OCSF file holds no findings: there is nothing to report');
  // Without facts the first record is a finding, so the times below exist.
  const times = findings.map((f) => f.timestamp).sort();
  return {
    findings,
    context: {
      ...(facts?.name ? { scanName: facts.name } : {}),
      account: {
        id: header.accountId,
        partition: header.partition,
        callerArn: facts?.caller_arn ?? '',
        ...(facts?.account_alias ? { alias: facts.account_alias } : {}),
        regions: facts?.regions ?? distinct(findings.map((f) => f.region)),
        globalRegion: globalRegionOf(header.partition),
      },
      scannerVersion: header.scannerVersion,
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
export async function readOcsfFile<T>(path: string, what: string, read: (text: JsonText) => Promise<T>): Promise<T> {
  // Told apart from the content's problems, which `read` reports itself.
  let readError: unknown;
  async function* fileText(): AsyncGenerator<string> {
    try {
      for await (const chunk of createReadStream(path, { encoding: 'utf8' })) yield chunk as string;
    } catch (error) {
      readError = error;
      throw error;
    }
  }
  try {
    return await read(fileText());
  } catch (error) {
    if (readError !== undefined) throw new UsageError(`cannot read ${what} ${path}: ${describeError(readError)}`);
    throw error instanceof UsageError ? new UsageError(`${what} ${path}: ${error.message}`) : error;
  }
}
