import { DescribeStreamSummaryCommand, KinesisClient, paginateListStreams } from '@aws-sdk/client-kinesis';
import { z } from 'zod';
import { defineCollection, parse } from '../collection.js';
import { readEach } from '../listing.js';
import type { AwsResource, Field } from '../resource-map.js';

/** ListStreams hands out at most 100 streams a page. */
const LIST_STREAMS_PAGE_SIZE = 100;

/** A Kinesis data stream; `id` and `name` are its name. */
export interface KinesisStream extends AwsResource {
  /** ACTIVE, CREATING, DELETING or UPDATING. */
  status: string;
  /** Its server-side encryption and how long it keeps records, from the stream's own description. */
  settings: Field<KinesisStreamSettings>;
}

export interface KinesisStreamSettings {
  /** KMS or NONE. */
  encryptionType: string;
  retentionHours: number;
}

const StreamSummarySchema = z.object({ StreamARN: z.string(), StreamName: z.string(), StreamStatus: z.string().default('ACTIVE') });

const DescriptionSchema = z.object({
  StreamDescriptionSummary: z.object({ EncryptionType: z.string().default('NONE'), RetentionPeriodHours: z.number().default(24) }),
});

/**
 * Every stream of the region, each described by DescribeStreamSummary: both Kinesis checks judge
 * what only that call tells (encryption and retention), so the listing carries it.
 */
const streams = defineCollection<KinesisStream>({
  service: 'kinesis',
  name: 'streams',
  scope: 'regional',
  async load(context) {
    const client = context.client(KinesisClient);
    const pages = paginateListStreams({ client, pageSize: LIST_STREAMS_PAGE_SIZE }, {});
    const listed = await context.items('ListStreams', pages, (page) => page.StreamSummaries, StreamSummarySchema, 'Kinesis stream');
    // Some emulators repeat every summary on every page: one stream, one resource.
    const unique = new Map(listed.map((summary) => [summary.StreamARN, summary]));
    const described = await readEach([...unique.values()], async (summary): Promise<KinesisStream> => ({
      arn: summary.StreamARN,
      id: summary.StreamName,
      name: summary.StreamName,
      region: context.region,
      tags: {},
      status: summary.StreamStatus,
      settings: await context.field('DescribeStreamSummary', summary.StreamARN, async () => {
        const response = await client.send(new DescribeStreamSummaryCommand({ StreamARN: summary.StreamARN }));
        const description = parse(DescriptionSchema, response, 'Kinesis stream description').StreamDescriptionSummary;
        return { encryptionType: description.EncryptionType, retentionHours: description.RetentionPeriodHours };
      }),
    }));
    for (const stream of described) context.resources.add(stream);
  },
});

export default { streams };
