import { GetSubscriptionStateCommand, ListProtectionsCommand, ShieldClient } from '@aws-sdk/client-shield';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import { CollectionLoader } from '../../../src/services/loader.js';
import shield from '../../../src/services/shield/shield.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { readAll } from '../../helpers/loaded.js';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
const loader = () => new CollectionLoader({ account: FIXTURE_ACCOUNT, clients: new ClientFactory({ credentials, limit: pLimit(4) }) });

/** moto 5.2.1 has no GetSubscriptionState, so Shield is read here from mocked answers. */
describe('Shield collections', () => {
  const shieldMock = mockClient(ShieldClient);
  afterEach(() => shieldMock.reset());
  afterAll(() => shieldMock.restore());

  it('lists protections, at the largest page size, when the account subscribes', async () => {
    shieldMock.on(GetSubscriptionStateCommand).resolves({ SubscriptionState: 'ACTIVE' });
    shieldMock
      .on(ListProtectionsCommand)
      .resolvesOnce({ Protections: [{ Id: 'p1', Name: 'edge', ResourceArn: 'arn:aws:cloudfront::111122223333:distribution/E1', ProtectionArn: 'arn:aws:shield::111122223333:protection/p1' }], NextToken: 'more' })
      .resolvesOnce({ Protections: [{ Id: 'p2', Name: 'zone', ResourceArn: 'arn:aws:route53:::hostedzone/Z1' }] });

    const scan = loader();
    const [subscription, protections] = await Promise.all([scan.load(shield.subscription), scan.load(shield.protections)]);

    expect(readAll(subscription)).toEqual([{ arn: 'arn:aws:shield::111122223333:subscription', id: '111122223333', region: 'us-east-1', tags: {}, active: true }]);
    expect(readAll(protections)).toEqual([
      { arn: 'arn:aws:shield::111122223333:protection/p1', id: 'p1', name: 'edge', region: 'us-east-1', tags: {}, resourceArn: 'arn:aws:cloudfront::111122223333:distribution/E1' },
      { arn: 'arn:aws:shield::111122223333:protection/p2', id: 'p2', name: 'zone', region: 'us-east-1', tags: {}, resourceArn: 'arn:aws:route53:::hostedzone/Z1' },
    ]);
    expect(shieldMock.commandCalls(GetSubscriptionStateCommand)).toHaveLength(1);
    expect(shieldMock.commandCalls(ListProtectionsCommand)[0]!.args[0].input).toMatchObject({ MaxResults: 10_000 });
  });

  it('lists nothing without a subscription', async () => {
    shieldMock.on(GetSubscriptionStateCommand).resolves({ SubscriptionState: 'INACTIVE' });

    const protections = await loader().load(shield.protections);

    expect(protections.all()).toEqual([]);
    expect(shieldMock.commandCalls(ListProtectionsCommand)).toHaveLength(0);
  });

  it('a denied subscription state is recorded on both collections, never read as "not subscribed"', async () => {
    shieldMock.on(GetSubscriptionStateCommand).rejects(Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' }));

    const scan = loader();
    const [subscription, protections] = await Promise.all([scan.load(shield.subscription), scan.load(shield.protections)]);

    for (const map of [subscription, protections]) {
      expect(map.listingFailures()).toMatchObject([{ service: 'shield', region: 'us-east-1', operation: 'GetSubscriptionState' }]);
    }
    expect(shieldMock.commandCalls(ListProtectionsCommand)).toHaveLength(0);
  });
});
