import { CreateSecurityGroupCommand, CreateSubnetCommand, CreateVpcCommand, EC2Client } from '@aws-sdk/client-ec2';
import {
  CreateClusterCommand,
  CreateClusterParameterGroupCommand,
  CreateClusterSnapshotCommand,
  CreateClusterSubnetGroupCommand,
  EnableLoggingCommand,
  RedshiftClient,
} from '@aws-sdk/client-redshift';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readAll, readFields, resourceAt } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

const REGIONS = ['eu-west-1', 'us-east-1'];

const clusterArn = (region: string, id: string) => `arn:aws:redshift:${region}:${MOTO_ACCOUNT}:cluster:${id}`;

const BASE = { NodeType: 'ra3.xlplus', MasterUserPassword: 'Passw0rd!Passw0rd' };

describe('Redshift collections against moto', () => {
  beforeEach(resetMoto);

  it('reads clusters, logging, parameters, snapshots and subnet groups, per region', async () => {
    const westEc2 = new EC2Client(seedConfig('eu-west-1'));
    const vpcId = (await westEc2.send(new CreateVpcCommand({ CidrBlock: '10.1.0.0/16' }))).Vpc!.VpcId!;
    const subnetId = (await westEc2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: '10.1.1.0/24' }))).Subnet!.SubnetId!;
    const groupId = (await westEc2.send(new CreateSecurityGroupCommand({ GroupName: 'warehouse', Description: 'warehouse', VpcId: vpcId }))).GroupId!;
    const west = new RedshiftClient(seedConfig('eu-west-1'));
    const east = new RedshiftClient(seedConfig('us-east-1'));
    await west.send(new CreateClusterSubnetGroupCommand({ ClusterSubnetGroupName: 'private', Description: 'private', SubnetIds: [subnetId] }));
    await west.send(new CreateClusterParameterGroupCommand({ ParameterGroupName: 'strict', ParameterGroupFamily: 'redshift-1.0', Description: 'strict' }));
    await west.send(
      new CreateClusterCommand({
        ...BASE,
        ClusterIdentifier: 'warehouse',
        MasterUsername: 'warehouse_admin',
        DBName: 'analytics',
        ClusterSubnetGroupName: 'private',
        ClusterParameterGroupName: 'strict',
        VpcSecurityGroupIds: [groupId],
        Encrypted: true,
        EnhancedVpcRouting: true,
        AllowVersionUpgrade: true,
        PubliclyAccessible: false,
        Tags: [{ Key: 'team', Value: 'data' }],
      }),
    );
    await west.send(new EnableLoggingCommand({ ClusterIdentifier: 'warehouse', BucketName: 'audit-logs' }));
    await west.send(new CreateClusterSnapshotCommand({ ClusterIdentifier: 'warehouse', SnapshotIdentifier: 'before-upgrade' }));
    await east.send(
      new CreateClusterCommand({ ...BASE, ClusterIdentifier: 'exposed', MasterUsername: 'awsuser', PubliclyAccessible: true, AllowVersionUpgrade: false }),
    );

    const redshift = await loadService(await motoScope(REGIONS), 'redshift');

    expect(failuresIn(redshift)).toEqual([]);
    const warehouseArn = clusterArn('eu-west-1', 'warehouse');
    const exposedArn = clusterArn('us-east-1', 'exposed');
    expect(readFields(resourceAt(redshift.clusters, warehouseArn))).toMatchObject({
      id: 'warehouse',
      region: 'eu-west-1',
      tags: { team: 'data' },
      activeSecurityGroupIds: [groupId],
      publiclyAccessible: false,
      allowVersionUpgrade: true,
      encrypted: true,
      masterUsername: 'warehouse_admin',
      enhancedVpcRouting: true,
      databaseName: 'analytics',
      parameterGroupName: 'strict',
      subnetGroupName: 'private',
    });
    expect(readFields(resourceAt(redshift.clusters, exposedArn))).toMatchObject({
      id: 'exposed',
      region: 'us-east-1',
      publiclyAccessible: true,
      allowVersionUpgrade: false,
      encrypted: false,
      masterUsername: 'awsuser',
      databaseName: 'dev',
      enhancedVpcRouting: false,
    });
    expect(resourceAt(redshift.clusters, exposedArn).endpointAddress).toMatch(/^exposed\./);
    expect(readAll(redshift.clusterLogging).map((cluster) => [cluster.id, cluster.auditLogging]).sort()).toEqual([
      ['exposed', false],
      ['warehouse', true],
    ]);
    // moto answers every parameter group with Redshift's defaults, where require_ssl is false.
    expect(readAll(redshift.clusterParameters).map((cluster) => [cluster.id, cluster.requireSsl]).sort()).toEqual([
      ['exposed', false],
      ['warehouse', false],
    ]);
    expect(resourceAt(redshift.snapshots, `arn:aws:redshift:eu-west-1:${MOTO_ACCOUNT}:snapshot:warehouse/before-upgrade`)).toMatchObject({
      id: 'before-upgrade',
      region: 'eu-west-1',
      clusterId: 'warehouse',
    });
    expect(redshift.snapshots.all('us-east-1').every((snapshot) => snapshot.clusterId === 'exposed')).toBe(true);
    expect(readAll(redshift.subnetGroups)).toEqual([
      { arn: `arn:aws:redshift:eu-west-1:${MOTO_ACCOUNT}:subnetgroup:private`, id: 'private', name: 'private', region: 'eu-west-1', tags: {}, subnetIds: [subnetId] },
    ]);
  });
});
