import { describe, expect, it } from 'vitest';
import type { CheckMetadata } from '../../../src/checks/check.js';
import type { Finding } from '../../../src/findings/finding.js';
import { applyMutelist, type Mutelist } from '../../../src/mutelist/mutelist.js';
import { loadMutelist, parseMutelist } from '../../../src/mutelist/load.js';

const ACCOUNT = '123456789012';
const OTHER_ACCOUNT = '111122223333';

function metadata(id: string): CheckMetadata {
  return {
    id,
    service: id.split('_')[0]!,
    title: id,
    severity: 'high',
    resourceType: 'Other',
    categories: [],
    checkType: [],
    description: '',
    risk: '',
    remediation: { text: '' },
  };
}

interface FindingSpec {
  check?: string;
  account?: string;
  region?: string;
  id?: string;
  arn?: string;
  tags?: Record<string, string>;
  status?: Finding['status'];
}

/** A FAIL on bucket `logs` in eu-west-1 of ACCOUNT by s3_bucket_default_encryption, unless told otherwise. */
function finding(spec: FindingSpec = {}): Finding {
  const { check = 's3_bucket_default_encryption', account = ACCOUNT, region = 'eu-west-1', id = 'logs' } = spec;
  return {
    uid: `${check}-${account}-${region}-${id}`,
    check: metadata(check),
    status: spec.status ?? 'FAIL',
    severity: metadata(check).severity,
    statusExtended: '',
    muted: false,
    accountId: account,
    partition: 'aws',
    region,
    resource: { arn: spec.arn ?? `arn:aws:s3:::${id}`, id, name: id, tags: spec.tags ?? {} },
    timestamp: '2026-01-01T00:00:00.000Z',
  };
}

/** A mutelist with these entries (unindented YAML) under Checks of `account`. */
function checks(entries: string, account = '*'): Mutelist {
  const body = entries.replace(/^/gm, '        ');
  return parseMutelist(`Mutelist:\n  Accounts:\n    '${account}':\n      Checks:\n${body}\n`, 'test.yaml');
}

/** A mutelist of one entry for `check` under `account`; `fields` are its YAML lines, unindented. */
function entry(check: string, fields: string, account = '*'): Mutelist {
  return checks(`'${check}':\n${fields.replace(/^/gm, '  ')}`, account);
}

const everywhere = `Regions: ['*']\nResources: ['*']`;

describe('check names', () => {
  it.each([
    ['the exact ID', 's3_bucket_default_encryption', 's3_bucket_default_encryption', true],
    ['another ID', 's3_bucket_default_encryption', 'iam_root_mfa_enabled', false],
    ['* for every check', '*', 'iam_root_mfa_enabled', true],
    ['service_* for a service', 's3_*', 's3_bucket_public_access', true],
    ['service_* not for another service', 's3_*', 'iam_root_mfa_enabled', false],
    ['a name mentioning the service elsewhere', 'cloudtrail_*', 'iam_inline_policy_no_full_access_to_cloudtrail', false],
    ['* in the middle', 'guardduty_*_enabled', 'guardduty_is_enabled', true],
    ['a regular expression', 'ec2_(instance|ebs)_.+', 'ec2_ebs_default_encryption', true],
    ['an anchored expression, not a longer ID', '^iam_root_mfa_enabled$', 'iam_root_hardware_mfa_enabled', false],
    // As in Prowler: a name is searched for, not compared, so it also covers IDs that contain it.
    ['an ID that contains it', 'iam_root_mfa_enabled', 'x_iam_root_mfa_enabled_y', true],
  ])('%s', (_, pattern, checkId, muted) => {
    expect(entry(pattern, everywhere).mutes(finding({ check: checkId }))).toBe(muted);
  });
});

