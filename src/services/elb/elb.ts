import {
  DescribeLoadBalancerAttributesCommand,
  DescribeTagsCommand,
  ElasticLoadBalancingClient,
  paginateDescribeLoadBalancers,
} from '@aws-sdk/client-elastic-load-balancing';
import { z } from 'zod';
import { defineCollection, parse, tagRecord } from '../collection.js';
import { readEach } from '../listing.js';
import type { AwsResource, Field } from '../resource-map.js';
import { readTagsInBatches } from './tags.js';

/** One listener of a Classic Load Balancer. */
export interface ClassicListener {
  /** HTTP, HTTPS, TCP or SSL. */
  protocol: string;
  port: number;
  /** The policies in force on the listener, among them its SSL negotiation policy. */
  policyNames: string[];
  /** The server certificate (ACM or IAM ARN) of an HTTPS or SSL listener. */
  certificateArn: string | null;
}

/** A Classic Load Balancer; `id` and `name` are its name. */
export interface ClassicLoadBalancer extends AwsResource {
  name: string;
  dnsName: string;
  /** internet-facing or internal. */
  scheme: string;
  listeners: ClassicListener[];
  availabilityZones: string[];
}

/** What DescribeLoadBalancerAttributes says; null where the answer leaves a setting out. */
export interface ClassicLoadBalancerAttributes {
  accessLogEnabled: boolean | null;
  crossZoneLoadBalancingEnabled: boolean | null;
  connectionDrainingEnabled: boolean | null;
  /** monitor, defensive or strictest. */
  desyncMitigationMode: string | null;
}

/** A Classic Load Balancer with its attributes, read by a call per load balancer. */
export interface ClassicLoadBalancerWithAttributes extends ClassicLoadBalancer {
  attributes: Field<ClassicLoadBalancerAttributes>;
}

const LoadBalancerSchema = z.object({
  LoadBalancerName: z.string(),
  DNSName: z.string().default(''),
  Scheme: z.string(),
  AvailabilityZones: z.array(z.string()).nullish(),
  ListenerDescriptions: z
    .array(
      z.object({
        Listener: z.object({ Protocol: z.string(), LoadBalancerPort: z.number(), SSLCertificateId: z.string().nullish() }),
        PolicyNames: z.array(z.string()).nullish(),
      }),
    )
    .nullish(),
});

const EnabledSchema = z.object({ Enabled: z.boolean().nullish() }).nullish();

const AttributesSchema = z
  .object({
    AccessLog: EnabledSchema,
    CrossZoneLoadBalancing: EnabledSchema,
    ConnectionDraining: EnabledSchema,
    AdditionalAttributes: z.array(z.object({ Key: z.string().nullish(), Value: z.string().nullish() })).nullish(),
  })
  .transform(
    (attributes): ClassicLoadBalancerAttributes => ({
      accessLogEnabled: attributes.AccessLog?.Enabled ?? null,
      crossZoneLoadBalancingEnabled: attributes.CrossZoneLoadBalancing?.Enabled ?? null,
      connectionDrainingEnabled: attributes.ConnectionDraining?.Enabled ?? null,
      desyncMitigationMode: attributes.AdditionalAttributes?.find((attribute) => attribute.Key === 'elb.http.desyncmitigationmode')?.Value ?? null,
    }),
  );

const TagDescriptionsSchema = z
  .array(z.object({ LoadBalancerName: z.string(), Tags: z.array(z.object({ Key: z.string(), Value: z.string().optional() })).nullish() }))
  .nullish();

/** DescribeLoadBalancers caps its page at 400. */
const PAGE_SIZE = 400;

const loadBalancers = defineCollection<ClassicLoadBalancer>({
  service: 'elb',
  name: 'loadBalancers',
  scope: 'regional',
  async load(context) {
    const client = context.client(ElasticLoadBalancingClient);
    const pages = paginateDescribeLoadBalancers({ client }, { PageSize: PAGE_SIZE });
    const described = await context.items('DescribeLoadBalancers', pages, (page) => page.LoadBalancerDescriptions, LoadBalancerSchema, 'Classic Load Balancer');
    const balancers = described.map(
      (balancer): ClassicLoadBalancer => ({
        arn: context.arn('elasticloadbalancing', `loadbalancer/${balancer.LoadBalancerName}`),
        id: balancer.LoadBalancerName,
        name: balancer.LoadBalancerName,
        region: context.region,
        tags: {},
        dnsName: balancer.DNSName,
        scheme: balancer.Scheme,
        availabilityZones: [...new Set(balancer.AvailabilityZones ?? [])],
        listeners: (balancer.ListenerDescriptions ?? []).map(({ Listener: listener, PolicyNames: policyNames }) => ({
          protocol: listener.Protocol,
          port: listener.LoadBalancerPort,
          policyNames: policyNames ?? [],
          certificateArn: listener.SSLCertificateId || null,
        })),
      }),
    );
    await readTagsInBatches(context, balancers, (balancer) => balancer.name, async (names) => {
      const response = await client.send(new DescribeTagsCommand({ LoadBalancerNames: names }));
      const descriptions = parse(TagDescriptionsSchema, response.TagDescriptions, 'Classic Load Balancer tags') ?? [];
      return new Map(descriptions.map((description) => [description.LoadBalancerName, tagRecord(description.Tags)]));
    });
    for (const balancer of balancers) context.resources.add(balancer);
  },
});

/** Attributes take one DescribeLoadBalancerAttributes call per load balancer; only the checks that judge them load them. */
const loadBalancerAttributes = defineCollection<ClassicLoadBalancerWithAttributes, { loadBalancers: typeof loadBalancers }>({
  service: 'elb',
  name: 'loadBalancerAttributes',
  scope: 'regional',
  needs: { loadBalancers },
  async load(context, dependencies) {
    const client = context.client(ElasticLoadBalancingClient);
    await context.read('DescribeLoadBalancers', async () => {
      const balancers = dependencies.loadBalancers.all(context.region);
      const attributes = await readEach(balancers, (balancer) =>
        context.field('DescribeLoadBalancerAttributes', balancer.arn, async () => {
          const response = await client.send(new DescribeLoadBalancerAttributesCommand({ LoadBalancerName: balancer.name }));
          return parse(AttributesSchema, response.LoadBalancerAttributes ?? {}, 'Classic Load Balancer attributes');
        }),
      );
      balancers.forEach((balancer, index) => context.resources.add({ ...balancer, attributes: attributes[index]! }));
    });
  },
});

export default { loadBalancers, loadBalancerAttributes };
