import { GetInstancesCommand, GetRelationalDatabasesCommand, GetStaticIpsCommand, LightsailClient } from '@aws-sdk/client-lightsail';
import { z } from 'zod';
import { defineCollection, tagRecord, type LoadContext } from '../collection.js';
import { tokenPages } from '../listing.js';
import type { AwsResource } from '../resource-map.js';

/**
 * Lightsail resources are reported as Prowler reports them: under the ARN AWS gives them, with
 * the support code as resource id, in the region their location names.
 */
export interface LightsailInstance extends AwsResource {
  name: string;
  /** Empty when the instance has no public IPv4 address. */
  publicIpAddress: string;
  /** The firewall's port ranges ("22", "8000-8100") whose access type is public. */
  publicPortRanges: string[];
  /** The AutoSnapshot add-on is enabled. */
  autoSnapshot: boolean;
}

export interface LightsailDatabase extends AwsResource {
  name: string;
  /** AWS's publiclyAccessible; taken as public when AWS leaves it out, as Prowler takes it. */
  publiclyAccessible: boolean;
}

export interface LightsailStaticIp extends AwsResource {
  name: string;
  /** AWS's isAttached; taken as attached when AWS leaves it out, as Prowler takes it. */
  attached: boolean;
  /** The instance it is attached to, empty when none. */
  attachedTo: string;
}

const TagsSchema = z.array(z.object({ key: z.string().optional(), value: z.string().optional() })).nullish();

const LocationSchema = z.object({ regionName: z.string().nullish() }).nullish();

const PortSchema = z.object({ fromPort: z.number().nullish(), toPort: z.number().nullish(), accessType: z.string().nullish() });

const InstanceSchema = z.object({
  name: z.string(),
  arn: z.string(),
  supportCode: z.string().nullish(),
  location: LocationSchema,
  tags: TagsSchema,
  publicIpAddress: z.string().nullish(),
  networking: z.object({ ports: z.array(PortSchema).nullish() }).nullish(),
  addOns: z.array(z.object({ name: z.string().nullish(), status: z.string().nullish() })).nullish(),
});

const DatabaseSchema = z.object({
  name: z.string(),
  arn: z.string(),
  supportCode: z.string().nullish(),
  location: LocationSchema,
  tags: TagsSchema,
  publiclyAccessible: z.boolean().nullish(),
});

const StaticIpSchema = z.object({
  name: z.string(),
  arn: z.string(),
  supportCode: z.string().nullish(),
  location: LocationSchema,
  isAttached: z.boolean().nullish(),
  attachedTo: z.string().nullish(),
});

type Located = { name: string; arn: string; supportCode?: string | null; location?: { regionName?: string | null } | null; tags?: z.infer<typeof TagsSchema> };

/** What every Lightsail resource is reported under. */
function identity(context: LoadContext<AwsResource>, resource: Located): AwsResource {
  return {
    arn: resource.arn,
    id: resource.supportCode || resource.name,
    name: resource.name,
    region: resource.location?.regionName || context.region,
    tags: tagRecord(resource.tags?.map(({ key, value }) => ({ Key: key, Value: value }))),
  };
}

/** "22" for a single port, "8000-8100" for a range, as Prowler names open ranges. */
function portRange(port: z.infer<typeof PortSchema>): string {
  if (!port.fromPort) return '';
  return port.fromPort === port.toPort ? String(port.fromPort) : `${port.fromPort}-${port.toPort ?? ''}`;
}

/** Lightsail's listings take no page size; they page by pageToken / nextPageToken. */
function pagesOf<Page extends { nextPageToken?: string }>(request: (pageToken: string | undefined) => Promise<Page>): AsyncGenerator<Page> {
  return tokenPages(request, (page) => page.nextPageToken);
}

const instances = defineCollection<LightsailInstance>({
  service: 'lightsail',
  name: 'instances',
  scope: 'regional',
  async load(context) {
    const client = context.client(LightsailClient);
    const pages = pagesOf((pageToken) => client.send(new GetInstancesCommand({ pageToken })));
    for (const instance of await context.items('GetInstances', pages, (page) => page.instances, InstanceSchema, 'Lightsail instance')) {
      const ports = instance.networking?.ports ?? [];
      context.resources.add({
        ...identity(context, instance),
        name: instance.name,
        publicIpAddress: instance.publicIpAddress ?? '',
        publicPortRanges: ports.filter((port) => port.accessType === 'public').map(portRange),
        autoSnapshot: (instance.addOns ?? []).some((addOn) => addOn.name === 'AutoSnapshot' && addOn.status === 'Enabled'),
      });
    }
  },
});

const databases = defineCollection<LightsailDatabase>({
  service: 'lightsail',
  name: 'databases',
  scope: 'regional',
  async load(context) {
    const client = context.client(LightsailClient);
    const pages = pagesOf((pageToken) => client.send(new GetRelationalDatabasesCommand({ pageToken })));
    for (const database of await context.items('GetRelationalDatabases', pages, (page) => page.relationalDatabases, DatabaseSchema, 'Lightsail database')) {
      context.resources.add({ ...identity(context, database), name: database.name, publiclyAccessible: database.publiclyAccessible ?? true });
    }
  },
});

const staticIps = defineCollection<LightsailStaticIp>({
  service: 'lightsail',
  name: 'staticIps',
  scope: 'regional',
  async load(context) {
    const client = context.client(LightsailClient);
    const pages = pagesOf((pageToken) => client.send(new GetStaticIpsCommand({ pageToken })));
    for (const staticIp of await context.items('GetStaticIps', pages, (page) => page.staticIps, StaticIpSchema, 'Lightsail static IP')) {
      context.resources.add({ ...identity(context, staticIp), name: staticIp.name, attached: staticIp.isAttached ?? true, attachedTo: staticIp.attachedTo ?? '' });
    }
  },
});

export default { instances, databases, staticIps };
