import { CloudFormationClient, paginateDescribeStacks } from '@aws-sdk/client-cloudformation';
import { z } from 'zod';
import { detectSecrets, type DetectedSecret } from '../../secrets/detect.js';
import { defineCollection, tagRecord } from '../collection.js';
import { perListedResource } from '../listing.js';
import { need, secret, type AwsResource, type Field } from '../resource-map.js';

/** A CloudFormation stack; its ARN is the stack ID, its `id` the stack name, as Prowler reports it. */
export interface Stack extends AwsResource {
  name: string;
  /** A `secret`: outputs can carry connection strings and keys. */
  outputs: Field<StackOutput[]>;
  /** The value of the BootstrapVersion output CDK's toolkit stack writes; null when there is none. */
  bootstrapVersion: string | null;
  terminationProtection: boolean;
  /** Whether another stack created this one (it has a root stack). */
  nested: boolean;
}

export interface StackOutput {
  key: string;
  value: string;
}

/** A stack with the likely secrets of its outputs; `line` of each secret is the output's 1-based position. */
export interface StackOutputSecrets extends AwsResource {
  name: string;
  outputCount: number;
  secrets: DetectedSecret[];
}

const StackSchema = z.object({
  StackId: z.string(),
  StackName: z.string(),
  Outputs: z.array(z.object({ OutputKey: z.string().nullish(), OutputValue: z.string().nullish() })).nullish(),
  EnableTerminationProtection: z.boolean().nullish(),
  RootId: z.string().nullish(),
  Tags: z.array(z.object({ Key: z.string(), Value: z.string() })).nullish(),
});

/**
 * Every live stack of the region. DescribeStacks without a stack name already gives each stack's
 * termination protection and root stack, so the per-stack DescribeStacks Prowler repeats is not made.
 */
const stacks = defineCollection<Stack>({
  service: 'cloudformation',
  name: 'stacks',
  scope: 'regional',
  async load(context) {
    const pages = paginateDescribeStacks({ client: context.client(CloudFormationClient) }, {});
    for (const stack of await context.items('DescribeStacks', pages, (page) => page.Stacks, StackSchema, 'CloudFormation stack')) {
      const outputs = (stack.Outputs ?? []).map((output) => ({ key: output.OutputKey ?? '', value: output.OutputValue ?? '' }));
      context.resources.add({
        arn: stack.StackId,
        id: stack.StackName,
        name: stack.StackName,
        region: context.region,
        tags: tagRecord(stack.Tags),
        outputs: secret(outputs),
        bootstrapVersion: outputs.find(({ key }) => key === 'BootstrapVersion')?.value ?? null,
        terminationProtection: stack.EnableTerminationProtection ?? false,
        nested: Boolean(stack.RootId),
      });
    }
  },
});

/**
 * Each stack's outputs scanned for secrets, here because detection is asynchronous; no AWS call
 * beyond the stack listing. Outputs are scanned as Prowler writes them, one `key:value` per line.
 */
const outputSecrets = perListedResource<StackOutputSecrets, Stack>({
  service: 'cloudformation',
  name: 'outputSecrets',
  scope: 'regional',
  listed: stacks,
  operation: 'DescribeStacks',
  async read(context, stack) {
    const outputs = need(stack.outputs);
    const text = outputs.map(({ key, value }) => `${key}:${value}\n`).join('');
    const secrets = outputs.length === 0 ? [] : await detectSecrets(text, context.config.secrets_ignore_patterns);
    return { arn: stack.arn, id: stack.id, name: stack.name, region: stack.region, tags: stack.tags, outputCount: outputs.length, secrets };
  },
});

export default { stacks, outputSecrets };
