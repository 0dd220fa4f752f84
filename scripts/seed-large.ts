// The benchmark's large synthetic account (issue 20): per region 2,000 instances, 2,000 security
// groups, 5,000 snapshots, 100 KMS keys and 5 trails; globally 1,000 buckets, 2,000 users and
// 1,000 roles, each with an inline and an attached policy. `size` scales every count (1 = the
// issue's account) so a smaller run takes minutes. Instances come from RunInstances' MaxCount;
// the rest has no batch API, so it is created with a few calls in flight at once.
import { CreateSecurityGroupCommand, CreateSnapshotCommand, CreateVolumeCommand, DescribeImagesCommand, EC2Client, RunInstancesCommand } from '@aws-sdk/client-ec2';
import { AttachRolePolicyCommand, AttachUserPolicyCommand, CreatePolicyCommand, CreateRoleCommand, CreateUserCommand, IAMClient, PutRolePolicyCommand, PutUserPolicyCommand } from '@aws-sdk/client-iam';
import { CreateKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { CloudTrailClient, CreateTrailCommand } from '@aws-sdk/client-cloudtrail';
import pLimit from 'p-limit';

export interface LargeAccountOptions {
  endpoint: string;
  regions: string[];
  /** Fraction of the account: 1 is the full size. */
  size: number;
}

const PER_REGION = { instances: 2000, securityGroups: 2000, snapshots: 5000, keys: 100, trails: 5 };
const GLOBAL = { buckets: 1000, users: 2000, roles: 1000 };
const INSTANCES_PER_RUN = 500;
const inFlight = pLimit(16);

const POLICY = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] });
const TRUST = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] });

const config = (endpoint: string, region: string) => ({
  region,
  endpoint,
  forcePathStyle: true,
  credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
});

/** `count` calls of `create`, a few at a time. */
const times = (count: number, create: (index: number) => Promise<unknown>) =>
  Promise.all(Array.from({ length: count }, (_, index) => inFlight(() => create(index))));

export async function seedLargeAccount({ endpoint, regions, size }: LargeAccountOptions): Promise<number> {
  const scaled = (count: number) => Math.max(1, Math.round(count * size));
  const s3 = new S3Client(config(endpoint, 'us-east-1'));
  await times(scaled(GLOBAL.buckets), (i) => s3.send(new CreateBucketCommand({ Bucket: `bench-bucket-${i}` })));
  const iam = new IAMClient(config(endpoint, 'us-east-1'));
  const policy = await iam.send(new CreatePolicyCommand({ PolicyName: 'bench-read', PolicyDocument: POLICY }));
  const PolicyArn = policy.Policy!.Arn!;
  await times(scaled(GLOBAL.users), async (i) => {
    const UserName = `bench-user-${i}`;
    await iam.send(new CreateUserCommand({ UserName }));
    await iam.send(new PutUserPolicyCommand({ UserName, PolicyName: 'inline', PolicyDocument: POLICY }));
    await iam.send(new AttachUserPolicyCommand({ UserName, PolicyArn }));
  });
  await times(scaled(GLOBAL.roles), async (i) => {
    const RoleName = `bench-role-${i}`;
    await iam.send(new CreateRoleCommand({ RoleName, AssumeRolePolicyDocument: TRUST }));
    await iam.send(new PutRolePolicyCommand({ RoleName, PolicyName: 'inline', PolicyDocument: POLICY }));
    await iam.send(new AttachRolePolicyCommand({ RoleName, PolicyArn }));
  });
  for (const region of regions) await seedRegion(endpoint, region, scaled);
  return scaled(PER_REGION.instances) * regions.length;
}

async function seedRegion(endpoint: string, region: string, scaled: (count: number) => number): Promise<void> {
  const ec2 = new EC2Client(config(endpoint, region));
  const images = await ec2.send(new DescribeImagesCommand({ Owners: ['amazon'], MaxResults: 5 }));
  const ImageId = images.Images?.[0]?.ImageId;
  for (let left = scaled(PER_REGION.instances); left > 0; left -= INSTANCES_PER_RUN) {
    const count = Math.min(INSTANCES_PER_RUN, left);
    await ec2.send(new RunInstancesCommand({ ImageId, MinCount: count, MaxCount: count, InstanceType: 't3.micro' }));
  }
  await times(scaled(PER_REGION.securityGroups), (i) => ec2.send(new CreateSecurityGroupCommand({ GroupName: `bench-group-${i}`, Description: 'benchmark' })));
  const volume = await ec2.send(new CreateVolumeCommand({ AvailabilityZone: `${region}a`, Size: 8 }));
  await times(scaled(PER_REGION.snapshots), () => ec2.send(new CreateSnapshotCommand({ VolumeId: volume.VolumeId })));
  const kms = new KMSClient(config(endpoint, region));
  await times(scaled(PER_REGION.keys), () => kms.send(new CreateKeyCommand({})));
  const trails = new CloudTrailClient(config(endpoint, region));
  await times(scaled(PER_REGION.trails), (i) => trails.send(new CreateTrailCommand({ Name: `bench-trail-${i}`, S3BucketName: 'bench-bucket-0' })));
}
