import { GetVaultAccessPolicyCommand, GlacierClient, ListVaultsCommand } from '@aws-sdk/client-glacier';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import { failureOf } from '../../../src/services/resource-map.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { readFields, resourceAt } from '../../helpers/loaded.js';
import { loadService } from '../../helpers/moto.js';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
const scope = () => ({ account: { ...FIXTURE_ACCOUNT, regions: ['eu-west-1'] }, clients: new ClientFactory({ credentials, limit: pLimit(4) }) });
const arn = (name: string) => `arn:aws:glacier:eu-west-1:${FIXTURE_ACCOUNT.id}:vaults/${name}`;
const failure = (name: string) => Object.assign(new Error(name), { name, $metadata: { httpStatusCode: 400 } });

// moto 5.2.1 has no GetVaultAccessPolicy.
describe('Glacier vault policies', () => {
  const glacier = mockClient(GlacierClient);
  afterEach(() => glacier.reset());
  afterAll(() => glacier.restore());

  it('reads each vault policy; a vault without one has none, a denied read is unread', async () => {
    glacier.on(ListVaultsCommand).resolves({ VaultList: ['open', 'bare', 'locked'].map((name) => ({ VaultName: name, VaultARN: arn(name) })) });
    const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'glacier:GetJobOutput', Resource: arn('open') }] };
    glacier.on(GetVaultAccessPolicyCommand, { vaultName: 'open' }).resolves({ policy: { Policy: JSON.stringify(policy) } });
    glacier.on(GetVaultAccessPolicyCommand, { vaultName: 'bare' }).rejects(failure('ResourceNotFoundException'));
    glacier.on(GetVaultAccessPolicyCommand, { vaultName: 'locked' }).rejects(failure('AccessDeniedException'));

    const loaded = await loadService(scope(), 'glacier', ['vaultPolicies']);

    expect(readFields(resourceAt(loaded.vaultPolicies, arn('open'))).policy).toMatchObject({ Statement: [{ Effect: 'Allow', Principal: { AWS: ['*'] } }] });
    expect(readFields(resourceAt(loaded.vaultPolicies, arn('bare'))).policy).toBeNull();
    expect(failureOf(resourceAt(loaded.vaultPolicies, arn('locked')).policy)).toMatchObject({ operation: 'GetVaultAccessPolicy', resourceArn: arn('locked') });
    expect(glacier.commandCalls(GetVaultAccessPolicyCommand).every((call) => call.args[0].input.accountId === '-')).toBe(true);
  });
});
