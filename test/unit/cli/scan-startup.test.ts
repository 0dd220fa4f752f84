import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { IAMClient, ListAccountAliasesCommand } from '@aws-sdk/client-iam';
import { KMSClient, ListKeysCommand } from '@aws-sdk/client-kms';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { runScanner } from '../../helpers/cli.js';
import { silentEndpoint } from '../provider/silent-endpoint.js';

// The real defaults wait 10 s for the identity call; the behaviour under test is the same with less.
vi.mock('../../../src/provider/timeouts.js', async (original) => ({
  ...(await original<Record<string, unknown>>()),
  DEFAULT_TIMEOUTS: { identityMs: 400, connectMs: 200, attemptMs: 200, callMs: 800, slowCallMs: 200 },
}));

let endpoint: Awaited<ReturnType<typeof silentEndpoint>>;
beforeAll(async () => (endpoint = await silentEndpoint()));
afterAll(() => endpoint.close());

const outputFolder = () => mkdtempSync(join(tmpdir(), 'scanner-startup-'));
const scan = (...args: string[]) => ['aws', '--endpoint-url', endpoint.url, '-f', 'us-east-1', '-c', 'kms_cmk_rotation_enabled', ...args];

describe('start-up against an endpoint that never answers', () => {
  it('fails fast with one line naming the endpoint', async () => {
    const startedAt = Date.now();
    const run = await runScanner(scan('-o', outputFolder()));
    // Far below the real 10 s deadline, though the first run also loads the CLI's modules.
    expect(Date.now() - startedAt).toBeLessThan(8_000);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^scanner: cannot identify the caller at ${endpoint.url} .*no answer within 0.4 s.*--endpoint-url\\.\\n$`));
  }, 20_000);
});

describe('an output folder that cannot be written', () => {
  const file = join(outputFolder(), 'a-file');
  writeFileSync(file, '');
  it.each([
    ['a path below a file', `${file}/sub`, /is a file, not a folder/],
    ['a folder under /proc', '/proc/x', /ENOENT/],
  ])('is a usage error before any AWS call: %s', async (_, folder, reason) => {
    const before = endpoint.connections();
    const run = await runScanner(scan('-o', folder));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^scanner: cannot write to the output folder ${folder}: .*\\n$`));
    expect(run.stderr).toMatch(reason);
    expect(endpoint.connections()).toBe(before);
  });
});

describe('--log-level info', () => {
  it('names the phases of a scan, as JSON lines, and never a credential', async () => {
    const mocks = [mockClient(STSClient), mockClient(EC2Client), mockClient(IAMClient), mockClient(KMSClient)] as const;
    onTestFinished(() => mocks.forEach((mock) => mock.restore()));
    const [sts, ec2, iam, kms] = mocks;
    sts.on(GetCallerIdentityCommand).resolves({ Account: '111122223333', Arn: 'arn:aws:iam::111122223333:user/auditor', UserId: 'AIDA' });
    ec2.on(DescribeRegionsCommand).resolves({ Regions: [{ RegionName: 'us-east-1' }] });
    iam.on(ListAccountAliasesCommand).resolves({ AccountAliases: ['acme'] });
    kms.on(ListKeysCommand).resolves({ Keys: [] });
    const folder = outputFolder();
    const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

    const run = await runScanner(scan('-o', folder, '-F', 'scan', '--log-level', 'info'), { AWS_SECRET_ACCESS_KEY: secret });

    expect(run.code).toBe(0);
    const records = run.stderr.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    const messages = records.map((record) => record.msg);
    expect(messages).toEqual(
      expect.arrayContaining(['loading credentials', 'identity confirmed', 'scanning 1 region', 'reading collection', 'collection read', 'checks done', 'output written']),
    );
    expect(records).toContainEqual(expect.objectContaining({ msg: 'collection read', service: 'kms', collection: 'keys', failures: 0 }));
    const written = records.filter((record) => record.msg === 'output written').map((record) => String(record.path));
    const files = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(written.sort()).toEqual(files.map((entry) => join(entry.parentPath, entry.name)).sort());
    expect(run.stderr).not.toContain(secret);
  });
});
