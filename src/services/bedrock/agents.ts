import {
  BedrockAgentClient,
  GetAgentCommand,
  GetAgentVersionCommand,
  GetDataSourceCommand,
  GetPromptCommand,
  ListTagsForResourceCommand,
  paginateListAgentAliases,
  paginateListAgents,
  paginateListDataSources,
  paginateListKnowledgeBases,
  paginateListPrompts,
} from '@aws-sdk/client-bedrock-agent';
import { z } from 'zod';
import { defineCollection, parse } from '../collection.js';
import { perListedResource, readEach } from '../listing.js';
import { failureOf, mapField, need, type AwsResource, type Field } from '../resource-map.js';

/*
 * Collections of the Bedrock Agent API. The region table has no entry of its own for it, so each
 * collection is read where Bedrock itself is offered.
 */
const ENDPOINT = 'bedrock';

/** The agent API's list calls hand out at most 1000 items a page. */
const PAGE_SIZE = 1000;

/**
 * An agent. AWS gives its ARN only in GetAgent; the listing's agent ID builds the same ARN, as
 * Prowler builds it, so that every agent check needs no call beyond the listing.
 */
export interface BedrockAgent extends AwsResource {
  name: string;
  /** The guardrail protecting its sessions; null when none. */
  guardrailId: string | null;
}

export interface BedrockAgentRole extends BedrockAgent {
  /** The execution role of the agent's working draft; null when it has none. */
  roleArn: Field<string | null>;
}

/** The execution roles of the agent versions its aliases can invoke. */
export interface DeployedRoles {
  /** Role ARN (null when the version names none) by agent version. */
  byVersion: Record<string, string | null>;
  /**
   * False while an alias is being created or updated: the version it will route to is not yet
   * known, so the list may be missing one.
   */
  complete: boolean;
}

export interface BedrockAgentDeployedRoles extends BedrockAgent {
  deployedRoles: Field<DeployedRoles>;
}

/** A prompt of Prompt Management (its draft); `id` is the prompt ID. */
export interface BedrockPrompt extends AwsResource {
  name: string;
}

export interface BedrockPromptEncryption extends BedrockPrompt {
  /** The customer managed key the prompt is encrypted with; null under an AWS owned key. */
  customerKeyArn: Field<string | null>;
}

/** A knowledge base, under the ARN Prowler builds from its ID (`…:knowledge-base/<id>`). */
export interface KnowledgeBase extends AwsResource {
  name: string;
}

/**
 * A data source of a knowledge base. AWS gives it no ARN; as in Prowler, it is reported under its
 * knowledge base's ARN followed by `/data-source/<id>`.
 */
export interface KnowledgeBaseDataSource {
  arn: string;
  id: string;
  name: string;
  /** The customer managed key its transient ingestion data is encrypted with; null when none. */
  kmsKeyArn: string | null;
}

export interface KnowledgeBaseDataSources extends KnowledgeBase {
  dataSources: Field<KnowledgeBaseDataSource[]>;
}

const AgentSummarySchema = z.object({
  agentId: z.string(),
  agentName: z.string(),
  guardrailConfiguration: z.object({ guardrailIdentifier: z.string().nullish() }).nullish(),
});
const TagMapSchema = z.object({ tags: z.record(z.string(), z.string()).nullish() });
const AgentSchema = z.object({ agent: z.object({ agentResourceRoleArn: z.string().nullish() }) });
const AgentVersionSchema = z.object({ agentVersion: z.object({ agentResourceRoleArn: z.string().nullish() }) });
const AliasSchema = z.object({
  agentAliasStatus: z.string(),
  aliasInvocationState: z.string().nullish(),
  routingConfiguration: z.array(z.object({ agentVersion: z.string().nullish() })).nullish(),
});
const PromptSummarySchema = z.object({ id: z.string(), name: z.string(), arn: z.string() });
const PromptSchema = z.object({ customerEncryptionKeyArn: z.string().nullish() });
const KnowledgeBaseSchema = z.object({ knowledgeBaseId: z.string(), name: z.string() });
const DataSourceSummarySchema = z.object({ dataSourceId: z.string(), name: z.string() });
const DataSourceSchema = z.object({
  dataSource: z.object({ serverSideEncryptionConfiguration: z.object({ kmsKeyArn: z.string().nullish() }).nullish() }),
});

