import { BatchClient, paginateDescribeJobDefinitions } from '@aws-sdk/client-batch';
import { z } from 'zod';
import { detectSecrets } from '../../secrets/detect.js';
import { defineCollection } from '../collection.js';
import { interleaved, readEach } from '../listing.js';
import { offersService } from '../regions.js';
import type { AwsResource } from '../resource-map.js';

/** DescribeJobDefinitions returns at most 100 job definitions a page. */
const PAGE_SIZE = 100;

/** Where a likely secret sits in a job definition's container: an environment variable, or the command. */
export type BatchSecretPlace = { variable: string } | { command: true };

/** An active job definition revision; `id` is `<name>:<revision>`, as Prowler reports it. */
export interface BatchJobDefinition extends AwsResource {
  name: string;
  revision: number;
  /** The likely secrets of its container's environment variables and command. */
  secrets: readonly (BatchSecretPlace & { kind: string })[];
}

const JobDefinitionSchema = z.object({
  jobDefinitionName: z.string(),
  jobDefinitionArn: z.string(),
  revision: z.number(),
  containerProperties: z
    .object({
      command: z.array(z.string()).nullish(),
      environment: z.array(z.object({ name: z.string(), value: z.string().nullish() })).nullish(),
    })
    .nullish(),
});

type ListedJobDefinition = z.infer<typeof JobDefinitionSchema>;

/**
 * The account's active job definitions, listed by DescribeJobDefinitions in every scanned region,
 * their container's environment variables and command scanned for secrets here (no other check
 * reads them), so that the values are never kept. Each variable is scanned on its own as a
 * one-entry JSON object and the command as its words joined by spaces, as Prowler presents them;
 * detections on a line matching `secrets_ignore_patterns` are dropped. Global because
 * `max_batch_job_definitions` (else `max_scanned_resources_per_service`) keeps only that many,
 * taken from the regions in turn as Prowler takes them; a non-positive or absent limit keeps all.
 */
const jobDefinitions = defineCollection<BatchJobDefinition>({
  service: 'batch',
  name: 'jobDefinitions',
  scope: 'global',
  async load(context) {
    const regions = context.account.regions.filter((region) => offersService('batch', region));
    const listings = await Promise.all(
      regions.map(async (region) => {
        const inRegion = context.inRegion(region);
        const pages = paginateDescribeJobDefinitions({ client: inRegion.client(BatchClient), pageSize: PAGE_SIZE }, { status: 'ACTIVE' });
        const listed = await inRegion.items('DescribeJobDefinitions', pages, (page) => page.jobDefinitions, JobDefinitionSchema, 'Batch job definition');
        return listed.map((definition) => ({ definition, region }));
      }),
    );
    const limit = context.config.max_batch_job_definitions ?? context.config.max_scanned_resources_per_service;
    const selected = interleaved(listings);
    await readEach(limit !== null && limit > 0 ? selected.slice(0, limit) : selected, async ({ definition, region }) => {
      context.resources.add({
        arn: definition.jobDefinitionArn,
        id: `${definition.jobDefinitionName}:${definition.revision}`,
        name: definition.jobDefinitionName,
        region,
        tags: {},
        revision: definition.revision,
        secrets: await containerSecrets(definition, context.config.secrets_ignore_patterns),
      });
    });
  },
});

async function containerSecrets(definition: ListedJobDefinition, ignorePatterns: readonly string[]): Promise<BatchJobDefinition['secrets']> {
  const container = definition.containerProperties;
  const inVariables = await readEach(container?.environment ?? [], async ({ name, value }) =>
    (await detectSecrets(JSON.stringify({ [name]: value ?? '' }, null, 2), ignorePatterns)).map(({ kind }) => ({ variable: name, kind })));
  const command = container?.command ?? [];
  const inCommand = command.length === 0 ? [] : (await detectSecrets(command.join(' '), ignorePatterns)).map(({ kind }) => ({ command: true as const, kind }));
  return [...inVariables.flat(), ...inCommand];
}

export default { jobDefinitions };
