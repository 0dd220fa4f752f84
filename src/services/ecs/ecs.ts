import {
  DescribeClustersCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  ECSClient,
  paginateListClusters,
  paginateListServices,
  paginateListTaskDefinitions,
} from '@aws-sdk/client-ecs';
import { z } from 'zod';
import { detectSecrets, type DetectedSecret } from '../../secrets/detect.js';
import { defineCollection, once, parse, type LoadContext } from '../collection.js';
import { interleaved, readEach } from '../listing.js';
import { offersService } from '../regions.js';
import { need, secret, type AwsResource, type Field } from '../resource-map.js';

/** ListClusters, ListServices and ListTaskDefinitions return at most 100 ARNs a page. */
const PAGE_SIZE = 100;
/** DescribeClusters takes up to 100 clusters a call. */
const CLUSTERS_PER_DESCRIBE = 100;
/** DescribeServices takes up to 10 services a call. */
const SERVICES_PER_DESCRIBE = 10;

/** A cluster; `containerInsights` is its containerInsights setting (enabled, enhanced, disabled), null when unset. */
export interface EcsCluster extends AwsResource {
  name: string;
  containerInsights: Field<string | null>;
}

/** A service; `id` is `<cluster>/<service>`, as Prowler reports it. */
export interface EcsService extends AwsResource {
  name: string;
  clusterArn: string;
  /** FARGATE, EC2, EXTERNAL; null for services placed by a capacity provider strategy. */
  launchType: string | null;
  platformVersion: string | null;
  platformFamily: string | null;
  assignPublicIp: boolean;
  taskSets: readonly EcsTaskSet[];
}

/** A task set of a service (external deployments); `id` is the task set's ID. */
export interface EcsTaskSet extends AwsResource {
  serviceArn: string;
  clusterArn: string;
  /** ENABLED or DISABLED, DISABLED when the task set has no awsvpc configuration. */
  assignPublicIp: string;
}

export interface EcsEnvironmentVariable {
  name: string;
  /** A `secret`. */
  value: Field<string>;
}

export interface EcsContainerDefinition {
  name: string;
  privileged: boolean;
  readonlyRootFilesystem: boolean;
  /** The user the container runs as; empty when not set. */
  user: string;
  /** Empty when the container has no log configuration. */
  logDriver: string;
  /** The log configuration's `mode` option (blocking, non-blocking); empty when not set. */
  logMode: string;
  environment: readonly EcsEnvironmentVariable[];
}

/** What DescribeTaskDefinition tells about one revision. */
export interface EcsTaskDefinitionDetails {
  containers: readonly EcsContainerDefinition[];
  /** host or task; empty when not set. */
  pidMode: string;
  /** bridge when not set, as ECS defaults it on Linux. */
  networkMode: string;
}

/** An active task definition revision; `id` is `<family>:<revision>`, `name` the family. */
export interface EcsTaskDefinition extends AwsResource {
  name: string;
  revision: string;
  details: Field<EcsTaskDefinitionDetails>;
}

/** The likely secrets in one container's environment variables. */
export interface EcsContainerSecrets {
  container: string;
  found: readonly { variable: string; kind: string }[];
}

/** A task definition with the likely secrets of each container's environment. */
export interface EcsTaskDefinitionSecrets extends EcsTaskDefinition {
  secrets: Field<readonly EcsContainerSecrets[]>;
}

const TagsSchema = z
  .array(z.object({ key: z.string().nullish(), value: z.string().nullish() }))
  .nullish()
  .transform((tags) => Object.fromEntries((tags ?? []).flatMap((tag) => (tag.key ? [[tag.key, tag.value ?? '']] : []))));

const AwsVpcSchema = z.object({ networkConfiguration: z.object({ awsvpcConfiguration: z.object({ assignPublicIp: z.string().nullish() }).nullish() }).nullish() });

const ClusterSchema = z.object({
  clusterArn: z.string(),
  settings: z.array(z.object({ name: z.string().nullish(), value: z.string().nullish() })).nullish(),
  tags: TagsSchema,
});

