import { CodePipelineClient, GetPipelineCommand, paginateListPipelines } from '@aws-sdk/client-codepipeline';
import { z } from 'zod';
import { defineCollection, parse } from '../collection.js';
import { perListedResource, readEach } from '../listing.js';
import { failureOf, need, unread, type AwsResource, type Field } from '../resource-map.js';

/** The largest page ListPipelines hands out. */
const PAGE_SIZE = 1000;
/** How long one anonymous look at a repository page may take. */
const PROBE_TIMEOUT_MS = 30_000;

/** A pipeline; `id` is its name. */
export interface Pipeline extends AwsResource {
  name: string;
  /** The first action of the first stage, where Prowler takes the pipeline's source from. */
  source: Field<PipelineSource | null>;
}

export interface PipelineSource {
  /** The action's provider ("CodeStarSourceConnection", "S3", "CodeCommit"...). */
  provider: string;
  /** The connection's owner/repository, '' when the action names none. */
  repositoryId: string;
}

/** A pipeline whose source is a repository behind a CodeStar connection, with what anyone can see of it. */
export interface PipelineRepository extends AwsResource {
  name: string;
  repositoryId: string;
  /** The first of the GitHub and GitLab addresses that answers anonymously; null when neither does. */
  publicUrl: Field<string | null>;
}

const PipelineSummarySchema = z.object({ name: z.string() });

const PipelineSchema = z.object({
  pipeline: z.object({
    stages: z.array(
      z.object({
        actions: z.array(z.object({ actionTypeId: z.object({ provider: z.string() }), configuration: z.record(z.string(), z.string()).nullish() })),
      }),
    ),
  }),
});

/** The region's pipelines, each with its source: one GetPipeline per pipeline. */
const pipelines = defineCollection<Pipeline>({
  service: 'codepipeline',
  name: 'pipelines',
  scope: 'regional',
  async load(context) {
    const client = context.client(CodePipelineClient);
    const pages = paginateListPipelines({ client, pageSize: PAGE_SIZE }, {});
    const listed = await context.items('ListPipelines', pages, (page) => page.pipelines, PipelineSummarySchema, 'pipeline');
    await readEach(listed, async ({ name }) => {
      const arn = context.arn('codepipeline', name);
      const source = await context.field('GetPipeline', arn, async () => {
        const { pipeline } = parse(PipelineSchema, await client.send(new GetPipelineCommand({ name })), 'pipeline');
        const action = pipeline.stages[0]?.actions[0];
        return action ? { provider: action.actionTypeId.provider, repositoryId: action.configuration?.FullRepositoryId ?? '' } : null;
      });
      context.resources.add({ arn, id: name, name, region: context.region, tags: {}, source });
    });
  },
});

const CONNECTION_SOURCE = 'CodeStarSourceConnection';

/**
 * Whether each connection-sourced repository is public: an anonymous HEAD request to its GitHub
 * address, then (when that is not public) to its GitLab address, as Prowler looks. Made only when
 * the check runs; a request that fails or times out leaves the answer unread.
 */
const repositories = perListedResource<PipelineRepository, Pipeline>({
  service: 'codepipeline',
  name: 'repositories',
  scope: 'regional',
  listed: pipelines,
  operation: 'ListPipelines',
  // A pipeline whose source could not be read is kept, to be reported unread.
  selects: (pipeline) => failureOf(pipeline.source) !== undefined || isConnectionSource(need(pipeline.source)),
  async read(context, pipeline) {
    const resource = { arn: pipeline.arn, id: pipeline.id, name: pipeline.name, region: pipeline.region, tags: pipeline.tags };
    const failure = failureOf(pipeline.source);
    if (failure) return { ...resource, repositoryId: '', publicUrl: unread(failure) };
    const repositoryId = need(pipeline.source)?.repositoryId ?? '';
    const publicUrl = await context.field('anonymous repository request', pipeline.arn, async () => {
      for (const host of ['https://github.com', 'https://gitlab.com']) {
        const url = `${host}/${repositoryId}`;
        if (await answersAnonymously(url)) return url;
      }
      return null;
    });
    return { ...resource, repositoryId, publicUrl };
  },
});

/** Prowler judges only sources that name a repository behind a connection. */
function isConnectionSource(source: PipelineSource | null): boolean {
  return source?.provider === CONNECTION_SOURCE && source.repositoryId !== '';
}

/**
 * Whether a repository page loads without signing in: a success that does not land on a sign-in
 * page. A client error (GitHub answers 404 for private repositories) means not public; anything
 * else that is not an answer throws, so the repository is reported unread rather than private.
 */
async function answersAnonymously(url: string): Promise<boolean> {
  const response = await fetch(url.replace(/\.git$/, ''), { method: 'HEAD', redirect: 'follow', signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
  if (response.status >= 400 && response.status < 500 && response.status !== 429) return false;
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
  return !response.url.endsWith('sign_in');
}

export default { pipelines, repositories };
