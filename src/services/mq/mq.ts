import { DescribeBrokerCommand, MqClient, paginateListBrokers } from '@aws-sdk/client-mq';
import { z } from 'zod';
import { defineCollection, parse } from '../collection.js';
import { perListedResource } from '../listing.js';
import type { AwsResource, Field } from '../resource-map.js';

/** ListBrokers returns at most 100 brokers a page. */
const LIST_BROKERS_PAGE_SIZE = 100;

/** An Amazon MQ broker; `id` is its broker ID and `name` its name. */
export interface MqBroker extends AwsResource {
  name: string;
  /** ACTIVEMQ or RABBITMQ. */
  engineType: string;
  /** SINGLE_INSTANCE, ACTIVE_STANDBY_MULTI_AZ or CLUSTER_MULTI_AZ. */
  deploymentMode: string;
}

/** What only DescribeBroker tells about a broker, read for the checks that judge it. */
export interface MqBrokerSettings extends AwsResource {
  name: string;
  engineType: string;
  details: Field<MqBrokerDetails>;
}

export interface MqBrokerDetails {
  autoMinorVersionUpgrade: boolean;
  publiclyAccessible: boolean;
  generalLogging: boolean;
  auditLogging: boolean;
}

const BrokerSummarySchema = z.object({
  BrokerArn: z.string(),
  BrokerId: z.string(),
  BrokerName: z.string(),
  EngineType: z.string().default('ACTIVEMQ'),
  DeploymentMode: z.string().default('SINGLE_INSTANCE'),
});

const BrokerSchema = z.object({
  AutoMinorVersionUpgrade: z.boolean().nullish(),
  PubliclyAccessible: z.boolean().nullish(),
  Logs: z.object({ General: z.boolean().nullish(), Audit: z.boolean().nullish() }).nullish(),
});

const brokers = defineCollection<MqBroker>({
  service: 'mq',
  name: 'brokers',
  scope: 'regional',
  async load(context) {
    const pages = paginateListBrokers({ client: context.client(MqClient), pageSize: LIST_BROKERS_PAGE_SIZE }, {});
    for (const broker of await context.items('ListBrokers', pages, (page) => page.BrokerSummaries, BrokerSummarySchema, 'MQ broker')) {
      context.resources.add({
        arn: broker.BrokerArn,
        id: broker.BrokerId,
        name: broker.BrokerName,
        region: context.region,
        tags: {},
        // AWS spells engines ActiveMQ and RabbitMQ in places; the checks compare one spelling.
        engineType: broker.EngineType.toUpperCase(),
        deploymentMode: broker.DeploymentMode.toUpperCase(),
      });
    }
  },
});

/**
 * One DescribeBroker per broker, in a collection of its own: the deployment-mode checks judge the
 * listing alone and never pay for these calls.
 */
const brokerSettings = perListedResource<MqBrokerSettings, MqBroker>({
  service: 'mq',
  name: 'brokerSettings',
  scope: 'regional',
  listed: brokers,
  operation: 'ListBrokers',
  async read(context, broker) {
    const details = await context.field('DescribeBroker', broker.arn, async () => {
      const described = parse(BrokerSchema, await context.client(MqClient).send(new DescribeBrokerCommand({ BrokerId: broker.id })), 'MQ broker');
      return {
        autoMinorVersionUpgrade: described.AutoMinorVersionUpgrade ?? false,
        publiclyAccessible: described.PubliclyAccessible ?? false,
        generalLogging: described.Logs?.General ?? false,
        auditLogging: described.Logs?.Audit ?? false,
      };
    });
    return { arn: broker.arn, id: broker.id, name: broker.name, region: broker.region, tags: broker.tags, engineType: broker.engineType, details };
  },
});

export default { brokers, brokerSettings };
