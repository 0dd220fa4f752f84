import { GetQueueAttributesCommand, SQSClient, paginateListQueues } from '@aws-sdk/client-sqs';
import { z } from 'zod';
import { defineCollection, parse, unlessAbsent } from '../collection.js';
import { readEach } from '../listing.js';
import { parsePolicyDocument, type PolicyDocument } from '../policy.js';
import type { AwsResource, Field } from '../resource-map.js';

/** ListQueues returns at most 1000 queue URLs a page. */
const QUEUES_PAGE_SIZE = 1000;

/** An SQS queue; `id` is its URL, as Prowler reports it, and `name` its name. */
export interface SqsQueue extends AwsResource {
  name: string;
  attributes: Field<SqsQueueAttributes>;
}

export interface SqsQueueAttributes {
  /** The access policy; null when the queue has none. */
  policy: PolicyDocument | null;
  /** The KMS key encrypting the queue; null when none is set. */
  kmsMasterKeyId: string | null;
  /** Whether SQS-managed server-side encryption (SSE-SQS) is on. */
  sqsManagedSse: boolean;
}

const AttributesSchema = z.object({ Attributes: z.record(z.string(), z.string()).nullish() });

/**
 * Every queue of the region with its attributes: ListQueues gives URLs only, and both queue
 * checks judge what GetQueueAttributes tells, so the listing reads them for each queue. A queue
 * deleted between the two calls is left out.
 */
const queues = defineCollection<SqsQueue>({
  service: 'sqs',
  name: 'queues',
  scope: 'regional',
  async load(context) {
    const client = context.client(SQSClient);
    const pages = paginateListQueues({ client, pageSize: QUEUES_PAGE_SIZE }, {});
    const urls = await context.items('ListQueues', pages, (page) => page.QueueUrls, z.string(), 'SQS queue URL');
    const read = await readEach(urls, async (url) => {
      const name = url.slice(url.lastIndexOf('/') + 1);
      const arn = context.arn('sqs', name);
      let deleted = false;
      const attributes = await context.field('GetQueueAttributes', arn, async () => {
        const response = await unlessAbsent(client.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['All'] })), 'QueueDoesNotExist', 'AWS.SimpleQueueService.NonExistentQueue');
        deleted = response === null;
        const values = (response && parse(AttributesSchema, response, 'SQS queue attributes').Attributes) ?? {};
        return {
          policy: values.Policy ? parsePolicyDocument(values.Policy) : null,
          kmsMasterKeyId: values.KmsMasterKeyId || null,
          sqsManagedSse: values.SqsManagedSseEnabled === 'true',
        };
      });
      return deleted ? null : { arn, id: url, name, region: context.region, tags: {}, attributes };
    });
    for (const queue of read) if (queue) context.resources.add(queue);
  },
});

export default { queues };
