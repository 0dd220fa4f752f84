import { CreateRouteCommand, CreateSubnetCommand, CreateVpcCommand, CreateInternetGatewayCommand, AttachInternetGatewayCommand, CreateRouteTableCommand, AssociateRouteTableCommand, EC2Client } from '@aws-sdk/client-ec2';
import {
  CreateDBClusterCommand,
  CreateDBClusterSnapshotCommand,
  CreateDBSubnetGroupCommand,
  ModifyDBClusterSnapshotAttributeCommand,
  RDSClient,
  type CreateDBClusterCommandInput,
  type DescribeDBClusterSnapshotsCommandOutput,
  type DescribeDBClustersCommandOutput,
} from '@aws-sdk/client-rds';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SCAN_OPTIONS, type CheckLogic } from '../../src/checks/check.js';
import { evaluateCheck } from '../../src/checks/runner.js';
import { DEFAULT_AWS_CONFIG } from '../../src/config/aws-config.js';
import type { CollectionScope } from '../../src/services/collection.js';
import type { AwsResource, ResourceMap } from '../../src/services/resource-map.js';
import { withMetadata } from '../helpers/check-cases.js';
import { failuresIn } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';
import documentdbBackup from '../../checks/aws/documentdb/documentdb_cluster_backup_enabled.js';
import documentdbLogs from '../../checks/aws/documentdb/documentdb_cluster_cloudwatch_log_export.js';
import documentdbDeletion from '../../checks/aws/documentdb/documentdb_cluster_deletion_protection.js';
import documentdbMultiAz from '../../checks/aws/documentdb/documentdb_cluster_multi_az_enabled.js';
import documentdbPublicSnapshot from '../../checks/aws/documentdb/documentdb_cluster_public_snapshot.js';
import documentdbEncrypted from '../../checks/aws/documentdb/documentdb_cluster_storage_encrypted.js';
import neptuneBackup from '../../checks/aws/neptune/neptune_cluster_backup_enabled.js';
import neptuneCopyTags from '../../checks/aws/neptune/neptune_cluster_copy_tags_to_snapshots.js';
import neptuneDeletion from '../../checks/aws/neptune/neptune_cluster_deletion_protection.js';
import neptuneIamAuth from '../../checks/aws/neptune/neptune_cluster_iam_authentication_enabled.js';
import neptuneLogs from '../../checks/aws/neptune/neptune_cluster_integration_cloudwatch_logs.js';
import neptuneMultiAz from '../../checks/aws/neptune/neptune_cluster_multi_az.js';
import neptunePublicSnapshot from '../../checks/aws/neptune/neptune_cluster_public_snapshot.js';
import neptuneSnapshotEncrypted from '../../checks/aws/neptune/neptune_cluster_snapshot_encrypted.js';
import neptuneEncrypted from '../../checks/aws/neptune/neptune_cluster_storage_encrypted.js';
import neptunePublicSubnet from '../../checks/aws/neptune/neptune_cluster_uses_public_subnet.js';

const REGIONS = ['eu-west-1', 'us-east-1'];

const rdsArn = (region: string, resource: string) => `arn:aws:rds:${region}:${MOTO_ACCOUNT}:${resource}`;

/** Two subnets of a new VPC in `region`, the second routing 0.0.0.0/0 to an internet gateway. */
async function seedSubnets(region: string): Promise<[string, string]> {
  const ec2 = new EC2Client(seedConfig(region));
  const vpcId = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.30.0.0/16' }))).Vpc!.VpcId!;
  const subnetIn = async (cidr: string) => (await ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: cidr }))).Subnet!.SubnetId!;
  const privateSubnet = await subnetIn('10.30.1.0/24');
  const publicSubnet = await subnetIn('10.30.2.0/24');
  const gateway = (await ec2.send(new CreateInternetGatewayCommand({}))).InternetGateway!.InternetGatewayId!;
  await ec2.send(new AttachInternetGatewayCommand({ InternetGatewayId: gateway, VpcId: vpcId }));
  const table = (await ec2.send(new CreateRouteTableCommand({ VpcId: vpcId }))).RouteTable!.RouteTableId!;
  await ec2.send(new CreateRouteCommand({ RouteTableId: table, DestinationCidrBlock: '0.0.0.0/0', GatewayId: gateway }));
  await ec2.send(new AssociateRouteTableCommand({ RouteTableId: table, SubnetId: publicSubnet }));
  return [privateSubnet, publicSubnet];
}

/**
 * us-east-1: a hardened Neptune cluster in private subnets with an encrypted snapshot kept private,
 * and a plain one in a subnet group with a public subnet. eu-west-1: a plain DocumentDB cluster
 * with a public snapshot, a hardened one, and an Aurora cluster neither family judges.
 */
