import * as globalWaf from '@aws-sdk/client-waf';
import * as regionalWaf from '@aws-sdk/client-waf-regional';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import type { AccountScope } from '../../../src/provider/provider.js';
import type { CollectionScope } from '../../../src/services/collection.js';
import { CollectionLoader } from '../../../src/services/loader.js';
import type { AwsResource, ResourceMap } from '../../../src/services/resource-map.js';
import type { ClassicRuleGroup, ClassicWebAclLoadBalancers, ClassicWebAclRules } from '../../../src/services/waf/waf.js';
import { readAll } from '../../helpers/loaded.js';

// moto 5.2 has no WAF Classic at all (neither waf nor waf-regional): every operation the
// collections call is mocked here.
const ACCOUNT: AccountScope = {
  id: '111122223333',
  partition: 'aws',
  callerArn: 'arn:aws:iam::111122223333:user/auditor',
  regions: ['eu-west-1', 'us-east-1'],
  globalRegion: 'us-east-1',
};

function scope(account: AccountScope = ACCOUNT): CollectionScope {
  const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
  return { account, clients: new ClientFactory({ credentials, limit: pLimit(4) }) };
}

async function load<T extends AwsResource>(name: string, account?: AccountScope): Promise<ResourceMap<T>> {
  return (await new CollectionLoader(scope(account)).collection('waf', name)) as ResourceMap<T>;
}

/**
 * @aws-sdk/client-waf-regional was last published at 3.668, against older @smithy types than the
 * other clients: its mock is typed as the global client, whose operations have the same names and
 * shapes, and each regional command as its global twin.
 */
function regionalCommand<K extends keyof typeof globalWaf & `${string}Command`>(name: K): (typeof globalWaf)[K] {
  return (regionalWaf as unknown as typeof globalWaf)[name];
}

const denied = () => Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' });