const TaskSetSchema = AwsVpcSchema.extend({ id: z.string(), taskSetArn: z.string(), serviceArn: z.string(), clusterArn: z.string(), tags: TagsSchema });

const ServiceSchema = AwsVpcSchema.extend({
  serviceArn: z.string(),
  serviceName: z.string(),
  launchType: z.string().nullish(),
  platformVersion: z.string().nullish(),
  platformFamily: z.string().nullish(),
  taskSets: z.array(TaskSetSchema).nullish(),
  tags: TagsSchema,
});

const TaskDefinitionSchema = z.object({
  taskDefinition: z.object({
    containerDefinitions: z.array(
      z.object({
        name: z.string(),
        privileged: z.boolean().nullish(),
        readonlyRootFilesystem: z.boolean().nullish(),
        user: z.string().nullish(),
        environment: z.array(z.object({ name: z.string(), value: z.string() })).nullish(),
        logConfiguration: z.object({ logDriver: z.string().nullish(), options: z.record(z.string(), z.string()).nullish() }).nullish(),
      }),
    ),
    pidMode: z.string().nullish(),
    networkMode: z.string().nullish(),
    registeredAt: z.date().nullish(),
  }),
  tags: TagsSchema,
});

/** The last segment of an ECS ARN without any `:revision` suffix (a cluster, service or family name). */
function lastName(arn: string, fromEnd = 1): string {
  return (arn.split('/').at(-fromEnd) ?? arn).replace(/:.*/, '');
}

function chunked<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

/**
 * A region's clusters: one ListClusters listing, then DescribeClusters for their settings (up to
 * 100 clusters a call); a failed describe leaves the settings of its clusters unread.
 */
const clusters = defineCollection<EcsCluster>({
  service: 'ecs',
  name: 'clusters',
  scope: 'regional',
  async load(context) {
    const client = context.client(ECSClient);
    const pages = paginateListClusters({ client, pageSize: PAGE_SIZE }, {});
    const arns = await context.items('ListClusters', pages, (page) => page.clusterArns, z.string(), 'ECS cluster ARN');
    await readEach(chunked(arns, CLUSTERS_PER_DESCRIBE), async (chunk) => {
      const describe = once(async () => {
        const response = await client.send(new DescribeClustersCommand({ clusters: chunk, include: ['SETTINGS', 'TAGS'] }));
        return (response.clusters ?? []).map((cluster) => parse(ClusterSchema, cluster, 'ECS cluster'));
      });
      for (const arn of chunk) {
        let tags: Record<string, string> = {};
        const containerInsights = await context.field('DescribeClusters', arn, async () => {
          const described = (await describe()).find((cluster) => cluster.clusterArn === arn);
          if (!described) throw new Error(`cluster ${arn} was not described`);
          tags = described.tags;
          return described.settings?.find((setting) => setting.name === 'containerInsights')?.value ?? null;
        });
        context.resources.add({ arn, id: lastName(arn), name: lastName(arn), region: context.region, tags, containerInsights });
      }
    });
  },
});

/**
 * A region's services: ListServices per listed cluster, then DescribeServices (up to 10 services a
 * call), which also carries each service's task sets. A cluster whose services could not be
 * listed or described fails the region's listing, so no service there can pass unseen.
 */
const services = defineCollection<EcsService, { clusters: typeof clusters }>({
  service: 'ecs',
  name: 'services',
  scope: 'regional',
  needs: { clusters },
  async load(context, dependencies) {
    const client = context.client(ECSClient);
    await context.read('ListClusters', async () => {
      await readEach(dependencies.clusters.all(context.region), async (cluster) => {
        const pages = paginateListServices({ client, pageSize: PAGE_SIZE }, { cluster: cluster.arn });
        const arns = await context.items('ListServices', pages, (page) => page.serviceArns, z.string(), 'ECS service ARN');
        await Promise.all(chunked(arns, SERVICES_PER_DESCRIBE).map((chunk) => describeServices(context, client, cluster.arn, chunk)));
      });
    });
  },
});

