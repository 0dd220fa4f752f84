import {
  BedrockClient,
  GetCustomModelCommand,
  GetGuardrailCommand,
  GetModelInvocationLoggingConfigurationCommand,
  ListTagsForResourceCommand,
  paginateListCustomModels,
  paginateListGuardrails,
} from '@aws-sdk/client-bedrock';
import { z } from 'zod';
import { defineCollection, parse } from '../collection.js';
import { perListedResource, readEach } from '../listing.js';
import type { AwsResource, Field } from '../resource-map.js';
import agents from './agents.js';

export type * from './agents.js';

/**
 * A region's model invocation logging, reported as Prowler reports it: under
 * `arn:…:bedrock:<region>:<account>:model-invocation-logging`, with that last word as its ID.
 */
export interface ModelInvocationLogging extends AwsResource {
  /** Whether the region has any logging configuration at all. */
  enabled: boolean;
  /** The CloudWatch Logs group invocations are delivered to; null when none. */
  cloudWatchLogGroup: string | null;
  /** The S3 bucket invocations are delivered to; null when none. */
  s3Bucket: string | null;
}

/** A guardrail (its working draft, which is what ListGuardrails lists); `id` is the guardrail ID. */
export interface Guardrail extends AwsResource {
  name: string;
}

/** One filter of a guardrail's contextual grounding policy. */
export interface ContextualGroundingFilter {
  /** GROUNDING or RELEVANCE. */
  type: string;
  threshold: number;
  /** BLOCK or NONE; null when the guardrail does not say. */
  action: string | null;
  /** null when the guardrail does not say. */
  enabled: boolean | null;
}

/** The parts of a guardrail's configuration the checks judge. */
export interface GuardrailFilters {
  /** Whether a sensitive information (PII or regex) policy is configured. */
  sensitiveInformation: boolean;
  /** The input strength of its prompt attack filter (NONE when the filter gives none); null without one. */
  promptAttackStrength: string | null;
  contextualGrounding: ContextualGroundingFilter[];
}

export interface GuardrailPolicies extends Guardrail {
  filters: Field<GuardrailFilters>;
}

/** A customized (fine-tuned or distilled) model this account owns; `id` is its name, as Prowler reports it. */
export interface CustomModel extends AwsResource {
  name: string;
  /** The customer managed key its weights are encrypted with; null under an AWS owned key. */
  kmsKeyArn: Field<string | null>;
}

/** Bedrock's list calls hand out at most 1000 items a page. */
export const BEDROCK_PAGE_SIZE = 1000;

const LoggingConfigSchema = z.object({
  loggingConfig: z
    .object({
      cloudWatchConfig: z.object({ logGroupName: z.string().nullish() }).nullish(),
      s3Config: z.object({ bucketName: z.string().nullish() }).nullish(),
    })
    .passthrough()
    .nullish(),
});

const GuardrailSchema = z.object({ id: z.string(), arn: z.string(), name: z.string() });
const TagListSchema = z.object({ tags: z.array(z.object({ key: z.string(), value: z.string() })).nullish() });

const GuardrailDetailSchema = z.object({
  sensitiveInformationPolicy: z.unknown().optional(),
  contentPolicy: z.object({ filters: z.array(z.object({ type: z.string(), inputStrength: z.string().nullish() })).nullish() }).nullish(),
  contextualGroundingPolicy: z
    .object({
      filters: z
        .array(z.object({ type: z.string(), threshold: z.number(), action: z.string().nullish(), enabled: z.boolean().nullish() }))
        .nullish(),
    })
    .nullish(),
});

const CustomModelSchema = z.object({ modelArn: z.string(), modelName: z.string() });
const CustomModelDetailSchema = z.object({ modelKmsKeyArn: z.string().nullish() });

/** One GetModelInvocationLoggingConfiguration per region. */
const loggingConfigurations = defineCollection<ModelInvocationLogging>({
  service: 'bedrock',
  name: 'loggingConfigurations',
  scope: 'regional',
  async load(context) {
    await context.read('GetModelInvocationLoggingConfiguration', async () => {
      const response = await context.client(BedrockClient).send(new GetModelInvocationLoggingConfigurationCommand({}));
      const config = parse(LoggingConfigSchema, response, 'model invocation logging configuration').loggingConfig;
      // Some endpoints answer an empty object rather than nothing when logging was never set up.
      const enabled = Object.values(config ?? {}).some((value) => value !== undefined && value !== null);
      context.resources.add({
        arn: context.arn('bedrock', 'model-invocation-logging'),
        id: 'model-invocation-logging',
        region: context.region,
        tags: {},
        enabled,
        cloudWatchLogGroup: config?.cloudWatchConfig?.logGroupName ?? null,
        s3Bucket: config?.s3Config?.bucketName ?? null,
      });
    });
  },
});

