import { defineCheck } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ec2_ebs_snapshots_encrypted',
  service: 'ec2',
  title: 'EBS snapshots are encrypted at rest',
  severity: 'high',
  resourceType: 'AwsEc2Volume',
  categories: ['encryption'],
  checkType: [
    'Software and Configuration Checks/AWS Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/AWS Foundational Security Best Practices',
    'Effects/Data Exposure',
  ],
  description: 'Confirms that every EBS snapshot the account owns is encrypted with a KMS key.',
  risk:
    'An unencrypted snapshot is a full disk image in clear text: shared by mistake or copied by an intruder, it can be restored elsewhere and read without any key.',
  relatedUrl: 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html',
  remediation: {
    text: 'Copy each unencrypted snapshot with encryption turned on, then delete the original; enable EBS encryption by default so later snapshots are encrypted.',
    url: 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-copy-snapshot.html',
    cli: 'aws ec2 copy-snapshot --source-region <region> --source-snapshot-id <snapshot-id> --encrypted',
    terraform: 'resource "aws_ebs_snapshot_copy" "example" {\n  source_snapshot_id = "<snapshot-id>"\n  source_region      = "<region>"\n  encrypted          = true\n}',
  },
  uses: ['ec2'],
  run({ ec2 }, report) {
    for (const snapshot of report.from(ec2.snapshots)) {
      report.verdict(
        snapshot.encrypted,
        snapshot,
        `EBS snapshot ${snapshot.id} is encrypted.`,
        `EBS snapshot ${snapshot.id} is not encrypted.`,
      );
    }
  },
});
