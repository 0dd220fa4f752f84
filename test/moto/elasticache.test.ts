import {
  AssociateRouteTableCommand,
  AttachInternetGatewayCommand,
  CreateInternetGatewayCommand,
  CreateRouteCommand,
  CreateRouteTableCommand,
  CreateSubnetCommand,
  CreateVpcCommand,
  EC2Client,
} from '@aws-sdk/client-ec2';
import { CreateCacheClusterCommand, CreateCacheSubnetGroupCommand, CreateReplicationGroupCommand, ElastiCacheClient } from '@aws-sdk/client-elasticache';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCAN_OPTIONS } from '../../src/checks/check.js';
import { evaluateCheck } from '../../src/checks/runner.js';
import { DEFAULT_AWS_CONFIG } from '../../src/config/aws-config.js';
import type { CollectionScope } from '../../src/services/collection.js';
import type { AwsResource, ResourceMap } from '../../src/services/resource-map.js';
import publicSubnetCheck from '../../checks/aws/elasticache/elasticache_cluster_uses_public_subnet.js';
import authCheck from '../../checks/aws/elasticache/elasticache_redis_replication_group_auth_enabled.js';
import { withMetadata } from '../helpers/check-cases.js';
import { failuresIn, readAll, resourceAt } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

const REGIONS = ['eu-west-1', 'us-east-1'];

const cacheArn = (region: string, resource: string) => `arn:aws:elasticache:${region}:${MOTO_ACCOUNT}:${resource}`;

/** A VPC of `region` with one private subnet and one whose route table sends 0.0.0.0/0 to an internet gateway. */
async function seedNetwork(region: string): Promise<{ privateSubnet: string; publicSubnet: string }> {
  const ec2 = new EC2Client(seedConfig(region));
  const vpcId = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.20.0.0/16' }))).Vpc!.VpcId!;
  const subnetIn = async (cidr: string) => (await ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: cidr }))).Subnet!.SubnetId!;
  const privateSubnet = await subnetIn('10.20.1.0/24');
  const publicSubnet = await subnetIn('10.20.2.0/24');
  const gateway = (await ec2.send(new CreateInternetGatewayCommand({}))).InternetGateway!.InternetGatewayId!;
  await ec2.send(new AttachInternetGatewayCommand({ InternetGatewayId: gateway, VpcId: vpcId }));
  const table = (await ec2.send(new CreateRouteTableCommand({ VpcId: vpcId }))).RouteTable!.RouteTableId!;
  await ec2.send(new CreateRouteCommand({ RouteTableId: table, DestinationCidrBlock: '0.0.0.0/0', GatewayId: gateway }));
  await ec2.send(new AssociateRouteTableCommand({ RouteTableId: table, SubnetId: publicSubnet }));
  return { privateSubnet, publicSubnet };
}

/**
 * moto 5.2.1 does not list a replication group's nodes among the cache clusters, which AWS always
 * does: the test creates the group's first node itself, as AWS would list it.
 */
async function replicationGroupWithNode(client: ElastiCacheClient, input: ConstructorParameters<typeof CreateReplicationGroupCommand>[0]): Promise<void> {
  const group = (await client.send(new CreateReplicationGroupCommand(input))).ReplicationGroup!;
  await client.send(
    new CreateCacheClusterCommand({
      CacheClusterId: group.MemberClusters![0]!,
      ReplicationGroupId: input.ReplicationGroupId,
      Engine: 'redis',
      EngineVersion: input.EngineVersion,
      CacheNodeType: input.CacheNodeType,
      NumCacheNodes: 1,
      CacheSubnetGroupName: input.CacheSubnetGroupName,
    }),
  );
}

/**
 * us-east-1: a Memcached cluster in a subnet group with a public subnet, and a hardened Redis 7.1
 * group in a private one. eu-west-1: a plain Redis 5.0.6 group without AUTH and a Redis cluster
 * outside any VPC.
 */
async function seedCaches(): Promise<void> {
  const east = new ElastiCacheClient(seedConfig('us-east-1'));
  const west = new ElastiCacheClient(seedConfig('eu-west-1'));
  const { privateSubnet, publicSubnet } = await seedNetwork('us-east-1');
  await east.send(new CreateCacheSubnetGroupCommand({ CacheSubnetGroupName: 'mixed', CacheSubnetGroupDescription: 'mixed', SubnetIds: [privateSubnet, publicSubnet] }));
  await east.send(new CreateCacheSubnetGroupCommand({ CacheSubnetGroupName: 'private', CacheSubnetGroupDescription: 'private', SubnetIds: [privateSubnet] }));
  await east.send(
    new CreateCacheClusterCommand({
      CacheClusterId: 'query-cache',
      Engine: 'memcached',
      CacheNodeType: 'cache.t4g.small',
      NumCacheNodes: 1,
      CacheSubnetGroupName: 'mixed',
      AutoMinorVersionUpgrade: true,
      Tags: [{ Key: 'team', Value: 'search' }],
    }),
  );
  await replicationGroupWithNode(east, {
    ReplicationGroupId: 'feature-store',
    ReplicationGroupDescription: 'features',
    Engine: 'redis',
    EngineVersion: '7.1',
    CacheNodeType: 'cache.r7g.large',
    CacheSubnetGroupName: 'private',
    AtRestEncryptionEnabled: true,
    TransitEncryptionEnabled: true,
    MultiAZEnabled: true,
    AutomaticFailoverEnabled: true,
    AutoMinorVersionUpgrade: true,
    SnapshotRetentionLimit: 14,
    AuthToken: 'a-long-enough-auth-token',
    Tags: [{ Key: 'team', Value: 'ml' }],
  });
  await replicationGroupWithNode(west, {
    ReplicationGroupId: 'rate-limiter',
    ReplicationGroupDescription: 'limits',
    Engine: 'redis',
    EngineVersion: '5.0.6',
    CacheNodeType: 'cache.t4g.small',
  });
  await west.send(new CreateCacheClusterCommand({ CacheClusterId: 'sessions', Engine: 'redis', EngineVersion: '7.1', CacheNodeType: 'cache.t4g.small', NumCacheNodes: 1 }));
}

