import {
  GetLoggingConfigurationCommand,
  GetWebACLCommand,
  ListResourcesForWebACLCommand,
  ListTagsForResourceCommand,
  ListWebACLsCommand,
  WAFV2Client,
  type ResourceType,
} from '@aws-sdk/client-wafv2';
import { z } from 'zod';
import { defineCollection, parse, tagRecord, unlessAbsent, type LoadContext } from '../collection.js';
import { offersService } from '../regions.js';
import type { AwsResource, Field } from '../resource-map.js';
import { perListedResource, tokenPages, readEach } from '../listing.js';

export type WebAclScope = 'REGIONAL' | 'CLOUDFRONT';

/**
 * A WAFv2 web ACL. Regional ACLs belong to their region; CloudFront ACLs are managed from
 * us-east-1 and reported there.
 */
export interface WebAclV2 extends AwsResource {
  name: string;
  scope: WebAclScope;
}

export interface WebAclRule {
  name: string;
  cloudWatchMetricsEnabled: boolean;
}

export interface WebAclRuleSet {
  /** The ACL's own rules, managed rule group statements among them. */
  rules: WebAclRule[];
  /** References to the account's rule groups, and the groups Firewall Manager runs first or last. */
  ruleGroups: WebAclRule[];
}

export interface WebAclV2Rules extends WebAclV2 {
  ruleSet: Field<WebAclRuleSet>;
}

export interface WebAclV2Logging extends WebAclV2 {
  loggingEnabled: Field<boolean>;
}

/** A regional web ACL with the ARNs of the resources of one type it protects. */
export interface WebAclV2Associations extends WebAclV2 {
  associatedArns: Field<string[]>;
}

const WebAclSummarySchema = z.object({ Name: z.string(), Id: z.string(), ARN: z.string() });

const TagsSchema = z
  .object({ TagList: z.array(z.object({ Key: z.string(), Value: z.string().optional() })).nullish() })
  .nullish();

const VisibilitySchema = z.object({ CloudWatchMetricsEnabled: z.boolean().default(false) }).nullish();

const RuleSchema = z.object({
  Name: z.string().default(''),
  VisibilityConfig: VisibilitySchema,
  Statement: z.object({ RuleGroupReferenceStatement: z.object({ ARN: z.string().nullish() }).nullish() }).nullish(),
});

const FirewallManagerGroupSchema = z.object({ Name: z.string().default(''), VisibilityConfig: VisibilitySchema });

const WebAclSchema = z.object({
  Rules: z.array(RuleSchema).nullish(),
  PreProcessFirewallManagerRuleGroups: z.array(FirewallManagerGroupSchema).nullish(),
  PostProcessFirewallManagerRuleGroups: z.array(FirewallManagerGroupSchema).nullish(),
});

const LoggingSchema = z.object({ LogDestinationConfigs: z.array(z.string()).nullish() }).nullish();

const ResourceArnsSchema = z.array(z.string()).nullish();

/** ListWebACLs answers at most 100 ACLs a page. */
const WEB_ACL_PAGE_SIZE = 100;

/**
 * Web ACLs of both scopes: regional ones in every scanned region, CloudFront ones once from the
 * partition's global region (only the commercial partition has CloudFront ACLs). The collection
 * is global so that the CloudFront listing happens once, whichever regions are scanned; its
 * listings are recorded per region all the same. Tags take one call per ACL.
 */
const webAcls = defineCollection<WebAclV2>({
  service: 'wafv2',
  name: 'webAcls',
  scope: 'global',
  async load(context) {
    const { regional, cloudFront } = aclRegions(context);
    await Promise.all([
      ...regional.map((region) => listWebAcls(context.inRegion(region), 'REGIONAL')),
      ...(cloudFront ? [listWebAcls(context.inRegion(cloudFront), 'CLOUDFRONT')] : []),
    ]);
  },
});

/** Each web ACL's rules: one GetWebACL call per ACL. */
const webAclRules = perWebAcl<WebAclV2Rules>('webAclRules', 'GetWebACL', async (context, acl) => ({
  ...acl,
  ruleSet: await context.field('GetWebACL', acl.arn, async () => {
    const response = await context.client(WAFV2Client).send(new GetWebACLCommand({ Name: acl.name, Id: acl.id, Scope: acl.scope }));
    return toRuleSet(parse(WebAclSchema, response.WebACL, 'WAFv2 web ACL'));
  }),
}));

/**
 * Whether each web ACL logs: one GetLoggingConfiguration call per ACL. ListLoggingConfigurations
 * would answer for a whole scope at once, but emulators (moto 5.2) leave CloudFront ACLs out of it.
 */