describe('accounts', () => {
  it('an account entry mutes only that account', () => {
    const mutelist = entry('*', everywhere, ACCOUNT);
    expect(mutelist.mutes(finding({ account: ACCOUNT }))).toBe(true);
    expect(mutelist.mutes(finding({ account: OTHER_ACCOUNT }))).toBe(false);
  });

  it('keeps the leading zero of an account ID written without quotes', () => {
    const mutelist = parseMutelist(
      `Mutelist:\n  Accounts:\n    012345678901:\n      Checks:\n        '*': {Regions: ['*'], Resources: ['*']}\n`,
      'test.yaml',
    );
    expect(mutelist.mutes(finding({ account: '012345678901' }))).toBe(true);
  });

  it('the * entry and the account entry both apply to that account', () => {
    const mutelist = parseMutelist(
      `Mutelist:
  Accounts:
    '*':
      Checks:
        s3_bucket_default_encryption: {Regions: ['*'], Resources: [resource_1]}
    '${ACCOUNT}':
      Checks:
        s3_bucket_default_encryption: {Regions: ['*'], Resources: [resource_3]}
`,
      'test.yaml',
    );
    expect(mutelist.mutes(finding({ id: 'resource_1' }))).toBe(true);
    expect(mutelist.mutes(finding({ id: 'resource_3' }))).toBe(true);
    expect(mutelist.mutes(finding({ id: 'resource_1', account: OTHER_ACCOUNT }))).toBe(true);
    expect(mutelist.mutes(finding({ id: 'resource_3', account: OTHER_ACCOUNT }))).toBe(false);
  });
});

describe('several entries', () => {
  it('each entry that covers a check gets its chance to mute', () => {
    const mutelist = checks(`'*': {Regions: [us-east-1], Resources: ['*']}
s3_*: {Regions: ['*'], Resources: [logs]}
s3_bucket_default_encryption: {Regions: ['*'], Resources: [archive]}`);
    expect(mutelist.mutes(finding({ id: 'logs' }))).toBe(true);
    expect(mutelist.mutes(finding({ id: 'archive' }))).toBe(true);
    expect(mutelist.mutes(finding({ id: 'site', region: 'us-east-1' }))).toBe(true);
    expect(mutelist.mutes(finding({ id: 'site' }))).toBe(false);
    expect(mutelist.mutes(finding({ id: 'archive', check: 's3_bucket_object_versioning' }))).toBe(false);
  });
});

describe('regions', () => {
  const inTwoRegions = entry('*', `Regions: [eu-west-1, us-east-1]\nResources: ['*']`);

  it.each([
    ['a listed region', 'us-east-1', true],
    ['an unlisted region', 'us-east-2', false],
  ])('%s', (_, region, muted) => {
    expect(inTwoRegions.mutes(finding({ region }))).toBe(muted);
  });

  it('* is every region', () => {
    expect(entry('*', everywhere).mutes(finding({ region: 'ap-southeast-2' }))).toBe(true);
  });

  it('a pattern covers a family of regions', () => {
    const europe = entry('*', `Regions: ['eu-*']\nResources: ['*']`);
    expect(europe.mutes(finding({ region: 'eu-central-1' }))).toBe(true);
    expect(europe.mutes(finding({ region: 'us-east-1' }))).toBe(false);
  });
});

describe('resources', () => {
  const logBuckets = entry('*', `Regions: ['*']\nResources: ['.+-logs', '^test']`);

  it.each([
    ['a match anywhere in the ID', 'ci-logs-replica', true],
    ['an anchored match at the start', 'test-bucket', true],
    ['an anchored pattern matched only in the middle', 'my-test', false],
    ['no match', 'website', false],
  ])('%s', (_, id, muted) => {
    expect(logBuckets.mutes(finding({ id }))).toBe(muted);
  });

  it('matches the ARN as well as the ID', () => {
    const byArn = entry('*', `Regions: ['*']\nResources: ['^arn:aws:ec2:eu-west-1:${ACCOUNT}:instance/']`);
    const arn = `arn:aws:ec2:eu-west-1:${ACCOUNT}:instance/i-0abc`;
    expect(byArn.mutes(finding({ id: 'i-0abc', arn }))).toBe(true);
    expect(byArn.mutes(finding({ id: 'i-0abc', arn: arn.replace('eu-west-1', 'us-east-1') }))).toBe(false);
  });

  it('* in a pattern stands for any text', () => {
    expect(entry('*', `Regions: ['*']\nResources: ['*.es']`).mutes(finding({ id: 'google.es' }))).toBe(true);
  });
});

