import {
  CreateBucketCommand,
  PutBucketAclCommand,
  PutBucketEncryptionCommand,
  PutBucketLifecycleConfigurationCommand,
  PutBucketLoggingCommand,
  PutBucketNotificationConfigurationCommand,
  PutBucketOwnershipControlsCommand,
  PutBucketPolicyCommand,
  PutBucketReplicationCommand,
  PutBucketTaggingCommand,
  PutBucketVersioningCommand,
  PutObjectLockConfigurationCommand,
  PutPublicAccessBlockCommand,
  S3Client,
  type BucketLocationConstraint,
} from '@aws-sdk/client-s3';
import {
  CreateAccessPointCommand,
  CreateMultiRegionAccessPointCommand,
  PutPublicAccessBlockCommand as PutAccountPublicAccessBlockCommand,
  S3ControlClient,
} from '@aws-sdk/client-s3-control';
import { beforeEach, describe, expect, it } from 'vitest';
import { deniesInsecureTransport } from '../../src/checks/bucket-access.js';
import { isPolicyPublic } from '../../src/checks/policy/public-policy.js';
import { failuresIn, readAll, readFields, resourceAt } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoEndpoint, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';

async function createBucket(name: string, region: string, objectLock = false): Promise<S3Client> {
  const s3 = new S3Client(seedConfig(region));
  await s3.send(
    new CreateBucketCommand({
      Bucket: name,
      ObjectLockEnabledForBucket: objectLock || undefined,
      CreateBucketConfiguration: region === 'us-east-1' ? undefined : { LocationConstraint: region as BucketLocationConstraint },
    }),
  );
  return s3;
}

function policy(statement: Record<string, unknown>): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: [statement] });
}

