import {
  GetRuleCommand,
  GetWebACLCommand,
  ListActivatedRulesInRuleGroupCommand,
  ListLoggingConfigurationsCommand,
  ListRuleGroupsCommand,
  ListRulesCommand,
  ListWebACLsCommand,
  WAFClient,
} from '@aws-sdk/client-waf';
import {
  GetRuleCommand as RegionalGetRuleCommand,
  GetWebACLCommand as RegionalGetWebACLCommand,
  ListActivatedRulesInRuleGroupCommand as RegionalListActivatedRulesInRuleGroupCommand,
  ListLoggingConfigurationsCommand as RegionalListLoggingConfigurationsCommand,
  ListResourcesForWebACLCommand as RegionalListResourcesForWebACLCommand,
  ListRuleGroupsCommand as RegionalListRuleGroupsCommand,
  ListRulesCommand as RegionalListRulesCommand,
  ListWebACLsCommand as RegionalListWebACLsCommand,
  WAFRegionalClient as RegionalClient,
} from '@aws-sdk/client-waf-regional';
import type { ZodType } from 'zod';
import { z } from 'zod';
import type { SdkClient, SdkClientClass } from '../../provider/clients.js';
import { defineCollection, parse, type Collection, type LoadContext } from '../collection.js';
import type { AwsResource, Field } from '../resource-map.js';
import { perListedResource, tokenPages, readEach } from '../listing.js';

/** A WAF Classic rule: its conditions (predicates) decide whether it can ever match. */
export interface ClassicRule extends AwsResource {
  name: string;
  conditionCount: Field<number>;
}

export interface ClassicRuleGroup extends AwsResource {
  name: string;
  /** Whether any rule is activated in the group. */
  hasRules: Field<boolean>;
}

export interface ClassicWebAcl extends AwsResource {
  name: string;
  /** Whether a logging configuration sends the ACL's traffic to a destination. */
  loggingEnabled: Field<boolean>;
}

export interface ClassicWebAclRules extends ClassicWebAcl {
  /** Rules and rule groups the ACL evaluates, of every type. */
  ruleCount: Field<number>;
}

/** A regional web ACL with the application load balancers it protects. */
export interface ClassicWebAclLoadBalancers extends ClassicWebAcl {
  associatedArns: Field<string[]>;
}

/** The WAF Classic operations both of its APIs answer, with the same shapes. */
type ClassicOperation =
  | 'ListRules'
  | 'GetRule'
  | 'ListRuleGroups'
  | 'ListActivatedRulesInRuleGroup'
  | 'ListWebACLs'
  | 'GetWebACL'
  | 'ListLoggingConfigurations';

/** Sends one WAF Classic request; what comes back is parsed by the caller's schema. */
type ClassicSend = (operation: ClassicOperation, input: object) => Promise<unknown>;

type CommandClass = new (input: never) => object;

interface SendingClient extends SdkClient {
  send(command: never): Promise<unknown>;
}

/**
 * client-waf-regional is installed at an older SDK release, whose middleware types differ from
 * the other clients'; at run time it is built and paced like any other client.
 */
const WAFRegionalClient = RegionalClient as unknown as SdkClientClass<SendingClient>;

/**
 * One of WAF Classic's two APIs: the global one (CloudFront), called in us-east-1, and the
 * regional one (load balancers, API Gateway), called per region. Prowler builds the ARNs of
 * both with the calling region in them, and reports findings by those ARNs.
 */
interface ClassicApi {
  /** The prefix of its collections' names: globalRules, regionalWebAcls... */
  kind: 'global' | 'regional';
  arnService: string;
  scope: 'global' | 'regional';
  endpoint: string;
  sender(context: LoadContext<AwsResource>): ClassicSend;
}

function sender(client: SendingClient, commands: Readonly<Record<ClassicOperation, CommandClass>>): ClassicSend {
  return (operation, input) => client.send(new commands[operation](input as never) as never);
}

const GLOBAL_API: ClassicApi = {
  kind: 'global',
  arnService: 'waf',
  scope: 'global',
  endpoint: 'waf',
  sender: (context) =>
    sender(context.client(WAFClient), {
      ListRules: ListRulesCommand,
      GetRule: GetRuleCommand,
      ListRuleGroups: ListRuleGroupsCommand,
      ListActivatedRulesInRuleGroup: ListActivatedRulesInRuleGroupCommand,
      ListWebACLs: ListWebACLsCommand,
      GetWebACL: GetWebACLCommand,
      ListLoggingConfigurations: ListLoggingConfigurationsCommand,
    }),
};

