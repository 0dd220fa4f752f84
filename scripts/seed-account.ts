import {
  AuthorizeSecurityGroupIngressCommand,
  CreateImageCommand,
  CreateSecurityGroupCommand,
  CreateSnapshotCommand,
  CreateVolumeCommand,
  DescribeImagesCommand,
  EC2Client,
  ModifyImageAttributeCommand,
  ModifySnapshotAttributeCommand,
  RunInstancesCommand,
} from '@aws-sdk/client-ec2';
import {
  AttachRolePolicyCommand,
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreateLoginProfileCommand,
  CreatePolicyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  IAMClient,
  PutUserPolicyCommand,
  UpdateAccountPasswordPolicyCommand,
} from '@aws-sdk/client-iam';
import { CreateKeyCommand, EnableKeyRotationCommand, KMSClient } from '@aws-sdk/client-kms';
import {
  CreateBucketCommand,
  PutBucketAclCommand,
  PutBucketPolicyCommand,
  PutBucketVersioningCommand,
  PutPublicAccessBlockCommand,
  S3Client,
  type BucketLocationConstraint,
} from '@aws-sdk/client-s3';
import { CloudTrailClient, CreateTrailCommand, StartLoggingCommand } from '@aws-sdk/client-cloudtrail';

export interface SeedOptions {
  endpoint: string;
  regions: string[];
  /** Copies of each regional resource per region (1 for the demo; hundreds for the benchmark). */
  copies?: number;
}

const ADMIN_POLICY = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] });

function config(endpoint: string, region: string) {
  return { region, endpoint, forcePathStyle: true, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } };
}

/**
 * Makes moto look like a neglected account: open SSH and RDP, IMDSv1 instances with public IPs,
 * unencrypted and public EBS data, public and unprotected buckets, an admin user without MFA, a
 * trail without validation or encryption, KMS keys without automatic rotation; and a few well-kept resources
 * so that PASS appears too.
 */
export async function seedMisconfiguredAccount({ endpoint, regions, copies = 1 }: SeedOptions): Promise<void> {
  await seedIam(new IAMClient(config(endpoint, 'us-east-1')), copies);
  await Promise.all(regions.map((region) => seedRegion(endpoint, region, copies)));
}

const TRUST_ACCOUNT = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'sts:AssumeRole' }],
});

async function seedIam(iam: IAMClient, copies: number): Promise<void> {
  await iam.send(new UpdateAccountPasswordPolicyCommand({ MinimumPasswordLength: 8, PasswordReusePrevention: 3 }));
  for (const [RoleName, policy] of [['break-glass', 'AdministratorAccess'], ['support', 'AWSSupportAccess']] as const) {
    await iam.send(new CreateRoleCommand({ RoleName, AssumeRolePolicyDocument: TRUST_ACCOUNT }));
    await iam.send(new AttachRolePolicyCommand({ RoleName, PolicyArn: `arn:aws:iam::aws:policy/${policy}` }));
  }
  const admin = await iam.send(new CreatePolicyCommand({ PolicyName: 'everything', PolicyDocument: ADMIN_POLICY }));
  for (let i = 0; i < copies; i++) {
    const UserName = `developer-${i}`;
    await iam.send(new CreateUserCommand({ UserName }));
    await iam.send(new CreateLoginProfileCommand({ UserName, Password: 'Initial-Passw0rd!' }));
    await iam.send(new CreateAccessKeyCommand({ UserName }));
    await iam.send(new AttachUserPolicyCommand({ UserName, PolicyArn: admin.Policy!.Arn! }));
    await iam.send(new PutUserPolicyCommand({ UserName, PolicyName: 'shortcut', PolicyDocument: ADMIN_POLICY }));
  }
}

