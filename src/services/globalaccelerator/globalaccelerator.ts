import { GlobalAcceleratorClient, ListTagsForResourceCommand, paginateListAccelerators } from '@aws-sdk/client-global-accelerator';
import { z } from 'zod';
import { defineCollection, parse, tagRecord, type LoadContext } from '../collection.js';
import { readEach } from '../listing.js';
import type { AwsResource } from '../resource-map.js';

/** A Global Accelerator accelerator; `id` and `name` are its name, as Prowler reports it. */
export interface Accelerator extends AwsResource {
  enabled: boolean;
}

/** The only region where the Global Accelerator API answers, in the aws partition. */
const GLOBAL_ACCELERATOR_REGION = 'us-west-2';

/** ListAccelerators answers at most 100 accelerators per page. */
const ACCELERATOR_PAGE_SIZE = 100;

const AcceleratorSchema = z.object({ AcceleratorArn: z.string(), Name: z.string(), Enabled: z.boolean().default(false) });

const TagsSchema = z.object({ Tags: z.array(z.object({ Key: z.string().optional(), Value: z.string().optional() })).nullish() });

/**
 * The account's accelerators, read in us-west-2 whatever the scanned regions, since only there
 * does the API answer; outside the aws partition there is no Global Accelerator, as in Prowler.
 * Each accelerator's tags take a call of their own.
 */
const accelerators = defineCollection<Accelerator>({
  service: 'globalaccelerator',
  name: 'accelerators',
  scope: 'global',
  async load(globalContext) {
    if (globalContext.account.partition !== 'aws') return;
    const context = globalContext.inRegion(GLOBAL_ACCELERATOR_REGION);
    const client = context.client(GlobalAcceleratorClient);
    const pages = paginateListAccelerators({ client, pageSize: ACCELERATOR_PAGE_SIZE }, {});
    const listed = await context.items('ListAccelerators', pages, (page) => page.Accelerators, AcceleratorSchema, 'accelerator');
    const read = await readEach(listed, async (accelerator): Promise<Accelerator> => ({
      arn: accelerator.AcceleratorArn,
      id: accelerator.Name,
      name: accelerator.Name,
      region: context.region,
      tags: await readTags(context, client, accelerator.AcceleratorArn),
      enabled: accelerator.Enabled,
    }));
    for (const accelerator of read) context.resources.add(accelerator);
  },
});

/** Tags decide no verdict: a failed call is recorded and leaves them empty. */
async function readTags(context: LoadContext<Accelerator>, client: GlobalAcceleratorClient, arn: string): Promise<Record<string, string>> {
  let tags: Record<string, string> = {};
  await context.read('ListTagsForResource', async () => {
    tags = tagRecord(parse(TagsSchema, await client.send(new ListTagsForResourceCommand({ ResourceArn: arn })), 'accelerator tags').Tags);
  }, arn);
  return tags;
}

export default { accelerators };