function findingsOf(check: Parameters<typeof withMetadata>[0], collections: Record<string, ResourceMap<AwsResource>>, scope: CollectionScope) {
  const { findings } = evaluateCheck(withMetadata(check), new Map(Object.entries(collections)), {
    account: scope.account,
    options: DEFAULT_SCAN_OPTIONS,
    config: DEFAULT_AWS_CONFIG,
    checksInScan: new Set([check.id]),
    timestamp: '2026-01-01T00:00:00.000Z',
  });
  return findings.map((finding) => [finding.resource.arn, finding.region, finding.status]).sort();
}

describe('ElastiCache collections against moto', () => {
  beforeEach(resetMoto);

  it('reads cache clusters, replication groups and subnet groups with their settings and tags, per region', async () => {
    await seedCaches();

    const elasticache = await loadService(await motoScope(REGIONS), 'elasticache');

    expect(failuresIn(elasticache)).toEqual([]);
    expect(readAll(elasticache.clusters).sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      {
        arn: cacheArn('us-east-1', 'cluster:feature-store-001'),
        id: 'feature-store-001',
        name: 'feature-store-001',
        region: 'us-east-1',
        tags: {},
        engine: 'redis',
        engineVersion: '7.1',
        subnetGroupName: 'private',
        replicationGroupId: 'feature-store',
        autoMinorVersionUpgrade: false,
        authTokenEnabled: false,
      },
      {
        arn: cacheArn('us-east-1', 'cluster:query-cache'),
        id: 'query-cache',
        name: 'query-cache',
        region: 'us-east-1',
        tags: { team: 'search' },
        engine: 'memcached',
        engineVersion: '0.0',
        subnetGroupName: 'mixed',
        replicationGroupId: null,
        autoMinorVersionUpgrade: true,
        authTokenEnabled: false,
      },
      expect.objectContaining({ id: 'rate-limiter-001', region: 'eu-west-1', engineVersion: '5.0.6', subnetGroupName: null, replicationGroupId: 'rate-limiter' }),
      expect.objectContaining({ id: 'sessions', region: 'eu-west-1', engine: 'redis', replicationGroupId: null }),
    ]);
    expect(resourceAt(elasticache.replicationGroups, cacheArn('us-east-1', 'replicationgroup:feature-store'))).toEqual({
      arn: cacheArn('us-east-1', 'replicationgroup:feature-store'),
      id: 'feature-store',
      name: 'feature-store',
      region: 'us-east-1',
      tags: { team: 'ml' },
      memberClusters: ['feature-store-001'],
      snapshotRetentionDays: 14,
      atRestEncryption: true,
      transitEncryption: true,
      multiAz: 'enabled',
      automaticFailover: 'enabled',
      autoMinorVersionUpgrade: true,
      authTokenEnabled: true,
    });
    expect(resourceAt(elasticache.replicationGroups, cacheArn('eu-west-1', 'replicationgroup:rate-limiter'))).toMatchObject({
      region: 'eu-west-1',
      tags: {},
      snapshotRetentionDays: 0,
      atRestEncryption: false,
      transitEncryption: false,
      multiAz: 'disabled',
      automaticFailover: 'disabled',
      authTokenEnabled: false,
    });
    expect(readAll(elasticache.subnetGroups).map((group) => [group.arn, group.region, group.subnetIds.length]).sort()).toEqual([
      [cacheArn('us-east-1', 'subnetgroup:mixed'), 'us-east-1', 2],
      [cacheArn('us-east-1', 'subnetgroup:private'), 'us-east-1', 1],
    ]);
  });

  it('judges public subnets and AUTH from what it read', async () => {
    await seedCaches();
    const scope = await motoScope(REGIONS);
    const elasticache = await loadService(scope, 'elasticache');
    const vpc = await loadService(scope, 'vpc', ['subnets']);

    expect(findingsOf(publicSubnetCheck, { 'elasticache.clusters': elasticache.clusters, 'elasticache.subnetGroups': elasticache.subnetGroups, 'vpc.subnets': vpc.subnets }, scope)).toEqual([
      [cacheArn('eu-west-1', 'cluster:rate-limiter-001'), 'eu-west-1', 'PASS'],
      [cacheArn('eu-west-1', 'cluster:sessions'), 'eu-west-1', 'PASS'],
      [cacheArn('us-east-1', 'cluster:feature-store-001'), 'us-east-1', 'PASS'],
      [cacheArn('us-east-1', 'cluster:query-cache'), 'us-east-1', 'FAIL'],
    ]);
    expect(findingsOf(authCheck, { 'elasticache.replicationGroups': elasticache.replicationGroups, 'elasticache.clusters': elasticache.clusters }, scope)).toEqual([
      [cacheArn('eu-west-1', 'replicationgroup:rate-limiter'), 'eu-west-1', 'FAIL'],
      [cacheArn('us-east-1', 'replicationgroup:feature-store'), 'us-east-1', 'MANUAL'],
    ]);
  });
});
