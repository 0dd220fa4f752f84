import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuthorizeSecurityGroupIngressCommand, CreateSecurityGroupCommand, EC2Client } from '@aws-sdk/client-ec2';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { runScanner } from '../helpers/cli.js';
import { motoEndpoint, resetMoto, seedConfig } from '../helpers/moto.js';
import { seedMisconfiguredAccount } from '../../scripts/seed-account.js';

interface OcsfFinding {
  status_code: string;
  status: string;
  metadata: { event_code: string };
  resources: { uid: string; name: string }[];
}

const IMDS = 'ec2_instance_imdsv2_enabled'; // high: the seeded web-0 instance allows IMDSv1
const VERSIONING = 's3_bucket_object_versioning'; // medium: the seeded public bucket is unversioned

function workspace(): string {
  return mkdtempSync(join(tmpdir(), 'scanner-workflow-'));
}

/** A scan of moto's us-east-1, limited to the checks given, writing into `directory`. */
function scan(directory: string, args: string[]) {
  return runScanner(['aws', '--endpoint-url', motoEndpoint(), '-f', 'us-east-1', '-o', directory, ...args]);
}

function ocsfIn(directory: string): OcsfFinding[] {
  const file = readdirSync(directory).find((name) => name.endsWith('.ocsf.json'));
  if (!file) throw new Error(`no OCSF output in ${directory}`);
  return JSON.parse(readFileSync(join(directory, file), 'utf8')) as OcsfFinding[];
}

beforeAll(async () => {
  await resetMoto();
  await seedMisconfiguredAccount({ endpoint: motoEndpoint(), regions: ['us-east-1'] });
}, 120_000);

describe('bad input is one line and exit 2, before anything is scanned', () => {
  const dir = workspace();
  writeFileSync(join(dir, 'broken-mutelist.yaml'), 'Mutelist:\n  Accounts:\n    "*":\n      Checks:\n        ec2_instance_imdsv2_enabled:\n          Regions: us-east-1\n');
  writeFileSync(join(dir, 'misspelt-config.yaml'), 'aws:\n  max_unused_acces_keys_days: 30\n');
  writeFileSync(join(dir, 'mistyped-config.yaml'), 'aws:\n  max_unused_access_keys_days: a month\n');
  it.each([
    [['--category', 'no-such-category'], /^scanner: unknown category: no-such-category \(see --list-categories\)$/],
    [['-e', 'no_such_check'], /^scanner: unknown check: no_such_check/],
    [['--excluded-services', 'ec3'], /^scanner: unknown service: ec3/],
    [['-C', join(dir, 'missing.txt')], /^scanner: cannot read the checks file .*missing\.txt: ENOENT/],
    [['--resource-tag', 'env'], /^scanner: --resource-tag "env" is not Key=Value$/],
    [['--resource-arn', 'bucket'], /^scanner: --resource-arn "bucket" is not an ARN/],
    [['--resource-tag', 'a=b', '--resource-arn', 'arn:aws:s3:::b'], /cannot be combined/],
    [['--status', 'OPEN'], /^scanner: --status must be one of PASS, FAIL, MANUAL, ERROR$/],
    [['--fail-on', 'urgent'], /^scanner: --fail-on must be one of critical, high/],
    [['--baseline', join(dir, 'missing.ocsf.json')], /^scanner: cannot read the baseline .*missing\.ocsf\.json/],
    [['-w', join(dir, 'missing.yaml')], /^scanner: cannot read mutelist .*missing\.yaml/],
    [['-w', join(dir, 'broken-mutelist.yaml')], /^scanner: .*broken-mutelist\.yaml:6:\d+: /],
    [['--config-file', join(dir, 'missing.yaml')], /^scanner: cannot read config file .*missing\.yaml/],
    [['--config-file', join(dir, 'misspelt-config.yaml')], /^scanner: .*misspelt-config\.yaml:2:3: unknown key 'max_unused_acces_keys_days' \(did you mean 'max_unused_access_keys_days'\?\)/],
    [['--config-file', join(dir, 'mistyped-config.yaml')], /^scanner: .*mistyped-config\.yaml:2:\d+: max_unused_access_keys_days must be/],
    [['--presign-expiry', '1d'], /^scanner: --presign-expiry needs --output-bucket$/],
    [['--output-bucket', 'https://bucket'], /^scanner: --output-bucket must look like s3:\/\//],
    [['--notify-webhook', 'ftp://hooks'], /^scanner: --notify-webhook /],
  ])('%j', async (args, message) => {
    const run = await scan(dir, args);
    expect(run.stderr.trim()).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.code).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['broken-mutelist.yaml', 'misspelt-config.yaml', 'mistyped-config.yaml']);
  });
});

