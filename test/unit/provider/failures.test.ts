import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GetAccountAuthorizationDetailsCommand, IAMClient } from '@aws-sdk/client-iam';
import { DescribeKeyCommand, GetKeyRotationStatusCommand, KMSClient, ListKeysCommand, ListResourceTagsCommand } from '@aws-sdk/client-kms';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import kmsRotationLogic from '../../../checks/aws/kms/kms_cmk_rotation_enabled.js';
import { checkCatalog, loadChecks } from '../../../src/checks/catalog.js';
import { DEFAULT_SCAN_OPTIONS } from '../../../src/checks/check.js';
import { runChecks } from '../../../src/checks/runner.js';
import { DEFAULT_AWS_CONFIG } from '../../../src/config/aws-config.js';
import { ClientFactory } from '../../../src/provider/clients.js';
import type { AccountScope } from '../../../src/provider/provider.js';
import { withMetadata } from '../../helpers/check-cases.js';

const ACCOUNT: AccountScope = {
  id: '111122223333',
  partition: 'aws',
  callerArn: 'arn:aws:iam::111122223333:user/auditor',
  regions: ['eu-west-1', 'us-east-1'],
  globalRegion: 'us-east-1',
};
const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
const settings = { options: DEFAULT_SCAN_OPTIONS, config: DEFAULT_AWS_CONFIG };
const kmsRotation = withMetadata(kmsRotationLogic);

describe('a region that denies access', () => {
  const kms = mockClient(KMSClient);
  afterEach(() => kms.reset());
  afterAll(() => kms.restore());

  it('becomes ERROR for that region while other regions keep their verdicts', async () => {
    const keyArn = 'arn:aws:kms:us-east-1:111122223333:key/k1';
    kms.on(ListKeysCommand).callsFake(async (_input, getClient: () => KMSClient) => {
      if ((await getClient().config.region()) === 'eu-west-1') {
        throw Object.assign(new Error('not authorized to perform kms:ListKeys'), { name: 'AccessDeniedException' });
      }
      return { Keys: [{ KeyId: 'k1', KeyArn: keyArn }] };
    });
    kms.on(DescribeKeyCommand).resolves({
      KeyMetadata: { KeyId: 'k1', Arn: keyArn, KeyState: 'Enabled', KeyManager: 'CUSTOMER', Origin: 'AWS_KMS', KeySpec: 'SYMMETRIC_DEFAULT' },
    });
    kms.on(GetKeyRotationStatusCommand).resolves({ KeyRotationEnabled: true });
    kms.on(ListResourceTagsCommand).resolves({ Tags: [] });

    const clients = new ClientFactory({ credentials, limit: pLimit(4) });
    const { findings, failures } = await runChecks([kmsRotation], { account: ACCOUNT, clients }, settings);

    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ service: 'kms', region: 'eu-west-1', operation: 'ListKeys' });
    expect(failures[0]!.message).toContain('AccessDeniedException');
    const byRegion = (region: string) => findings.filter((f) => f.region === region).map((f) => f.status);
    expect(byRegion('us-east-1')).toEqual(['PASS']);
    expect(byRegion('eu-west-1')).toEqual(['ERROR']);
    expect(findings.find((f) => f.status === 'ERROR')!.statusExtended).toMatch(/kms.*eu-west-1.*ListKeys/);
  });

  it('a malformed response is a failed read, not a crash or a verdict', async () => {
    kms.on(ListKeysCommand).resolves({ Keys: [{ KeyId: 'k1' }] });
    kms.on(DescribeKeyCommand).resolves({ KeyMetadata: { KeyId: 'k1' } });
    const clients = new ClientFactory({ credentials, limit: pLimit(4) });
    const { findings } = await runChecks([kmsRotation], { account: { ...ACCOUNT, regions: ['us-east-1'] }, clients }, settings);
    // A key that cannot be described is missing from the listing, so the region's listing is incomplete.
    expect(findings.map((f) => [f.status, f.resource.id])).toEqual([['ERROR', 'kms:DescribeKey']]);
    expect(findings[0]!.statusExtended).toMatch(/DescribeKey failed \(MalformedResponse: malformed KMS key metadata/);
  });
});

/**
 * Throttling is answered here by a real HTTP endpoint, because the SDK's retry middleware only
 * runs for real requests (aws-sdk-client-mock replaces `send` and would skip it).
 */
describe('throttling', () => {
  let server: Server;
  let endpoint: string;
  let throttleFirst = 0;
  let requests = 0;

  beforeAll(async () => {
    server = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        requests += 1;
        response.setHeader('content-type', 'application/x-amz-json-1.1');
        if (requests <= throttleFirst) {
          response.statusCode = 400;
          response.end(JSON.stringify({ __type: 'ThrottlingException', message: 'Rate exceeded' }));
        } else {
          response.end(JSON.stringify({ Keys: [], Truncated: false }));
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const scope = (maxAttempts: number) => ({
    account: { ...ACCOUNT, regions: ['us-east-1'] },
    clients: new ClientFactory({ credentials, limit: pLimit(4), endpoint, maxAttempts }),
  });

  it('is retried with backoff until the call succeeds', async () => {
    requests = 0;
    throttleFirst = 2;
    const { findings, failures } = await runChecks([kmsRotation], scope(8), settings);
    expect(requests).toBe(3);
    expect(failures).toEqual([]);
    expect(findings).toEqual([]);
  });

  it('that never relents becomes ERROR, never PASS', async () => {
    requests = 0;
    throttleFirst = Number.POSITIVE_INFINITY;
    const { findings } = await runChecks([kmsRotation], scope(2), settings);
    expect(requests).toBe(2);
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0]!.statusExtended).toContain('ThrottlingException');
  });
});

describe('failures of one call that several maps depended on', () => {
  it('are reported once', async () => {
    const iam = mockClient(IAMClient);
    iam.onAnyCommand().rejects(Object.assign(new Error('denied'), { name: 'AccessDenied' }));
    try {
      // Checks that also read other services would call those for real.
      const iamChecks = (await loadChecks(checkCatalog)).filter((check) => Object.keys(check.logic.uses).join() === 'iam');
      const clients = new ClientFactory({ credentials, limit: pLimit(4) });
      const { failures, findings } = await runChecks(iamChecks, { account: { ...ACCOUNT, regions: ['us-east-1'] }, clients }, settings);
      const details = failures.filter((f) => f.operation === 'GetAccountAuthorizationDetails');
      expect(iam.commandCalls(GetAccountAuthorizationDetailsCommand)).toHaveLength(1);
      expect(details).toHaveLength(1);
      expect(findings.filter((f) => f.status !== 'ERROR')).toEqual([]);
    } finally {
      iam.restore();
    }
  });
});