/** Agents, with their tags (one ListTagsForResource each, since the listing carries none). */
const agents = defineCollection<BedrockAgent>({
  service: 'bedrock',
  name: 'agents',
  scope: 'regional',
  endpoint: ENDPOINT,
  async load(context) {
    const client = context.client(BedrockAgentClient);
    const pages = paginateListAgents({ client, pageSize: PAGE_SIZE }, {});
    const listed = await context.items('ListAgents', pages, (page) => page.agentSummaries, AgentSummarySchema, 'agent');
    await readEach(listed, async (summary) => {
      const arn = context.arn('bedrock', `agent/${summary.agentId}`);
      let tags: Record<string, string> = {};
      // Tags decide no verdict: unreadable ones are recorded and read as none.
      await context.read(
        'ListTagsForResource',
        async () => {
          tags = parse(TagMapSchema, await client.send(new ListTagsForResourceCommand({ resourceArn: arn })), 'agent tags').tags ?? {};
        },
        arn,
      );
      const guardrailId = summary.guardrailConfiguration?.guardrailIdentifier ?? null;
      context.resources.add({ arn, id: summary.agentId, name: summary.agentName, region: context.region, tags, guardrailId });
    });
  },
});

// GetAgent per agent: only it names the working draft's execution role.
const agentRoles = perListedResource<BedrockAgentRole, BedrockAgent>({
  service: 'bedrock',
  name: 'agentRoles',
  scope: 'regional',
  endpoint: ENDPOINT,
  listed: agents,
  operation: 'ListAgents',
  async read(context, agent) {
    const roleArn = await context.field('GetAgent', agent.arn, async () => {
      const response = await context.client(BedrockAgentClient).send(new GetAgentCommand({ agentId: agent.id }));
      return parse(AgentSchema, response, 'agent').agent.agentResourceRoleArn ?? null;
    });
    return { ...agent, roleArn };
  },
});

/** Alias states in which the version an alias routes to is not settled yet. */
const SETTLING_ALIAS_STATUSES = new Set(['CREATING', 'UPDATING']);

/**
 * A version keeps the role it was cut with, so an alias can invoke a role the draft no longer
 * has: ListAgentAliases per agent, then GetAgentVersion per version an invocable alias routes to.
 * An alias routing at DRAFT runs the draft, whose role GetAgent reads.
 */
const agentDeployedRoles = perListedResource<BedrockAgentDeployedRoles, BedrockAgent>({
  service: 'bedrock',
  name: 'agentDeployedRoles',
  scope: 'regional',
  endpoint: ENDPOINT,
  listed: agents,
  operation: 'ListAgents',
  async read(context, agent) {
    const client = context.client(BedrockAgentClient);
    const routing = await context.field('ListAgentAliases', agent.arn, async () => {
      const versions = new Set<string>();
      let complete = true;
      const pages = paginateListAgentAliases({ client, pageSize: PAGE_SIZE }, { agentId: agent.id });
      for await (const page of pages) {
        for (const alias of (page.agentAliasSummaries ?? []).map((raw) => parse(AliasSchema, raw, 'agent alias'))) {
          if (SETTLING_ALIAS_STATUSES.has(alias.agentAliasStatus)) complete = false;
          if (alias.agentAliasStatus !== 'PREPARED' || alias.aliasInvocationState === 'REJECT_INVOCATIONS') continue;
          for (const route of alias.routingConfiguration ?? []) if (route.agentVersion && route.agentVersion !== 'DRAFT') versions.add(route.agentVersion);
        }
      }
      return { versions: [...versions].sort(), complete };
    });
    const deployedRoles = failureOf(routing)
      ? mapField(routing, (): DeployedRoles => ({ byVersion: {}, complete: false }))
      : await context.field('GetAgentVersion', agent.arn, async (): Promise<DeployedRoles> => {
          const { versions, complete } = need(routing);
          const roles = await readEach(versions, async (version) => {
            const response = await client.send(new GetAgentVersionCommand({ agentId: agent.id, agentVersion: version }));
            return [version, parse(AgentVersionSchema, response, 'agent version').agentVersion.agentResourceRoleArn ?? null] as const;
          });
          return { byVersion: Object.fromEntries(roles), complete };
        });
    return { ...agent, deployedRoles };
  },
});

