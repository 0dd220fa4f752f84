import { DescribeEventBusCommand, EventBridgeClient, ListEndpointsCommand, ListEventBusesCommand } from '@aws-sdk/client-eventbridge';
import { GetResourcePolicyCommand, SchemasClient, paginateListRegistries } from '@aws-sdk/client-schemas';
import { z } from 'zod';
import { defineCollection, unlessAbsent } from '../collection.js';
import { perListedResource, tokenPages } from '../listing.js';
import { parsePolicyDocument, type PolicyDocument } from '../policy.js';
import type { AwsResource, Field } from '../resource-map.js';

/** ListEventBuses and ListEndpoints return at most 100 items a page. */
const PAGE_SIZE = 100;

/** An event bus; `id` and `name` are its name. */
export interface EventBus extends AwsResource {
  name: string;
}

export interface EventBusPolicy extends EventBus {
  /** The bus's resource policy; null when it has none. */
  policy: Field<PolicyDocument | null>;
}

/** A global endpoint; `id` and `name` are its name. */
export interface GlobalEndpoint extends AwsResource {
  name: string;
  /** ENABLED or DISABLED; DISABLED when the endpoint names no replication, as Prowler reads it. */
  replicationState: string;
}

/** A schema registry; `id` and `name` are its name. */
export interface SchemaRegistry extends AwsResource {
  name: string;
}

export interface SchemaRegistryPolicy extends SchemaRegistry {
  /** The registry's resource policy; null when it has none (GetResourcePolicy answers NotFound). */
  policy: Field<PolicyDocument | null>;
}

const BusSchema = z.object({ Name: z.string(), Arn: z.string() });
const EndpointSchema = z.object({ Name: z.string(), Arn: z.string(), ReplicationConfig: z.object({ State: z.string().nullish() }).nullish() });
const RegistrySchema = z.object({ RegistryName: z.string(), RegistryArn: z.string(), Tags: z.record(z.string(), z.string()).nullish() });

/** The SDK hands some JSON documents over as String objects. */
const policyOf = (raw: unknown) => parsePolicyDocument(raw instanceof String ? raw.valueOf() : raw);

const buses = defineCollection<EventBus>({
  service: 'eventbridge',
  name: 'buses',
  scope: 'regional',
  async load(context) {
    const client = context.client(EventBridgeClient);
    const pages = tokenPages((NextToken) => client.send(new ListEventBusesCommand({ Limit: PAGE_SIZE, NextToken })), (page) => page.NextToken);
    for (const bus of await context.items('ListEventBuses', pages, (page) => page.EventBuses, BusSchema, 'event bus')) {
      context.resources.add({ arn: bus.Arn, id: bus.Name, name: bus.Name, region: context.region, tags: {} });
    }
  },
});

/** One DescribeEventBus per bus, for the checks about its resource policy. */
const busPolicies = perListedResource<EventBusPolicy, EventBus>({
  service: 'eventbridge',
  name: 'busPolicies',
  scope: 'regional',
  listed: buses,
  operation: 'ListEventBuses',
  async read(context, bus) {
    const policy = await context.field('DescribeEventBus', bus.arn, async () => {
      const response = await context.client(EventBridgeClient).send(new DescribeEventBusCommand({ Name: bus.name }));
      return response.Policy ? policyOf(response.Policy) : null;
    });
    return { ...bus, policy };
  },
});

const endpoints = defineCollection<GlobalEndpoint>({
  service: 'eventbridge',
  name: 'endpoints',
  scope: 'regional',
  async load(context) {
    const client = context.client(EventBridgeClient);
    const pages = tokenPages((NextToken) => client.send(new ListEndpointsCommand({ MaxResults: PAGE_SIZE, NextToken })), (page) => page.NextToken);
    for (const endpoint of await context.items('ListEndpoints', pages, (page) => page.Endpoints, EndpointSchema, 'global endpoint')) {
      context.resources.add({
        arn: endpoint.Arn,
        id: endpoint.Name,
        name: endpoint.Name,
        region: context.region,
        tags: {},
        replicationState: endpoint.ReplicationConfig?.State ?? 'DISABLED',
      });
    }
  },
});

const registries = defineCollection<SchemaRegistry>({
  service: 'eventbridge',
  name: 'registries',
  scope: 'regional',
  endpoint: 'schemas',
  async load(context) {
    // ListRegistries documents no largest page size, so the service's own is used.
    const pages = paginateListRegistries({ client: context.client(SchemasClient) }, {});
    for (const registry of await context.items('ListRegistries', pages, (page) => page.Registries, RegistrySchema, 'schema registry')) {
      const { RegistryName: name } = registry;
      context.resources.add({ arn: registry.RegistryArn, id: name, name, region: context.region, tags: registry.Tags ?? {} });
    }
  },
});

/**
 * One GetResourcePolicy per registry of the account, for the check about cross-account access.
 * AWS's own registries (`aws.…`) carry no policy of the account's, so Prowler never asks; neither do we.
 */
const registryPolicies = perListedResource<SchemaRegistryPolicy, SchemaRegistry>({
  service: 'eventbridge',
  name: 'registryPolicies',
  scope: 'regional',
  endpoint: 'schemas',
  listed: registries,
  operation: 'ListRegistries',
  selects: (registry) => !registry.name.startsWith('aws.'),
  async read(context, registry) {
    const policy = await context.field('GetResourcePolicy', registry.arn, async () => {
      const response = await unlessAbsent(context.client(SchemasClient).send(new GetResourcePolicyCommand({ RegistryName: registry.name })), 'NotFoundException');
      if (!response) return null;
      return response.Policy ? policyOf(response.Policy) : { Statement: [] };
    });
    return { ...registry, policy };
  },
});

export default { buses, busPolicies, endpoints, registries, registryPolicies };
