import {
  BatchGetBuildsCommand,
  BatchGetProjectsCommand,
  BatchGetReportGroupsCommand,
  CodeBuildClient,
  ListBuildsForProjectCommand,
  paginateListProjects,
  paginateListReportGroups,
} from '@aws-sdk/client-codebuild';
import { z } from 'zod';
import { detectSecrets } from '../../secrets/detect.js';
import { defineCollection, once, parse, tagRecord } from '../collection.js';
import { perListedResource, readEach } from '../listing.js';
import { failureOf, known, need, secret, unread, type AwsResource, type Field } from '../resource-map.js';

/** The most names or ARNs CodeBuild's Batch* calls take at once. */
const BATCH_SIZE = 100;
/** The largest page ListReportGroups hands out. */
const REPORT_GROUP_PAGE_SIZE = 100;

/** A CodeBuild project with the configuration BatchGetProjects returns; `id` is its name. */
export interface CodeBuildProject extends AwsResource {
  name: string;
  /** The primary source; null for projects without one (NO_SOURCE). */
  source: ProjectSource | null;
  secondarySources: ProjectSource[];
  /** The buildspec setting: inline YAML, a file path in the source, or '' for the default file. */
  buildspec: string;
  environmentVariables: EnvironmentVariable[];
  s3Logs: { enabled: boolean; location: string; encrypted: boolean };
  cloudWatchLogs: { enabled: boolean; groupName: string };
  /** The role builds run as ('' when none is set). */
  serviceRoleArn: string;
  /** PUBLIC_READ or PRIVATE; '' when AWS does not say. */
  visibility: string;
  /** The webhook's filter groups (each a list of filters that must all match); null without a webhook. */
  webhookFilterGroups: WebhookFilter[][] | null;
}

export interface ProjectSource {
  type: string;
  location: string;
}

export interface EnvironmentVariable {
  name: string;
  /** A `secret`: plaintext variables are where secrets leak. */
  value: Field<string>;
  /** PLAINTEXT, PARAMETER_STORE or SECRETS_MANAGER. */
  type: string;
}

export interface WebhookFilter {
  type: string;
  pattern: string;
}

/** When a project's latest build ended. */
export interface CodeBuildProjectActivity extends AwsResource {
  name: string;
  /** null when the project was never built, or its latest build has not ended. */
  lastBuildEnd: Field<Date | null>;
}

/** The likely secrets in a project's plaintext environment variables. */
export interface CodeBuildVariableSecrets extends AwsResource {
  name: string;
  secrets: { variable: string; kind: string }[];
}

/** A report group, with where its raw results are exported. */
export interface CodeBuildReportGroup extends AwsResource {
  name: string;
  /** NO_EXPORT or S3; null when the group has no export configuration. */
  export: { type: string; location: string; encryptionKey: string; encrypted: boolean } | null;
}

const SourceSchema = z.object({ type: z.string(), location: z.string().nullish(), buildspec: z.string().nullish() });

const ProjectSchema = z.object({
  name: z.string(),
  arn: z.string(),
  source: SourceSchema,
  secondarySources: z.array(SourceSchema).nullish(),
  environment: z.object({ environmentVariables: z.array(z.object({ name: z.string(), value: z.string(), type: z.string().nullish() })).nullish() }).nullish(),
  logsConfig: z
    .object({
      s3Logs: z.object({ status: z.string().nullish(), location: z.string().nullish(), encryptionDisabled: z.boolean().nullish() }).nullish(),
      cloudWatchLogs: z.object({ status: z.string().nullish(), groupName: z.string().nullish() }).nullish(),
    })
    .nullish(),
  serviceRole: z.string().nullish(),
  projectVisibility: z.string().nullish(),
  webhook: z.object({ filterGroups: z.array(z.array(z.object({ type: z.string().nullish(), pattern: z.string().nullish() }))).nullish() }).nullish(),
  tags: z.array(z.object({ key: z.string().nullish(), value: z.string().nullish() })).nullish(),
});

const ProjectsPageSchema = z.object({ projects: z.array(ProjectSchema).nullish() });
const BuildsPageSchema = z.object({ builds: z.array(z.object({ id: z.string(), endTime: z.date().nullish() })).nullish() });

