import {
  DescribeFirewallCommand,
  DescribeFirewallPolicyCommand,
  DescribeLoggingConfigurationCommand,
  NetworkFirewallClient,
  paginateListFirewalls,
} from '@aws-sdk/client-network-firewall';
import { z } from 'zod';
import { defineCollection, parse, tagRecord, type LoadContext } from '../collection.js';
import { readEach } from '../listing.js';
import { mapField, need, type AwsResource, type Field } from '../resource-map.js';

/** A Network Firewall; `id` and `name` are its name, as Prowler reports it. */
export interface NetworkFirewall extends AwsResource {
  policyArn: Field<string>;
  vpcId: Field<string | null>;
  deletionProtection: Field<boolean>;
  /** The subnets it has endpoints in, one per Availability Zone. */
  subnetIds: Field<string[]>;
}

/** What a firewall's policy does with packets no stateless rule matched, and which rule groups it references. */
export interface FirewallPolicyRules extends AwsResource {
  statelessDefaultActions: Field<string[]>;
  statelessFragmentDefaultActions: Field<string[]>;
  /** Stateless and stateful rule groups alike. */
  ruleGroupArns: Field<string[]>;
}

export interface FirewallLogging extends AwsResource {
  /** One entry per log type the firewall sends somewhere; empty when it logs nothing. */
  logDestinations: Field<{ logType: string; destinationType: string }[]>;
}

const FirewallSummarySchema = z.object({ FirewallArn: z.string(), FirewallName: z.string() });

const TagsSchema = z.array(z.object({ Key: z.string().optional(), Value: z.string().optional() })).nullish();

const FirewallSchema = z.object({
  FirewallPolicyArn: z.string(),
  VpcId: z.string().nullish(),
  DeleteProtection: z.boolean().nullish(),
  SubnetMappings: z.array(z.object({ SubnetId: z.string().nullish() })).nullish(),
  Tags: TagsSchema,
});

const RuleGroupReferencesSchema = z.array(z.object({ ResourceArn: z.string() })).nullish();

const FirewallPolicySchema = z.object({
  StatelessDefaultActions: z.array(z.string()).nullish(),
  StatelessFragmentDefaultActions: z.array(z.string()).nullish(),
  StatelessRuleGroupReferences: RuleGroupReferencesSchema,
  StatefulRuleGroupReferences: RuleGroupReferencesSchema,
});

const LoggingConfigurationSchema = z
  .object({
    LogDestinationConfigs: z.array(z.object({ LogType: z.string(), LogDestinationType: z.string() })).nullish(),
  })
  .nullish();

/** ListFirewalls answers at most 100 firewalls a page. */
const PAGE_SIZE = 100;

type FirewallDescription = z.infer<typeof FirewallSchema>;

/**
 * Firewalls, each described by a call of its own: ListFirewalls names them only, and DescribeFirewall
 * brings the settings most checks judge and the tags every finding carries.
 */
const firewalls = defineCollection<NetworkFirewall>({
  service: 'networkfirewall',
  name: 'firewalls',
  scope: 'regional',
  async load(context) {
    const client = context.client(NetworkFirewallClient);
    const pages = paginateListFirewalls({ client, pageSize: PAGE_SIZE }, {});
    const listed = await context.items('ListFirewalls', pages, (page) => page.Firewalls, FirewallSummarySchema, 'firewall');
    await readEach(listed, (summary) => loadFirewall(context, client, summary));
  },
});