describe('WAF Classic collections (mocked: moto has no WAF Classic)', () => {
  const global = mockClient(globalWaf.WAFClient);
  const regional = mockClient(regionalWaf.WAFRegionalClient as unknown as typeof globalWaf.WAFClient);
  afterEach(() => {
    global.reset();
    regional.reset();
  });
  afterAll(() => {
    global.restore();
    regional.restore();
  });

  it('reads global rules page by page in us-east-1, each with its conditions, under the ARNs Prowler reports', async () => {
    global
      .on(globalWaf.ListRulesCommand, { NextMarker: undefined })
      .resolves({ Rules: [{ RuleId: 'r1', Name: 'block-ips' }], NextMarker: 'page-2' })
      .on(globalWaf.ListRulesCommand, { NextMarker: 'page-2' })
      .resolves({ Rules: [{ RuleId: 'r2', Name: 'empty' }] });
    global.on(globalWaf.GetRuleCommand, { RuleId: 'r1' }).resolves({ Rule: { RuleId: 'r1', Predicates: [{ Negated: false, Type: 'IPMatch', DataId: 'ips' }] } });
    global.on(globalWaf.GetRuleCommand, { RuleId: 'r2' }).resolves({ Rule: { RuleId: 'r2', Predicates: [] } });

    const rules = await load('globalRules');

    expect(rules.failures).toEqual([]);
    expect(readAll(rules).sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { arn: 'arn:aws:waf:us-east-1:111122223333:rule/r1', id: 'r1', name: 'block-ips', region: 'us-east-1', tags: {}, conditionCount: 1 },
      { arn: 'arn:aws:waf:us-east-1:111122223333:rule/r2', id: 'r2', name: 'empty', region: 'us-east-1', tags: {}, conditionCount: 0 },
    ]);
    expect(global.commandCalls(globalWaf.ListRulesCommand).map((call) => call.args[0].input.Limit)).toEqual([100, 100]);
  });

  it('a rule whose GetRule fails keeps its place with its conditions unread', async () => {
    global.on(globalWaf.ListRulesCommand).resolves({ Rules: [{ RuleId: 'r1', Name: 'x' }] });
    global.on(globalWaf.GetRuleCommand).rejects(denied());
    const rules = await load('globalRules');
    expect(rules.all().map((rule) => rule.id)).toEqual(['r1']);
    expect(rules.failures).toMatchObject([{ operation: 'GetRule', region: 'us-east-1', resourceArn: 'arn:aws:waf:us-east-1:111122223333:rule/r1' }]);
  });

  it('reads no global WAF outside the commercial partition', async () => {
    const rules = await load('globalRules', { ...ACCOUNT, partition: 'aws-us-gov', regions: ['us-gov-west-1'], globalRegion: 'us-gov-west-1' });
    expect(rules.all()).toEqual([]);
    expect(global.calls()).toEqual([]);
  });

  it('reads regional rule groups per region and whether each holds rules', async () => {
    regional.on(regionalCommand('ListRuleGroupsCommand')).resolves({ RuleGroups: [{ RuleGroupId: 'g1', Name: 'group' }] });
    regional.on(regionalCommand('ListActivatedRulesInRuleGroupCommand')).callsFake(async (_input, getClient: () => globalWaf.WAFClient) => {
      const region = await getClient().config.region();
      return { ActivatedRules: region === 'eu-west-1' ? [{ Priority: 1, RuleId: 'r1', Action: { Type: 'BLOCK' } }] : [] };
    });

    const groups = await load<ClassicRuleGroup>('regionalRuleGroups');

    expect(groups.failures).toEqual([]);
    expect(readAll(groups).map((group) => [group.arn, group.region, group.hasRules]).sort()).toEqual([
      ['arn:aws:waf-regional:eu-west-1:111122223333:rulegroup/g1', 'eu-west-1', true],
      ['arn:aws:waf-regional:us-east-1:111122223333:rulegroup/g1', 'us-east-1', false],
    ]);
  });

  it('matches logging configurations to global web ACLs by ID, whatever their ARN holds', async () => {
    global.on(globalWaf.ListWebACLsCommand).resolves({ WebACLs: [{ WebACLId: 'logged', Name: 'a' }, { WebACLId: 'quiet', Name: 'b' }] });
    global.on(globalWaf.ListLoggingConfigurationsCommand).resolves({
      LoggingConfigurations: [
        { ResourceArn: 'arn:aws:waf::111122223333:webacl/logged', LogDestinationConfigs: ['arn:aws:firehose:us-east-1:111122223333:deliverystream/aws-waf-logs-a'] },
        { ResourceArn: 'arn:aws:waf::111122223333:webacl/quiet', LogDestinationConfigs: [] },
      ],
    });
    global.on(globalWaf.GetWebACLCommand, { WebACLId: 'logged' }).resolves({ WebACL: { WebACLId: 'logged', DefaultAction: { Type: 'ALLOW' }, Rules: [{ Priority: 1, RuleId: 'g1', Type: 'GROUP' }] } });
    global.on(globalWaf.GetWebACLCommand, { WebACLId: 'quiet' }).resolves({ WebACL: { WebACLId: 'quiet', DefaultAction: { Type: 'ALLOW' }, Rules: [] } });

    const withRules = await load<ClassicWebAclRules>('globalWebAclRules');

    expect(withRules.failures).toEqual([]);
    expect(readAll(withRules).sort((a, b) => a.id.localeCompare(b.id))).toMatchObject([
      { arn: 'arn:aws:waf:us-east-1:111122223333:webacl/logged', loggingEnabled: true, ruleCount: 1 },
      { arn: 'arn:aws:waf:us-east-1:111122223333:webacl/quiet', loggingEnabled: false, ruleCount: 0 },
    ]);
    expect(global.commandCalls(globalWaf.ListLoggingConfigurationsCommand)).toHaveLength(1);
  });

  it('leaves logging unread when the logging configurations cannot be listed, and fails ACL reads where the listing failed', async () => {
    regional.on(regionalCommand('ListWebACLsCommand')).callsFake(async (_input, getClient: () => globalWaf.WAFClient) => {
      if ((await getClient().config.region()) === 'eu-west-1') throw denied();
      return { WebACLs: [{ WebACLId: 'a1', Name: 'a' }] };
    });
    regional.on(regionalCommand('ListLoggingConfigurationsCommand')).rejects(denied());
    regional.on(regionalCommand('GetWebACLCommand')).resolves({ WebACL: { WebACLId: 'a1', DefaultAction: { Type: 'ALLOW' }, Rules: [] } });

    const loader = new CollectionLoader(scope());
    const [acls, withRules] = await Promise.all([loader.collection('waf', 'regionalWebAcls'), loader.collection('waf', 'regionalWebAclRules')]);

    expect(acls.listingFailures()).toMatchObject([{ operation: 'ListWebACLs', region: 'eu-west-1' }]);
    expect(acls.failures.filter((failure) => failure.resourceArn)).toMatchObject([
      { operation: 'ListLoggingConfigurations', region: 'us-east-1', resourceArn: 'arn:aws:waf-regional:us-east-1:111122223333:webacl/a1' },
    ]);
    expect(withRules.listingFailures()).toMatchObject([{ operation: 'ListWebACLs', region: 'eu-west-1' }]);
    expect(withRules.found().map((acl) => acl.arn)).toEqual(['arn:aws:waf-regional:us-east-1:111122223333:webacl/a1']);
  });

  it('reads the load balancers each regional web ACL protects', async () => {
    const albArn = 'arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/web/1';
    regional.on(regionalCommand('ListWebACLsCommand')).resolves({ WebACLs: [{ WebACLId: 'a1', Name: 'a' }] });
    regional.on(regionalCommand('ListLoggingConfigurationsCommand')).resolves({ LoggingConfigurations: [] });
    // The one regional operation without a global twin: typed by the fake's own signature.
    regional.on(regionalWaf.ListResourcesForWebACLCommand as never).callsFake(async (input: { ResourceType?: string }, getClient: () => globalWaf.WAFClient) => {
      expect(input.ResourceType).toBe('APPLICATION_LOAD_BALANCER');
      return { ResourceArns: (await getClient().config.region()) === 'eu-west-1' ? [albArn] : [] };
    });

    const associations = await load<ClassicWebAclLoadBalancers>('regionalWebAclLoadBalancers');

    expect(associations.failures).toEqual([]);
    expect(readAll(associations).map((acl) => [acl.region, acl.associatedArns]).sort()).toEqual([
      ['eu-west-1', [albArn]],
      ['us-east-1', []],
    ]);
  });
});
