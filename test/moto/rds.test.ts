import {
  CreateDBClusterCommand,
  CreateDBClusterParameterGroupCommand,
  CreateDBClusterSnapshotCommand,
  CreateDBInstanceCommand,
  CreateDBParameterGroupCommand,
  CreateDBSnapshotCommand,
  CreateDBSubnetGroupCommand,
  CreateEventSubscriptionCommand,
  ModifyDBClusterParameterGroupCommand,
  ModifyDBClusterSnapshotAttributeCommand,
  ModifyDBParameterGroupCommand,
  ModifyDBSnapshotAttributeCommand,
  RDSClient,
} from '@aws-sdk/client-rds';
import { CreateSubnetCommand, CreateVpcCommand, EC2Client } from '@aws-sdk/client-ec2';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readAll, readFields, resourceAt } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

const REGIONS = ['eu-west-1', 'us-east-1'];

const rdsArn = (region: string, resource: string) => `arn:aws:rds:${region}:${MOTO_ACCOUNT}:${resource}`;

async function seedSubnetGroup(region: string, name: string): Promise<string[]> {
  const ec2 = new EC2Client(seedConfig(region));
  const { Vpc } = await ec2.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16' }));
  const subnetIds: string[] = [];
  for (const [index, zone] of ['a', 'b'].entries()) {
    const { Subnet } = await ec2.send(new CreateSubnetCommand({ VpcId: Vpc!.VpcId!, CidrBlock: `10.0.${index}.0/24`, AvailabilityZone: `${region}${zone}` }));
    subnetIds.push(Subnet!.SubnetId!);
  }
  await new RDSClient(seedConfig(region)).send(new CreateDBSubnetGroupCommand({ DBSubnetGroupName: name, DBSubnetGroupDescription: 'databases', SubnetIds: subnetIds }));
  return subnetIds;
}