const REGIONAL_API: ClassicApi = {
  kind: 'regional',
  arnService: 'waf-regional',
  scope: 'regional',
  endpoint: 'waf-regional',
  sender: (context) =>
    sender(context.client(WAFRegionalClient), {
      ListRules: RegionalListRulesCommand,
      GetRule: RegionalGetRuleCommand,
      ListRuleGroups: RegionalListRuleGroupsCommand,
      ListActivatedRulesInRuleGroup: RegionalListActivatedRulesInRuleGroupCommand,
      ListWebACLs: RegionalListWebACLsCommand,
      GetWebACL: RegionalGetWebACLCommand,
      ListLoggingConfigurations: RegionalListLoggingConfigurationsCommand,
    }),
};

/** WAF Classic's listings answer at most 100 items a page. */
const PAGE_SIZE = 100;

const MarkerPageSchema = z.object({ NextMarker: z.string().nullish() });

const RuleSummarySchema = z.object({ RuleId: z.string(), Name: z.string().default('') });
const RuleSchema = z.object({ Rule: z.object({ Predicates: z.array(z.unknown()).nullish() }).nullish() });
const RuleGroupSummarySchema = z.object({ RuleGroupId: z.string(), Name: z.string().default('') });
const ActivatedRulesSchema = z.object({ ActivatedRules: z.array(z.unknown()).nullish() });
const WebAclSummarySchema = z.object({ WebACLId: z.string(), Name: z.string().default('') });
const WebAclSchema = z.object({ WebACL: z.object({ Rules: z.array(z.unknown()).nullish() }).nullish() });
const LoggingConfigurationSchema = z.object({ ResourceArn: z.string(), LogDestinationConfigs: z.array(z.string()).nullish() });
const ResourceArnsSchema = z.object({ ResourceArns: z.array(z.string()).nullish() });

/** Every item of a WAF Classic listing, page by page; `items` names the response's list. */
async function listAll<T>(context: LoadContext<AwsResource>, send: ClassicSend, operation: ClassicOperation, items: string, schema: ZodType<T>, what: string, input: object = {}): Promise<T[]> {
  const pages = tokenPages(
    (NextMarker) => send(operation, { ...input, Limit: PAGE_SIZE, NextMarker }) as Promise<Record<string, unknown>>,
    (page) => parse(MarkerPageSchema, page, what).NextMarker,
  );
  return context.items(operation, pages, (page) => page[items] as unknown[] | undefined, schema, what);
}

/** Global WAF Classic serves CloudFront, which only the commercial partition has. */
function readsIn(api: ClassicApi, context: LoadContext<AwsResource>): boolean {
  return api.kind === 'regional' || context.account.partition === 'aws';
}

/** Rules, with one GetRule call per rule for its conditions. */
function rules(api: ClassicApi): Collection<ClassicRule> {
  return defineCollection<ClassicRule>({
    service: 'waf',
    name: `${api.kind}Rules`,
    scope: api.scope,
    endpoint: api.endpoint,
    async load(context) {
      if (!readsIn(api, context)) return;
      const send = api.sender(context);
      const summaries = await listAll(context, send, 'ListRules', 'Rules', RuleSummarySchema, 'WAF rule');
      await readEach(summaries, async ({ RuleId: id, Name: name }) => {
        const arn = context.arn(api.arnService, `rule/${id}`);
        const conditionCount = await context.field('GetRule', arn, async () => {
          const response = parse(RuleSchema, await send('GetRule', { RuleId: id }), 'WAF rule');
          return response.Rule?.Predicates?.length ?? 0;
        });
        context.resources.add({ arn, id, name, region: context.region, tags: {}, conditionCount });
      });
    },
  });
}

/** Rule groups, with one ListActivatedRulesInRuleGroup call per group, whose first page tells whether it is empty. */
function ruleGroups(api: ClassicApi): Collection<ClassicRuleGroup> {
  return defineCollection<ClassicRuleGroup>({
    service: 'waf',
    name: `${api.kind}RuleGroups`,
    scope: api.scope,
    endpoint: api.endpoint,
    async load(context) {
      if (!readsIn(api, context)) return;
      const send = api.sender(context);
      const summaries = await listAll(context, send, 'ListRuleGroups', 'RuleGroups', RuleGroupSummarySchema, 'WAF rule group');
      await readEach(summaries, async ({ RuleGroupId: id, Name: name }) => {
        const arn = context.arn(api.arnService, `rulegroup/${id}`);
        const hasRules = await context.field('ListActivatedRulesInRuleGroup', arn, async () => {
          const response = await send('ListActivatedRulesInRuleGroup', { RuleGroupId: id, Limit: PAGE_SIZE });
          return (parse(ActivatedRulesSchema, response, 'WAF activated rules').ActivatedRules ?? []).length > 0;
        });
        context.resources.add({ arn, id, name, region: context.region, tags: {}, hasRules });
      });
    },
  });
}

/**
 * Web ACLs, and whether each logs: the region's logging configurations are listed once
 * (ListLoggingConfigurations) instead of one GetLoggingConfiguration call per ACL.
 */