const ReportGroupSchema = z.object({
  arn: z.string(),
  exportConfig: z
    .object({
      exportConfigType: z.string().nullish(),
      s3Destination: z.object({ bucket: z.string().nullish(), path: z.string().nullish(), encryptionKey: z.string().nullish(), encryptionDisabled: z.boolean().nullish() }).nullish(),
    })
    .nullish(),
  tags: z.array(z.object({ key: z.string().nullish(), value: z.string().nullish() })).nullish(),
});
const ReportGroupsPageSchema = z.object({ reportGroups: z.array(ReportGroupSchema).nullish() });

const ENABLED = 'ENABLED';

/** Groups of at most BATCH_SIZE, for CodeBuild's Batch* calls. */
function batches<T>(items: readonly T[]): T[][] {
  const groups: T[][] = [];
  for (let start = 0; start < items.length; start += BATCH_SIZE) groups.push(items.slice(start, start + BATCH_SIZE));
  return groups;
}

const codeBuildTags = (tags: readonly { key?: string | null; value?: string | null }[] | null | undefined) =>
  tagRecord((tags ?? []).map(({ key, value }) => ({ Key: key ?? undefined, Value: value ?? undefined })));

/**
 * The region's projects: ListProjects for their names, then BatchGetProjects, 100 names a call,
 * for the configuration every check judges. A failed batch leaves the region unread.
 */
const projects = defineCollection<CodeBuildProject>({
  service: 'codebuild',
  name: 'projects',
  scope: 'regional',
  async load(context) {
    const client = context.client(CodeBuildClient);
    const names = await context.items('ListProjects', paginateListProjects({ client }, {}), (page) => page.projects, z.string(), 'project name');
    await context.read('BatchGetProjects', async () => {
      for (const batch of batches(names)) {
        const response = parse(ProjectsPageSchema, await client.send(new BatchGetProjectsCommand({ names: batch })), 'projects');
        for (const project of response.projects ?? []) context.resources.add(projectOf(project, context.arn('codebuild', `project/${project.name}`), context.region));
      }
    });
  },
});

function projectOf(project: z.infer<typeof ProjectSchema>, arn: string, region: string): CodeBuildProject {
  const sourceOf = (source: z.infer<typeof SourceSchema>): ProjectSource => ({ type: source.type, location: source.location ?? '' });
  const s3Logs = project.logsConfig?.s3Logs;
  const cloudWatchLogs = project.logsConfig?.cloudWatchLogs;
  return {
    arn,
    id: project.name,
    name: project.name,
    region,
    tags: codeBuildTags(project.tags),
    source: project.source.type === 'NO_SOURCE' ? null : sourceOf(project.source),
    secondarySources: (project.secondarySources ?? []).map(sourceOf),
    buildspec: project.source.buildspec ?? '',
    environmentVariables: (project.environment?.environmentVariables ?? []).map(({ name, value, type }) => ({ name, value: secret(value), type: type ?? 'PLAINTEXT' })),
    s3Logs: { enabled: s3Logs?.status === ENABLED, location: s3Logs?.location ?? '', encrypted: !(s3Logs?.encryptionDisabled ?? false) },
    cloudWatchLogs: { enabled: cloudWatchLogs?.status === ENABLED, groupName: cloudWatchLogs?.groupName ?? '' },
    serviceRoleArn: project.serviceRole ?? '',
    visibility: project.projectVisibility ?? '',
    webhookFilterGroups: project.webhook
      ? (project.webhook.filterGroups ?? []).map((group) => group.map((filter) => ({ type: filter.type ?? '', pattern: filter.pattern ?? '' })))
      : null,
  };
}

/**
 * When each project last finished a build: one ListBuildsForProject per project (its first page
 * starts with the latest build), then BatchGetBuilds, 100 build IDs a call. Made only when the
 * activity check runs.
 */
