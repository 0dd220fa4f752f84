import { ListProfilesCommand, ListTrustAnchorsCommand, RolesAnywhereClient } from '@aws-sdk/client-rolesanywhere';
import rolesanywhere from '../../../src/services/rolesanywhere/rolesanywhere.js';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import type { Collection } from '../../../src/services/collection.js';
import { CollectionLoader } from '../../../src/services/loader.js';
import type { AwsResource, ResourceMap } from '../../../src/services/resource-map.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { readAll } from '../../helpers/loaded.js';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
/** A fresh scan's loader, handing back each collection typed as its own resources. */
function loader() {
  const scan = new CollectionLoader({ account: FIXTURE_ACCOUNT, clients: new ClientFactory({ credentials, limit: pLimit(4) }) });
  return { load: <T extends AwsResource>(collection: Collection<T>) => scan.load(collection) as Promise<ResourceMap<T>> };
}

const TRUST_ANCHOR = {
  trustAnchorArn: 'arn:aws:rolesanywhere:eu-west-1:111122223333:trust-anchor/t1',
  trustAnchorId: 't1',
  name: 'pki',
  enabled: true,
  source: { sourceType: 'AWS_ACM_PCA', sourceData: { acmPcaArn: 'arn:aws:acm-pca:eu-west-1:111122223333:certificate-authority/ca' } },
};

const PROFILES = [
  { profileArn: 'arn:aws:rolesanywhere:eu-west-1:111122223333:profile/p1', profileId: 'p1', name: 'scoped', enabled: true, roleArns: ['arn:aws:iam::111122223333:role/app'], sessionPolicy: '{"Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}}' },
  { profileArn: 'arn:aws:rolesanywhere:eu-west-1:111122223333:profile/p2', profileId: 'p2', name: 'broken', enabled: false, sessionPolicy: 'not json', managedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] },
];

/**
 * moto 5.2.1 has no IAM Roles Anywhere, and the installed client (3.332) predates the types
 * aws-sdk-client-mock expects, so its `send` is stubbed directly: each region answers from eu-west-1's data or nothing.
 */
describe('IAM Roles Anywhere collections', () => {
  const send = vi.spyOn(RolesAnywhereClient.prototype, 'send');
  afterEach(() => send.mockReset());
  afterAll(() => send.mockRestore());

  const answerInEuWest1 = (answer: (command: unknown) => object) =>
    send.mockImplementation(async function (this: RolesAnywhereClient, command: unknown) {
      const here = (await this.config.region()) === 'eu-west-1';
      return here ? answer(command) : { trustAnchors: [], profiles: [] };
    } as never);

  it('lists trust anchors and profiles per region, parsing session policies', async () => {
    answerInEuWest1((command) => (command instanceof ListTrustAnchorsCommand ? { trustAnchors: [TRUST_ANCHOR] } : command instanceof ListProfilesCommand ? { profiles: PROFILES } : {}));

    const scan = loader();
    const [anchors, profiles] = await Promise.all([scan.load(rolesanywhere.trustAnchors), scan.load(rolesanywhere.profiles)]);

    expect(readAll(anchors)).toEqual([
      { arn: TRUST_ANCHOR.trustAnchorArn, id: 't1', name: 'pki', region: 'eu-west-1', tags: {}, enabled: true, sourceType: 'AWS_ACM_PCA', acmPcaArn: 'arn:aws:acm-pca:eu-west-1:111122223333:certificate-authority/ca' },
    ]);
    expect(readAll(profiles).map(({ id, region, enabled, roleArns, sessionPolicy, managedPolicyArns }) => ({ id, region, enabled, roleArns, sessionPolicy, managedPolicyArns }))).toEqual([
      { id: 'p1', region: 'eu-west-1', enabled: true, roleArns: ['arn:aws:iam::111122223333:role/app'], sessionPolicy: { Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['*'] }] }, managedPolicyArns: [] },
      { id: 'p2', region: 'eu-west-1', enabled: false, roleArns: [], sessionPolicy: 'invalid', managedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] },
    ]);
  });

  it('a denied listing is a failure in each region', async () => {
    send.mockRejectedValue(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));
    expect((await loader().load(rolesanywhere.profiles)).listingFailures().map((failure) => failure.operation)).toEqual(['ListProfiles', 'ListProfiles']);
  });
});
