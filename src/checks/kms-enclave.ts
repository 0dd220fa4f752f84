import type { AwsConfig } from '../config/aws-config.js';
import type { AccountScope } from '../provider/provider.js';
import type { KmsEventPage } from '../services/cloudtrail/enclave-events.js';
import { ENCLAVE_KMS_EVENT_NAMES, LOOKUP_PAGE_SIZE } from '../services/cloudtrail/enclave-search.js';
import type { EnclaveKmsCall } from '../services/cloudtrail/threat-events.js';
import type { KmsAlias, KmsKey, KmsKeyPolicy } from '../services/kms/kms.js';
import type { PolicyDocument, PolicyStatement } from '../services/policy.js';
import { failureOf, need, resourceMapOf, type Listing, type ReadFailure } from '../services/resource-map.js';
import type { Severity } from './check.js';
import { trailAccountSubject } from './cloudtrail.js';
import { fail, manual, notApplicable, pass, type Judgement, type Report, type Subject, type Verdict } from './report.js';

/** The KMS actions a Nitro Enclave calls with an attestation document, which a key policy should gate. */
const SENSITIVE_ACTIONS = ['kms:Decrypt', 'kms:DeriveSharedSecret', 'kms:GenerateDataKey', 'kms:GenerateDataKeyPair', 'kms:GenerateRandom'];

const ATTESTATION_PREFIX = 'kms:recipientattestation:';

/** Condition keys are case-insensitive. */
const isAttestationKey = (conditionKey: string) => conditionKey.toLowerCase().startsWith(ATTESTATION_PREFIX);

/** An IAM action pattern (`kms:GenerateDataKey*`, `*`) as a case-insensitive matcher. */
function actionMatcher(pattern: string): RegExp {
  const body = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 'i');
}

/** The sensitive actions some pattern names: only they matter, so patterns need not be expanded further. */
function sensitiveMatched(patterns: readonly string[]): Set<string> {
  const matchers = patterns.map(actionMatcher);
  return new Set(SENSITIVE_ACTIONS.filter((action) => matchers.some((matcher) => matcher.test(action))));
}

/** The sensitive actions an Allow grants; NotAction grants every action it does not name. */
function sensitiveGranted(statement: PolicyStatement): Set<string> {
  if (statement.NotAction !== undefined) {
    const excluded = sensitiveMatched(statement.NotAction);
    return new Set(SENSITIVE_ACTIONS.filter((action) => !excluded.has(action)));
  }
  return sensitiveMatched(statement.Action ?? []);
}

/** The Allow statements that grant some sensitive action. */
export function sensitiveAllows(policy: PolicyDocument): PolicyStatement[] {
  return policy.Statement.filter((statement) => statement.Effect === 'Allow' && sensitiveGranted(statement).size > 0);
}

/** Operators under which an attestation value pins the request to that value. */
const RESTRICTIVE_OPERATORS = new Set(
  ['StringEquals', 'StringEqualsIgnoreCase', 'StringLike'].flatMap((operator) => [operator, `ForAllValues:${operator}`, `ForAnyValue:${operator}`]),
);

/** Strings (one or several) free of StringLike wildcards: attestation values are fixed hashes. */
function isRestrictiveValue(value: unknown): boolean {
  const noWildcard = (text: string) => !text.includes('*') && !text.includes('?');
  if (typeof value === 'string') return noWildcard(value);
  if (!Array.isArray(value)) return false;
  const strings = value.filter((item): item is string => typeof item === 'string');
  return strings.length > 0 && strings.every(noWildcard);
}

/** Whether a Null condition value says "true" or "false", alone or in a list. */
function nullSays(value: unknown, expected: 'true' | 'false'): boolean {
  const values: unknown[] = Array.isArray(value) ? value : [value];
  return values.some((item) => typeof item === 'string' && item.toLowerCase() === expected);
}

/**
 * The attestation condition keys a statement pins to fixed values. ForAllValues operators hold
 * when the key is missing from the request, so they count only with a Null "false" guard on it.
 */
