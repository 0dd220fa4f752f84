import { existsSync, readFileSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { SEVERITIES, type Status } from '../../checks/check.js';
import type { Finding } from '../../findings/finding.js';
import { ExitCode, ScannerError } from '../../errors.js';
import type { ReadFailure } from '../../services/resource-map.js';
import type { OutputWriter, ScanContext } from '../context.js';
import { unreadScopeCount } from '../counts.js';
import { inChunks, jsonPieces } from '../json-text.js';
import { compliancePayload } from './compliance.js';
import { organizationIndex, SCANNED_STATUSES } from './organization.js';
import { PAYLOAD_PLACEHOLDER, TITLE_PLACEHOLDER, type CheckFacts, type ReportPayload, type UnreadScope } from './payload.js';

/** The order the report lists findings in: what needs action first. */
const STATUS_URGENCY = ['FAIL', 'ERROR', 'MANUAL', 'PASS'] as const satisfies readonly Status[];

/**
 * The report app, built by `npm run build` into one HTML file beside the compiled writer. Running
 * from source (the tests), this module sits in src/ and reads the build's copy instead.
 */
const TEMPLATE_LOCATIONS = [
  new URL('template.html', import.meta.url),
  new URL('../../../dist/src/output/html/template.html', import.meta.url),
];

/** The first template found among `locations`: the built app, waiting for its data. */
export function readTemplate(locations: readonly URL[] = TEMPLATE_LOCATIONS): string {
  const location = locations.find((candidate) => existsSync(candidate));
  if (!location) {
    throw new ScannerError('the HTML report template has not been built: run `npm run build`', ExitCode.runtimeFailure);
  }
  const template = readFileSync(location, 'utf8');
  if ([PAYLOAD_PLACEHOLDER, TITLE_PLACEHOLDER].some((placeholder) => template.split(placeholder).length !== 2)) {
    throw new ScannerError(`the HTML report template ${location.pathname} is damaged: run \`npm run build\``, ExitCode.runtimeFailure);
  }
  return template;
}

/** Gives each distinct string one index, so a region or check repeated 100,000 times is stored once. */
class StringTable {
  readonly strings: string[] = [];
  private readonly indices = new Map<string, number>();

  index(text: string): number {
    let index = this.indices.get(text);
    if (index === undefined) {
      index = this.strings.length;
      this.strings.push(text);
      this.indices.set(text, index);
    }
    return index;
  }
}

function checkFacts({ check }: Finding): CheckFacts {
  const { remediation } = check;
  return {
    id: check.id,
    service: check.service,
    title: check.title,
    severity: check.severity,
    description: check.description,
    risk: check.risk,
    relatedUrl: check.relatedUrl ?? null,
    remediation: {
      text: remediation.text,
      url: remediation.url ?? null,
      cli: remediation.cli ?? null,
      terraform: remediation.terraform ?? null,
      cloudFormation: remediation.nativeIaC ?? null,
      other: remediation.other ?? null,
    },
  };
}

/**
 * What the scan could not see. ERROR findings name the failed read in their detail, so they alone
 * give the list when a report is rebuilt from saved findings; a live scan's read failures add only
 * those that no ERROR finding already names (reads no verdict depended on).
 */
export function unreadScopes(findings: Iterable<Finding>, failures: readonly ReadFailure[]): UnreadScope[] {
  const byCause = new Map<string, UnreadScope>();
  for (const finding of findings) {
    if (finding.status !== 'ERROR') continue;
    const key = `${finding.region}\n${finding.statusExtended}`;
    const scope = byCause.get(key) ?? { region: finding.region, message: finding.statusExtended, checkIds: [] };
    if (!scope.checkIds.includes(finding.check.id)) scope.checkIds.push(finding.check.id);
    byCause.set(key, scope);
  }
  const named = [...byCause.values()];
  // By region, so that thousands of denied per-resource reads are not each compared with every ERROR.
  const namedIn = new Map<string, UnreadScope[]>();
  for (const scope of named) {
    const inRegion = namedIn.get(scope.region);
    if (inRegion) inRegion.push(scope);
    else namedIn.set(scope.region, [scope]);
  }
  const unnamed = failures.filter(
    (failure) =>
      !(namedIn.get(failure.region) ?? []).some(
        (scope) => scope.message.includes(`${failure.operation} failed`) && scope.message.includes(failure.message),
      ),
  );
  const fromFailures = unnamed.map((failure) => ({
    region: failure.region,
    message: `${failure.service} ${failure.operation} failed${failure.resourceArn ? ` for ${failure.resourceArn}` : ''} (${failure.message}).`,
    checkIds: [],
  }));
  return [...named, ...fromFailures].sort((a, b) => a.region.localeCompare(b.region) || a.message.localeCompare(b.message));
}

/** The report's data: scan facts, each check once, and the findings as columns of indices. */
export function buildPayload(findings: Iterable<Finding>, context: ScanContext): ReportPayload {
  const strings = new StringTable();
  const checkIndex = new Map<string, number>();
  const checks: CheckFacts[] = [];
  const tagSets: number[][] = [];
  const tagSetIndex = new Map<string, number>();
  const columns: ReportPayload['findings'] = {
    check: [],
    severity: [],
    status: [],
    muted: [],
    region: [],
    resourceId: [],
    resourceName: [],
    resourceArn: [],
    detail: [],
    tags: [],
    account: [],
  };
  const organization = context.organization ? organizationIndex(context.organization, findings) : null;
  const tagSetOf = (tags: Record<string, string>): number => {
    const flat = Object.entries(tags).flatMap(([key, value]) => [strings.index(key), strings.index(value)]);
    if (flat.length === 0) return -1;
    const key = flat.join(',');
    let index = tagSetIndex.get(key);
    if (index === undefined) {
      index = tagSets.push(flat) - 1;
      tagSetIndex.set(key, index);
    }
    return index;
  };
  for (const finding of findings) {
    let check = checkIndex.get(finding.check.id);
    if (check === undefined) {
      check = checks.push(checkFacts(finding)) - 1;
      checkIndex.set(finding.check.id, check);
    }
    columns.check.push(check);
    columns.severity.push(SEVERITIES.indexOf(finding.severity));
    columns.status.push(STATUS_URGENCY.indexOf(finding.status));
    columns.muted.push(finding.muted ? 1 : 0);
    columns.region.push(strings.index(finding.region));
    columns.resourceId.push(strings.index(finding.resource.id));
    columns.resourceName.push(strings.index(finding.resource.name));
    columns.resourceArn.push(strings.index(finding.resource.arn));
    columns.detail.push(strings.index(finding.statusExtended));
    columns.tags.push(tagSetOf(finding.resource.tags));
    if (organization) columns.account.push(organization.accountIndex.get(finding.accountId)!);
  }
  const { account } = context;
  const unread = unreadScopes(findings, context.failures);
  return {
    scan: {
      name: context.scanName ?? null,
      accountId: account.id,
      accountAlias: account.alias ?? null,
      partition: account.partition,
      callerArn: account.callerArn,
      regions: account.regions,
      scannerVersion: context.scannerVersion,
      startedAt: context.startedAt.toISOString(),
      finishedAt: context.finishedAt.toISOString(),
      checksRun: context.checkIds.length,
    },
    severities: [...SEVERITIES],
    statuses: [...STATUS_URGENCY],
    checks,
    strings: strings.strings,
    findings: columns,
    tagSets,
    unread,
    unreadScopeCount: context.failures.length > 0 ? unreadScopeCount(context.failures) : unread.length,
    compliance: compliancePayload(
      context.compliance ?? [],
      findings,
      organization && {
        accountOf: (finding) => organization.accountIndex.get(finding.accountId)!,
        scanned: organization.facts.accounts.map((account) => SCANNED_STATUSES.includes(account.status)),
      },
    ),
    organization: organization?.facts ?? null,
  };
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The page title, escaped: a scan name is the user's text and must stay text. */
function pageTitle(context: ScanContext): string {
  const scope = context.organization ? `AWS organization ${context.organization.id}` : `AWS account ${context.account.id}`;
  const title = `${context.scanName ? `${context.scanName} · ` : ''}${scope} · security posture report`;
  return title.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

/** Base64, three bytes at a time, so that the pieces join into the encoding of the whole. */
async function* base64(bytes: AsyncIterable<Buffer>): AsyncGenerator<string> {
  let carried: Buffer = Buffer.alloc(0);
  for await (const chunk of bytes) {
    const available = carried.length > 0 ? Buffer.concat([carried, chunk]) : chunk;
    const whole = available.length - (available.length % 3);
    if (whole > 0) yield available.subarray(0, whole).toString('base64');
    carried = available.subarray(whole);
  }
  if (carried.length > 0) yield carried.toString('base64');
}

/**
 * The interactive report: the prebuilt app with the scan's data injected as gzipped base64, which
 * keeps 100,000 findings to a few megabytes and is inert (its alphabet has no `<`), so no account
 * string can end the data block and become markup. The data is serialised, compressed and encoded
 * as it is written, never held as one string.
 */
export const writeHtml: OutputWriter = async (findings, context, out) => {
  const title = pageTitle(context);
  // Split before the title goes in: a scan name is the user's text and may spell the data placeholder.
  const [beforeData, afterData] = readTemplate()
    .split(PAYLOAD_PLACEHOLDER)
    .map((part) => part.replace(TITLE_PLACEHOLDER, () => title));
  await pipeline(
    inChunks(jsonPieces(buildPayload(findings, context))),
    createGzip(),
    base64,
    async function* (data: AsyncIterable<string>) {
      yield beforeData!;
      yield* data;
      yield afterData!;
    },
    out,
  );
};
