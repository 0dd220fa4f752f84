import { CreateWebACLCommand, PutLoggingConfigurationCommand, WAFV2Client, type Rule } from '@aws-sdk/client-wafv2';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readAll, readFields, resourceAt } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

const visibility = (metrics: boolean, name: string) => ({ SampledRequestsEnabled: true, CloudWatchMetricsEnabled: metrics, MetricName: name });

const managedRule: Rule = {
  Name: 'core',
  Priority: 1,
  Statement: { ManagedRuleGroupStatement: { VendorName: 'AWS', Name: 'AWSManagedRulesCommonRuleSet' } },
  OverrideAction: { None: {} },
  VisibilityConfig: visibility(true, 'core'),
};

const groupRule: Rule = {
  Name: 'shared-group',
  Priority: 2,
  Statement: { RuleGroupReferenceStatement: { ARN: `arn:aws:wafv2:us-east-1:${MOTO_ACCOUNT}:global/rulegroup/shared/1` } },
  OverrideAction: { None: {} },
  VisibilityConfig: visibility(false, 'shared-group'),
};

async function createAcl(client: WAFV2Client, name: string, scope: 'REGIONAL' | 'CLOUDFRONT', rules: Rule[], tags = {}) {
  const { Summary } = await client.send(
    new CreateWebACLCommand({
      Name: name,
      Scope: scope,
      DefaultAction: { Allow: {} },
      VisibilityConfig: visibility(true, name),
      Rules: rules,
      Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value: String(Value) })),
    }),
  );
  return Summary!.ARN!;
}

describe('WAFv2 collections against moto', () => {
  beforeEach(resetMoto);

  it('reads regional ACLs per region and CloudFront ACLs once, with rules, logging and tags', async () => {
    const west = new WAFV2Client(seedConfig('eu-west-1'));
    const east = new WAFV2Client(seedConfig('us-east-1'));
    const westAcl = await createAcl(west, 'west', 'REGIONAL', [managedRule], { team: 'edge' });
    const eastAcl = await createAcl(east, 'east', 'REGIONAL', []);
    const cloudFrontAcl = await createAcl(east, 'cdn', 'CLOUDFRONT', [groupRule]);
    for (const [client, arn] of [[west, westAcl], [east, cloudFrontAcl]] as const) {
      await client.send(
        new PutLoggingConfigurationCommand({
          LoggingConfiguration: { ResourceArn: arn, LogDestinationConfigs: [`arn:aws:logs:us-east-1:${MOTO_ACCOUNT}:log-group:aws-waf-logs-x`] },
        }),
      );
    }

    const wafv2 = await loadService(await motoScope(['eu-west-1', 'us-east-1']), 'wafv2', ['webAcls', 'webAclRules', 'webAclLogging']);

    expect(failuresIn(wafv2)).toEqual([]);
    expect(readAll(wafv2.webAcls).map((acl) => [acl.name, acl.scope, acl.region]).sort()).toEqual([
      ['cdn', 'CLOUDFRONT', 'us-east-1'],
      ['east', 'REGIONAL', 'us-east-1'],
      ['west', 'REGIONAL', 'eu-west-1'],
    ]);
    expect(resourceAt(wafv2.webAcls, westAcl).tags).toEqual({ team: 'edge' });
    expect(readFields(resourceAt(wafv2.webAclRules, westAcl)).ruleSet).toEqual({ rules: [{ name: 'core', cloudWatchMetricsEnabled: true }], ruleGroups: [] });
    expect(readFields(resourceAt(wafv2.webAclRules, eastAcl)).ruleSet).toEqual({ rules: [], ruleGroups: [] });
    expect(readFields(resourceAt(wafv2.webAclRules, cloudFrontAcl)).ruleSet).toEqual({
      rules: [],
      ruleGroups: [{ name: 'shared-group', cloudWatchMetricsEnabled: false }],
    });
    expect(readAll(wafv2.webAclLogging).map((acl) => [acl.name, acl.loggingEnabled]).sort()).toEqual([
      ['cdn', true],
      ['east', false],
      ['west', true],
    ]);
  });

  it('lists CloudFront ACLs even when us-east-1 is not scanned', async () => {
    const cloudFrontAcl = await createAcl(new WAFV2Client(seedConfig('us-east-1')), 'cdn', 'CLOUDFRONT', []);
    const wafv2 = await loadService(await motoScope(['eu-west-1']), 'wafv2', ['webAcls', 'webAclLogging']);
    expect(failuresIn(wafv2)).toEqual([]);
    expect(readAll(wafv2.webAclLogging).map((acl) => [acl.arn, acl.region, acl.loggingEnabled])).toEqual([[cloudFrontAcl, 'us-east-1', false]]);
  });

  it('an empty account lists no web ACLs and no failures', async () => {
    const wafv2 = await loadService(await motoScope(['eu-west-1', 'us-east-1']), 'wafv2', ['webAcls', 'webAclRules', 'webAclLogging']);
    expect(wafv2.webAcls.all()).toEqual([]);
    expect(failuresIn(wafv2)).toEqual([]);
  });
});
