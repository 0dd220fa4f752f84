import { GetTopicAttributesCommand, SNSClient, paginateListSubscriptionsByTopic, paginateListTopics } from '@aws-sdk/client-sns';
import { z } from 'zod';
import { defineCollection, parse } from '../collection.js';
import { readEach } from '../listing.js';
import { parsePolicyDocument, type PolicyDocument } from '../policy.js';
import type { AwsResource, Field } from '../resource-map.js';

/** An SNS topic; `id` and `name` are its name. */
export interface SnsTopic extends AwsResource {
  name: string;
  attributes: Field<SnsTopicAttributes>;
}

export interface SnsTopicAttributes {
  /** The access policy; null when the topic has none. */
  policy: PolicyDocument | null;
  /** The KMS key encrypting the topic; null when it is not encrypted. */
  kmsMasterKeyId: string | null;
}

/** A confirmed subscription to one of the account's topics; `id` is the last part of its ARN. */
export interface SnsSubscription extends AwsResource {
  topicArn: string;
  /** http, https, email, sqs, lambda... */
  protocol: string;
  endpoint: string;
}

const TopicSchema = z.object({ TopicArn: z.string() });
const AttributesSchema = z.object({ Attributes: z.record(z.string(), z.string()).nullish() });
const SubscriptionSchema = z.object({ SubscriptionArn: z.string(), Protocol: z.string().default(''), Endpoint: z.string().default('') });

/**
 * Every topic of the region with its attributes: ListTopics names topics only, and both topic
 * checks judge what GetTopicAttributes tells, so the listing reads them for each topic.
 */
const topics = defineCollection<SnsTopic>({
  service: 'sns',
  name: 'topics',
  scope: 'regional',
  async load(context) {
    const client = context.client(SNSClient);
    const listed = await context.items('ListTopics', paginateListTopics({ client }, {}), (page) => page.Topics, TopicSchema, 'SNS topic');
    const read = await readEach(listed, async ({ TopicArn: arn }): Promise<SnsTopic> => {
      const name = arn.slice(arn.lastIndexOf(':') + 1);
      const attributes = await context.field('GetTopicAttributes', arn, async () => {
        const values = parse(AttributesSchema, await client.send(new GetTopicAttributesCommand({ TopicArn: arn })), 'SNS topic attributes').Attributes ?? {};
        return { policy: values.Policy ? parsePolicyDocument(values.Policy) : null, kmsMasterKeyId: values.KmsMasterKeyId || null };
      });
      return { arn, id: name, name, region: context.region, tags: {}, attributes };
    });
    for (const topic of read) context.resources.add(topic);
  },
});

/**
 * The confirmed subscriptions of every topic: one ListSubscriptionsByTopic listing per topic,
 * made only when the subscription check runs. A topic whose subscriptions could not be listed
 * fails the region's listing, since its subscriptions cannot be told apart from none. Pending
 * subscriptions have no ARN yet and are left out, as Prowler leaves them.
 */
const subscriptions = defineCollection<SnsSubscription, { topics: typeof topics }>({
  service: 'sns',
  name: 'subscriptions',
  scope: 'regional',
  needs: { topics },
  async load(context, { topics: listedTopics }) {
    const client = context.client(SNSClient);
    await context.read('ListTopics', async () => {
      const perTopic = await readEach(listedTopics.all(context.region), async (topic) => ({
        topic,
        listed: await context.items('ListSubscriptionsByTopic', paginateListSubscriptionsByTopic({ client }, { TopicArn: topic.arn }), (page) => page.Subscriptions, SubscriptionSchema, 'SNS subscription'),
      }));
      for (const { topic, listed } of perTopic) {
        for (const subscription of listed) {
          if (subscription.SubscriptionArn === 'PendingConfirmation') continue;
          const parts = subscription.SubscriptionArn.split(':');
          context.resources.add({
            arn: subscription.SubscriptionArn,
            id: parts.at(-1) ?? subscription.SubscriptionArn,
            region: parts[3] || context.region,
            tags: {},
            topicArn: topic.arn,
            protocol: subscription.Protocol,
            endpoint: subscription.Endpoint,
          });
        }
      }
    });
  },
});

export default { topics, subscriptions };