async function seedDatabases(): Promise<void> {
  const east = new RDSClient(seedConfig('us-east-1'));
  const west = new RDSClient(seedConfig('eu-west-1'));
  const [privateSubnet, publicSubnet] = await seedSubnets('us-east-1');
  await east.send(new CreateDBSubnetGroupCommand({ DBSubnetGroupName: 'graph-private', DBSubnetGroupDescription: 'private', SubnetIds: [privateSubnet] }));
  await east.send(new CreateDBSubnetGroupCommand({ DBSubnetGroupName: 'graph-mixed', DBSubnetGroupDescription: 'mixed', SubnetIds: [privateSubnet, publicSubnet] }));
  const cluster = (client: RDSClient, input: CreateDBClusterCommandInput) => client.send(new CreateDBClusterCommand(input));
  await cluster(east, {
    DBClusterIdentifier: 'graph',
    Engine: 'neptune',
    DBSubnetGroupName: 'graph-private',
    StorageEncrypted: true,
    DeletionProtection: true,
    BackupRetentionPeriod: 14,
    CopyTagsToSnapshot: true,
    EnableCloudwatchLogsExports: ['audit'],
  });
  await cluster(east, { DBClusterIdentifier: 'graph-dev', Engine: 'neptune', DBSubnetGroupName: 'graph-mixed', StorageEncrypted: false, BackupRetentionPeriod: 1 });
  await east.send(new CreateDBClusterSnapshotCommand({ DBClusterIdentifier: 'graph', DBClusterSnapshotIdentifier: 'graph-nightly' }));
  // Seeded as Aurora, which moto accepts; `answerAsDocumentDb` gives them DocumentDB's engine.
  const docdb = { Engine: 'aurora-postgresql', MasterUsername: 'owner', MasterUserPassword: 'secret-password' };
  await cluster(west, { ...docdb, DBClusterIdentifier: 'docs', StorageEncrypted: false, BackupRetentionPeriod: 1, EnableCloudwatchLogsExports: ['audit'] });
  await cluster(west, {
    ...docdb,
    DBClusterIdentifier: 'docs-prod',
    StorageEncrypted: true,
    DeletionProtection: true,
    BackupRetentionPeriod: 7,
    EnableCloudwatchLogsExports: ['audit', 'profiler'],
  });
  await cluster(west, { DBClusterIdentifier: 'ledger', Engine: 'aurora-postgresql', MasterUsername: 'owner', MasterUserPassword: 'secret-password', StorageEncrypted: false });
  await west.send(new CreateDBClusterSnapshotCommand({ DBClusterIdentifier: 'docs', DBClusterSnapshotIdentifier: 'docs-shared' }));
  await west.send(new ModifyDBClusterSnapshotAttributeCommand({ DBClusterSnapshotIdentifier: 'docs-shared', AttributeName: 'restore', ValuesToAdd: ['all'] }));
  await west.send(new CreateDBClusterSnapshotCommand({ DBClusterIdentifier: 'ledger', DBClusterSnapshotIdentifier: 'ledger-shared' }));
  await west.send(new ModifyDBClusterSnapshotAttributeCommand({ DBClusterSnapshotIdentifier: 'ledger-shared', AttributeName: 'restore', ValuesToAdd: ['all'] }));
}

/**
 * moto 5.2.1 refuses the docdb engine, which the RDS API lists with every other: the scanner's own
 * clients see the `docs*` clusters and their snapshots as DocumentDB's, as AWS would answer.
 */
function answerAsDocumentDb(scope: CollectionScope): void {
  for (const region of REGIONS) {
    scope.clients.get(RDSClient, region).middlewareStack.add(
      (next) => async (args) => {
        const result = await next(args);
        const output = result.output as DescribeDBClustersCommandOutput & DescribeDBClusterSnapshotsCommandOutput;
        for (const cluster of output.DBClusters ?? []) if (cluster.DBClusterIdentifier?.startsWith('docs')) cluster.Engine = 'docdb';
        for (const snapshot of output.DBClusterSnapshots ?? []) if (snapshot.DBClusterIdentifier?.startsWith('docs')) snapshot.Engine = 'docdb';
        return result;
      },
      { step: 'initialize', name: 'motoDocumentDbEngine' },
    );
  }
}