describe('tags', () => {
  const devAndBackend = entry('*', `${everywhere}\nTags: [environment=dev, team=backend]`);
  const devOrStage = entry('*', `${everywhere}\nTags: ['environment=dev|environment=stage']`);
  const backendAndDevOrStage = entry('*', `${everywhere}\nTags: [team=backend, 'environment=(dev|stage)']`);

  it.each([
    ['every listed tag present', devAndBackend, { environment: 'dev', team: 'backend' }, true],
    ['one listed tag missing', devAndBackend, { environment: 'dev' }, false],
    ['one listed tag with another value', devAndBackend, { environment: 'dev', team: 'frontend' }, false],
    ['| in one entry: the first', devOrStage, { environment: 'dev' }, true],
    ['| in one entry: the second', devOrStage, { environment: 'stage' }, true],
    ['| in one entry: neither', devOrStage, { environment: 'prod' }, false],
    ['AND of an OR: both parts', backendAndDevOrStage, { team: 'backend', environment: 'stage' }, true],
    ['AND of an OR: OR part only', backendAndDevOrStage, { environment: 'stage' }, false],
    ['no tags on the resource', devOrStage, {}, false],
  ])('%s', (_, mutelist, tags, muted) => {
    expect(mutelist.mutes(finding({ tags }))).toBe(muted);
  });

  it('a regular expression over key and value', () => {
    const anyKeyProwler = entry('*', `${everywhere}\nTags: ['.*=prowler']`);
    expect(anyKeyProwler.mutes(finding({ tags: { project: 'prowler' } }))).toBe(true);
    expect(anyKeyProwler.mutes(finding({ tags: { project: 'other' } }))).toBe(false);
  });

  it('without Tags, or with Tags: [*], the entry ignores tags, even when there are none', () => {
    expect(entry('*', everywhere).mutes(finding({ tags: {} }))).toBe(true);
    expect(entry('*', `${everywhere}\nTags: ['*']`).mutes(finding({ tags: {} }))).toBe(true);
  });
});

describe('exceptions', () => {
  it.each([
    ['Accounts', `Accounts: ['${OTHER_ACCOUNT}']`, { account: OTHER_ACCOUNT }, { account: ACCOUNT }],
    ['Regions', 'Regions: [us-east-1]', { region: 'us-east-1' }, { region: 'eu-west-1' }],
    ['Resources', "Resources: ['^prod-']", { id: 'prod-data' }, { id: 'dev-data' }],
    ['Tags', "Tags: ['env=prod', 'owner=.+']", { tags: { env: 'prod', owner: 'me' } }, { tags: { env: 'prod' } }],
  ])('Exceptions.%s unmutes what it names, and only that', (_, exception, excepted, stillMuted) => {
    const mutelist = entry('*', `${everywhere}\nExceptions:\n  ${exception}`);
    expect(mutelist.mutes(finding(excepted))).toBe(false);
    expect(mutelist.mutes(finding(stillMuted))).toBe(true);
  });

  it('every field an exception sets must match for it to apply', () => {
    const mutelist = entry('*', `${everywhere}\nExceptions:\n  Accounts: ['${ACCOUNT}']\n  Regions: [eu-west-1, eu-south-2]`);
    expect(mutelist.mutes(finding({ account: ACCOUNT, region: 'eu-south-2' }))).toBe(false);
    expect(mutelist.mutes(finding({ account: ACCOUNT, region: 'us-east-1' }))).toBe(true);
    expect(mutelist.mutes(finding({ account: OTHER_ACCOUNT, region: 'eu-west-1' }))).toBe(true);
  });

  it('empty exception lists except nothing', () => {
    const mutelist = entry('*', `${everywhere}\nExceptions: {Accounts: [], Regions: [], Resources: [], Tags: []}`);
    expect(mutelist.mutes(finding())).toBe(true);
  });

  it("an entry's exception does not unmute what another entry mutes", () => {
    const mutelist = parseMutelist(
      `Mutelist:
  Accounts:
    '*':
      Checks:
        '*':
          Regions: ['*']
          Resources: ['*']
          Exceptions: {Resources: [public]}
    '${ACCOUNT}':
      Checks:
        s3_*: {Regions: ['*'], Resources: [public-site]}
`,
      'test.yaml',
    );
    expect(mutelist.mutes(finding({ id: 'public-site' }))).toBe(true);
    expect(mutelist.mutes(finding({ id: 'public-site', account: OTHER_ACCOUNT }))).toBe(false);
    expect(mutelist.mutes(finding({ id: 'public-site', check: 'iam_root_mfa_enabled' }))).toBe(false);
  });

  it('nor within one account, whichever entry comes first', () => {
    const excepting = `'*': {Regions: ['*'], Resources: ['*'], Exceptions: {Resources: [public]}}`;
    const muting = `s3_*: {Regions: ['*'], Resources: [public-site]}`;
    for (const mutelist of [checks(`${excepting}\n${muting}`), checks(`${muting}\n${excepting}`)]) {
      expect(mutelist.mutes(finding({ id: 'public-site' }))).toBe(true);
      expect(mutelist.mutes(finding({ id: 'public-site', check: 'iam_root_mfa_enabled' }))).toBe(false);
    }
  });
});