async function seedRegion(endpoint: string, region: string, copies: number): Promise<void> {
  const ec2 = new EC2Client(config(endpoint, region));
  const s3 = new S3Client(config(endpoint, region));
  const kms = new KMSClient(config(endpoint, region));
  const trails = new CloudTrailClient(config(endpoint, region));
  const location = region === 'us-east-1' ? undefined : { LocationConstraint: region as BucketLocationConstraint };

  const images = await ec2.send(new DescribeImagesCommand({ Owners: ['amazon'], MaxResults: 5 }));
  const imageId = images.Images?.[0]?.ImageId;
  for (let i = 0; i < copies; i++) {
    const group = await ec2.send(new CreateSecurityGroupCommand({ GroupName: `admin-access-${i}`, Description: 'SSH and RDP from anywhere' }));
    await ec2.send(
      new AuthorizeSecurityGroupIngressCommand({
        GroupId: group.GroupId,
        IpPermissions: [22, 3389].map((port) => ({ IpProtocol: 'tcp', FromPort: port, ToPort: port, IpRanges: [{ CidrIp: '0.0.0.0/0' }] })),
      }),
    );
    if (imageId) {
      const run = await ec2.send(
        new RunInstancesCommand({
          ImageId: imageId,
          MinCount: 1,
          MaxCount: 1,
          InstanceType: 't3.micro',
          SecurityGroupIds: [group.GroupId!],
          MetadataOptions: { HttpTokens: i % 2 === 0 ? 'optional' : 'required' },
          TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'Name', Value: `web-${i}` }] }],
        }),
      );
      if (i === 0) {
        // A well-configured instance in the default security group, which puts that group in use.
        await ec2.send(
          new RunInstancesCommand({ ImageId: imageId, MinCount: 1, MaxCount: 1, InstanceType: 't3.micro', MetadataOptions: { HttpTokens: 'required' } }),
        );
        const image = await ec2.send(new CreateImageCommand({ InstanceId: run.Instances![0]!.InstanceId, Name: `golden-${region}` }));
        await ec2.send(
          new ModifyImageAttributeCommand({ ImageId: image.ImageId, LaunchPermission: { Add: [{ Group: 'all' }] } }),
        );
      }
    }
    const volume = await ec2.send(new CreateVolumeCommand({ AvailabilityZone: `${region}a`, Size: 8, Encrypted: i % 2 === 1 }));
    const snapshot = await ec2.send(new CreateSnapshotCommand({ VolumeId: volume.VolumeId }));
    if (i === 0) {
      await ec2.send(
        new ModifySnapshotAttributeCommand({
          SnapshotId: snapshot.SnapshotId,
          Attribute: 'createVolumePermission',
          OperationType: 'add',
          GroupNames: ['all'],
        }),
      );
    }

    const open = `public-assets-${region}-${i}`;
    await s3.send(new CreateBucketCommand({ Bucket: open, CreateBucketConfiguration: location }));
    await s3.send(new PutBucketAclCommand({ Bucket: open, ACL: 'public-read' }));
    await s3.send(
      new PutBucketPolicyCommand({
        Bucket: open,
        Policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:PutObject', Resource: `arn:aws:s3:::${open}/*` }],
        }),
      }),
    );
    const kept = `audit-logs-${region}-${i}`;
    await s3.send(new CreateBucketCommand({ Bucket: kept, CreateBucketConfiguration: location }));
    await s3.send(new PutBucketVersioningCommand({ Bucket: kept, VersioningConfiguration: { Status: 'Enabled' } }));
    await s3.send(
      new PutPublicAccessBlockCommand({
        Bucket: kept,
        PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true },
      }),
    );

    await kms.send(new CreateKeyCommand({ Description: `stale-${i}` }));
    const rotating = await kms.send(new CreateKeyCommand({ Description: `rotating-${i}` }));
    await kms.send(new EnableKeyRotationCommand({ KeyId: rotating.KeyMetadata!.KeyId }));

    if (i === 0) {
      const trail = await trails.send(new CreateTrailCommand({ Name: `trail-${region}`, S3BucketName: open }));
      await trails.send(new StartLoggingCommand({ Name: trail.Name }));
    }
  }
}