describe('Neptune and DocumentDB checks on RDS collections read from moto', () => {
  let scope: CollectionScope;
  let collections: Map<string, ResourceMap<AwsResource>>;

  beforeAll(async () => {
    await resetMoto();
    await seedDatabases();
    scope = await motoScope(REGIONS);
    answerAsDocumentDb(scope);
    const rds = await loadService(scope, 'rds', ['clusters', 'subnetGroups', 'clusterSnapshots', 'clusterSnapshotAttributes']);
    const vpc = await loadService(scope, 'vpc', ['subnets']);
    expect(failuresIn({ ...rds, ...vpc })).toEqual([]);
    collections = new Map<string, ResourceMap<AwsResource>>([
      ...Object.entries(rds).map(([name, map]) => [`rds.${name}`, map] as const),
      ['vpc.subnets', vpc.subnets],
    ]);
  });

  /** The check's findings as [ARN, region, status, severity], sorted. */
  function findingsOf(check: CheckLogic): string[][] {
    const { findings } = evaluateCheck(withMetadata(check), collections, {
      account: scope.account,
      options: DEFAULT_SCAN_OPTIONS,
      config: DEFAULT_AWS_CONFIG,
      checksInScan: new Set([check.id]),
      timestamp: '2026-01-01T00:00:00.000Z',
    });
    return findings.map((finding) => [finding.resource.arn, finding.region, finding.status, finding.severity]).sort();
  }

  const graph = [rdsArn('us-east-1', 'cluster:graph'), 'us-east-1'];
  const graphDev = [rdsArn('us-east-1', 'cluster:graph-dev'), 'us-east-1'];
  const docs = [rdsArn('eu-west-1', 'cluster:docs'), 'eu-west-1'];
  const docsProd = [rdsArn('eu-west-1', 'cluster:docs-prod'), 'eu-west-1'];

  it.each([
    [neptuneBackup, [[...graph, 'PASS', 'medium'], [...graphDev, 'FAIL', 'low']]],
    [neptuneCopyTags, [[...graph, 'PASS', 'low'], [...graphDev, 'FAIL', 'low']]],
    [neptuneDeletion, [[...graph, 'PASS', 'medium'], [...graphDev, 'FAIL', 'medium']]],
    // moto 5.2.1 refuses IAM database authentication on any engine but Aurora.
    [neptuneIamAuth, [[...graph, 'FAIL', 'medium'], [...graphDev, 'FAIL', 'medium']]],
    [neptuneLogs, [[...graph, 'PASS', 'medium'], [...graphDev, 'FAIL', 'medium']]],
    [neptuneEncrypted, [[...graph, 'PASS', 'high'], [...graphDev, 'FAIL', 'high']]],
    [neptunePublicSubnet, [[...graph, 'PASS', 'medium'], [...graphDev, 'FAIL', 'medium']]],
    [documentdbBackup, [[...docs, 'FAIL', 'low'], [...docsProd, 'PASS', 'medium']]],
    [documentdbLogs, [[...docs, 'FAIL', 'low'], [...docsProd, 'PASS', 'medium']]],
    [documentdbDeletion, [[...docs, 'FAIL', 'medium'], [...docsProd, 'PASS', 'medium']]],
    [documentdbEncrypted, [[...docs, 'FAIL', 'medium'], [...docsProd, 'PASS', 'medium']]],
  ] as [CheckLogic, string[][]][])('%o', (check, expected) => {
    expect(findingsOf(check)).toEqual([...expected].sort());
  });

  // moto also takes an automated snapshot of each cluster (rds:<cluster>-<date>), judged like any other.
  it('judges Neptune snapshots, automated ones included, under neptune ARNs', () => {
    const snapshotArn = (id: string) => `arn:aws:neptune:us-east-1:${MOTO_ACCOUNT}:cluster-snapshot:${id}`;
    const byCluster = (findings: string[][]) => findings.map(([arn, region, status]) => [arn!.replace(/rds:(graph(-dev)?)-.*/, 'automated:$1'), region, status]).sort();
    expect(byCluster(findingsOf(neptunePublicSnapshot))).toEqual([
      [snapshotArn('automated:graph'), 'us-east-1', 'PASS'],
      [snapshotArn('automated:graph-dev'), 'us-east-1', 'PASS'],
      [snapshotArn('graph-nightly'), 'us-east-1', 'PASS'],
    ]);
    expect(byCluster(findingsOf(neptuneSnapshotEncrypted))).toEqual([
      [snapshotArn('automated:graph'), 'us-east-1', 'PASS'],
      [snapshotArn('automated:graph-dev'), 'us-east-1', 'FAIL'],
      [snapshotArn('graph-nightly'), 'us-east-1', 'PASS'],
    ]);
  });

  it('fails the public DocumentDB snapshot and leaves the public Aurora one to the rds checks', () => {
    const findings = findingsOf(documentdbPublicSnapshot);
    expect(findings).toContainEqual([rdsArn('eu-west-1', 'cluster-snapshot:docs-shared'), 'eu-west-1', 'FAIL', 'critical']);
    expect(findings.filter(([, , status]) => status === 'FAIL')).toHaveLength(1);
    expect(findings.some(([arn]) => arn!.includes('ledger'))).toBe(false);
  });

  it('judges Multi-AZ as AWS reports it', () => {
    expect(findingsOf(neptuneMultiAz).map(([arn, , status]) => [arn, status])).toEqual([
      [graph[0], 'FAIL'],
      [graphDev[0], 'FAIL'],
    ]);
    expect(findingsOf(documentdbMultiAz).map(([arn, , status]) => [arn, status])).toEqual([
      [docs[0], 'FAIL'],
      [docsProd[0], 'FAIL'],
    ]);
  });
});