function webAcls(api: ClassicApi): Collection<ClassicWebAcl> {
  return defineCollection<ClassicWebAcl>({
    service: 'waf',
    name: `${api.kind}WebAcls`,
    scope: api.scope,
    endpoint: api.endpoint,
    async load(context) {
      if (!readsIn(api, context)) return;
      const send = api.sender(context);
      const loggedAclIds = listLoggedAclIds(send);
      // Held until the ACLs await it, so an early failure is not an unhandled rejection.
      loggedAclIds.catch(() => undefined);
      const summaries = await listAll(context, send, 'ListWebACLs', 'WebACLs', WebAclSummarySchema, 'WAF web ACL');
      for (const { WebACLId: id, Name: name } of summaries) {
        const arn = context.arn(api.arnService, `webacl/${id}`);
        const loggingEnabled = await context.field('ListLoggingConfigurations', arn, async () => (await loggedAclIds).has(id));
        context.resources.add({ arn, id, name, region: context.region, tags: {}, loggingEnabled });
      }
    },
  });
}

/**
 * The IDs of the web ACLs whose logging configuration names a destination. Matched by ID: AWS
 * gives global ACLs' ARNs without a region, while findings carry the calling region in theirs.
 */
async function listLoggedAclIds(send: ClassicSend): Promise<Set<string>> {
  const logged = new Set<string>();
  const pages = tokenPages(
    (NextMarker) => send('ListLoggingConfigurations', { Limit: PAGE_SIZE, NextMarker }),
    (page) => parse(MarkerPageSchema, page, 'WAF logging configurations').NextMarker,
  );
  for await (const page of pages) {
    const { LoggingConfigurations: configurations } = parse(
      z.object({ LoggingConfigurations: z.array(LoggingConfigurationSchema).nullish() }),
      page,
      'WAF logging configurations',
    );
    for (const configuration of configurations ?? []) {
      if ((configuration.LogDestinationConfigs ?? []).length > 0) logged.add(configuration.ResourceArn.slice(configuration.ResourceArn.lastIndexOf('/') + 1));
    }
  }
  return logged;
}

function perWebAcl<T extends ClassicWebAcl>(
  api: ClassicApi,
  listed: Collection<ClassicWebAcl>,
  name: string,
  operation: string,
  read: (context: LoadContext<T>, acl: ClassicWebAcl) => Promise<T>,
): Collection<T> {
  return perListedResource<T, ClassicWebAcl>({ service: 'waf', name, scope: api.scope, endpoint: api.endpoint, listed, operation, read });
}

/** Each web ACL's rules: one GetWebACL call per ACL. */
function webAclRules(api: ClassicApi, listed: Collection<ClassicWebAcl>): Collection<ClassicWebAclRules> {
  return perWebAcl<ClassicWebAclRules>(api, listed, `${api.kind}WebAclRules`, 'GetWebACL', async (context, acl) => ({
    ...acl,
    ruleCount: await context.field('GetWebACL', acl.arn, async () => {
      const response = parse(WebAclSchema, await api.sender(context)('GetWebACL', { WebACLId: acl.id }), 'WAF web ACL');
      return response.WebACL?.Rules?.length ?? 0;
    }),
  }));
}

const globalWebAcls = webAcls(GLOBAL_API);
const regionalWebAcls = webAcls(REGIONAL_API);

/** The load balancers each regional web ACL protects (for elbv2_waf_acl_attached): one ListResourcesForWebACL call per ACL. */
const regionalWebAclLoadBalancers = perWebAcl<ClassicWebAclLoadBalancers>(
  REGIONAL_API,
  regionalWebAcls,
  'regionalWebAclLoadBalancers',
  'ListResourcesForWebACL',
  async (context, acl) => ({
    ...acl,
    associatedArns: await context.field('ListResourcesForWebACL', acl.arn, async () => {
      const command = new RegionalListResourcesForWebACLCommand({ WebACLId: acl.id, ResourceType: 'APPLICATION_LOAD_BALANCER' });
      const response = await context.client(WAFRegionalClient).send(command as never);
      return parse(ResourceArnsSchema, response, 'WAF web ACL resources').ResourceArns ?? [];
    }),
  }),
);

export default {
  globalRules: rules(GLOBAL_API),
  globalRuleGroups: ruleGroups(GLOBAL_API),
  globalWebAcls,
  globalWebAclRules: webAclRules(GLOBAL_API, globalWebAcls),
  regionalRules: rules(REGIONAL_API),
  regionalRuleGroups: ruleGroups(REGIONAL_API),
  regionalWebAcls,
  regionalWebAclRules: webAclRules(REGIONAL_API, regionalWebAcls),
  regionalWebAclLoadBalancers,
};