describe("the README's example", () => {
  const example = loadMutelist(new URL('example.yaml', import.meta.url).pathname);
  // Outside the regions where everything of ACCOUNT is muted, unless a case moves it.
  const elsewhere = (spec: FindingSpec) => finding({ region: 'us-west-2', ...spec });

  it.each([
    ['the website bucket', { check: 's3_bucket_public_access', id: 'www.example.com' }, true],
    ['another public bucket', { check: 's3_bucket_public_access', id: 'wwwxexample.com' }, false],
    [
      'a data sandbox instance',
      { check: 'ec2_instance_public_ip', id: 'i-1', tags: { environment: 'sandbox', team: 'data' } },
      true,
    ],
    [
      'a data sandbox instance in us-east-1',
      { check: 'ec2_instance_public_ip', id: 'i-1', region: 'us-east-1', tags: { environment: 'sandbox', team: 'data' } },
      false,
    ],
    ['a sandbox instance of another team', { check: 'ec2_instance_public_ip', tags: { environment: 'sandbox', team: 'web' } }, false],
    ['anything of 123456789012 in eu-central-1', { check: 'iam_root_mfa_enabled', region: 'eu-central-1' }, true],
    ['a prod- resource there', { check: 'kms_cmk_rotation_enabled', region: 'eu-central-1', id: 'prod-key' }, false],
    ['the same in another account', { check: 'iam_root_mfa_enabled', region: 'eu-central-1', account: OTHER_ACCOUNT }, false],
  ])('%s', (_, spec, muted) => {
    expect(example.mutes(elsewhere(spec))).toBe(muted);
  });
});

describe('applyMutelist', () => {
  const mutelist = entry('*', `Regions: ['*']\nResources: [logs]`);

  it('marks matched findings muted and keeps their status, whatever it is', () => {
    const findings = (['FAIL', 'PASS', 'MANUAL', 'ERROR'] as const).map((status) => finding({ status }));
    const applied = [...applyMutelist(findings, mutelist)];
    expect(applied.map(({ status, muted }) => ({ status, muted }))).toEqual([
      { status: 'FAIL', muted: true },
      { status: 'PASS', muted: true },
      { status: 'MANUAL', muted: true },
      { status: 'ERROR', muted: true },
    ]);
  });

  it('leaves unmatched findings as they were and never changes its input', () => {
    const muted = finding();
    const unmatched = finding({ id: 'website' });
    const [first, second] = applyMutelist([muted, unmatched], mutelist);
    expect(second).toBe(unmatched);
    expect(first).not.toBe(muted);
    expect(muted.muted).toBe(false);
    expect(first!.check).toBe(muted.check);
  });

  it('decides each finding on its own among many sharing checks and accounts', () => {
    const s3Only = entry('s3_*', `Regions: ['*']\nResources: [logs]`);
    const findings = Array.from({ length: 2000 }, (_, index) =>
      finding({
        id: index % 2 === 0 ? `logs-${index}` : `site-${index}`,
        account: index % 3 === 0 ? OTHER_ACCOUNT : ACCOUNT,
        check: index % 5 === 0 ? 'kms_cmk_rotation_enabled' : 's3_bucket_default_encryption',
      }),
    );
    const applied = [...applyMutelist(findings, s3Only)];
    expect(applied.filter((each) => each.muted).map((each) => each.resource.id)).toEqual(
      findings.filter((_, index) => index % 2 === 0 && index % 5 !== 0).map((each) => each.resource.id),
    );
  });
});
