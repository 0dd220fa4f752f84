import { CloudWatchClient, paginateDescribeAlarms } from '@aws-sdk/client-cloudwatch';
import {
  CloudWatchLogsClient,
  DescribeResourcePoliciesCommand,
  FilterLogEventsCommand,
  paginateDescribeLogGroups,
  paginateDescribeMetricFilters,
} from '@aws-sdk/client-cloudwatch-logs';
import { z } from 'zod';
import { detectSecrets } from '../../secrets/detect.js';
import { defineCollection, parse } from '../collection.js';
import { tokenPages, readEach } from '../listing.js';
import { parsePolicyDocument, type PolicyDocument } from '../policy.js';
import { offersService } from '../regions.js';
import type { AwsResource, Field } from '../resource-map.js';

/** A CloudWatch metric alarm; `id` is its name. */
export interface MetricAlarm extends AwsResource {
  /** The metric it watches; null for alarms on metric math expressions. */
  metricName: string | null;
  namespace: string | null;
  /** What the alarm notifies or runs when it enters the ALARM state. */
  alarmActions: string[];
  actionsEnabled: boolean;
}

/**
 * A CloudWatch Logs log group. `arn` is the ARN DescribeLogGroups gives, ending in `:*`, as
 * Prowler reports it; `id` is the group's name.
 */
export interface LogGroup extends AwsResource {
  name: string;
  /** Days events are kept; null when they never expire. */
  retentionDays: number | null;
  kmsKeyId: string | null;
  /** Milliseconds since the epoch; null when not given. */
  creationTime: number | null;
}

/** A metric filter: which log group's events it matches, with what pattern, into which metric. */
export interface MetricFilter extends AwsResource {
  logGroupName: string;
  /** The metric of its first transformation, the one alarms are matched against. */
  metricName: string;
  /** The filter pattern as stored; empty matches every event. */
  pattern: string;
}

/** A CloudWatch Logs resource policy of one region; `id` is the policy's name. */
export interface LogResourcePolicy extends AwsResource {
  policy: PolicyDocument;
}

/** One likely secret in a log group's recent events, never the secret itself. */
export interface LogEventSecret {
  logStream: string;
  /** When the event that holds it was logged, in milliseconds since the epoch. */
  timestamp: number;
  kind: string;
}

/** A log group with the likely secrets found in its most recent events. */
export interface LogGroupSecrets extends LogGroup {
  secrets: Field<LogEventSecret[]>;
}

/** The API behind log groups, metric filters and resource policies (see regions.ts). */
const LOGS_ENDPOINT = 'logs';

/** DescribeAlarms pages hold at most 100 alarms; the Logs describe calls at most 50 items. */
const ALARMS_PAGE_SIZE = 100;
const LOGS_PAGE_SIZE = 50;

/** As many recent events per log group as Prowler reads: one FilterLogEvents page of this size. */
const EVENTS_PER_LOG_GROUP = 1000;

const MetricAlarmSchema = z.object({
  AlarmArn: z.string(),
  AlarmName: z.string(),
  MetricName: z.string().nullish(),
  Namespace: z.string().nullish(),
  AlarmActions: z.array(z.string()).nullish(),
  ActionsEnabled: z.boolean().nullish(),
});

const alarms = defineCollection<MetricAlarm>({
  service: 'cloudwatch',
  name: 'alarms',
  scope: 'regional',
  async load(context) {
    // Composite alarms come in another list of the same answer; Prowler judges metric alarms only.
    const pages = paginateDescribeAlarms({ client: context.client(CloudWatchClient), pageSize: ALARMS_PAGE_SIZE }, {});
    const listed = await context.items('DescribeAlarms', pages, (page) => page.MetricAlarms, MetricAlarmSchema, 'metric alarm');
    for (const alarm of listed) {
      context.resources.add({
        arn: alarm.AlarmArn,
        id: alarm.AlarmName,
        name: alarm.AlarmName,
        region: context.region,
        tags: {},
        metricName: alarm.MetricName ?? null,
        namespace: alarm.Namespace ?? null,
        alarmActions: alarm.AlarmActions ?? [],
        actionsEnabled: alarm.ActionsEnabled ?? false,
      });
    }
  },
});

const LogGroupSchema = z.object({
  arn: z.string(),
  logGroupName: z.string(),
  retentionInDays: z.number().nullish(),
  kmsKeyId: z.string().nullish(),
  creationTime: z.number().nullish(),
});

/**
 * The account's log groups, listed in every scanned region that offers CloudWatch Logs. Global
 * because `max_cloudwatch_log_groups` (else `max_scanned_resources_per_service`) keeps only the
 * account's newest groups, whatever their region, as Prowler selects them; a non-positive or
 * absent limit keeps every group.
 */
const logGroups = defineCollection<LogGroup>({
  service: 'cloudwatch',
  name: 'logGroups',
  scope: 'global',
  endpoint: LOGS_ENDPOINT,
  async load(context) {
    const regions = context.account.regions.filter((region) => offersService(LOGS_ENDPOINT, region));
    const listings = await Promise.all(
      regions.map(async (region) => {
        const inRegion = context.inRegion(region);
        const pages = paginateDescribeLogGroups({ client: inRegion.client(CloudWatchLogsClient), pageSize: LOGS_PAGE_SIZE }, {});
        const listed = await inRegion.items('DescribeLogGroups', pages, (page) => page.logGroups, LogGroupSchema, 'log group');
        return listed.map(
          (group): LogGroup => ({
            arn: group.arn,
            id: group.logGroupName,
            name: group.logGroupName,
            region,
            tags: {},
            // Zero, like absence, means the events never expire.
            retentionDays: group.retentionInDays || null,
            kmsKeyId: group.kmsKeyId || null,
            creationTime: group.creationTime ?? null,
          }),
        );
      }),
    );
    const limit = context.config.max_cloudwatch_log_groups ?? context.config.max_scanned_resources_per_service;
    const newestFirst = listings.flat().sort((a, b) => (b.creationTime ?? 0) - (a.creationTime ?? 0));
    for (const group of limit !== null && limit > 0 ? newestFirst.slice(0, limit) : newestFirst) context.resources.add(group);
  },
});

