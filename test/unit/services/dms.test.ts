import { DatabaseMigrationServiceClient, DescribeReplicationInstancesCommand, DescribeReplicationTasksCommand } from '@aws-sdk/client-database-migration-service';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { failuresIn, readAll } from '../../helpers/loaded.js';
import { loadService } from '../../helpers/moto.js';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
const scope = () => ({ account: { ...FIXTURE_ACCOUNT, regions: ['eu-west-1'] }, clients: new ClientFactory({ credentials, limit: pLimit(4) }) });
const arn = (resource: string) => `arn:aws:dms:eu-west-1:${FIXTURE_ACCOUNT.id}:${resource}`;

const instance = (id: string, overrides: Record<string, unknown> = {}) => ({
  ReplicationInstanceArn: arn(`rep:${id}`),
  ReplicationInstanceIdentifier: id,
  ReplicationInstanceStatus: 'available',
  PubliclyAccessible: false,
  KmsKeyId: 'arn:aws:kms:eu-west-1:123456789012:key/k',
  AutoMinorVersionUpgrade: true,
  MultiAZ: false,
  VpcSecurityGroups: [],
  ...overrides,
});

// moto 5.2.1 answers DescribeReplicationInstances and DescribeReplicationTasks with ISO creation
// times where AWS's JSON protocol has epoch seconds, which the JS SDK refuses to read.
describe('DMS replication instances and tasks', () => {
  const dms = mockClient(DatabaseMigrationServiceClient);
  afterEach(() => dms.reset());
  afterAll(() => dms.restore());

  it('reads every page of instances, keeping active security groups and leaving out instances Prowler cannot read', async () => {
    dms.on(DescribeReplicationInstancesCommand).callsFake((input: { Marker?: string; MaxRecords?: number }) => {
      expect(input.MaxRecords).toBe(100);
      return input.Marker
        ? { ReplicationInstances: [instance('second', { MultiAZ: true })] }
        : {
            ReplicationInstances: [
              instance('first', {
                PubliclyAccessible: true,
                VpcSecurityGroups: [
                  { VpcSecurityGroupId: 'sg-1', Status: 'active' },
                  { VpcSecurityGroupId: 'sg-2', Status: 'removing' },
                ],
              }),
              instance('keyless', { KmsKeyId: undefined }),
            ],
            Marker: 'page-2',
          };
    });

    const loaded = await loadService(scope(), 'dms', ['replicationInstances']);

    expect(failuresIn(loaded)).toEqual([]);
    expect(readAll(loaded.replicationInstances)).toEqual([
      { arn: arn('rep:first'), id: 'first', region: 'eu-west-1', tags: {}, publiclyAccessible: true, autoMinorVersionUpgrade: true, multiAz: false, securityGroupIds: ['sg-1'] },
      { arn: arn('rep:keyless'), id: 'keyless', region: 'eu-west-1', tags: {}, publiclyAccessible: false, autoMinorVersionUpgrade: true, multiAz: false, securityGroupIds: [] },
      { arn: arn('rep:second'), id: 'second', region: 'eu-west-1', tags: {}, publiclyAccessible: false, autoMinorVersionUpgrade: true, multiAz: true, securityGroupIds: [] },
    ]);
  });

  it('an instance described without a setting the checks judge leaves the region unread, not passed', async () => {
    dms.on(DescribeReplicationInstancesCommand).resolves({ ReplicationInstances: [instance('odd', { PubliclyAccessible: undefined })] });

    const loaded = await loadService(scope(), 'dms', ['replicationInstances']);

    expect(() => loaded.replicationInstances.all('eu-west-1')).toThrow(/DescribeReplicationInstances/);
  });

  it('reads each task logging settings from the listing, leaving out tasks whose settings are not readable', async () => {
    const settings = { Logging: { EnableLogging: true, LogComponents: [{ Id: 'TARGET_APPLY', Severity: 'LOGGER_SEVERITY_DEBUG' }] } };
    dms.on(DescribeReplicationTasksCommand).resolves({
      ReplicationTasks: [
        { ReplicationTaskArn: arn('task:logged'), ReplicationTaskIdentifier: 'logged', ReplicationTaskSettings: JSON.stringify(settings) },
        { ReplicationTaskArn: arn('task:bare'), ReplicationTaskIdentifier: 'bare', ReplicationTaskSettings: '{}' },
        { ReplicationTaskArn: arn('task:garbled'), ReplicationTaskIdentifier: 'garbled', ReplicationTaskSettings: 'not json' },
        { ReplicationTaskArn: arn('task:unset'), ReplicationTaskIdentifier: 'unset' },
      ],
    });

    const loaded = await loadService(scope(), 'dms', ['replicationTasks']);

    expect(failuresIn(loaded)).toEqual([]);
    expect(readAll(loaded.replicationTasks)).toEqual([
      { arn: arn('task:logged'), id: 'logged', region: 'eu-west-1', tags: {}, loggingEnabled: true, logComponents: [{ id: 'TARGET_APPLY', severity: 'LOGGER_SEVERITY_DEBUG' }] },
      { arn: arn('task:bare'), id: 'bare', region: 'eu-west-1', tags: {}, loggingEnabled: false, logComponents: [] },
    ]);
  });

  it('a failed listing is recorded for its region', async () => {
    dms.on(DescribeReplicationTasksCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedFault', $metadata: { httpStatusCode: 400 } }));

    const loaded = await loadService(scope(), 'dms', ['replicationTasks']);

    expect(() => loaded.replicationTasks.all()).toThrow(/DescribeReplicationTasks failed in eu-west-1/);
  });
});