describe('selection and filters', () => {
  it('--list-config lists every key with its default and the checks that read it', async () => {
    const run = await runScanner(['aws', '--list-config']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^max_unused_access_keys_days\s+45\s+iam_user_accesskey_unused$/m);
    expect(run.stdout).toMatch(/^mute_non_default_regions\s+false\s+-$/m);
  });

  it('--list-categories lists the categories with their check counts', async () => {
    const run = await runScanner(['aws', '--list-categories']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^CATEGORY\s+CHECKS$/m);
    expect(run.stdout).toMatch(/^internet-exposed\s+\d+$/m);
  });

  it('takes checks from a file, less the excluded ones, and names the files after the scan', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'checks.txt'), `# what this pipeline gates on\n${IMDS}\n${VERSIONING}\nkms_cmk_rotation_enabled\n`);
    const run = await scan(dir, ['-C', join(dir, 'checks.txt'), '-e', 'kms_cmk_rotation_enabled', '--scan-name', 'Acme Corp (prod)']);
    expect(run.code).toBe(3);
    const outputs = readdirSync(dir).filter((name) => name !== 'checks.txt' && name !== 'compliance');
    expect(outputs).toHaveLength(3);
    for (const name of outputs) expect(name).toMatch(/^scanner-output-acme-corp-prod-123456789012-\d{14}\.(csv|html|ocsf\.json)$/);
    expect(new Set(ocsfIn(dir).map((f) => f.metadata.event_code))).toEqual(new Set([IMDS, VERSIONING]));
  });

  it('leaves nothing behind in TMPDIR, and stops before the scan when TMPDIR cannot hold findings', async () => {
    const dir = workspace();
    const temporary = workspace();
    const run = await runScanner(['aws', '--endpoint-url', motoEndpoint(), '-f', 'us-east-1', '-o', dir, '-c', IMDS, VERSIONING, '-M', 'json-ocsf'], { TMPDIR: temporary });
    expect(run.code).toBe(3);
    expect(new Set(ocsfIn(dir).map((f) => f.metadata.event_code))).toEqual(new Set([IMDS, VERSIONING]));
    expect(readdirSync(temporary)).toEqual([]);

    const nowhere = await runScanner(['aws', '--endpoint-url', motoEndpoint(), '-f', 'us-east-1', '-o', dir, '-c', IMDS], { TMPDIR: join(temporary, 'missing') });
    expect(nowhere.code).toBe(1);
    expect(nowhere.stderr.trim()).toMatch(/^scanner: cannot keep the findings in a folder under .*missing \(set TMPDIR to a folder with room\): .*ENOENT/);
  });

  it('--status writes only the asked-for findings, and the gate still sees the rest', async () => {
    const dir = workspace();
    const run = await scan(dir, ['-c', IMDS, '--status', 'PASS', '-M', 'json-ocsf']);
    const written = ocsfIn(dir);
    expect(written.length).toBeGreaterThan(0);
    expect(written.every((f) => f.status_code === 'PASS')).toBe(true);
    expect(run.code).toBe(3);
  });

  it('--resource-tag reports only on resources with the tag', async () => {
    const dir = workspace();
    const run = await scan(dir, ['-c', IMDS, '--resource-tag', 'Name=web-0', '-M', 'json-ocsf']);
    const written = ocsfIn(dir);
    expect(written).toHaveLength(1);
    expect(written[0]!.status_code).toBe('FAIL');
    expect(run.code).toBe(3);
  });

  it('--resource-arn reports only on the resources named', async () => {
    const dir = workspace();
    const run = await scan(dir, ['-c', VERSIONING, '--resource-arn', 'arn:aws:s3:::audit-logs-us-east-1-0', '-M', 'json-ocsf']);
    expect(ocsfIn(dir).map((f) => [f.resources[0]!.uid, f.status_code])).toEqual([['arn:aws:s3:::audit-logs-us-east-1-0', 'PASS']]);
    expect(run.code).toBe(0);
  });
});

