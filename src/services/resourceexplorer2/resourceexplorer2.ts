import { ResourceExplorer2Client, paginateListIndexes } from '@aws-sdk/client-resource-explorer-2';
import { z } from 'zod';
import { defineCollection } from '../collection.js';
import type { AwsResource } from '../resource-map.js';

/** A Resource Explorer index; `region` is the region it indexes, `id` the account (as Prowler reports it). */
export interface ResourceExplorerIndex extends AwsResource {
  /** LOCAL or AGGREGATOR. */
  type: string;
}

/** ListIndexes answers at most 100 indexes a page. */
const PAGE_SIZE = 100;

const IndexSchema = z.object({ Arn: z.string(), Region: z.string(), Type: z.string() });

/** ListIndexes answers with the indexes of every region wherever it is called, so it is called once, in the global region. */
const indexes = defineCollection<ResourceExplorerIndex>({
  service: 'resourceexplorer2',
  name: 'indexes',
  scope: 'global',
  async load(context) {
    const pages = paginateListIndexes({ client: context.client(ResourceExplorer2Client), pageSize: PAGE_SIZE }, {});
    for (const index of await context.items('ListIndexes', pages, (page) => page.Indexes, IndexSchema, 'Resource Explorer index')) {
      context.resources.add({ arn: index.Arn, id: context.account.id, region: index.Region, tags: {}, type: index.Type });
    }
  },
});

export default { indexes };