const activity = defineCollection<CodeBuildProjectActivity, { projects: typeof projects }>({
  service: 'codebuild',
  name: 'activity',
  scope: 'regional',
  needs: { projects },
  async load(context, dependencies) {
    await context.read('ListProjects', async () => {
      const client = context.client(CodeBuildClient);
      const listed = dependencies.projects.all(context.region);
      const latestBuilds = await readEach(listed, async (project) => ({
        project,
        buildId: await context.field('ListBuildsForProject', project.arn, async () => {
          const response = await client.send(new ListBuildsForProjectCommand({ projectName: project.name }));
          return response.ids?.[0] ?? null;
        }),
      }));
      const buildIds = latestBuilds.flatMap(({ buildId }) => (failureOf(buildId) ? [] : [need(buildId)])).filter((id): id is string => id !== null);
      const endTimes = new Map<string, () => Promise<Map<string, Date | null>>>();
      for (const batch of batches(buildIds)) {
        const read = once(async () => {
          const response = parse(BuildsPageSchema, await client.send(new BatchGetBuildsCommand({ ids: batch })), 'builds');
          return new Map((response.builds ?? []).map((build) => [build.id, build.endTime ?? null] as const));
        });
        for (const id of batch) endTimes.set(id, read);
      }
      for (const { project, buildId } of latestBuilds) {
        const lastBuildEnd = await lastBuildEndOf(buildId, (id) => context.field('BatchGetBuilds', project.arn, async () => (await endTimes.get(id)!()).get(id) ?? null));
        context.resources.add({ arn: project.arn, id: project.id, name: project.name, region: project.region, tags: project.tags, lastBuildEnd });
      }
    });
  },
});

/** Unread with the listing's failure, null for a project never built, else what `endOf` reads. */
async function lastBuildEndOf(buildId: Field<string | null>, endOf: (id: string) => Promise<Field<Date | null>>): Promise<Field<Date | null>> {
  const failure = failureOf(buildId);
  if (failure) return unread(failure);
  const id = need(buildId);
  return id === null ? known(null) : endOf(id);
}

/**
 * Each project's plaintext environment variables scanned for secrets, here because detection is
 * asynchronous; no AWS call beyond the project listing. Each variable is scanned on its own as the
 * one-line JSON object `{"NAME": "value"}` Prowler scans, skipping the names listed in
 * `excluded_sensitive_environment_variables`.
 */
const variableSecrets = perListedResource<CodeBuildVariableSecrets, CodeBuildProject>({
  service: 'codebuild',
  name: 'variableSecrets',
  scope: 'regional',
  listed: projects,
  operation: 'ListProjects',
  async read(context, project) {
    const excluded = new Set(context.config.excluded_sensitive_environment_variables);
    const scanned = project.environmentVariables.filter((variable) => variable.type === 'PLAINTEXT' && !excluded.has(variable.name));
    const perVariable = await readEach(scanned, async ({ name, value }) =>
      (await detectSecrets(`{${JSON.stringify(name)}: ${JSON.stringify(need(value))}}`, context.config.secrets_ignore_patterns)).map(({ kind }) => ({ variable: name, kind })));
    return { arn: project.arn, id: project.id, name: project.name, region: project.region, tags: project.tags, secrets: perVariable.flat() };
  },
});

/** The region's report groups: ListReportGroups, then BatchGetReportGroups, 100 ARNs a call. */
const reportGroups = defineCollection<CodeBuildReportGroup>({
  service: 'codebuild',
  name: 'reportGroups',
  scope: 'regional',
  async load(context) {
    const client = context.client(CodeBuildClient);
    const pages = paginateListReportGroups({ client, pageSize: REPORT_GROUP_PAGE_SIZE }, {});
    const arns = await context.items('ListReportGroups', pages, (page) => page.reportGroups, z.string(), 'report group ARN');
    await context.read('BatchGetReportGroups', async () => {
      for (const batch of batches(arns)) {
        const response = parse(ReportGroupsPageSchema, await client.send(new BatchGetReportGroupsCommand({ reportGroupArns: batch })), 'report groups');
        for (const group of response.reportGroups ?? []) {
          const name = group.arn.split(':').at(-1)?.split('/').at(-1) ?? group.arn;
          context.resources.add({ arn: group.arn, id: name, name, region: context.region, tags: codeBuildTags(group.tags), export: exportOf(group.exportConfig) });
        }
      }
    });
  },
});

function exportOf(config: z.infer<typeof ReportGroupSchema>['exportConfig']): CodeBuildReportGroup['export'] {
  if (!config) return null;
  const destination = config.s3Destination;
  return {
    type: config.exportConfigType ?? 'NO_EXPORT',
    location: destination?.bucket ? `s3://${destination.bucket}/${destination.path ?? ''}` : '',
    encryptionKey: destination?.encryptionKey ?? '',
    // AWS leaves encryptionDisabled out only when nothing is configured; Prowler then counts the export as unencrypted.
    encrypted: destination?.encryptionDisabled === false,
  };
}

export default { projects, activity, variableSecrets, reportGroups };
