import { CreateClusterCommand, DAXClient, DescribeClustersCommand } from '@aws-sdk/client-dax';
import { CreateTableCommand, DynamoDBClient, PutResourcePolicyCommand, UpdateContinuousBackupsCommand } from '@aws-sdk/client-dynamodb';
import { CreateKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readAll, readFields, resourceAt } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

const REGIONS = ['eu-west-1', 'us-east-1'];

const KEY_SCHEMA = {
  AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' as const }],
  KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' as const }],
};

/** moto reports a DAX cluster's nodes only once it is available, which takes a few describes. */
async function untilAvailable(client: DAXClient, clusterName: string): Promise<void> {
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const { Clusters } = await client.send(new DescribeClustersCommand({ ClusterNames: [clusterName] }));
    if (Clusters?.[0]?.Status === 'available') return;
  }
  throw new Error(`DAX cluster ${clusterName} never became available in moto`);
}

const tableArn = (region: string, name: string) => `arn:aws:dynamodb:${region}:${MOTO_ACCOUNT}:table/${name}`;

describe('DynamoDB collections against moto', () => {
  beforeEach(resetMoto);

  it('reads tables with their settings, backups and policies, per region', async () => {
    const west = new DynamoDBClient(seedConfig('eu-west-1'));
    const east = new DynamoDBClient(seedConfig('us-east-1'));
    const key = (await new KMSClient(seedConfig('eu-west-1')).send(new CreateKeyCommand({ Description: 'orders table' }))).KeyMetadata!;
    const ordersArn = tableArn('eu-west-1', 'orders');
    await west.send(
      new CreateTableCommand({
        ...KEY_SCHEMA,
        TableName: 'orders',
        BillingMode: 'PROVISIONED',
        ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 },
        DeletionProtectionEnabled: true,
        SSESpecification: { Enabled: true, SSEType: 'KMS', KMSMasterKeyId: key.Arn },
        Tags: [{ Key: 'team', Value: 'shop' }],
      }),
    );
    await west.send(new UpdateContinuousBackupsCommand({ TableName: 'orders', PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } }));
    const policy = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'dynamodb:GetItem', Resource: ordersArn }],
    };
    await west.send(new PutResourcePolicyCommand({ ResourceArn: ordersArn, Policy: JSON.stringify(policy) }));
    await east.send(new CreateTableCommand({ ...KEY_SCHEMA, TableName: 'sessions', BillingMode: 'PAY_PER_REQUEST' }));

    const dynamodb = await loadService(await motoScope(REGIONS), 'dynamodb', ['tables', 'tableDescriptions', 'tableContinuousBackups', 'tablePolicies']);

    expect(failuresIn(dynamodb)).toEqual([]);
    const sessionsArn = tableArn('us-east-1', 'sessions');
    expect(readAll(dynamodb.tables).sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { arn: ordersArn, id: 'orders', name: 'orders', region: 'eu-west-1', tags: { team: 'shop' } },
      { arn: sessionsArn, id: 'sessions', name: 'sessions', region: 'us-east-1', tags: {} },
    ]);
    expect(readFields(resourceAt(dynamodb.tableDescriptions, ordersArn)).description).toEqual({
      billingMode: 'PROVISIONED',
      encryptionType: 'KMS',
      kmsKeyArn: key.Arn,
      deletionProtection: true,
    });
    expect(readFields(resourceAt(dynamodb.tableDescriptions, sessionsArn))).toMatchObject({
      region: 'us-east-1',
      description: { billingMode: 'PAY_PER_REQUEST', encryptionType: null, kmsKeyArn: null, deletionProtection: false },
    });
    expect(readAll(dynamodb.tableContinuousBackups).map((table) => [table.name, table.region, table.pointInTimeRecovery]).sort()).toEqual([
      ['orders', 'eu-west-1', true],
      ['sessions', 'us-east-1', false],
    ]);
    // The policy comes back normalised: single principals and actions become lists.
    expect(readFields(resourceAt(dynamodb.tablePolicies, ordersArn)).policy).toMatchObject({
      Statement: [{ Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::111122223333:root'] }, Action: ['dynamodb:GetItem'] }],
    });
    expect(readFields(resourceAt(dynamodb.tablePolicies, sessionsArn)).policy).toBeNull();
  });

  it('reads DAX clusters with their encryption, endpoint TLS, node zones and tags, per region', async () => {
    const role = `arn:aws:iam::${MOTO_ACCOUNT}:role/dax`;
    const west = new DAXClient(seedConfig('eu-west-1'));
    const east = new DAXClient(seedConfig('us-east-1'));
    const sealed = (
      await west.send(
        new CreateClusterCommand({
          ClusterName: 'sealed',
          NodeType: 'dax.t3.small',
          ReplicationFactor: 3,
          IamRoleArn: role,
          SSESpecification: { Enabled: true },
          ClusterEndpointEncryptionType: 'TLS',
          Tags: [{ Key: 'team', Value: 'cache' }],
        }),
      )
    ).Cluster!;
    const open = (await east.send(new CreateClusterCommand({ ClusterName: 'open', NodeType: 'dax.t3.small', ReplicationFactor: 1, IamRoleArn: role }))).Cluster!;

    await untilAvailable(west, 'sealed');
    await untilAvailable(east, 'open');

    const dynamodb = await loadService(await motoScope(REGIONS), 'dynamodb', ['daxClusters']);

    expect(failuresIn(dynamodb)).toEqual([]);
    const sealedRead = readFields(resourceAt(dynamodb.daxClusters, sealed.ClusterArn!));
    expect(sealedRead).toMatchObject({
      id: 'sealed',
      name: 'sealed',
      region: 'eu-west-1',
      tags: { team: 'cache' },
      encryptionAtRest: true,
      tlsEndpoint: true,
    });
    expect(sealedRead.nodeZones).toHaveLength(3);
    expect(sealedRead.nodeZones.every((zone) => zone.startsWith('eu-west-1'))).toBe(true);
    const openRead = readFields(resourceAt(dynamodb.daxClusters, open.ClusterArn!));
    expect(openRead).toMatchObject({ id: 'open', region: 'us-east-1', tags: {}, encryptionAtRest: false, tlsEndpoint: false });
    expect(openRead.nodeZones).toHaveLength(1);
  });
});
