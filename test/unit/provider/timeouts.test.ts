import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { IAMClient, ListAccountAliasesCommand } from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkCatalog } from '../../../src/checks/catalog.js';
import { DEFAULT_SCAN_OPTIONS } from '../../../src/checks/check.js';
import { DEFAULT_AWS_CONFIG } from '../../../src/config/aws-config.js';
import { silentLogger } from '../../../src/logger.js';
import { AwsProvider } from '../../../src/provider/provider.js';
import { scanAccount } from '../../../src/scan.js';
import { silentEndpoint } from './silent-endpoint.js';

const SMALL = { identityMs: 300, connectMs: 200, attemptMs: 150, callMs: 600, slowCallMs: 100 };

let endpoint: Awaited<ReturnType<typeof silentEndpoint>>;
beforeAll(async () => (endpoint = await silentEndpoint()));
afterAll(() => endpoint.close());

describe('an endpoint that never answers', () => {
  it('fails start-up within the identity deadline, naming the endpoint', async () => {
    const startedAt = Date.now();
    await expect(AwsProvider.connect({ endpoint: endpoint.url, timeouts: SMALL }, silentLogger)).rejects.toThrow(
      new RegExp(`^cannot identify the caller at ${endpoint.url} \\(sts:GetCallerIdentity\\): CallTimeout: no answer within 0.3 s`),
    );
    expect(Date.now() - startedAt).toBeLessThan(5_000);
  });

  describe('when only the collections hang', () => {
    const mocks = () => [mockClient(STSClient), mockClient(EC2Client), mockClient(IAMClient)] as const;
    let restore: () => void;
    afterEach(() => restore());

    it('ends the scan within the call budget, with ERROR for the scope and a warning naming the slow call', async () => {
      const [sts, ec2, iam] = mocks();
      restore = () => [sts, ec2, iam].forEach((mock) => mock.restore());
      sts.on(GetCallerIdentityCommand).resolves({ Account: '111122223333', Arn: 'arn:aws:iam::111122223333:user/auditor', UserId: 'AIDA' });
      ec2.on(DescribeRegionsCommand).resolves({ Regions: [{ RegionName: 'us-east-1' }] });
      iam.on(ListAccountAliasesCommand).resolves({ AccountAliases: [] });
      const records: Record<string, unknown>[] = [];
      const log = pino({ level: 'info' }, { write: (line: string) => records.push(JSON.parse(line) as Record<string, unknown>) });

      const startedAt = Date.now();
      const { findings, context } = await scanAccount(
        {
          provider: { endpoint: endpoint.url, regions: ['us-east-1'], timeouts: SMALL },
          checks: checkCatalog.filter((check) => check.id === 'kms_cmk_rotation_enabled'),
          options: DEFAULT_SCAN_OPTIONS,
          config: DEFAULT_AWS_CONFIG,
        },
        log,
      );

      expect(Date.now() - startedAt).toBeLessThan(5_000);
      expect(findings.map((finding) => [finding.status, finding.region])).toEqual([['ERROR', 'us-east-1']]);
      expect(context.failures).toEqual([
        expect.objectContaining({ service: 'kms', region: 'us-east-1', operation: 'ListKeys', message: expect.stringContaining('CallTimeout') as unknown }),
      ]);
      expect(records).toContainEqual(
        expect.objectContaining({ level: 40, msg: 'slow AWS call: still waiting for an answer', service: 'KMS', operation: 'ListKeys', region: 'us-east-1' }),
      );
    }, 15_000);
  });
});
