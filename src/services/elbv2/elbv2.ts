import {
  DescribeLoadBalancerAttributesCommand,
  DescribeTagsCommand,
  ElasticLoadBalancingV2Client,
  paginateDescribeListeners,
  paginateDescribeLoadBalancers,
  paginateDescribeRules,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { z } from 'zod';
import { defineCollection, parse, tagRecord, unlessAbsent, type Collection, type LoadContext } from '../collection.js';
import { readEach } from '../listing.js';
import { need, type AwsResource, type Field } from '../resource-map.js';
import { readTagsInBatches } from '../elb/tags.js';

/** An Application, Network or Gateway Load Balancer; `id` and `name` are its name. */
export interface LoadBalancer extends AwsResource {
  name: string;
  /** application, network or gateway. */
  type: string;
  /** internet-facing or internal; gateway load balancers have none. */
  scheme: string | null;
  /** Gateway load balancers have none. */
  dnsName: string | null;
  securityGroups: string[];
  /** The distinct Availability Zones the load balancer has subnets in. */
  availabilityZones: string[];
}

/**
 * The attributes the checks judge, as DescribeLoadBalancerAttributes gives them: each is null when
 * the answer leaves it out, which it does for attributes of another load balancer type.
 */
export interface LoadBalancerAttributes {
  accessLogsEnabled: boolean | null;
  deletionProtectionEnabled: boolean | null;
  crossZoneLoadBalancingEnabled: boolean | null;
  dropInvalidHeaderFieldsEnabled: boolean | null;
  /** monitor, defensive or strictest. */
  desyncMitigationMode: string | null;
}

export interface LoadBalancerWithAttributes extends LoadBalancer {
  attributes: Field<LoadBalancerAttributes>;
}

export interface Listener {
  arn: string;
  port: number | null;
  /** HTTP, HTTPS, TCP, TLS, UDP, TCP_UDP or GENEVE. */
  protocol: string;
  /** The TLS security policy of an HTTPS or TLS listener. */
  sslPolicy: string | null;
}

export interface LoadBalancerWithListeners extends LoadBalancer {
  /** In the order DescribeListeners gives them. */
  listeners: Field<Listener[]>;
}

/** One action of a listener rule; `redirectProtocol` is set on redirects only. */
export interface RuleAction {
  /** forward, redirect, fixed-response, authenticate-oidc, authenticate-cognito... */
  type: string;
  redirectProtocol: string | null;
}

/** A plain-HTTP listener with its rules, the default rule among them. */
export interface HttpListener extends Listener {
  rules: { arn: string; actions: RuleAction[] }[];
}

export interface LoadBalancerWithHttpListeners extends LoadBalancer {
  /** The load balancer's HTTP listeners, in the order DescribeListeners gives them. */
  httpListeners: Field<HttpListener[]>;
}

const LoadBalancerSchema = z.object({
  LoadBalancerArn: z.string(),
  LoadBalancerName: z.string(),
  Type: z.string(),
  Scheme: z.string().nullish(),
  DNSName: z.string().nullish(),
  SecurityGroups: z.array(z.string()).nullish(),
  AvailabilityZones: z.array(z.object({ ZoneName: z.string().nullish() })).nullish(),
});

const ListenerSchema = z.object({
  ListenerArn: z.string(),
  Port: z.number().nullish(),
  Protocol: z.string().nullish(),
  SslPolicy: z.string().nullish(),
});

const AttributesSchema = z.array(z.object({ Key: z.string().nullish(), Value: z.string().nullish() })).nullish();

const RuleSchema = z.object({
  RuleArn: z.string(),
  Actions: z.array(z.object({ Type: z.string(), RedirectConfig: z.object({ Protocol: z.string().nullish() }).nullish() })).nullish(),
});

const TagDescriptionsSchema = z
  .array(z.object({ ResourceArn: z.string(), Tags: z.array(z.object({ Key: z.string(), Value: z.string().optional() })).nullish() }))
  .nullish();

/** DescribeLoadBalancers, DescribeListeners and DescribeRules cap their pages at 400. */
const PAGE_SIZE = 400;

/** What ELBv2 answers for a load balancer or listener deleted since it was listed. */
const GONE = ['LoadBalancerNotFoundException', 'ListenerNotFoundException'];

const loadBalancers = defineCollection<LoadBalancer>({
  service: 'elbv2',
  name: 'loadBalancers',
  scope: 'regional',
  async load(context) {
    const client = context.client(ElasticLoadBalancingV2Client);
    const pages = paginateDescribeLoadBalancers({ client }, { PageSize: PAGE_SIZE });
    const described = await context.items('DescribeLoadBalancers', pages, (page) => page.LoadBalancers, LoadBalancerSchema, 'load balancer');
    const balancers = described.map(
      (balancer): LoadBalancer => ({
        arn: balancer.LoadBalancerArn,
        id: balancer.LoadBalancerName,
        name: balancer.LoadBalancerName,
        region: context.region,
        tags: {},
        type: balancer.Type,
        scheme: balancer.Scheme ?? null,
        dnsName: balancer.DNSName ?? null,
        securityGroups: balancer.SecurityGroups ?? [],
        availabilityZones: [...new Set((balancer.AvailabilityZones ?? []).flatMap((zone) => (zone.ZoneName ? [zone.ZoneName] : [])))],
      }),
    );
    await readTagsInBatches(context, balancers, (balancer) => balancer.arn, async (arns) => {
      const response = await client.send(new DescribeTagsCommand({ ResourceArns: arns }));
      const descriptions = parse(TagDescriptionsSchema, response.TagDescriptions, 'load balancer tags') ?? [];
      return new Map(descriptions.map((description) => [description.ResourceArn, tagRecord(description.Tags)]));
    });
    for (const balancer of balancers) context.resources.add(balancer);
  },
});

/**
 * A collection of the region's load balancers as `source` holds them, each extended with a field
 * read by calls of its own: those calls are made only when a check needs this collection. It
 * fails with the source's own failure where the source could not be listed.
 */
function extending<T extends LoadBalancer, Source extends LoadBalancer>(
  name: string,
  source: Collection<Source>,
  extend: (context: LoadContext<T>, balancer: Source) => Promise<T>,
): Collection<T> {
  return defineCollection<T, { source: Collection<Source> }>({
    service: 'elbv2',
    name,
    scope: 'regional',
    needs: { source },
    async load(context, dependencies) {
      await context.read('DescribeLoadBalancers', async () => {
        const balancers = dependencies.source.all(context.region);
        for (const extended of await readEach(balancers, (balancer) => extend(context, balancer))) context.resources.add(extended);
      });
    },
  });
}

const loadBalancerAttributes = extending<LoadBalancerWithAttributes, LoadBalancer>('loadBalancerAttributes', loadBalancers, async (context, balancer) => ({
  ...balancer,
  attributes: await context.field('DescribeLoadBalancerAttributes', balancer.arn, async () => {
    const client = context.client(ElasticLoadBalancingV2Client);
    const response = await unlessAbsent(client.send(new DescribeLoadBalancerAttributesCommand({ LoadBalancerArn: balancer.arn })), ...GONE);
    return toAttributes(parse(AttributesSchema, response?.Attributes, 'load balancer attributes') ?? []);
  }),
}));

const listeners = extending<LoadBalancerWithListeners, LoadBalancer>('listeners', loadBalancers, async (context, balancer) => ({
  ...balancer,
  listeners: await context.field('DescribeListeners', balancer.arn, () => describeListeners(context.client(ElasticLoadBalancingV2Client), balancer.arn)),
}));

/**
 * Rules take one DescribeRules call per listener; only plain-HTTP listeners' rules are read, since
 * only they say whether such a listener sends its clients on to HTTPS.
 */
const httpListeners = extending<LoadBalancerWithHttpListeners, LoadBalancerWithListeners>('httpListeners', listeners, async (context, balancer) => {
  const { listeners: read, ...loadBalancer } = balancer;
  const client = context.client(ElasticLoadBalancingV2Client);
  return {
    ...loadBalancer,
    httpListeners: await context.field('DescribeRules', balancer.arn, () =>
      readEach(
        need(read).filter((listener) => listener.protocol === 'HTTP'),
        async (listener) => ({ ...listener, rules: await describeRules(client, listener.arn) }),
      ),
    ),
  };
});

export default { loadBalancers, loadBalancerAttributes, listeners, httpListeners };

/** A load balancer deleted since it was listed has no listeners, as Prowler counts it. */
async function describeListeners(client: ElasticLoadBalancingV2Client, loadBalancerArn: string): Promise<Listener[]> {
  const read = async () => {
    const found: Listener[] = [];
    for await (const page of paginateDescribeListeners({ client }, { LoadBalancerArn: loadBalancerArn, PageSize: PAGE_SIZE })) {
      for (const raw of page.Listeners ?? []) {
        const listener = parse(ListenerSchema, raw, 'listener');
        found.push({ arn: listener.ListenerArn, port: listener.Port ?? null, protocol: listener.Protocol ?? '', sslPolicy: listener.SslPolicy || null });
      }
    }
    return found;
  };
  return (await unlessAbsent(read(), ...GONE)) ?? [];
}

/** A listener deleted since it was listed has no rules. */
async function describeRules(client: ElasticLoadBalancingV2Client, listenerArn: string): Promise<HttpListener['rules']> {
  const read = async () => {
    const rules: HttpListener['rules'] = [];
    for await (const page of paginateDescribeRules({ client }, { ListenerArn: listenerArn, PageSize: PAGE_SIZE })) {
      for (const raw of page.Rules ?? []) {
        const rule = parse(RuleSchema, raw, 'listener rule');
        const actions = (rule.Actions ?? []).map((action) => ({ type: action.Type, redirectProtocol: action.RedirectConfig?.Protocol ?? null }));
        rules.push({ arn: rule.RuleArn, actions });
      }
    }
    return rules;
  };
  return (await unlessAbsent(read(), ...GONE)) ?? [];
}

function toAttributes(attributes: NonNullable<z.infer<typeof AttributesSchema>>): LoadBalancerAttributes {
  const valueOf = (key: string) => attributes.find((attribute) => attribute.Key === key)?.Value ?? null;
  const flag = (key: string) => {
    const value = valueOf(key);
    return value === null ? null : value === 'true';
  };
  return {
    accessLogsEnabled: flag('access_logs.s3.enabled'),
    deletionProtectionEnabled: flag('deletion_protection.enabled'),
    crossZoneLoadBalancingEnabled: flag('load_balancing.cross_zone.enabled'),
    dropInvalidHeaderFieldsEnabled: flag('routing.http.drop_invalid_header_fields.enabled'),
    desyncMitigationMode: valueOf('routing.http.desync_mitigation_mode'),
  };
}