describe('the CI gate', () => {
  it('--fail-on exits 3 only for unmuted FAILs at or above the severity', async () => {
    const dir = workspace();
    const critical = await scan(dir, ['-c', IMDS, VERSIONING, '--fail-on', 'critical', '-M', 'csv']);
    expect(critical.code).toBe(0);
    expect(critical.stdout).toContain('Result: pass (unmuted FAIL findings at or above critical: none)');
    const medium = await scan(dir, ['-c', IMDS, VERSIONING, '--fail-on', 'medium', '-M', 'csv']);
    expect(medium.code).toBe(3);
    expect(medium.stdout).toMatch(/Result: fail, exit 3 \(unmuted FAIL findings at or above medium: \d+\)/);
  });

  it('a mutelist mutes findings in every output and keeps them from failing the build', async () => {
    const dir = workspace();
    const mutelist = join(dir, 'mutelist.yaml');
    writeFileSync(
      mutelist,
      ['Mutelist:', '  Accounts:', '    "*":', '      Checks:', `        ${IMDS}:`, '          Regions: ["*"]', '          Resources: ["*"]', '          Description: legacy fleet, replaced in Q3', ''].join('\n'),
    );
    const run = await scan(dir, ['-c', IMDS, '-w', mutelist, '-M', 'json-ocsf', 'csv']);
    expect(run.code).toBe(0);
    const failing = ocsfIn(dir).filter((f) => f.status_code === 'FAIL');
    expect(failing.length).toBeGreaterThan(0);
    expect(failing.every((f) => f.status === 'Suppressed')).toBe(true);
    expect(run.stdout).toMatch(/\(\d+ muted\)/);
  });

  it('--baseline exits 3 only for failures the earlier scan did not have', async () => {
    // Unused groups count too, so that a freshly opened (still unattached) group is a new failure.
    const ssh = ['-c', 'ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_22', '--scan-unused-services'];
    const first = workspace();
    expect((await scan(first, [...ssh, '-M', 'json-ocsf', '-F', 'baseline'])).code).toBe(3);
    const baseline = join(first, 'baseline.ocsf.json');

    const unchanged = await scan(workspace(), [...ssh, '--baseline', baseline, '-M', 'csv']);
    expect(unchanged.stdout).toMatch(/Against the baseline .*baseline\.ocsf\.json: 0 new, 0 fixed, [1-9]\d* unchanged failures/);
    expect(unchanged.code).toBe(0);

    const ec2 = new EC2Client(seedConfig());
    const group = await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'new-bastion', Description: 'opened today' }));
    await ec2.send(
      new AuthorizeSecurityGroupIngressCommand({
        GroupId: group.GroupId,
        IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }],
      }),
    );
    const regressed = await scan(workspace(), [...ssh, '--baseline', baseline, '-M', 'csv']);
    expect(regressed.code).toBe(3);
    expect(regressed.stdout).toMatch(/: 1 new, 0 fixed, [1-9]\d* unchanged failures/);
    expect(regressed.stdout).toContain(`[high] ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_22 on ${group.GroupId} (us-east-1)`);
  });
});