async function loadFirewall(
  context: LoadContext<NetworkFirewall>,
  client: NetworkFirewallClient,
  { FirewallArn: arn, FirewallName: name }: z.infer<typeof FirewallSummarySchema>,
): Promise<void> {
  let tags: Record<string, string> = {};
  const description = await context.field('DescribeFirewall', arn, async (): Promise<FirewallDescription> => {
    const response = await client.send(new DescribeFirewallCommand({ FirewallArn: arn }));
    const firewall = parse(FirewallSchema, response.Firewall, 'firewall description');
    tags = tagRecord(firewall.Tags);
    return firewall;
  });
  context.resources.add({
    arn,
    id: name,
    name,
    region: context.region,
    tags,
    policyArn: mapField(description, (firewall) => firewall.FirewallPolicyArn),
    vpcId: mapField(description, (firewall) => firewall.VpcId ?? null),
    deletionProtection: mapField(description, (firewall) => firewall.DeleteProtection ?? false),
    subnetIds: mapField(description, (firewall) => (firewall.SubnetMappings ?? []).flatMap((mapping) => (mapping.SubnetId ? [mapping.SubnetId] : []))),
  });
}

/**
 * The policy of each firewall, read with one DescribeFirewallPolicy call per distinct policy of
 * the region (firewalls often share one). Only the policy checks need it.
 */
const firewallPolicies = defineCollection<FirewallPolicyRules, { firewalls: typeof firewalls }>({
  service: 'networkfirewall',
  name: 'firewallPolicies',
  scope: 'regional',
  needs: { firewalls },
  async load(context, dependencies) {
    const client = context.client(NetworkFirewallClient);
    const policies = new Map<string, Promise<z.infer<typeof FirewallPolicySchema>>>();
    const describe = (policyArn: string) => {
      let policy = policies.get(policyArn);
      if (!policy) {
        policy = client
          .send(new DescribeFirewallPolicyCommand({ FirewallPolicyArn: policyArn }))
          .then((response) => parse(FirewallPolicySchema, response.FirewallPolicy, 'firewall policy'));
        // Held until every firewall using it awaits it, so an early failure is not an unhandled rejection.
        policy.catch(() => undefined);
        policies.set(policyArn, policy);
      }
      return policy;
    };
    await context.read('ListFirewalls', async () => {
      const inRegion = dependencies.firewalls.all(context.region);
      await Promise.all(
        inRegion.map(async (firewall) => {
          const policy = await context.field('DescribeFirewallPolicy', firewall.arn, () => describe(need(firewall.policyArn)));
          context.resources.add({
            arn: firewall.arn,
            id: firewall.id,
            name: firewall.name,
            region: firewall.region,
            tags: firewall.tags,
            statelessDefaultActions: mapField(policy, (rules) => rules.StatelessDefaultActions ?? []),
            statelessFragmentDefaultActions: mapField(policy, (rules) => rules.StatelessFragmentDefaultActions ?? []),
            ruleGroupArns: mapField(policy, (rules) =>
              [...(rules.StatelessRuleGroupReferences ?? []), ...(rules.StatefulRuleGroupReferences ?? [])].map((group) => group.ResourceArn),
            ),
          });
        }),
      );
    });
  },
});

/** Where each firewall sends its logs: one DescribeLoggingConfiguration call per firewall, for the logging check only. */
const firewallLogging = defineCollection<FirewallLogging, { firewalls: typeof firewalls }>({
  service: 'networkfirewall',
  name: 'firewallLogging',
  scope: 'regional',
  needs: { firewalls },
  async load(context, dependencies) {
    const client = context.client(NetworkFirewallClient);
    await context.read('ListFirewalls', async () => {
      await readEach(dependencies.firewalls.all(context.region), async (firewall) => {
        const logDestinations = await context.field('DescribeLoggingConfiguration', firewall.arn, async () => {
          const response = await client.send(new DescribeLoggingConfigurationCommand({ FirewallArn: firewall.arn }));
          const configuration = parse(LoggingConfigurationSchema, response.LoggingConfiguration, 'firewall logging configuration');
          return (configuration?.LogDestinationConfigs ?? []).map((destination) => ({
            logType: destination.LogType,
            destinationType: destination.LogDestinationType,
          }));
        });
        context.resources.add({ arn: firewall.arn, id: firewall.id, name: firewall.name, region: firewall.region, tags: firewall.tags, logDestinations });
      });
    });
  },
});

export default { firewalls, firewallPolicies, firewallLogging };
