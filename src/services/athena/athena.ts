import { AthenaClient, GetWorkGroupCommand, ListQueryExecutionsCommand, paginateListWorkGroups } from '@aws-sdk/client-athena';
import { z } from 'zod';
import { defineCollection, parse } from '../collection.js';
import { perListedResource } from '../listing.js';
import { known, mapField, type AwsResource, type Field } from '../resource-map.js';

/** An Athena workgroup; `id` is its name. */
export interface AthenaWorkgroup extends AwsResource {
  name: string;
  /** ENABLED or DISABLED. */
  state: string;
}

/** A workgroup with its configuration and whether it has run queries. */
export interface AthenaWorkgroupDetails extends AthenaWorkgroup {
  /** SSE_S3, SSE_KMS or CSE_KMS when query results are encrypted, null otherwise. */
  resultEncryption: Field<string | null>;
  enforceConfiguration: Field<boolean>;
  publishesCloudWatchMetrics: Field<boolean>;
  /** AWS still lists a query execution of the workgroup. Always false for a disabled workgroup (see below). */
  hasQueries: Field<boolean>;
}

/** ListWorkGroups caps its page at 50. */
const WORKGROUP_PAGE_SIZE = 50;

const RESULT_ENCRYPTION_OPTIONS = new Set(['SSE_S3', 'SSE_KMS', 'CSE_KMS']);

const WorkgroupSummarySchema = z.object({ Name: z.string(), State: z.string().nullish() });

const WorkgroupSchema = z.object({
  WorkGroup: z.object({
    Configuration: z
      .object({
        EnforceWorkGroupConfiguration: z.boolean().nullish(),
        PublishCloudWatchMetricsEnabled: z.boolean().nullish(),
        ResultConfiguration: z.object({ EncryptionConfiguration: z.object({ EncryptionOption: z.string().nullish() }).nullish() }).nullish(),
      })
      .nullish(),
  }),
});

const QueryExecutionsSchema = z.object({ QueryExecutionIds: z.array(z.string()).nullish() });

const workgroups = defineCollection<AthenaWorkgroup>({
  service: 'athena',
  name: 'workgroups',
  scope: 'regional',
  async load(context) {
    const pages = paginateListWorkGroups({ client: context.client(AthenaClient), pageSize: WORKGROUP_PAGE_SIZE }, {});
    for (const workgroup of await context.items('ListWorkGroups', pages, (page) => page.WorkGroups, WorkgroupSummarySchema, 'Athena workgroup')) {
      context.resources.add({
        arn: context.arn('athena', `workgroup/${workgroup.Name}`),
        id: workgroup.Name,
        name: workgroup.Name,
        region: context.region,
        tags: {},
        state: workgroup.State ?? '',
      });
    }
  },
});

/**
 * Per workgroup: GetWorkGroup for its configuration, and ListQueryExecutions asking for one query
 * to learn whether it is used. A disabled workgroup is judged only when unused resources are
 * scanned, where its queries do not matter, so its queries are not listed.
 */
const workgroupDetails = perListedResource<AthenaWorkgroupDetails, AthenaWorkgroup>({
  service: 'athena',
  name: 'workgroupDetails',
  scope: 'regional',
  listed: workgroups,
  operation: 'ListWorkGroups',
  async read(context, workgroup) {
    const client = context.client(AthenaClient);
    const configuration = await context.field('GetWorkGroup', workgroup.arn, async () => {
      const response = await client.send(new GetWorkGroupCommand({ WorkGroup: workgroup.name }));
      return parse(WorkgroupSchema, response, 'Athena workgroup').WorkGroup.Configuration ?? {};
    });
    return {
      ...workgroup,
      resultEncryption: mapField(configuration, (value) => {
        const option = value.ResultConfiguration?.EncryptionConfiguration?.EncryptionOption;
        return option && RESULT_ENCRYPTION_OPTIONS.has(option) ? option : null;
      }),
      enforceConfiguration: mapField(configuration, (value) => value.EnforceWorkGroupConfiguration ?? false),
      publishesCloudWatchMetrics: mapField(configuration, (value) => value.PublishCloudWatchMetricsEnabled ?? false),
      hasQueries:
        workgroup.state === 'ENABLED'
          ? await context.field('ListQueryExecutions', workgroup.arn, async () => {
              const response = await client.send(new ListQueryExecutionsCommand({ WorkGroup: workgroup.name, MaxResults: 1 }));
              return (parse(QueryExecutionsSchema, response, 'Athena query executions').QueryExecutionIds ?? []).length > 0;
            })
          : known(false),
    };
  },
});

export default { workgroups, workgroupDetails };
