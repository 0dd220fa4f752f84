import {
  DescribeCertificatesCommand,
  DescribeDBEngineVersionsCommand,
  DescribeDBInstancesCommand,
  DescribeDBParametersCommand,
  DescribeDBSnapshotAttributesCommand,
  DescribeDBSnapshotsCommand,
  RDSClient,
} from '@aws-sdk/client-rds';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import type { Collection } from '../../../src/services/collection.js';
import { CollectionLoader } from '../../../src/services/loader.js';
import rds from '../../../src/services/rds/rds.js';
import type { AwsResource, ResourceMap } from '../../../src/services/resource-map.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { readAll, readFields } from '../../helpers/loaded.js';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
function loader() {
  const scan = new CollectionLoader({ account: FIXTURE_ACCOUNT, clients: new ClientFactory({ credentials, limit: pLimit(4) }) });
  return { load: <T extends AwsResource>(collection: Collection<T>) => scan.load(collection) as Promise<ResourceMap<T>> };
}

const denied = () => Object.assign(new Error('denied'), { name: 'AccessDenied' });

const instanceIn = (id: string, engine: string, extra: Record<string, unknown> = {}) => ({ DBInstanceIdentifier: id, Engine: engine, EngineVersion: '1.0', ...extra });

/**
 * moto 5.2.1 answers neither DescribeCertificates nor DescribeDBEngineVersions, reports no
 * EnhancedMonitoringResourceArn or EngineLifecycleSupport on an instance, ignores the parameter-name
 * filter, and never says a snapshot is gone: those are read here from mocked answers.
 */
