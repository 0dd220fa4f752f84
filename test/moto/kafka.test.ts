import { CreateClusterCommand, CreateClusterV2Command, KafkaClient } from '@aws-sdk/client-kafka';
import type { HttpResponse } from '@smithy/types';
import { Readable } from 'node:stream';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CollectionScope } from '../../src/services/collection.js';
import { failuresIn, readAll } from '../helpers/loaded.js';
import { loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

const REGIONS = ['us-east-1', 'eu-west-1'];

const brokers = { InstanceType: 'kafka.m5.large', ClientSubnets: ['subnet-1', 'subnet-2'] };

/**
 * moto 5.2.1 writes a cluster's creationTime without a time zone, which the SDK refuses as not
 * RFC 3339 (AWS always writes one); marking moto's times as UTC, below the scanner's own clients'
 * deserializer, shows what the listing makes of the rest of the answer.
 */
function answerWithZonedTimes(scope: CollectionScope): void {
  for (const region of REGIONS) {
    scope.clients.get(KafkaClient, region).middlewareStack.add(
      (next) => async (args) => {
        const result = await next(args);
        const response = result.response as HttpResponse;
        const chunks: Buffer[] = [];
        for await (const chunk of response.body as Readable) chunks.push(Buffer.from(chunk as Uint8Array));
        const body = Buffer.concat(chunks).toString('utf8').replace(/("creationTime": "[0-9T:.-]+)"/g, '$1Z"');
        response.body = Readable.from([Buffer.from(body)]);
        delete response.headers['content-length'];
        return result;
      },
      { step: 'deserialize', priority: 'low', name: 'motoZonedTimes' },
    );
  }
}

describe('MSK collections against moto', () => {
  beforeEach(resetMoto);

  it('reads provisioned and serverless clusters from ListClustersV2, per region', async () => {
    const east = new KafkaClient(seedConfig('us-east-1'));
    // moto's CreateClusterV2 keeps only the brokers and the version of a provisioned cluster; CreateCluster keeps its security settings.
    const hardened = await east.send(
      new CreateClusterCommand({
        ClusterName: 'orders',
        Tags: { team: 'payments' },
        KafkaVersion: '3.6.0',
        NumberOfBrokerNodes: 2,
        BrokerNodeGroupInfo: { ...brokers, ConnectivityInfo: { PublicAccess: { Type: 'DISABLED' } } },
        EncryptionInfo: {
          EncryptionAtRest: { DataVolumeKMSKeyId: 'arn:aws:kms:us-east-1:123456789012:key/cmk' },
          EncryptionInTransit: { ClientBroker: 'TLS', InCluster: true },
        },
        ClientAuthentication: { Tls: { Enabled: true }, Unauthenticated: { Enabled: false } },
        EnhancedMonitoring: 'PER_BROKER',
      }),
    );
    const bare = await east.send(new CreateClusterV2Command({ ClusterName: 'legacy', Provisioned: { KafkaVersion: '2.8.1', NumberOfBrokerNodes: 2, BrokerNodeGroupInfo: brokers } }));
    const serverless = await new KafkaClient(seedConfig('eu-west-1')).send(
      new CreateClusterV2Command({ ClusterName: 'events', Serverless: { VpcConfigs: [{ SubnetIds: ['subnet-1'] }] } }),
    );

    const scope = await motoScope(REGIONS);
    answerWithZonedTimes(scope);

    const kafka = await loadService(scope, 'kafka', ['clusters']);

    expect(failuresIn(kafka)).toEqual([]);
    const byName = Object.fromEntries(readAll(kafka.clusters).map((cluster) => [cluster.name, cluster] as const));
    expect(Object.keys(byName).sort()).toEqual(['events', 'legacy', 'orders']);
    expect(byName.orders).toEqual({
      arn: hardened.ClusterArn,
      id: hardened.ClusterArn!.split('/').at(-1),
      name: 'orders',
      region: 'us-east-1',
      tags: { team: 'payments' },
      serverless: false,
      kafkaVersion: '3.6.0',
      dataVolumeKmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/cmk',
      clientBrokerEncryption: 'TLS',
      inClusterEncryption: true,
      tlsAuthentication: true,
      unauthenticatedAccess: false,
      publicAccess: false,
      enhancedMonitoring: 'PER_BROKER',
    });
    // What AWS assumes when a cluster states nothing: plaintext, no client authentication, public addresses.
    expect(byName.legacy).toMatchObject({
      arn: bare.ClusterArn,
      kafkaVersion: '2.8.1',
      dataVolumeKmsKeyId: '',
      clientBrokerEncryption: 'PLAINTEXT',
      inClusterEncryption: false,
      tlsAuthentication: false,
      unauthenticatedAccess: false,
      publicAccess: true,
      enhancedMonitoring: 'DEFAULT',
    });
    expect(byName.events).toMatchObject({ arn: serverless.ClusterArn, region: 'eu-west-1', serverless: true, kafkaVersion: null });
  });

  it('leaves Kafka versions unlisted where the emulator lacks ListKafkaVersions, never empty', async () => {
    const kafka = await loadService(await motoScope(REGIONS), 'kafka', ['versions']);

    expect(failuresIn(kafka).map(({ region, operation }) => ({ region, operation }))).toEqual(
      expect.arrayContaining([
        { region: 'us-east-1', operation: 'ListKafkaVersions' },
        { region: 'eu-west-1', operation: 'ListKafkaVersions' },
      ]),
    );
    expect(() => kafka.versions.all()).toThrow(/ListKafkaVersions/);
  });
});