export function attestationKeys(statement: PolicyStatement): string[] {
  const condition = statement.Condition ?? {};
  const guarded = new Set(
    Object.entries(condition.Null ?? {})
      .filter(([, value]) => nullSays(value, 'false'))
      .map(([key]) => key.toLowerCase()),
  );
  return Object.entries(condition).flatMap(([operator, block]) =>
    RESTRICTIVE_OPERATORS.has(operator)
      ? Object.entries(block)
          .filter(([key, value]) => isAttestationKey(key) && isRestrictiveValue(value))
          .filter(([key]) => !operator.startsWith('ForAllValues:') || guarded.has(key.toLowerCase()))
          .map(([key]) => key)
      : [],
  );
}

/**
 * Whether a Deny to everyone refuses every sensitive action `granted` whenever the request carries
 * no attestation: a Null "true" test on an attestation key, or a StringNotEquals...IfExists on one
 * (which holds when the key is missing).
 */
function denyCoversMissingAttestation(statement: PolicyStatement, granted: ReadonlySet<string>): boolean {
  if (statement.Effect !== 'Deny' || !(statement.Principal?.AWS ?? []).includes('*')) return false;
  if (statement.NotAction !== undefined) {
    const excluded = sensitiveMatched(statement.NotAction);
    if ([...granted].some((action) => excluded.has(action))) return false;
  } else {
    const denied = sensitiveMatched(statement.Action ?? []);
    if (![...granted].every((action) => denied.has(action))) return false;
  }
  const condition = statement.Condition ?? {};
  const nullTest = Object.entries(condition.Null ?? {}).some(([key, value]) => isAttestationKey(key) && nullSays(value, 'true'));
  const ifExistsTest = ['StringNotEqualsIfExists', 'StringNotEqualsIgnoreCaseIfExists'].some((operator) =>
    Object.keys(condition[operator] ?? {}).some(isAttestationKey),
  );
  return nullTest || ifExistsTest;
}

/** Whether some Deny of the policy closes the gap an Allow without attestation leaves. */
export function coveredByDeny(allow: PolicyStatement, policy: PolicyDocument): boolean {
  const granted = sensitiveGranted(allow);
  return granted.size === 0 || policy.Statement.some((statement) => denyCoversMissingAttestation(statement, granted));
}

/** PCRs that tie an enclave to where it runs: the parent's role (3), its instance (4), the signing certificate (8). */
const DEPLOYMENT_PCRS = new Set(['PCR3', 'PCR4', 'PCR8']);

const ACCOUNT_KEYS = new Set(['aws:principalaccount', 'aws:sourceaccount', 'aws:principalorgid', 'aws:principalorgpaths', 'aws:resourceaccount']);

const ACCOUNT_OPERATORS = ['StringEquals', 'StringEqualsIgnoreCase', 'ArnEquals'];

/** The PCR an attestation key names; ImageSha384 is PCR0 under another name. */
function pcrOf(attestationKey: string): string {
  const suffix = attestationKey.slice(ATTESTATION_PREFIX.length);
  return suffix.toLowerCase() === 'imagesha384' ? 'PCR0' : suffix.toUpperCase();
}

/**
 * Whether an attested Allow also pins where the enclave runs: a deployment PCR, or (with any
 * attestation pin) an exact account or organization condition.
 */
export function bindsDeployment(statement: PolicyStatement): boolean {
  const pinned = attestationKeys(statement);
  if (pinned.length === 0) return false;
  if (pinned.some((key) => DEPLOYMENT_PCRS.has(pcrOf(key)))) return true;
  const condition = statement.Condition ?? {};
  return ACCOUNT_OPERATORS.some((operator) =>
    Object.entries(condition[operator] ?? {}).some(([key, value]) => ACCOUNT_KEYS.has(key.toLowerCase()) && isRestrictiveValue(value)),
  );
}

/** A word in a key's names and tags that marks it as an enclave's key. */
const ENCLAVE = 'enclave';

/**
 * Whether a key looks like one a Nitro Enclave uses, as Prowler guesses it: the tag
 * prowler:enclave-key=true, "enclave" in an alias, the description or a tag, or any attestation
 * condition in its policy. `policy` is asked for only when nothing else tells.
 */