describe('RDS collections', () => {
  const mock = mockClient(RDSClient);
  afterEach(() => mock.reset());
  afterAll(() => mock.restore());

  /** Answers DescribeDBInstances with `byRegion[region]` (no instances elsewhere). */
  const instancesByRegion = (byRegion: Record<string, object[]>) =>
    mock.on(DescribeDBInstancesCommand).callsFake(async (_input: unknown, getClient: () => RDSClient) => ({ DBInstances: byRegion[await getClient().config.region()] ?? [] }));

  it('keeps what only real RDS reports about an instance', async () => {
    instancesByRegion({
      'eu-west-1': [
        instanceIn('monitored', 'postgres', {
          EnhancedMonitoringResourceArn: 'arn:aws:logs:eu-west-1:111122223333:log-group:RDSOSMetrics:log-stream:db-ABC',
          EngineLifecycleSupport: 'open-source-rds-extended-support',
          VpcSecurityGroups: [
            { VpcSecurityGroupId: 'sg-live', Status: 'active' },
            { VpcSecurityGroupId: 'sg-leaving', Status: 'removing' },
          ],
          DBSubnetGroup: { DBSubnetGroupName: 'g', VpcId: 'vpc-1', Subnets: [{ SubnetIdentifier: 'subnet-a', SubnetStatus: 'Active' }, { SubnetIdentifier: 'subnet-b', SubnetStatus: 'Inactive' }] },
          DBClusterIdentifier: 'c1',
        }),
      ],
    });

    const instances = await loader().load(rds.instances);

    expect(readAll(instances)).toEqual([
      expect.objectContaining({
        arn: 'arn:aws:rds:eu-west-1:111122223333:db:monitored',
        enhancedMonitoringArn: 'arn:aws:logs:eu-west-1:111122223333:log-group:RDSOSMetrics:log-stream:db-ABC',
        engineLifecycleSupport: 'open-source-rds-extended-support',
        securityGroupIds: ['sg-live'],
        subnetIds: ['subnet-a'],
        vpcId: 'vpc-1',
        clusterArn: 'arn:aws:rds:eu-west-1:111122223333:cluster:c1',
      }),
    ]);
  });

  it('lists certificates only in regions with an instance, once there', async () => {
    instancesByRegion({ 'us-east-1': [instanceIn('a', 'mysql'), instanceIn('b', 'mysql')] });
    mock
      .on(DescribeCertificatesCommand)
      .resolvesOnce({
        Certificates: [{ CertificateIdentifier: 'rds-ca-rsa2048-g1', CertificateArn: 'arn:aws:rds:us-east-1::cert:rds-ca-rsa2048-g1', CertificateType: 'CA', ValidFrom: new Date('2021-05-25T00:00:00Z'), ValidTill: new Date('2061-05-25T00:00:00Z'), CustomerOverride: false }],
        Marker: 'more',
      })
      .resolvesOnce({
        Certificates: [
          {
            CertificateIdentifier: 'mine',
            CertificateArn: 'arn:aws:rds:us-east-1::cert:mine',
            ValidFrom: new Date('2024-01-01T00:00:00Z'),
            ValidTill: new Date('2025-01-01T00:00:00Z'),
            CustomerOverride: true,
            CustomerOverrideValidTill: new Date('2025-01-01T00:00:00Z'),
          },
        ],
      });

    const certificates = await loader().load(rds.certificates);

    expect(readAll(certificates).map((certificate) => [certificate.id, certificate.region, certificate.validTill.toISOString(), certificate.customerOverride])).toEqual([
      ['rds-ca-rsa2048-g1', 'us-east-1', '2061-05-25T00:00:00.000Z', false],
      ['mine', 'us-east-1', '2025-01-01T00:00:00.000Z', true],
    ]);
    // Two pages of one listing in the one region with instances.
    expect(mock.commandCalls(DescribeCertificatesCommand).map((call) => call.args[0].input.MaxRecords)).toEqual([100, 100]);
    expect(certificates.failures).toEqual([]);
  });

  it('lists the offered versions of each engine its instances run, one filtered listing per engine', async () => {
    instancesByRegion({ 'eu-west-1': [instanceIn('a', 'mysql'), instanceIn('b', 'mysql'), instanceIn('c', 'postgres')] });
    mock.on(DescribeDBEngineVersionsCommand, { Engine: 'mysql' }).resolves({ DBEngineVersions: [{ Engine: 'mysql', EngineVersion: '8.0.39' }, { Engine: 'mysql', EngineVersion: '8.0.40' }] });
    mock.on(DescribeDBEngineVersionsCommand, { Engine: 'postgres' }).rejects(denied());

    const versions = await loader().load(rds.engineVersions);

    expect(versions.found().map((engine) => [engine.engine, engine.versions]).sort()).toEqual([
      ['mysql', ['8.0.39', '8.0.40']],
      ['postgres', []],
    ]);
    // One engine's versions unknown leaves the region's list unproven.
    expect(() => versions.all('eu-west-1')).toThrow(/DescribeDBEngineVersions/);
    expect(versions.all('us-east-1')).toEqual([]);
    expect(mock.commandCalls(DescribeDBEngineVersionsCommand).map((call) => call.args[0].input.Engine).sort()).toEqual(['mysql', 'postgres']);
  });

  it('asks each attached parameter group once, for the transport parameters only', async () => {
    instancesByRegion({
      'eu-west-1': [
        instanceIn('a', 'postgres', { DBParameterGroups: [{ DBParameterGroupName: 'tls' }] }),
        instanceIn('b', 'postgres', { DBParameterGroups: [{ DBParameterGroupName: 'tls' }] }),
        instanceIn('c', 'mysql', { DBParameterGroups: [{ DBParameterGroupName: 'locked' }] }),
      ],
    });
    mock.on(DescribeDBParametersCommand, { DBParameterGroupName: 'tls' }).resolves({
      Parameters: [{ ParameterName: 'rds.force_ssl', ParameterValue: '1' }, { ParameterName: 'log_connections', ParameterValue: '1' }, { ParameterName: 'require_secure_transport' }],
    });
    mock.on(DescribeDBParametersCommand, { DBParameterGroupName: 'locked' }).rejects(denied());

    const groups = await loader().load(rds.parameterGroups);

    const parametersOf = (name: string) => readFields(groups.all().find((group) => group.name === name)!).parameters;
    expect(parametersOf('tls')).toEqual({ 'rds.force_ssl': '1' });
    expect(() => parametersOf('locked')).toThrow(/DescribeDBParameters/);
    const asked = mock.commandCalls(DescribeDBParametersCommand).map((call) => call.args[0].input);
    expect(asked.map((input) => input.DBParameterGroupName).sort()).toEqual(['locked', 'tls']);
    expect(asked[0]?.Filters).toEqual([{ Name: 'parameter-name', Values: ['rds.force_ssl', 'require_secure_transport'] }]);
  });

  it('a region whose instances could not be listed fails the per-instance collections with the listing call', async () => {
    mock.on(DescribeDBInstancesCommand).rejects(denied());

    const scan = loader();
    const [groups, certificates, versions] = await Promise.all([scan.load(rds.parameterGroups), scan.load(rds.certificates), scan.load(rds.engineVersions)]);

    for (const map of [groups, certificates, versions]) expect(() => map.all('eu-west-1')).toThrow(/DescribeDBInstances/);
    expect(mock.commandCalls(DescribeDBParametersCommand)).toHaveLength(0);
    expect(mock.commandCalls(DescribeCertificatesCommand)).toHaveLength(0);
    expect(mock.commandCalls(DescribeDBEngineVersionsCommand)).toHaveLength(0);
  });

  it('a snapshot deleted since it was listed restores to no one; a denied read is unread', async () => {
    mock.on(DescribeDBSnapshotsCommand).callsFake(async (_input: unknown, getClient: () => RDSClient) =>
      (await getClient().config.region()) === 'eu-west-1' ? { DBSnapshots: [{ DBSnapshotIdentifier: 'gone', Engine: 'mysql' }, { DBSnapshotIdentifier: 'locked', Engine: 'mysql' }] } : { DBSnapshots: [] },
    );
    mock.on(DescribeDBSnapshotAttributesCommand, { DBSnapshotIdentifier: 'gone' }).rejects(Object.assign(new Error('gone'), { name: 'DBSnapshotNotFoundFault' }));
    mock.on(DescribeDBSnapshotAttributesCommand, { DBSnapshotIdentifier: 'locked' }).rejects(denied());

    const snapshots = await loader().load(rds.instanceSnapshotAttributes);

    const publicOf = (id: string) => readFields(snapshots.all().find((snapshot) => snapshot.id === id)!).public;
    expect(publicOf('gone')).toBe(false);
    expect(() => publicOf('locked')).toThrow(/DescribeDBSnapshotAttributes/);
  });
});
