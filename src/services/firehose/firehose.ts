import { DescribeDeliveryStreamCommand, FirehoseClient, ListDeliveryStreamsCommand } from '@aws-sdk/client-firehose';
import { z } from 'zod';
import { defineCollection, parse } from '../collection.js';
import { tokenPages, readEach } from '../listing.js';
import type { AwsResource, Field } from '../resource-map.js';

/** ListDeliveryStreams accepts a page of up to 10000 names. */
const LIST_PAGE_SIZE = 10000;

/** A Firehose stream; `id` and `name` are its name. */
export interface FirehoseStream extends AwsResource {
  configuration: Field<FirehoseStreamConfiguration>;
}

export interface FirehoseStreamConfiguration {
  /** Server-side encryption status: ENABLED, DISABLED, ENABLING...; DISABLED when AWS gives none. */
  encryptionStatus: string;
  /** DirectPut, KinesisStreamAsSource, MSKAsSource or DatabaseAsSource. */
  type: string;
  /** The MSK cluster it reads, for an MSK-sourced stream; null otherwise. */
  mskClusterArn: string | null;
}

const NamesPageSchema = z.object({ DeliveryStreamNames: z.array(z.string()), HasMoreDeliveryStreams: z.boolean().default(false) });

const DescriptionSchema = z.object({
  DeliveryStreamDescription: z.object({
    DeliveryStreamType: z.string().default(''),
    DeliveryStreamEncryptionConfiguration: z.object({ Status: z.string().default('DISABLED') }).nullish(),
    Source: z.object({ MSKSourceDescription: z.object({ MSKClusterARN: z.string().nullish() }).nullish() }).nullish(),
  }),
});

/**
 * Every Firehose stream of the region, each described by DescribeDeliveryStream: the service's one
 * check judges what only that call tells, so the listing carries it. The listing pages by the last
 * name seen, as the API has no token; ARNs are built as AWS writes them, since the listing gives
 * names only.
 */
const deliveryStreams = defineCollection<FirehoseStream>({
  service: 'firehose',
  name: 'deliveryStreams',
  scope: 'regional',
  async load(context) {
    const client = context.client(FirehoseClient);
    const names = new Set<string>();
    await context.read('ListDeliveryStreams', async () => {
      const pages = tokenPages(
        async (after) => parse(NamesPageSchema, await client.send(new ListDeliveryStreamsCommand({ Limit: LIST_PAGE_SIZE, ExclusiveStartDeliveryStreamName: after })), 'Firehose stream names'),
        (page) => (page.HasMoreDeliveryStreams ? page.DeliveryStreamNames.at(-1) : undefined),
      );
      for await (const page of pages) for (const name of page.DeliveryStreamNames) names.add(name);
    });
    const described = await readEach([...names], async (name): Promise<FirehoseStream> => {
      const arn = context.arn('firehose', `deliverystream/${name}`);
      const configuration = await context.field('DescribeDeliveryStream', arn, async () => {
        const response = await client.send(new DescribeDeliveryStreamCommand({ DeliveryStreamName: name }));
        const description = parse(DescriptionSchema, response, 'Firehose stream description').DeliveryStreamDescription;
        return {
          encryptionStatus: description.DeliveryStreamEncryptionConfiguration?.Status ?? 'DISABLED',
          type: description.DeliveryStreamType,
          mskClusterArn: description.Source?.MSKSourceDescription?.MSKClusterARN || null,
        };
      });
      return { arn, id: name, name, region: context.region, tags: {}, configuration };
    });
    for (const stream of described) context.resources.add(stream);
  },
});

export default { deliveryStreams };