describe('S3 collections against moto', () => {
  beforeEach(resetMoto);

  it('lists buckets once and reads each one in its own region', async () => {
    const east = await createBucket('east-hardened', 'us-east-1');
    await createBucket('east-access-logs', 'us-east-1');
    const west = await createBucket('west-public', 'eu-west-1');
    await createBucket('oregon-unscanned', 'us-west-2');

    await east.send(
      new PutBucketEncryptionCommand({
        Bucket: 'east-hardened',
        ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms' } }] },
      }),
    );
    await east.send(new PutBucketVersioningCommand({ Bucket: 'east-hardened', VersioningConfiguration: { Status: 'Enabled' } }));
    const logDelivery = 'uri="http://acs.amazonaws.com/groups/s3/LogDelivery"';
    await east.send(new PutBucketAclCommand({ Bucket: 'east-access-logs', GrantWrite: logDelivery, GrantReadACP: logDelivery }));
    await east.send(
      new PutBucketLoggingCommand({
        Bucket: 'east-hardened',
        BucketLoggingStatus: { LoggingEnabled: { TargetBucket: 'east-access-logs', TargetPrefix: 'hardened/' } },
      }),
    );
    await east.send(
      new PutBucketPolicyCommand({
        Bucket: 'east-hardened',
        Policy: policy({
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:*',
          Resource: ['arn:aws:s3:::east-hardened', 'arn:aws:s3:::east-hardened/*'],
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        }),
      }),
    );
    await east.send(
      new PutPublicAccessBlockCommand({
        Bucket: 'east-hardened',
        PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true },
      }),
    );
    await east.send(
      new PutBucketOwnershipControlsCommand({
        Bucket: 'east-hardened',
        OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
      }),
    );
    await east.send(new PutBucketTaggingCommand({ Bucket: 'east-hardened', Tagging: { TagSet: [{ Key: 'team', Value: 'data' }] } }));

    await west.send(new PutBucketOwnershipControlsCommand({ Bucket: 'west-public', OwnershipControls: { Rules: [{ ObjectOwnership: 'ObjectWriter' }] } }));
    await west.send(new PutBucketAclCommand({ Bucket: 'west-public', ACL: 'public-read' }));
    await west.send(
      new PutBucketPolicyCommand({
        Bucket: 'west-public',
        Policy: policy({ Effect: 'Allow', Principal: '*', Action: ['s3:GetObject', 's3:PutObject'], Resource: 'arn:aws:s3:::west-public/*' }),
      }),
    );

    const control = new S3ControlClient({ ...seedConfig('us-east-1'), endpointProvider: () => ({ url: new URL(motoEndpoint()) }) });
    await control.send(
      new PutAccountPublicAccessBlockCommand({
        AccountId: MOTO_ACCOUNT,
        PublicAccessBlockConfiguration: { BlockPublicAcls: false, IgnorePublicAcls: true, BlockPublicPolicy: false, RestrictPublicBuckets: true },
      }),
    );

    const scope = await motoScope(['eu-west-1', 'us-east-1']);
    const s3 = await loadService(scope, 's3');

    expect(failuresIn(s3)).toEqual([]);
    expect(s3.buckets.all().map((bucket) => bucket.id).sort()).toEqual(['east-access-logs', 'east-hardened', 'west-public']);

    const hardened = readFields(resourceAt(s3.buckets, 'arn:aws:s3:::east-hardened'));
    expect(hardened).toMatchObject({
      id: 'east-hardened',
      name: 'east-hardened',
      region: 'us-east-1',
      tags: { team: 'data' },
      encryption: 'aws:kms',
      versioning: true,
      mfaDelete: false,
      logging: { targetBucket: 'east-access-logs', targetPrefix: 'hardened/' },
      publicAccessBlock: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true },
      ownership: 'BucketOwnerEnforced',
    });
    expect(deniesInsecureTransport(hardened.policy!)).toBe(true);
    expect(hardened.aclGrants.some((grant) => grant.uri === ALL_USERS)).toBe(false);

    const exposed = readFields(resourceAt(s3.buckets, 'arn:aws:s3:::west-public'));
    expect(exposed).toMatchObject({
      region: 'eu-west-1',
      tags: {},
      // moto leaves new buckets unencrypted; AWS has applied SSE-S3 to every bucket since 2023.
      encryption: null,
      versioning: false,
      logging: null,
      publicAccessBlock: null,
      ownership: 'ObjectWriter',
    });
    expect(exposed.aclGrants).toContainEqual(expect.objectContaining({ granteeType: 'Group', uri: ALL_USERS, permission: 'READ' }));
    expect(isPolicyPublic(exposed.policy!, ['s3:PutObject'])).toBe(true);
    expect(deniesInsecureTransport(exposed.policy!)).toBe(false);

    expect(readFields(resourceAt(s3.buckets, 'arn:aws:s3:::east-access-logs'))).toMatchObject({ policy: null, ownership: null });

    expect(s3.accountPublicAccessBlock.all()).toEqual([
      {
        arn: `arn:aws:s3:us-east-1:${MOTO_ACCOUNT}:account`,
        id: MOTO_ACCOUNT,
        region: 'us-east-1',
        tags: {},
        settings: { blockPublicAcls: false, ignorePublicAcls: true, blockPublicPolicy: false, restrictPublicBuckets: true },
      },
    ]);
    expect(scope.clients.calls.get('S3:ListBuckets')).toBe(1);
    expect(scope.clients.calls.get('S3Control:GetPublicAccessBlock')).toBe(1);
    expect(scope.clients.calls.get('S3:GetBucketPolicy')).toBe(3);
  });

  it('reads object lock, lifecycle, replication and notifications of each bucket in its own region', async () => {
    const east = await createBucket('east-vault', 'us-east-1', true);
    const west = await createBucket('west-replicated', 'eu-west-1');
    await createBucket('west-plain', 'eu-west-1');
    await east.send(
      new PutObjectLockConfigurationCommand({
        Bucket: 'east-vault',
        ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'GOVERNANCE', Days: 30 } } },
      }),
    );
    await east.send(
      new PutBucketLifecycleConfigurationCommand({
        Bucket: 'east-vault',
        LifecycleConfiguration: {
          Rules: [
            { ID: 'expire-tmp', Status: 'Enabled', Filter: { Prefix: 'tmp/' }, Expiration: { Days: 7 } },
            { ID: 'archive', Status: 'Disabled', Filter: { Prefix: 'old/' }, Transitions: [{ Days: 90, StorageClass: 'GLACIER' }] },
          ],
        },
      }),
    );
    // moto 5.2.1 accepts an EventBridge configuration but drops it from GetBucketNotificationConfiguration, so a queue stands in.
    await east.send(
      new PutBucketNotificationConfigurationCommand({
        Bucket: 'east-vault',
        NotificationConfiguration: { QueueConfigurations: [{ QueueArn: `arn:aws:sqs:us-east-1:${MOTO_ACCOUNT}:vault-events`, Events: ['s3:ObjectRemoved:*'] }] },
      }),
    );
    await west.send(new PutBucketVersioningCommand({ Bucket: 'west-replicated', VersioningConfiguration: { Status: 'Enabled' } }));
    await west.send(
      new PutBucketReplicationCommand({
        Bucket: 'west-replicated',
        ReplicationConfiguration: {
          Role: `arn:aws:iam::${MOTO_ACCOUNT}:role/replication`,
          Rules: [{ ID: 'to-vault', Status: 'Enabled', Priority: 1, Filter: { Prefix: '' }, DeleteMarkerReplication: { Status: 'Disabled' }, Destination: { Bucket: 'arn:aws:s3:::east-vault' } }],
        },
      }),
    );

    const s3 = await loadService(await motoScope(['eu-west-1', 'us-east-1']), 's3', ['buckets', 'bucketObjectLock', 'bucketLifecycle', 'bucketReplication', 'bucketNotifications']);

    expect(failuresIn(s3)).toEqual([]);
    const settings = (name: string) => {
      const arn = `arn:aws:s3:::${name}`;
      return {
        ...readFields(resourceAt(s3.bucketObjectLock, arn)),
        ...readFields(resourceAt(s3.bucketLifecycle, arn)),
        ...readFields(resourceAt(s3.bucketReplication, arn)),
        ...readFields(resourceAt(s3.bucketNotifications, arn)),
      };
    };
    expect(settings('east-vault')).toMatchObject({
      region: 'us-east-1',
      objectLock: true,
      lifecycleRules: [
        { id: 'expire-tmp', status: 'Enabled' },
        { id: 'archive', status: 'Disabled' },
      ],
      replicationRules: [],
      notifies: true,
    });
    expect(settings('west-replicated')).toMatchObject({
      region: 'eu-west-1',
      objectLock: false,
      lifecycleRules: [],
      replicationRules: [{ id: 'to-vault', status: 'Enabled', destination: 'arn:aws:s3:::east-vault' }],
      notifies: false,
    });
    expect(settings('west-plain')).toMatchObject({ region: 'eu-west-1', objectLock: false, lifecycleRules: [], replicationRules: [], notifies: false });
  });

  it('reads access points with their public access blocks, and Multi-Region Access Points from the control region', async () => {
    await createBucket('east-data', 'us-east-1');
    await createBucket('west-data', 'eu-west-1');
    const control = new S3ControlClient({ ...seedConfig('us-east-1'), endpointProvider: () => ({ url: new URL(motoEndpoint()) }) });
    const fullBlock = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };
    const guarded = await control.send(new CreateAccessPointCommand({ AccountId: MOTO_ACCOUNT, Name: 'guarded', Bucket: 'east-data', PublicAccessBlockConfiguration: fullBlock }));
    const open = await control.send(
      new CreateAccessPointCommand({
        AccountId: MOTO_ACCOUNT,
        Name: 'open',
        Bucket: 'east-data',
        PublicAccessBlockConfiguration: { BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: false },
      }),
    );
    const multiRegionControl = new S3ControlClient({ ...seedConfig('us-west-2'), endpointProvider: () => ({ url: new URL(motoEndpoint()) }) });
    await multiRegionControl.send(
      new CreateMultiRegionAccessPointCommand({
        AccountId: MOTO_ACCOUNT,
        Details: { Name: 'everywhere', PublicAccessBlock: { ...fullBlock, BlockPublicPolicy: false }, Regions: [{ Bucket: 'east-data' }, { Bucket: 'west-data' }] },
      }),
    );

    // moto 5.2.1 keeps one S3 Control store for the whole partition, so every scanned region would
    // list the same access points; a scan of their own region alone keeps the region certain.
    const s3 = await loadService(await motoScope(['us-east-1']), 's3', ['accessPoints', 'multiRegionAccessPoints']);

    expect(failuresIn(s3)).toEqual([]);
    expect(readAll(s3.accessPoints).sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      {
        arn: guarded.AccessPointArn,
        id: 'guarded',
        name: 'guarded',
        region: 'us-east-1',
        tags: {},
        bucket: 'east-data',
        publicAccessBlock: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true },
      },
      {
        arn: open.AccessPointArn,
        id: 'open',
        name: 'open',
        region: 'us-east-1',
        tags: {},
        bucket: 'east-data',
        publicAccessBlock: { blockPublicAcls: false, ignorePublicAcls: false, blockPublicPolicy: false, restrictPublicBuckets: false },
      },
    ]);
    expect(readAll(s3.multiRegionAccessPoints)).toEqual([
      {
        arn: `arn:aws:s3::${MOTO_ACCOUNT}:accesspoint/everywhere`,
        id: 'everywhere',
        name: 'everywhere',
        region: 'us-west-2',
        tags: {},
        buckets: ['east-data', 'west-data'],
        publicAccessBlock: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: false, restrictPublicBuckets: true },
      },
    ]);
  });

  it('an empty account lists no buckets, has no account block, and no failures', async () => {
    const s3 = await loadService(await motoScope(['eu-west-1', 'us-east-1']), 's3');
    expect(failuresIn(s3)).toEqual([]);
    expect(s3.buckets.all()).toEqual([]);
    expect(s3.accountPublicAccessBlock.all()).toMatchObject([{ id: MOTO_ACCOUNT, settings: null }]);
  });
});