const MetricFilterSchema = z.object({
  filterName: z.string(),
  logGroupName: z.string(),
  filterPattern: z.string().nullish(),
  metricTransformations: z.array(z.object({ metricName: z.string() })).min(1),
});

const metricFilters = defineCollection<MetricFilter>({
  service: 'cloudwatch',
  name: 'metricFilters',
  scope: 'regional',
  endpoint: LOGS_ENDPOINT,
  async load(context) {
    const pages = paginateDescribeMetricFilters({ client: context.client(CloudWatchLogsClient), pageSize: LOGS_PAGE_SIZE }, {});
    const listed = await context.items('DescribeMetricFilters', pages, (page) => page.metricFilters, MetricFilterSchema, 'metric filter');
    for (const filter of listed) {
      context.resources.add({
        arn: context.arn('logs', `metric-filter/${filter.filterName}`),
        id: filter.filterName,
        name: filter.filterName,
        region: context.region,
        tags: {},
        logGroupName: filter.logGroupName,
        metricName: filter.metricTransformations[0]!.metricName,
        pattern: filter.filterPattern ?? '',
      });
    }
  },
});

const ResourcePolicySchema = z.object({
  policyName: z.string(),
  policyDocument: z.string().transform((text, ctx) => {
    try {
      return parsePolicyDocument(text);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'not a policy document' });
      return z.NEVER;
    }
  }),
});

const logResourcePolicies = defineCollection<LogResourcePolicy>({
  service: 'cloudwatch',
  name: 'logResourcePolicies',
  scope: 'regional',
  endpoint: LOGS_ENDPOINT,
  async load(context) {
    const client = context.client(CloudWatchLogsClient);
    const pages = tokenPages(
      (nextToken) => client.send(new DescribeResourcePoliciesCommand({ limit: LOGS_PAGE_SIZE, nextToken })),
      (page) => page.nextToken,
    );
    const listed = await context.items('DescribeResourcePolicies', pages, (page) => page.resourcePolicies, ResourcePolicySchema, 'log resource policy');
    for (const policy of listed) {
      context.resources.add({
        arn: context.arn('logs', `resource-policy/${policy.policyName}`),
        id: policy.policyName,
        name: policy.policyName,
        region: context.region,
        tags: {},
        policy: policy.policyDocument,
      });
    }
  },
});

const LogEventSchema = z.object({ logStreamName: z.string(), timestamp: z.number(), message: z.string() });

type LogEvent = z.infer<typeof LogEventSchema>;

/**
 * The likely secrets in each listed log group's most recent events. One FilterLogEvents call per
 * group, bounded to its first page of up to 1000 events as Prowler reads, and only when the
 * secrets check runs. Each stream's events are scanned as one text, one JSON-quoted message a
 * line; detections on a line matching `secrets_ignore_patterns` are dropped, and only where and
 * what kind of secret is kept, never the events.
 */
const logGroupSecrets = defineCollection<LogGroupSecrets, { logGroups: typeof logGroups }>({
  service: 'cloudwatch',
  name: 'logGroupSecrets',
  scope: 'global',
  endpoint: LOGS_ENDPOINT,
  needs: { logGroups },
  async load(context, dependencies) {
    const regions = context.account.regions.filter((region) => offersService(LOGS_ENDPOINT, region));
    await Promise.all(
      regions.map(async (region) => {
        const inRegion = context.inRegion(region);
        // A region whose log groups could not be listed fails here too, and only that region.
        await inRegion.read('DescribeLogGroups', async () => {
          const client = inRegion.client(CloudWatchLogsClient);
          await readEach(dependencies.logGroups.all(region), async (group) => {
            const secrets = await inRegion.field('FilterLogEvents', group.arn, async () => {
              const response = await client.send(new FilterLogEventsCommand({ logGroupName: group.name, limit: EVENTS_PER_LOG_GROUP }));
              const events = (response.events ?? []).map((event) => parse(LogEventSchema, event, 'log event'));
              return secretsInEvents(events, context.config.secrets_ignore_patterns);
            });
            context.resources.add({ ...group, secrets });
          });
        });
      }),
    );
  },
});

async function secretsInEvents(events: readonly LogEvent[], ignorePatterns: readonly string[]): Promise<LogEventSecret[]> {
  const byStream = new Map<string, LogEvent[]>();
  for (const event of events) byStream.set(event.logStreamName, [...(byStream.get(event.logStreamName) ?? []), event]);
  const perStream = await readEach([...byStream], async ([logStream, streamEvents]) => {
    const detected = await detectSecrets(streamEvents.map((event) => JSON.stringify(event.message)).join('\n'), ignorePatterns);
    return detected.map((secret) => ({ logStream, timestamp: streamEvents[secret.line - 1]?.timestamp ?? 0, kind: secret.kind }));
  });
  return perStream.flat();
}

export default { alarms, logGroups, metricFilters, logResourcePolicies, logGroupSecrets };