export function isEnclaveKey(key: KmsKey, aliasNames: readonly string[], policy: () => PolicyDocument): boolean {
  const mentions = (text: string) => text.toLowerCase().includes(ENCLAVE);
  if (key.tags['prowler:enclave-key']?.toLowerCase() === 'true') return true;
  if (aliasNames.some((alias) => mentions(alias.replace(/^alias\//, '')))) return true;
  if (mentions(key.description) || Object.entries(key.tags).some(([tagKey, value]) => mentions(tagKey) || mentions(value))) return true;
  return policy().Statement.some((statement) => Object.values(statement.Condition ?? {}).some((block) => Object.keys(block).some(isAttestationKey)));
}

/** The collections the enclave checks read. */
export interface EnclaveKeyData {
  keys: Listing<KmsKey>;
  keyPolicies: Listing<KmsKeyPolicy>;
  keyAliases: Listing<KmsAlias>;
}

/** Judges every enabled customer managed key that looks like an enclave's, with its key policy. */
export function eachEnclaveKey(kms: EnclaveKeyData, report: Report, judge: (key: KmsKey, policy: PolicyDocument) => Judgement): void {
  report.each(kms.keys, (key) => {
    if (key.manager !== 'CUSTOMER' || key.state !== 'Enabled') return notApplicable('not an enabled customer managed key');
    const policy = () => {
      const read = kms.keyPolicies.all(key.region).find((candidate) => candidate.arn === key.arn);
      if (!read) throw new Error(`no policy was listed for customer managed key ${key.arn}`);
      return need(read.document);
    };
    const aliases = kms.keyAliases
      .all(key.region)
      .filter((alias) => alias.targetKeyId === key.id)
      .map((alias) => alias.id);
    if (!isEnclaveKey(key, aliases, policy)) return notApplicable('nothing marks it as a Nitro Enclave key');
    return judge(key, policy());
  });
}

const PCR_HEX = /^[0-9a-f]{96}$/i;
const PCR_BASE64 = /^[A-Za-z0-9+/]{64}$/;

/**
 * A PCR value (48 bytes) as lower-case hex, from hex (nitro-cli, key policies) or unpadded base64
 * (CloudTrail); null when it is neither, so that either spelling of one value compares equal.
 */
export function pcrHex(value: string): string | null {
  if (PCR_HEX.test(value)) return value.toLowerCase();
  if (PCR_BASE64.test(value)) return Buffer.from(value, 'base64').toString('hex');
  return null;
}

/** The known-good values of each PCR (`PCR0`...), lower-cased; PCRs without a usable value are left out, as in Prowler. */
export type GoldenPcrs = ReadonlyMap<string, ReadonlySet<string>>;

export function goldenPcrs(configured: AwsConfig['enclave_golden_pcr_values']): GoldenPcrs {
  const golden = new Map<string, Set<string>>();
  for (const [pcr, listed] of Object.entries(configured ?? {})) {
    const values = (typeof listed === 'string' ? [listed] : listed).filter((value) => value !== '').map((value) => value.toLowerCase());
    if (values.length > 0) golden.set(pcr.toUpperCase(), new Set(values));
  }
  return golden;
}

/** The values of `pcr` outside its golden list, compared as decoded bytes; a value that decodes to nothing is never golden. */
export function outsideGolden(golden: GoldenPcrs, pcr: string, values: Iterable<string>): string[] {
  const allowed = new Set([...(golden.get(pcr) ?? [])].flatMap((value) => pcrHex(value) ?? []));
  return [...values].filter((value) => {
    const decoded = pcrHex(value);
    return decoded === null || !allowed.has(decoded);
  });
}

/**
 * The values a statement pins, by PCR (ImageSha384 counted as PCR0), lower-cased. Every restrictive
 * operator contributes its values for a key that some operator pins, as Prowler gathers them.
 */
export function pinnedPcrValues(statement: PolicyStatement): Map<string, Set<string>> {
  const pinnedKeys = new Set(attestationKeys(statement).map((key) => key.toLowerCase()));
  const byPcr = new Map<string, Set<string>>();
  for (const [operator, block] of Object.entries(statement.Condition ?? {})) {
    if (!RESTRICTIVE_OPERATORS.has(operator)) continue;
    for (const [key, value] of Object.entries(block)) {
      if (!pinnedKeys.has(key.toLowerCase()) || (typeof value !== 'string' && !Array.isArray(value))) continue;
      const values: unknown[] = Array.isArray(value) ? value : [value];
      const bucket = byPcr.get(pcrOf(key)) ?? new Set<string>();
      for (const item of values) if (typeof item === 'string') bucket.add(item.toLowerCase());
      byPcr.set(pcrOf(key), bucket);
    }
  }
  return byPcr;
}

/** What the search of one check's window found, walked as Prowler walks it. */
interface EnclaveCallSearch {
  calls: EnclaveKmsCall[];
  /** The event cap or a truncated page left events unread. */
  incomplete: boolean;
  /** A search that Prowler would have sent and could not be read. */
  failure: ReadFailure | undefined;
}

/**
 * The enclave calls Prowler would weigh: pages in region and event-name order until the events
 * counted reach `cap`, and with `partialPages` only the events of a page that fit under it. Once a
 * page failed its count is unknown (up to a full page), so later pages and events count only when
 * they fit under the cap however many it held.
 */
function searchEnclaveCalls(pages: Listing<KmsEventPage>, regions: readonly string[], cap: number, partialPages: boolean): EnclaveCallSearch {
  const map = resourceMapOf(pages);
  const search: EnclaveCallSearch = { calls: [], incomplete: false, failure: undefined };
  let fewest = 0;
  let most = 0;
  for (const region of [...regions].sort()) {
    const unlisted = map.listingFailures().find((failure) => failure.region === region);
    for (const eventName of ENCLAVE_KMS_EVENT_NAMES) {
      if (fewest >= cap) {
        search.incomplete = true;
        return search;
      }
      const page = map.found().find((candidate) => candidate.region === region && candidate.eventName === eventName);
      const failure = unlisted ?? (page ? failureOf(page.answer) : undefined);
      if (failure) {
        search.failure ??= failure;
        most += LOOKUP_PAGE_SIZE;
        continue;
      }
      if (!page) continue;
      const { eventCount, truncated, enclaveCalls } = need(page.answer);
      const surelyUnder = (position: number) => (partialPages ? most + position : most) < cap;
      search.calls.push(...enclaveCalls.filter((call) => surelyUnder(call.position)));
      if (truncated || (partialPages && eventCount > cap - fewest)) search.incomplete = true;
      fewest += eventCount;
      most += eventCount;
    }
  }
  return search;
}

/** How one event-based enclave check reads and judges the calls of its window. */
export interface EnclaveCallJudging {
  pages: Listing<KmsEventPage>;
  keys: Listing<KmsKey>;
  account: AccountScope;
  cap: number;
  partialPages: boolean;
  lookbackHours: number;
  /** Key IDs to report on; when empty, every key seen in a call. */
  targetKeyIds: readonly string[];
  /** Whether the check weighs a call at all. */
  weighs: (call: EnclaveKmsCall) => boolean;
  /** What is wrong with a weighed call, or null when nothing is. */
  problem: (call: EnclaveKmsCall) => string | null;
  /** What the check looks for, for details ("debug-mode attestation"). */
  lookingFor: string;
  severity?: Severity;
}

/**
 * The subject of an event-based enclave finding about no key in particular, as Prowler names it
 * for both checks (partition included): in the KMS client's default region, where it also
 * reports keys it did not list.
 */
export function enclaveAccountSubject(account: AccountScope): Subject {
  const region = trailAccountSubject(account).region;
  const arn = `arn:aws:kms:${region}:${account.id}:enclave-debug-attestation`;
  return { arn, id: arn, region };
}

const keyIdOf = (arn: string) => arn.split('/').pop() ?? arn;

/**
 * One finding per KMS key seen in a weighed call (or configured as a target): FAIL when a call
 * shows the problem, PASS when calls were seen and the search was complete, MANUAL otherwise; one
 * MANUAL on the account when no key is to be reported. A search that could not be read leaves
 * only FAILs standing: anything else might have been a FAIL, so it is an ERROR naming the call.
 */
export function judgeEnclaveCalls(judging: EnclaveCallJudging, report: Report): void {
  const { account, lookbackHours, lookingFor } = judging;
  const accountSubject = enclaveAccountSubject(account);
  const defaultRegion = accountSubject.region;
  const unjudged: { subject: Subject; failure: ReadFailure }[] = [];
  const keyListingFailures = resourceMapOf(judging.keys).listingFailures();
  report.about(accountSubject, () => {
    const search = searchEnclaveCalls(judging.pages, account.regions, judging.cap, judging.partialPages);
    const { failure } = search;
    const targets = new Set(judging.targetKeyIds);
    const callsByKey = new Map<string, EnclaveKmsCall[]>();
    for (const call of search.calls) {
      if (!judging.weighs(call) || (targets.size > 0 && !targets.has(keyIdOf(call.keyArn)))) continue;
      callsByKey.set(call.keyArn, [...(callsByKey.get(call.keyArn) ?? []), call]);
    }
    const listedKeys = targets.size > 0 ? judging.keys.all() : judging.keys.found();
    for (const key of listedKeys) if (targets.has(key.id)) callsByKey.set(key.arn, callsByKey.get(key.arn) ?? []);
    if (callsByKey.size === 0) {
      if (failure) return (unjudged.push({ subject: accountSubject, failure }), []);
      return manual(`No KMS call by a Nitro Enclave was found in the last ${lookbackHours} hours, so ${lookingFor} cannot be ruled out.`);
    }
    return [...callsByKey.keys()].sort().flatMap((keyArn) => {
      const key = listedKeys.find((listed) => listed.arn === keyArn) ?? judging.keys.found().find((listed) => listed.arn === keyArn);
      const subject: Subject = key ? { arn: key.arn, id: key.id, region: key.region, tags: key.tags } : { arn: keyArn, id: keyIdOf(keyArn), region: defaultRegion, tags: {} };
      // A key missing from a region whose keys could not be listed might be reported in its own region.
      const keyUnlisted = key ? undefined : keyListingFailures.find((listing) => keyArn.split(':')[3] === listing.region);
      if (keyUnlisted) return (unjudged.push({ subject, failure: keyUnlisted }), []);
      const verdict = judgeKey(keyArn, callsByKey.get(keyArn) ?? [], search.incomplete, judging);
      if (failure && verdict.status !== 'FAIL') return (unjudged.push({ subject, failure }), []);
      const rated = judging.severity ? { ...verdict, severity: judging.severity } : verdict;
      return [{ ...rated, subject }];
    });
  });
  for (const { subject, failure } of unjudged) report.unread(failure, subject);
}

function judgeKey(keyArn: string, calls: readonly EnclaveKmsCall[], incomplete: boolean, judging: EnclaveCallJudging): Verdict {
  const problems = calls.flatMap((call) => {
    const problem = judging.problem(call);
    return problem === null ? [] : [{ call, problem }];
  });
  const earliest = problems.sort((a, b) => String(a.call.eventTime).localeCompare(String(b.call.eventTime)))[0];
  if (earliest) return fail(`KMS key ${keyArn} received ${earliest.call.eventName ?? 'a call'} at ${earliest.call.eventTime ?? 'an unknown time'} ${earliest.problem}.`);
  if (calls.length === 0) return manual(`No KMS call by a Nitro Enclave used key ${keyArn} in the last ${judging.lookbackHours} hours, so ${judging.lookingFor} cannot be ruled out.`);
  if (incomplete) {
    return manual(`KMS key ${keyArn} had ${calls.length} enclave calls without ${judging.lookingFor}, but the search stopped at its event cap or first page, so others may exist.`);
  }
  return pass(`KMS key ${keyArn} had ${calls.length} enclave calls in the last ${judging.lookbackHours} hours, none with ${judging.lookingFor}.`);
}

/** A debug-mode enclave reports PCR0, PCR1 and PCR2 as all zeros. */
export function isDebugAttestation(call: EnclaveKmsCall): boolean {
  return (['PCR0', 'PCR1', 'PCR2'] as const).every((pcr) => {
    const value = call.measurements[pcr];
    return value !== undefined && pcrHex(value) === '0'.repeat(96);
  });
}