const webAclLogging = perWebAcl<WebAclV2Logging>('webAclLogging', 'GetLoggingConfiguration', async (context, acl) => ({
  ...acl,
  loggingEnabled: await context.field('GetLoggingConfiguration', acl.arn, async () => {
    const request = context.client(WAFV2Client).send(new GetLoggingConfigurationCommand({ ResourceArn: acl.arn }));
    const response = await unlessAbsent(request, 'WAFNonexistentItemException');
    return (parse(LoggingSchema, response?.LoggingConfiguration, 'WAFv2 logging configuration')?.LogDestinationConfigs ?? []).length > 0;
  }),
}));

/** The resources of `resourceType` each regional ACL protects: one ListResourcesForWebACL call per ACL. */
function associations(name: string, resourceType: ResourceType) {
  const read = async (context: LoadContext<WebAclV2Associations>, acl: WebAclV2): Promise<WebAclV2Associations> => ({
    ...acl,
    associatedArns: await context.field('ListResourcesForWebACL', acl.arn, async () => {
      const response = await context.client(WAFV2Client).send(new ListResourcesForWebACLCommand({ WebACLArn: acl.arn, ResourceType: resourceType }));
      return parse(ResourceArnsSchema, response.ResourceArns, 'WAFv2 web ACL resources') ?? [];
    }),
  });
  return perWebAcl(name, 'ListResourcesForWebACL', read, (acl) => acl.scope === 'REGIONAL');
}

/** The application load balancers each regional web ACL protects (for elbv2_waf_acl_attached). */
const webAclLoadBalancers = associations('webAclLoadBalancers', 'APPLICATION_LOAD_BALANCER');

/** The Cognito user pools each regional web ACL protects (for cognito_user_pool_waf_acl_attached). */
const webAclUserPools = associations('webAclUserPools', 'COGNITO_USER_POOL');

export default { webAcls, webAclRules, webAclLogging, webAclLoadBalancers, webAclUserPools };

/** Where web ACLs are listed: the scanned regions that offer WAFv2, and where CloudFront's are managed. */
function aclRegions(context: LoadContext<AwsResource>): { regional: string[]; cloudFront: string | undefined } {
  const { account } = context;
  return {
    regional: account.regions.filter((region) => offersService('wafv2', region)),
    cloudFront: account.partition === 'aws' ? account.globalRegion : undefined,
  };
}

async function listWebAcls(context: LoadContext<WebAclV2>, scope: WebAclScope): Promise<void> {
  const client = context.client(WAFV2Client);
  const pages = tokenPages(
    (NextMarker) => client.send(new ListWebACLsCommand({ Scope: scope, Limit: WEB_ACL_PAGE_SIZE, NextMarker })),
    (page) => page.NextMarker,
  );
  const summaries = await context.items('ListWebACLs', pages, (page) => page.WebACLs, WebAclSummarySchema, 'WAFv2 web ACL');
  await readEach(summaries, async (summary) => {
    let tags: Record<string, string> = {};
    // Tags decide no verdict: a failed read is recorded and leaves none.
    await context.read('ListTagsForResource', async () => {
      const response = await client.send(new ListTagsForResourceCommand({ ResourceARN: summary.ARN }));
      tags = tagRecord(parse(TagsSchema, response.TagInfoForResource, 'WAFv2 tags')?.TagList);
    }, summary.ARN);
    context.resources.add({ arn: summary.ARN, id: summary.Id, name: summary.Name, region: context.region, tags, scope });
  });
}

/** A collection of one read per web ACL (those `selects` keeps), made in the ACL's own region. */
function perWebAcl<T extends WebAclV2>(
  name: string,
  operation: string,
  read: (context: LoadContext<T>, acl: WebAclV2) => Promise<T>,
  selects?: (acl: WebAclV2) => boolean,
) {
  return perListedResource<T, WebAclV2>({
    service: 'wafv2',
    name,
    scope: 'global',
    listed: webAcls,
    operation,
    regions: (context) => {
      const { regional, cloudFront } = aclRegions(context);
      return cloudFront ? [...regional, cloudFront] : regional;
    },
    ...(selects ? { selects } : {}),
    read,
  });
}

/** Prowler counts a rule as a rule group only when it references one of the account's groups by ARN. */
function toRuleSet(webAcl: z.infer<typeof WebAclSchema>): WebAclRuleSet {
  const asRule = (rule: { Name: string; VisibilityConfig?: { CloudWatchMetricsEnabled: boolean } | null }): WebAclRule => ({
    name: rule.Name,
    cloudWatchMetricsEnabled: rule.VisibilityConfig?.CloudWatchMetricsEnabled ?? false,
  });
  const rules = webAcl.Rules ?? [];
  const referencesGroup = (rule: z.infer<typeof RuleSchema>) => Boolean(rule.Statement?.RuleGroupReferenceStatement?.ARN);
  return {
    rules: rules.filter((rule) => !referencesGroup(rule)).map(asRule),
    ruleGroups: [
      ...rules.filter(referencesGroup),
      ...(webAcl.PreProcessFirewallManagerRuleGroups ?? []),
      ...(webAcl.PostProcessFirewallManagerRuleGroups ?? []),
    ].map(asRule),
  };
}