describe('scanner report', () => {
  it('renders the HTML report again from a saved JSON-OCSF output, without AWS', async () => {
    const dir = workspace();
    await scan(dir, ['-c', IMDS, '--scan-name', 'Re-issued', '-M', 'json-ocsf', '-F', 'saved']);
    const run = await runScanner(['report', join(dir, 'saved.ocsf.json'), '-o', join(dir, 'again.html')], { AWS_ENDPOINT_URL: 'http://127.0.0.1:9' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(join(dir, 'again.html'));
    const html = readFileSync(join(dir, 'again.html'), 'utf8');
    expect(html).toContain('<html');
    expect(html.length).toBeGreaterThan(10_000);
  });

  it.each([
    [['report', '/nonexistent/scan.ocsf.json'], /^scanner: cannot read the findings file \/nonexistent\/scan\.ocsf\.json: ENOENT/],
    [['report', '/etc/hostname'], /^scanner: the findings file \/etc\/hostname: not a JSON-OCSF findings file: /],
    [['report'], /^scanner: missing required argument/],
  ])('%j is one line and exit 2', async (args, message) => {
    const run = await runScanner(args);
    expect(run.stderr.trim()).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.code).toBe(2);
  });
});

describe('the role template', () => {
  it('prints a CloudFormation template on stdout and the generated external ID on stderr', async () => {
    const run = await runScanner(['aws', 'role-template', '--trusted-account', '111122223333']);
    expect(run.code).toBe(0);
    const template = parseYaml(run.stdout) as { Resources: Record<string, { Type: string }>; Outputs: Record<string, unknown> };
    expect(Object.values(template.Resources).map((r) => r.Type)).toContain('AWS::IAM::Role');
    expect(Object.keys(template.Outputs)).toEqual(expect.arrayContaining(['RoleArn', 'ExternalId', 'ScanName']));
    expect(run.stderr).toMatch(/external ID/i);
  });

  it('takes the options after role-template as its own, though `aws` has flags of the same names', async () => {
    const run = await runScanner(['aws', 'role-template', '--trusted-account', '111122223333', '--external-id', 'abc-xyz', '--scan-name', 'Acme', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const template = JSON.parse(run.stdout) as { Parameters: Record<string, { Default?: string }> };
    expect(template.Parameters.ExternalId?.Default).toBe('abc-xyz');
    expect(template.Parameters.ScanName?.Default).toBe('Acme');
  });

  it('rejects a malformed trusted account in one line', async () => {
    const run = await runScanner(['aws', 'role-template', '--trusted-account', '1234']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toMatch(/^scanner: --trusted-account must be a 12-digit AWS account ID$/);
  });
});

describe('delivery', () => {
  it('uploads the outputs and a bundle, prints working links, and posts a summary to the webhook', async () => {
    await new S3Client(seedConfig()).send(new CreateBucketCommand({ Bucket: 'consultant-reports' }));
    const received: { headers: IncomingMessage['headers']; body: string }[] = [];
    const server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        received.push({ headers: request.headers, body });
        response.end('ok');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const dir = workspace();
      const run = await scan(dir, ['-c', IMDS, '--scan-name', 'Acme', '-F', 'acme', '--output-bucket', 's3://consultant-reports/2026/acme', '--presign-expiry', '12h', '--notify-webhook', `http://127.0.0.1:${port}/hook`]);
      expect(run.code).toBe(3);
      const links = [...run.stdout.matchAll(/^\s+(bundle|report): (\S+)$/gm)].map((m) => [m[1], m[2]!] as const);
      expect(links.map(([label]) => label)).toEqual(['bundle', 'report']);
      const report = await fetch(links[1]![1]);
      expect(report.ok).toBe(true);
      expect(await report.text()).toBe(readFileSync(join(dir, 'acme.html'), 'utf8'));
      expect((await fetch(links[0]![1])).ok).toBe(true);

      expect(received).toHaveLength(1);
      expect(received[0]!.headers['content-type']).toContain('application/json');
      const body = JSON.parse(received[0]!.body) as { text: string; gate: { passed: boolean } };
      expect(body.text).toContain('Acme');
      expect(body.gate.passed).toBe(false);
      expect(received[0]!.body).toContain(links[0]![1].split('?')[0]);
    } finally {
      server.close();
    }
  });

  it('a webhook that cannot be reached is logged and does not change the exit code', async () => {
    const run = await scan(workspace(), ['-c', VERSIONING, '--resource-arn', 'arn:aws:s3:::audit-logs-us-east-1-0', '--notify-webhook', 'http://127.0.0.1:9/hook', '-M', 'csv']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/webhook/i);
  });
});