const prompts = defineCollection<BedrockPrompt>({
  service: 'bedrock',
  name: 'prompts',
  scope: 'regional',
  endpoint: ENDPOINT,
  async load(context) {
    const pages = paginateListPrompts({ client: context.client(BedrockAgentClient), pageSize: PAGE_SIZE }, {});
    for (const prompt of await context.items('ListPrompts', pages, (page) => page.promptSummaries, PromptSummarySchema, 'prompt')) {
      context.resources.add({ arn: prompt.arn, id: prompt.id, name: prompt.name, region: context.region, tags: {} });
    }
  },
});

// GetPrompt per prompt: the listing does not name the key.
const promptEncryption = perListedResource<BedrockPromptEncryption, BedrockPrompt>({
  service: 'bedrock',
  name: 'promptEncryption',
  scope: 'regional',
  endpoint: ENDPOINT,
  listed: prompts,
  operation: 'ListPrompts',
  async read(context, prompt) {
    const customerKeyArn = await context.field('GetPrompt', prompt.arn, async () => {
      const response = await context.client(BedrockAgentClient).send(new GetPromptCommand({ promptIdentifier: prompt.id }));
      return parse(PromptSchema, response, 'prompt').customerEncryptionKeyArn ?? null;
    });
    return { ...prompt, customerKeyArn };
  },
});

const knowledgeBases = defineCollection<KnowledgeBase>({
  service: 'bedrock',
  name: 'knowledgeBases',
  scope: 'regional',
  endpoint: ENDPOINT,
  async load(context) {
    const pages = paginateListKnowledgeBases({ client: context.client(BedrockAgentClient), pageSize: PAGE_SIZE }, {});
    const listed = await context.items('ListKnowledgeBases', pages, (page) => page.knowledgeBaseSummaries, KnowledgeBaseSchema, 'knowledge base');
    for (const base of listed) {
      const arn = context.arn('bedrock', `knowledge-base/${base.knowledgeBaseId}`);
      context.resources.add({ arn, id: base.knowledgeBaseId, name: base.name, region: context.region, tags: {} });
    }
  },
});

/**
 * The data sources of each knowledge base (ListDataSources), each with its key (GetDataSource
 * per data source, since the listing does not name it). Whatever fails leaves the knowledge base's
 * data sources unread as a whole, so the finding names the knowledge base.
 */
const knowledgeBaseDataSources = perListedResource<KnowledgeBaseDataSources, KnowledgeBase>({
  service: 'bedrock',
  name: 'knowledgeBaseDataSources',
  scope: 'regional',
  endpoint: ENDPOINT,
  listed: knowledgeBases,
  operation: 'ListKnowledgeBases',
  async read(context, base) {
    const client = context.client(BedrockAgentClient);
    const listed = await context.field('ListDataSources', base.arn, async () => {
      const summaries: z.infer<typeof DataSourceSummarySchema>[] = [];
      for await (const page of paginateListDataSources({ client, pageSize: PAGE_SIZE }, { knowledgeBaseId: base.id })) {
        for (const raw of page.dataSourceSummaries ?? []) summaries.push(parse(DataSourceSummarySchema, raw, 'data source'));
      }
      return summaries;
    });
    const dataSources = failureOf(listed)
      ? mapField(listed, (): KnowledgeBaseDataSource[] => [])
      : await context.field('GetDataSource', base.arn, () =>
          readEach(need(listed), async (summary): Promise<KnowledgeBaseDataSource> => {
            const response = await client.send(new GetDataSourceCommand({ knowledgeBaseId: base.id, dataSourceId: summary.dataSourceId }));
            const kmsKeyArn = parse(DataSourceSchema, response, 'data source').dataSource.serverSideEncryptionConfiguration?.kmsKeyArn ?? null;
            return { arn: `${base.arn}/data-source/${summary.dataSourceId}`, id: summary.dataSourceId, name: summary.name, kmsKeyArn };
          }),
        );
    return { ...base, dataSources };
  },
});

export default { agents, agentRoles, agentDeployedRoles, prompts, promptEncryption, knowledgeBases, knowledgeBaseDataSources };