async function describeServices(context: LoadContext<EcsService>, client: ECSClient, clusterArn: string, serviceArns: string[]): Promise<void> {
  await context.read('DescribeServices', async () => {
    const response = await client.send(new DescribeServicesCommand({ cluster: clusterArn, services: serviceArns, include: ['TAGS'] }));
    for (const raw of response.services ?? []) {
      const service = parse(ServiceSchema, raw, 'ECS service');
      context.resources.add({
        arn: service.serviceArn,
        id: `${lastName(service.serviceArn, 2)}/${lastName(service.serviceArn)}`,
        name: lastName(service.serviceArn),
        region: context.region,
        tags: service.tags,
        clusterArn,
        launchType: service.launchType ?? null,
        platformVersion: service.platformVersion ?? null,
        platformFamily: service.platformFamily ?? null,
        assignPublicIp: service.networkConfiguration?.awsvpcConfiguration?.assignPublicIp === 'ENABLED',
        taskSets: (service.taskSets ?? []).map((taskSet) => ({
          arn: taskSet.taskSetArn,
          id: taskSet.id,
          region: context.region,
          tags: taskSet.tags,
          serviceArn: taskSet.serviceArn,
          clusterArn: taskSet.clusterArn,
          assignPublicIp: taskSet.networkConfiguration?.awsvpcConfiguration?.assignPublicIp ?? 'DISABLED',
        })),
      });
    }
  });
}

/** The task sets DescribeServices returned with each service: no call of their own. */
const taskSets = defineCollection<EcsTaskSet, { services: typeof services }>({
  service: 'ecs',
  name: 'taskSets',
  scope: 'regional',
  needs: { services },
  async load(context, dependencies) {
    await context.read('DescribeServices', () => {
      for (const service of dependencies.services.all(context.region)) for (const taskSet of service.taskSets) context.resources.add(taskSet);
      return Promise.resolve();
    });
  },
});

/**
 * The account's active task definition revisions, each described by DescribeTaskDefinition (no
 * listing call returns their contents). Global because `max_ecs_task_definitions` (else
 * `max_scanned_resources_per_service`) keeps only the account's most recently registered
 * revisions, whatever their region, as Prowler selects them: every revision is described first,
 * since only DescribeTaskDefinition tells when it was registered. A non-positive or absent limit
 * keeps them all.
 */
const taskDefinitions = defineCollection<EcsTaskDefinition>({
  service: 'ecs',
  name: 'taskDefinitions',
  scope: 'global',
  async load(context) {
    const regions = context.account.regions.filter((region) => offersService('ecs', region));
    const listings = await Promise.all(regions.map((region) => describeTaskDefinitions(context.inRegion(region))));
    const limit = context.config.max_ecs_task_definitions ?? context.config.max_scanned_resources_per_service;
    for (const { definition } of newestSelection(interleaved(listings), limit)) context.resources.add(definition);
  },
});

interface DescribedTaskDefinition {
  definition: EcsTaskDefinition;
  registeredAt: Date | null;
}

