import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeAddressesCommand, DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { IAMClient, ListAccountAliasesCommand } from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkCatalog } from '../../../src/checks/catalog.js';
import { DEFAULT_SCAN_OPTIONS } from '../../../src/checks/check.js';
import { parseAwsOptions } from '../../../src/cli/options.js';
import { DEFAULT_AWS_CONFIG } from '../../../src/config/aws-config.js';
import { UsageError } from '../../../src/errors.js';
import { scanAccount } from '../../../src/scan.js';
import { runScanner } from '../../helpers/cli.js';

const KEY = 'shodan-secret-key';
const INDEXED = '198.51.100.7';
const UNKNOWN = '198.51.100.8';

/** Shodan's host API, played on 127.0.0.1: INDEXED is known, every other address is not. */
const shodan = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  response.setHeader('content-type', 'application/json');
  if (url.searchParams.get('key') !== KEY) {
    response.statusCode = 401;
    response.end(JSON.stringify({ error: 'Invalid API key' }));
  } else if (url.pathname === `/shodan/host/${INDEXED}`) {
    response.end(JSON.stringify({ ports: [22, 8080], isp: 'Example ISP', country_name: 'Ireland' }));
  } else {
    response.statusCode = 404;
    response.end(JSON.stringify({ error: 'No information available for that IP.' }));
  }
});

describe('the Shodan check in a scan', () => {
  const sts = mockClient(STSClient);
  const ec2 = mockClient(EC2Client);
  const iam = mockClient(IAMClient);
  let logged: string[];
  const log = () => pino({ level: 'debug' }, { write: (line: string) => logged.push(line) });
  const shodanCheck = checkCatalog.filter((check) => check.id === 'ec2_elastic_ip_shodan');
  const scan = (shodanApiKey: string | null) =>
    scanAccount(
      {
        provider: { regions: ['us-east-1'] },
        checks: shodanCheck,
        options: DEFAULT_SCAN_OPTIONS,
        config: { ...DEFAULT_AWS_CONFIG, shodan_api_key: shodanApiKey },
      },
      log(),
    );

  beforeAll(async () => {
    await new Promise<void>((resolve) => shodan.listen(0, '127.0.0.1', resolve));
    process.env.SCANNER_SHODAN_URL = `http://127.0.0.1:${(shodan.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    delete process.env.SCANNER_SHODAN_URL;
    [sts, ec2, iam].forEach((mock) => mock.restore());
    await new Promise((resolve) => shodan.close(resolve));
  });
  beforeEach(() => {
    logged = [];
    sts.on(GetCallerIdentityCommand).resolves({ Account: '111122223333', Arn: 'arn:aws:iam::111122223333:user/auditor', UserId: 'AIDA' });
    ec2.on(DescribeRegionsCommand).resolves({ Regions: [{ RegionName: 'us-east-1' }] });
    ec2.on(DescribeAddressesCommand).resolves({
      Addresses: [
        { PublicIp: INDEXED, AllocationId: 'eipalloc-1', AssociationId: 'eipassoc-1' },
        { PublicIp: UNKNOWN, AllocationId: 'eipalloc-2' },
      ],
    });
    iam.on(ListAccountAliasesCommand).resolves({ AccountAliases: [] });
  });
  afterEach(() => [sts, ec2, iam].forEach((mock) => mock.reset()));

  it('without a key is skipped with one info line, reading nothing', async () => {
    const { findings, context } = await scan(null);

    expect(findings).toEqual([]);
    expect(context.checkIds).toEqual([]);
    expect(ec2.commandCalls(DescribeAddressesCommand)).toEqual([]);
    const skipped = logged.filter((line) => line.includes('ec2_elastic_ip_shodan'));
    expect(skipped).toHaveLength(1);
    expect(JSON.parse(skipped[0]!)).toMatchObject({ level: 30, msg: expect.stringContaining('needs a Shodan API key') as unknown });
  });

  it('with a key fails indexed addresses and passes the others, never logging the key', async () => {
    const { findings } = await scan(KEY);

    expect(findings.map((f) => [f.resource.id, f.status, f.resource.arn])).toEqual(
      expect.arrayContaining([
        [INDEXED, 'FAIL', 'arn:aws:ec2:us-east-1:111122223333:eip-allocation/eipalloc-1'],
        [UNKNOWN, 'PASS', 'arn:aws:ec2:us-east-1:111122223333:eip-allocation/eipalloc-2'],
      ]),
    );
    expect(findings).toHaveLength(2);
    expect(findings.find((f) => f.status === 'FAIL')!.statusExtended).toContain('open ports 22, 8080');
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.join('\n')).not.toContain(KEY);
  });

  it('takes the key from -N on the command line, and writes it to no output or log', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'scanner-shodan-'));

    const run = await runScanner(['aws', '-f', 'us-east-1', '-c', 'ec2_elastic_ip_shodan', '-N', KEY, '-o', folder, '-F', 'scan', '--log-level', 'debug']);

    expect(run.code).toBe(3);
    const csv = readFileSync(join(folder, 'scan.csv'), 'utf8');
    expect(csv).toContain(INDEXED);
    expect(csv).toContain('FAIL');
    for (const file of readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())) {
      expect(readFileSync(join(file.parentPath, file.name), 'utf8')).not.toContain(KEY);
    }
    expect(run.stderr + run.stdout).not.toContain(KEY);
  });

  it('an unreachable Shodan makes each address an ERROR, not a PASS', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const unreachable = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((resolve) => closed.close(resolve));
    const reachable = process.env.SCANNER_SHODAN_URL;
    process.env.SCANNER_SHODAN_URL = unreachable;
    try {
      const { findings } = await scan(KEY);

      expect(findings.map((f) => f.status)).toEqual(['ERROR', 'ERROR']);
      expect(findings[0]!.statusExtended).toContain('Shodan could not be reached (ECONNREFUSED)');
    } finally {
      process.env.SCANNER_SHODAN_URL = reachable;
    }
  });

  it('a key Shodan refuses makes each address an ERROR naming the lookup, not a PASS', async () => {
    const { findings } = await scan('wrong-key');

    expect(findings.map((f) => f.status)).toEqual(['ERROR', 'ERROR']);
    expect(findings[0]!.statusExtended).toMatch(/Shodan host lookup failed \(HTTP 401: Invalid API key\)/);
    expect(findings.map((f) => f.statusExtended).join('\n')).not.toContain('wrong-key');
    expect(logged.join('\n')).not.toContain('wrong-key');
  });
});

describe('-N/--shodan', () => {
  it('takes the key as given', () => {
    expect(parseAwsOptions({ shodan: KEY }).shodan).toBe(KEY);
    expect(parseAwsOptions({}).shodan).toBeUndefined();
  });

  it('rejects an empty key with a usage error naming the flag', () => {
    expect(() => parseAwsOptions({ shodan: '' })).toThrow(UsageError);
    expect(() => parseAwsOptions({ shodan: '' })).toThrow('--shodan needs a Shodan API key');
  });
});
