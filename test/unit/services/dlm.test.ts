import { DLMClient, GetLifecyclePoliciesCommand } from '@aws-sdk/client-dlm';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { failuresIn, readAll } from '../../helpers/loaded.js';
import { loadService } from '../../helpers/moto.js';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
const scope = () => ({ account: FIXTURE_ACCOUNT, clients: new ClientFactory({ credentials, limit: pLimit(4) }) });

// moto 5.2.1 does not emulate Data Lifecycle Manager.
describe('DLM lifecycle policies', () => {
  const dlm = mockClient(DLMClient);
  afterEach(() => dlm.reset());
  afterAll(() => dlm.restore());

  it('reads every policy of each region as one setting of the region, under the account', async () => {
    dlm.on(GetLifecyclePoliciesCommand).callsFake(async (_input, getClient: () => DLMClient) =>
      (await getClient().config.region()) === 'eu-west-1'
        ? { Policies: [{ PolicyId: 'policy-1', State: 'ENABLED', PolicyType: 'EBS_SNAPSHOT_MANAGEMENT' }, { PolicyId: 'policy-2', State: 'DISABLED', PolicyType: 'IMAGE_MANAGEMENT' }] }
        : { Policies: [] },
    );

    const loaded = await loadService(scope(), 'dlm');

    expect(failuresIn(loaded)).toEqual([]);
    expect(readAll(loaded.regionPolicies).sort((a, b) => a.region.localeCompare(b.region))).toEqual([
      { arn: 'arn:aws:dlm:eu-west-1:111122223333:policy', id: '111122223333', region: 'eu-west-1', tags: {}, policyIds: ['policy-1', 'policy-2'] },
      { arn: 'arn:aws:dlm:us-east-1:111122223333:policy', id: '111122223333', region: 'us-east-1', tags: {}, policyIds: [] },
    ]);
    expect(dlm.commandCalls(GetLifecyclePoliciesCommand)).toHaveLength(2);
  });

  it('a denied call leaves that region unread, not without policies', async () => {
    dlm.on(GetLifecyclePoliciesCommand).callsFake(async (_input, getClient: () => DLMClient) => {
      if ((await getClient().config.region()) === 'us-east-1') throw Object.assign(new Error('denied'), { name: 'AccessDeniedException' });
      return { Policies: [] };
    });

    const loaded = await loadService(scope(), 'dlm');

    expect(failuresIn(loaded).map(({ region, operation }) => ({ region, operation }))).toEqual([{ region: 'us-east-1', operation: 'GetLifecyclePolicies' }]);
    expect(loaded.regionPolicies.all('eu-west-1')).toHaveLength(1);
  });
});