async function describeTaskDefinitions(context: LoadContext<EcsTaskDefinition>): Promise<DescribedTaskDefinition[]> {
  const client = context.client(ECSClient);
  // Newest revision of each family first, the order Prowler keeps when no registration date is known.
  const pages = paginateListTaskDefinitions({ client, pageSize: PAGE_SIZE }, { sort: 'DESC' });
  const arns = await context.items('ListTaskDefinitions', pages, (page) => page.taskDefinitionArns, z.string(), 'ECS task definition ARN');
  return readEach(arns, async (arn): Promise<DescribedTaskDefinition> => {
    const family = lastName(arn);
    const revision = arn.split(':').at(-1) ?? '';
    let registeredAt: Date | null = null;
    let tags: Record<string, string> = {};
    const details = await context.field('DescribeTaskDefinition', arn, async (): Promise<EcsTaskDefinitionDetails> => {
      const response = parse(TaskDefinitionSchema, await client.send(new DescribeTaskDefinitionCommand({ taskDefinition: arn, include: ['TAGS'] })), 'ECS task definition');
      const described = response.taskDefinition;
      registeredAt = described.registeredAt ?? null;
      tags = response.tags;
      return {
        containers: described.containerDefinitions.map((container) => ({
          name: container.name,
          privileged: container.privileged ?? false,
          readonlyRootFilesystem: container.readonlyRootFilesystem ?? false,
          user: container.user ?? '',
          logDriver: container.logConfiguration?.logDriver ?? '',
          logMode: container.logConfiguration?.options?.mode ?? '',
          environment: (container.environment ?? []).map(({ name, value }) => ({ name, value: secret(value) })),
        })),
        pidMode: described.pidMode ?? '',
        networkMode: described.networkMode ?? 'bridge',
      };
    });
    return { definition: { arn, id: `${family}:${revision}`, name: family, region: context.region, tags, revision, details }, registeredAt };
  });
}

/**
 * The `limit` most recently registered revisions (undated ones last, ties by ARN); in listing
 * order when no revision has a date. A null or non-positive limit keeps every revision.
 */
function newestSelection(described: DescribedTaskDefinition[], limit: number | null): DescribedTaskDefinition[] {
  const ordered = described.some((item) => item.registeredAt)
    ? [...described].sort((a, b) => {
        if (!a.registeredAt || !b.registeredAt) return (a.registeredAt ? 0 : 1) - (b.registeredAt ? 0 : 1);
        return b.registeredAt.getTime() - a.registeredAt.getTime() || (a.definition.arn < b.definition.arn ? -1 : a.definition.arn > b.definition.arn ? 1 : 0);
      })
    : described;
  return limit !== null && limit > 0 ? ordered.slice(0, limit) : ordered;
}

/**
 * Each task definition's container environments scanned for secrets, only when the secrets check
 * runs (no call of its own). A container's variables are scanned as one JSON object, a variable a
 * line, as Prowler presents them; detections on a line matching `secrets_ignore_patterns` are
 * dropped, and only the variable's name and the kind of secret are kept.
 */
const taskDefinitionSecrets = defineCollection<EcsTaskDefinitionSecrets, { taskDefinitions: typeof taskDefinitions }>({
  service: 'ecs',
  name: 'taskDefinitionSecrets',
  scope: 'global',
  needs: { taskDefinitions },
  async load(context, dependencies) {
    for (const failure of dependencies.taskDefinitions.listingFailures()) context.resources.fail({ region: failure.region, operation: failure.operation, message: failure.message });
    await readEach(dependencies.taskDefinitions.found(), async (definition) => {
      const secrets = await context.inRegion(definition.region).field('DescribeTaskDefinition', definition.arn, async () => {
        const { containers } = need(definition.details);
        const scanned = await Promise.all(
          containers.map(async (container) => ({ container: container.name, found: await environmentSecrets(container.environment, context.config.secrets_ignore_patterns) })),
        );
        return scanned.filter((container) => container.found.length > 0);
      });
      context.resources.add({ ...definition, secrets });
    });
  },
});

async function environmentSecrets(environment: readonly EcsEnvironmentVariable[], ignorePatterns: readonly string[]): Promise<{ variable: string; kind: string }[]> {
  if (environment.length === 0) return [];
  const variables = Object.fromEntries(environment.map((variable) => [variable.name, need(variable.value)]));
  const names = Object.keys(variables);
  // Line 1 is the opening brace: the variable on line n is the (n - 1)th.
  const found: DetectedSecret[] = await detectSecrets(JSON.stringify(variables, null, 2), ignorePatterns);
  return found.map((secret) => ({ variable: names[secret.line - 2] ?? 'unknown', kind: secret.kind }));
}

export default { clusters, services, taskSets, taskDefinitions, taskDefinitionSecrets };
