import {
  CreateBucketCommand,
  PutBucketAclCommand,
  PutBucketEncryptionCommand,
  PutBucketLoggingCommand,
  PutBucketOwnershipControlsCommand,
  PutBucketPolicyCommand,
  PutBucketTaggingCommand,
  PutBucketVersioningCommand,
  PutPublicAccessBlockCommand,
  S3Client,
  type BucketLocationConstraint,
} from '@aws-sdk/client-s3';
import { PutPublicAccessBlockCommand as PutAccountPublicAccessBlockCommand, S3ControlClient } from '@aws-sdk/client-s3-control';
import { beforeEach, describe, expect, it } from 'vitest';
import { deniesInsecureTransport } from '../../src/checks/bucket-access.js';
import { isPolicyPublic } from '../../src/checks/policy/public-policy.js';
import { failuresIn, readFields, resourceAt } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoEndpoint, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';

async function createBucket(name: string, region: string): Promise<S3Client> {
  const s3 = new S3Client(seedConfig(region));
  await s3.send(
    new CreateBucketCommand({
      Bucket: name,
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

  it('an empty account lists no buckets, has no account block, and no failures', async () => {
    const s3 = await loadService(await motoScope(['eu-west-1', 'us-east-1']), 's3');
    expect(failuresIn(s3)).toEqual([]);
    expect(s3.buckets.all()).toEqual([]);
    expect(s3.accountPublicAccessBlock.all()).toMatchObject([{ id: MOTO_ACCOUNT, settings: null }]);
  });
});
