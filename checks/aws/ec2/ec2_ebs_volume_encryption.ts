import { defineCheck } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ec2_ebs_volume_encryption',
  service: 'ec2',
  title: 'EBS volumes are encrypted at rest',
  severity: 'high',
  resourceType: 'AwsEc2Volume',
  categories: ['encryption'],
  checkType: [
    'Software and Configuration Checks/AWS Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/AWS Foundational Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark',
    'Effects/Data Exposure',
  ],
  description: 'Confirms that every EBS volume in the account stores its blocks encrypted with a KMS key.',
  risk:
    'The contents of an unencrypted volume, and of every snapshot or copy taken from it, are readable by whoever gets hold of that copy: a mis-shared snapshot or a compromised account is enough to read files, databases and credentials offline.',
  relatedUrl: 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html',
  remediation: {
    text: 'An existing volume cannot be encrypted in place: snapshot it, copy the snapshot with encryption, create a volume from the copy and swap it in. Turn on EBS encryption by default so new volumes start encrypted.',
    url: 'https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html',
    cli: 'aws ec2 copy-snapshot --source-region <region> --source-snapshot-id <snapshot-id> --encrypted && aws ec2 create-volume --snapshot-id <encrypted-snapshot-id> --availability-zone <az> --encrypted',
    terraform: 'resource "aws_ebs_volume" "example" {\n  availability_zone = "<az>"\n  size              = 8\n  encrypted         = true\n}',
    nativeIaC: 'Type: AWS::EC2::Volume\nProperties:\n  AvailabilityZone: <az>\n  Size: 8\n  Encrypted: true',
  },
  uses: ['ec2'],
  run({ ec2 }, report) {
    for (const volume of report.from(ec2.volumes)) {
      report.verdict(
        volume.encrypted,
        volume,
        `EBS volume ${volume.id} is encrypted.`,
        `EBS volume ${volume.id} is not encrypted.`,
      );
    }
  },
});
