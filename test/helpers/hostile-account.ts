import {
  AuthorizeSecurityGroupIngressCommand,
  CreateSecurityGroupCommand,
  CreateTagsCommand,
  DescribeImagesCommand,
  EC2Client,
  RunInstancesCommand,
} from '@aws-sdk/client-ec2';
import { CreateBucketCommand, PutBucketTaggingCommand, S3Client } from '@aws-sdk/client-s3';
import { seedConfig } from './moto.js';

/**
 * Markup an attacker who controls names in the scanned account could plant. Each would set
 * `window.__hostile` (or open an alert) if a report ever treated it as markup or script.
 */
export const HOSTILE = {
  image: '<img src=x onerror="window.__hostile=1;alert(1)">',
  scriptBreakout: '</script><script>window.__hostile=1;alert(1)</script>',
  attribute: '"><svg onload="window.__hostile=1">',
  comment: '<!-- --><script>window.__hostile=1</script>',
  entity: '&lt;b&gt;not bold&lt;/b&gt; & <b>bold?</b>',
} as const;

/** S3 names allow only lower-case letters, digits, dots and dashes; the bucket's tags carry the rest. */
export const HOSTILE_BUCKET = 'xss-report-bucket';

/**
 * An account whose instance names, instance and bucket tags, and security group name and
 * description carry markup. Every resource also fails a check, so it shows in the report.
 */
export async function seedHostileAccount(region = 'us-east-1'): Promise<{ instanceId: string; groupId: string }> {
  const ec2 = new EC2Client(seedConfig(region));
  const s3 = new S3Client(seedConfig(region));

  const group = await ec2.send(new CreateSecurityGroupCommand({ GroupName: HOSTILE.image, Description: HOSTILE.scriptBreakout }));
  await ec2.send(
    new AuthorizeSecurityGroupIngressCommand({
      GroupId: group.GroupId,
      IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }],
    }),
  );
  await ec2.send(new CreateTagsCommand({ Resources: [group.GroupId!], Tags: [{ Key: HOSTILE.attribute, Value: HOSTILE.comment }] }));

  const images = await ec2.send(new DescribeImagesCommand({ Owners: ['amazon'], MaxResults: 5 }));
  const run = await ec2.send(
    new RunInstancesCommand({
      ImageId: images.Images![0]!.ImageId,
      MinCount: 1,
      MaxCount: 1,
      InstanceType: 't3.micro',
      // In use, so the security group checks judge it.
      SecurityGroupIds: [group.GroupId!],
      MetadataOptions: { HttpTokens: 'optional' },
      TagSpecifications: [
        {
          ResourceType: 'instance',
          Tags: [
            { Key: 'Name', Value: HOSTILE.scriptBreakout },
            { Key: HOSTILE.image, Value: HOSTILE.entity },
          ],
        },
      ],
    }),
  );

  await s3.send(new CreateBucketCommand({ Bucket: HOSTILE_BUCKET }));
  await s3.send(
    new PutBucketTaggingCommand({
      Bucket: HOSTILE_BUCKET,
      Tagging: { TagSet: [{ Key: 'owner', Value: HOSTILE.image }, { Key: 'note', Value: HOSTILE.scriptBreakout }] },
    }),
  );
  return { instanceId: run.Instances![0]!.InstanceId!, groupId: group.GroupId! };
}
