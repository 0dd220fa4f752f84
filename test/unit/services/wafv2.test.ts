import { ListResourcesForWebACLCommand, ListTagsForResourceCommand, ListWebACLsCommand, WAFV2Client } from '@aws-sdk/client-wafv2';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import type { AccountScope } from '../../../src/provider/provider.js';
import { CollectionLoader } from '../../../src/services/loader.js';
import type { ResourceMap } from '../../../src/services/resource-map.js';
import type { WebAclV2Associations } from '../../../src/services/wafv2/wafv2.js';
import { readAll } from '../../helpers/loaded.js';

// moto 5.2 has no ListResourcesForWebACL for WAFv2; the other WAFv2 reads are tested against
// moto in test/moto/wafv2.test.ts.
const ACCOUNT: AccountScope = {
  id: '111122223333',
  partition: 'aws',
  callerArn: 'arn:aws:iam::111122223333:user/auditor',
  regions: ['eu-west-1', 'us-east-1'],
  globalRegion: 'us-east-1',
};

const aclArn = (region: string, scope: string, name: string) => `arn:aws:wafv2:${region}:111122223333:${scope}/webacl/${name}/id-${name}`;
const albArn = 'arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/web/1';
const poolArn = 'arn:aws:cognito-idp:eu-west-1:111122223333:userpool/eu-west-1_abc';

async function load(name: 'webAclLoadBalancers' | 'webAclUserPools'): Promise<ResourceMap<WebAclV2Associations>> {
  const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
  const loader = new CollectionLoader({ account: ACCOUNT, clients: new ClientFactory({ credentials, limit: pLimit(4) }) });
  return (await loader.collection('wafv2', name)) as ResourceMap<WebAclV2Associations>;
}

describe('WAFv2 web ACL associations (mocked: moto has no ListResourcesForWebACL)', () => {
  const wafv2 = mockClient(WAFV2Client);
  afterEach(() => wafv2.reset());
  afterAll(() => wafv2.restore());

  function seedAcls() {
    wafv2.on(ListWebACLsCommand).callsFake(async (input: { Scope?: string }, getClient: () => WAFV2Client) => {
      const region = await getClient().config.region();
      const name = input.Scope === 'CLOUDFRONT' ? 'cdn' : `acl-${region}`;
      return { WebACLs: [{ Name: name, Id: `id-${name}`, ARN: aclArn(region, input.Scope === 'CLOUDFRONT' ? 'global' : 'regional', name) }] };
    });
    wafv2.on(ListTagsForResourceCommand).resolves({ TagInfoForResource: { TagList: [] } });
  }

  it.each([
    ['webAclLoadBalancers', 'APPLICATION_LOAD_BALANCER', albArn],
    ['webAclUserPools', 'COGNITO_USER_POOL', poolArn],
  ] as const)('%s: each regional ACL lists the %s resources it protects; CloudFront ACLs are not asked', async (collection, resourceType, protectedArn) => {
    seedAcls();
    wafv2.on(ListResourcesForWebACLCommand).callsFake((input: { WebACLArn?: string; ResourceType?: string }) => {
      expect(input.ResourceType).toBe(resourceType);
      return Promise.resolve({ ResourceArns: input.WebACLArn === aclArn('eu-west-1', 'regional', 'acl-eu-west-1') ? [protectedArn] : [] });
    });

    const associations = await load(collection);

    expect(associations.failures).toEqual([]);
    expect(readAll(associations).map((acl) => [acl.name, acl.associatedArns]).sort()).toEqual([
      ['acl-eu-west-1', [protectedArn]],
      ['acl-us-east-1', []],
    ]);
    expect(wafv2.commandCalls(ListResourcesForWebACLCommand)).toHaveLength(2);
  });

  it('an ACL whose resources cannot be listed keeps them unread', async () => {
    seedAcls();
    wafv2.on(ListResourcesForWebACLCommand).rejects(Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' }));
    const associations = await load('webAclLoadBalancers');
    expect(associations.found()).toHaveLength(2);
    expect(associations.failures.map((failure) => [failure.operation, failure.resourceArn]).sort()).toEqual([
      ['ListResourcesForWebACL', aclArn('eu-west-1', 'regional', 'acl-eu-west-1')],
      ['ListResourcesForWebACL', aclArn('us-east-1', 'regional', 'acl-us-east-1')],
    ]);
  });
});