/** Guardrails with their tags (one ListTagsForResource each, since the listing carries none). */
const guardrails = defineCollection<Guardrail>({
  service: 'bedrock',
  name: 'guardrails',
  scope: 'regional',
  async load(context) {
    const client = context.client(BedrockClient);
    const pages = paginateListGuardrails({ client, pageSize: BEDROCK_PAGE_SIZE }, {});
    const listed = await context.items('ListGuardrails', pages, (page) => page.guardrails, GuardrailSchema, 'guardrail');
    await readEach(listed, async (guardrail) => {
      let tags: Record<string, string> = {};
      // Tags decide no verdict: unreadable ones are recorded and read as none.
      await context.read(
        'ListTagsForResource',
        async () => {
          const response = await client.send(new ListTagsForResourceCommand({ resourceARN: guardrail.arn }));
          tags = Object.fromEntries((parse(TagListSchema, response, 'guardrail tags').tags ?? []).map((tag) => [tag.key, tag.value]));
        },
        guardrail.arn,
      );
      context.resources.add({ arn: guardrail.arn, id: guardrail.id, name: guardrail.name, region: context.region, tags });
    });
  },
});

// GetGuardrail per guardrail: the listing does not say which filters a guardrail configures.
const guardrailPolicies = perListedResource<GuardrailPolicies, Guardrail>({
  service: 'bedrock',
  name: 'guardrailPolicies',
  scope: 'regional',
  listed: guardrails,
  operation: 'ListGuardrails',
  async read(context, guardrail) {
    const filters = await context.field('GetGuardrail', guardrail.arn, async (): Promise<GuardrailFilters> => {
      const response = await context.client(BedrockClient).send(new GetGuardrailCommand({ guardrailIdentifier: guardrail.id }));
      const detail = parse(GuardrailDetailSchema, response, 'guardrail');
      // As Prowler, the last prompt attack filter listed is the one that counts.
      const promptAttack = (detail.contentPolicy?.filters ?? []).filter((filter) => filter.type === 'PROMPT_ATTACK').at(-1);
      return {
        sensitiveInformation: detail.sensitiveInformationPolicy !== undefined && detail.sensitiveInformationPolicy !== null,
        promptAttackStrength: promptAttack ? (promptAttack.inputStrength ?? 'NONE') : null,
        contextualGrounding: (detail.contextualGroundingPolicy?.filters ?? []).map((filter) => ({
          type: filter.type,
          threshold: filter.threshold,
          action: filter.action ?? null,
          enabled: filter.enabled ?? null,
        })),
      };
    });
    return { ...guardrail, filters };
  },
});

/**
 * Custom models the account owns (isOwned: models shared in through RAM are keyed by their
 * owner), each with a GetCustomModel call for its key, which the listing does not carry; the only
 * check that reads custom models judges that key.
 */
const customModels = defineCollection<CustomModel>({
  service: 'bedrock',
  name: 'customModels',
  scope: 'regional',
  async load(context) {
    const client = context.client(BedrockClient);
    const pages = paginateListCustomModels({ client, pageSize: BEDROCK_PAGE_SIZE }, { isOwned: true });
    const listed = await context.items('ListCustomModels', pages, (page) => page.modelSummaries, CustomModelSchema, 'custom model');
    await readEach(listed, async (model) => {
      const kmsKeyArn = await context.field('GetCustomModel', model.modelArn, async () => {
        const response = await client.send(new GetCustomModelCommand({ modelIdentifier: model.modelArn }));
        return parse(CustomModelDetailSchema, response, 'custom model').modelKmsKeyArn ?? null;
      });
      context.resources.add({ arn: model.modelArn, id: model.modelName, name: model.modelName, region: context.region, tags: {}, kmsKeyArn });
    });
  },
});

export default { loggingConfigurations, guardrails, guardrailPolicies, customModels, ...agents };
