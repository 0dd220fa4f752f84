import { CreateBrokerCommand, MqClient, type CreateBrokerCommandInput } from '@aws-sdk/client-mq';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readAll } from '../helpers/loaded.js';
import { loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

const broker = (name: string, overrides: Partial<CreateBrokerCommandInput>): CreateBrokerCommandInput => ({
  BrokerName: name,
  EngineType: 'ACTIVEMQ',
  EngineVersion: '5.18',
  HostInstanceType: 'mq.m5.large',
  DeploymentMode: 'SINGLE_INSTANCE',
  PubliclyAccessible: false,
  AutoMinorVersionUpgrade: false,
  Users: [{ Username: 'admin', Password: 'correct-horse-battery' }],
  ...overrides,
});

describe('Amazon MQ collections against moto', () => {
  beforeEach(resetMoto);

  it('lists brokers with their engine and deployment mode, and reads their settings, per region', async () => {
    const east = await new MqClient(seedConfig('us-east-1')).send(
      new CreateBrokerCommand(
        broker('orders', { DeploymentMode: 'ACTIVE_STANDBY_MULTI_AZ', AutoMinorVersionUpgrade: true, Logs: { General: true, Audit: true } }),
      ),
    );
    const west = await new MqClient(seedConfig('eu-west-1')).send(
      new CreateBrokerCommand(broker('events', { EngineType: 'RABBITMQ', EngineVersion: '3.13', PubliclyAccessible: true })),
    );

    const mq = await loadService(await motoScope(['us-east-1', 'eu-west-1']), 'mq');

    expect(failuresIn(mq)).toEqual([]);
    const byId = <T extends { id: string }>(items: T[]) => items.sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(readAll(mq.brokers))).toEqual(
      byId([
        { arn: east.BrokerArn!, id: east.BrokerId!, name: 'orders', region: 'us-east-1', tags: {}, engineType: 'ACTIVEMQ', deploymentMode: 'ACTIVE_STANDBY_MULTI_AZ' },
        { arn: west.BrokerArn!, id: west.BrokerId!, name: 'events', region: 'eu-west-1', tags: {}, engineType: 'RABBITMQ', deploymentMode: 'SINGLE_INSTANCE' },
      ]),
    );
    expect(byId(readAll(mq.brokerSettings))).toEqual(
      byId([
        {
          arn: east.BrokerArn!,
          id: east.BrokerId!,
          name: 'orders',
          region: 'us-east-1',
          tags: {},
          engineType: 'ACTIVEMQ',
          details: { autoMinorVersionUpgrade: true, publiclyAccessible: false, generalLogging: true, auditLogging: true },
        },
        {
          arn: west.BrokerArn!,
          id: west.BrokerId!,
          name: 'events',
          region: 'eu-west-1',
          tags: {},
          engineType: 'RABBITMQ',
          details: { autoMinorVersionUpgrade: false, publiclyAccessible: true, generalLogging: false, auditLogging: false },
        },
      ]),
    );
  });
});