describe('RDS collections against moto', () => {
  beforeEach(resetMoto);

  it('lists instances, clusters and subnet groups of every engine, per region', async () => {
    const west = new RDSClient(seedConfig('eu-west-1'));
    const east = new RDSClient(seedConfig('us-east-1'));
    const subnetIds = await seedSubnetGroup('eu-west-1', 'private');
    await west.send(
      new CreateDBInstanceCommand({
        DBInstanceIdentifier: 'orders',
        Engine: 'postgres',
        EngineVersion: '16.4',
        DBInstanceClass: 'db.t3.micro',
        AllocatedStorage: 20,
        MasterUsername: 'postgres',
        MasterUserPassword: 'secret-password',
        DBSubnetGroupName: 'private',
        StorageEncrypted: true,
        MultiAZ: true,
        DeletionProtection: true,
        CopyTagsToSnapshot: true,
        BackupRetentionPeriod: 5,
        EnableIAMDatabaseAuthentication: true,
        EnableCloudwatchLogsExports: ['postgresql'],
        Port: 5433,
        Tags: [{ Key: 'team', Value: 'shop' }],
      }),
    );
    await east.send(
      new CreateDBClusterCommand({
        DBClusterIdentifier: 'ledger',
        Engine: 'aurora-mysql',
        MasterUsername: 'admin',
        MasterUserPassword: 'secret-password',
        StorageEncrypted: false,
        BacktrackWindow: 3600,
        DeletionProtection: false,
      }),
    );
    await east.send(new CreateDBClusterCommand({ DBClusterIdentifier: 'graph', Engine: 'neptune' }));

    const rds = await loadService(await motoScope(REGIONS), 'rds', ['instances', 'clusters', 'subnetGroups']);

    expect(failuresIn(rds)).toEqual([]);
    const orders = readFields(resourceAt(rds.instances, rdsArn('eu-west-1', 'db:orders')));
    expect(orders).toMatchObject({
      id: 'orders',
      region: 'eu-west-1',
      tags: { team: 'shop' },
      engine: 'postgres',
      engineVersion: '16.4',
      storageEncrypted: true,
      multiAz: true,
      deletionProtection: true,
      copyTagsToSnapshot: true,
      backupRetentionPeriod: 5,
      iamAuth: true,
      cloudwatchLogsExports: ['postgresql'],
      masterUsername: 'postgres',
      port: 5433,
      clusterId: null,
      clusterArn: null,
      subnetGroupName: 'private',
    });
    expect(orders.vpcId).toMatch(/^vpc-/);
    expect(orders.subnetIds.sort()).toEqual([...subnetIds].sort());
    expect(orders.parameterGroupNames.length).toBe(1);

    expect(readAll(rds.clusters).map((cluster) => [cluster.id, cluster.region, cluster.engine]).sort()).toEqual([
      ['graph', 'us-east-1', 'neptune'],
      ['ledger', 'us-east-1', 'aurora-mysql'],
    ]);
    expect(readFields(resourceAt(rds.clusters, rdsArn('us-east-1', 'cluster:ledger')))).toMatchObject({
      masterUsername: 'admin',
      storageEncrypted: false,
      backtrackWindow: 3600,
      deletionProtection: false,
    });
    expect(readAll(rds.subnetGroups).map((group) => [group.name, group.region, [...group.subnetIds].sort()])).toEqual([['private', 'eu-west-1', [...subnetIds].sort()]]);
  });

  it('reads snapshots and who may restore them, in their regions', async () => {
    const west = new RDSClient(seedConfig('eu-west-1'));
    const east = new RDSClient(seedConfig('us-east-1'));
    await west.send(
      new CreateDBInstanceCommand({
        DBInstanceIdentifier: 'orders',
        Engine: 'mysql',
        DBInstanceClass: 'db.t3.micro',
        AllocatedStorage: 20,
        MasterUsername: 'owner',
        MasterUserPassword: 'secret-password',
      }),
    );
    await west.send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'orders', DBSnapshotIdentifier: 'orders-public' }));
    await west.send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'orders', DBSnapshotIdentifier: 'orders-private' }));
    await west.send(new ModifyDBSnapshotAttributeCommand({ DBSnapshotIdentifier: 'orders-public', AttributeName: 'restore', ValuesToAdd: ['all'] }));
    await east.send(new CreateDBClusterCommand({ DBClusterIdentifier: 'ledger', Engine: 'aurora-postgresql', MasterUsername: 'owner', MasterUserPassword: 'secret-password', StorageEncrypted: true }));
    await east.send(new CreateDBClusterSnapshotCommand({ DBClusterIdentifier: 'ledger', DBClusterSnapshotIdentifier: 'ledger-shared' }));
    await east.send(new ModifyDBClusterSnapshotAttributeCommand({ DBClusterSnapshotIdentifier: 'ledger-shared', AttributeName: 'restore', ValuesToAdd: ['all'] }));

    const rds = await loadService(await motoScope(REGIONS), 'rds', ['instanceSnapshotAttributes', 'clusterSnapshotAttributes']);

    expect(failuresIn(rds)).toEqual([]);
    expect(readFields(resourceAt(rds.instanceSnapshotAttributes, rdsArn('eu-west-1', 'snapshot:orders-public')))).toMatchObject({ instanceId: 'orders', engine: 'mysql', encrypted: false, public: true });
    expect(readFields(resourceAt(rds.instanceSnapshotAttributes, rdsArn('eu-west-1', 'snapshot:orders-private'))).public).toBe(false);
    expect(readFields(resourceAt(rds.clusterSnapshotAttributes, rdsArn('us-east-1', 'cluster-snapshot:ledger-shared')))).toMatchObject({
      clusterId: 'ledger',
      engine: 'aurora-postgresql',
      storageEncrypted: true,
      public: true,
    });
  });

  it('reads event subscriptions with their tags', async () => {
    const east = new RDSClient(seedConfig('us-east-1'));
    await east.send(
      new CreateEventSubscriptionCommand({
        SubscriptionName: 'db-events',
        SnsTopicArn: `arn:aws:sns:us-east-1:${MOTO_ACCOUNT}:db-events`,
        SourceType: 'db-instance',
        EventCategories: ['failure', 'maintenance'],
        Enabled: true,
        Tags: [{ Key: 'team', Value: 'ops' }],
      }),
    );

    const rds = await loadService(await motoScope(REGIONS), 'rds', ['eventSubscriptions']);

    expect(failuresIn(rds)).toEqual([]);
    expect(readAll(rds.eventSubscriptions)).toEqual([
      {
        arn: rdsArn('us-east-1', 'es:db-events'),
        id: 'db-events',
        name: 'db-events',
        region: 'us-east-1',
        tags: { team: 'ops' },
        snsTopicArn: `arn:aws:sns:us-east-1:${MOTO_ACCOUNT}:db-events`,
        status: 'active',
        sourceType: 'db-instance',
        sourceIds: [],
        eventCategories: ['failure', 'maintenance'],
        enabled: true,
      },
    ]);
  });

  it('reads the transport parameters of the groups attached to listed databases only', async () => {
    const west = new RDSClient(seedConfig('eu-west-1'));
    await west.send(new CreateDBParameterGroupCommand({ DBParameterGroupName: 'tls', DBParameterGroupFamily: 'postgres16', Description: 'TLS only' }));
    await west.send(new CreateDBParameterGroupCommand({ DBParameterGroupName: 'unused', DBParameterGroupFamily: 'postgres16', Description: 'attached to nothing' }));
    await west.send(
      new ModifyDBParameterGroupCommand({
        DBParameterGroupName: 'tls',
        Parameters: [
          { ParameterName: 'rds.force_ssl', ParameterValue: '1', ApplyMethod: 'immediate' },
          { ParameterName: 'log_connections', ParameterValue: '1', ApplyMethod: 'immediate' },
        ],
      }),
    );
    await west.send(
      new CreateDBInstanceCommand({
        DBInstanceIdentifier: 'orders',
        Engine: 'postgres',
        DBInstanceClass: 'db.t3.micro',
        AllocatedStorage: 20,
        MasterUsername: 'owner',
        MasterUserPassword: 'secret-password',
        DBParameterGroupName: 'tls',
      }),
    );
    await west.send(new CreateDBClusterParameterGroupCommand({ DBClusterParameterGroupName: 'cluster-tls', DBParameterGroupFamily: 'aurora-mysql8.0', Description: 'TLS only' }));
    await west.send(
      new ModifyDBClusterParameterGroupCommand({
        DBClusterParameterGroupName: 'cluster-tls',
        Parameters: [{ ParameterName: 'require_secure_transport', ParameterValue: 'ON', ApplyMethod: 'immediate' }],
      }),
    );
    await west.send(
      new CreateDBClusterCommand({
        DBClusterIdentifier: 'ledger',
        Engine: 'aurora-mysql',
        MasterUsername: 'owner',
        MasterUserPassword: 'secret-password',
        DBClusterParameterGroupName: 'cluster-tls',
      }),
    );

    const rds = await loadService(await motoScope(REGIONS), 'rds', ['parameterGroups', 'clusterParameterGroups']);

    expect(failuresIn(rds)).toEqual([]);
    expect(readAll(rds.parameterGroups)).toEqual([
      { arn: rdsArn('eu-west-1', 'pg:tls'), id: 'tls', name: 'tls', region: 'eu-west-1', tags: {}, parameters: { 'rds.force_ssl': '1' } },
    ]);
    expect(readAll(rds.clusterParameterGroups)).toEqual([
      {
        arn: rdsArn('eu-west-1', 'cluster-pg:cluster-tls'),
        id: 'cluster-tls',
        name: 'cluster-tls',
        region: 'eu-west-1',
        tags: {},
        parameters: { require_secure_transport: 'ON' },
      },
    ]);
  });

  it('calls nothing per database where no database is listed', async () => {
    const rds = await loadService(await motoScope(REGIONS), 'rds', ['parameterGroups', 'clusterParameterGroups', 'certificates', 'engineVersions']);

    expect(failuresIn(rds)).toEqual([]);
    expect([readAll(rds.parameterGroups), readAll(rds.clusterParameterGroups), readAll(rds.certificates), readAll(rds.engineVersions)]).toEqual([[], [], [], []]);
  });
});
