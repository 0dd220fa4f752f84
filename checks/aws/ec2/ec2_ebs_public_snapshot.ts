import { defineCheck } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ec2_ebs_public_snapshot',
  service: 'ec2',
  title: 'EBS snapshots are not shared with every AWS account',
  severity: 'critical',
  resourceType: 'AwsEc2Volume',
  categories: ['internet-exposed'],
  checkType: [
    'Software and Configuration Checks/AWS Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/AWS Foundational Security Best Practices',
    'Effects/Data Exposure',
  ],
  description:
    'Looks at every EBS snapshot the account owns and flags those whose create-volume permission is granted to the group "all", that is, public snapshots.',
  risk:
    'Any AWS account can turn a public snapshot into a volume and read the whole disk: files, database pages, keys and passwords. Public snapshots are actively searched for.',
  relatedUrl: 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-modifying-snapshot-permissions.html',
  remediation: {
    text: 'Make the snapshot private and share it only with the specific accounts that need it; turn on block public access for EBS snapshots in each region.',
    url: 'https://docs.aws.amazon.com/ebs/latest/userguide/block-public-access-snapshots.html',
    cli: 'aws ec2 modify-snapshot-attribute --snapshot-id <snapshot-id> --attribute createVolumePermission --operation-type remove --group-names all',
  },
  uses: ['ec2'],
  run({ ec2 }, report) {
    for (const snapshot of report.from(ec2.snapshots)) {
      if (snapshot.public === undefined) continue;
      report.verdict(
        !snapshot.public,
        snapshot,
        `EBS snapshot ${snapshot.id} is not public.`,
        `EBS snapshot ${snapshot.id} is public: any AWS account can create a volume from it.`,
      );
    }
  },
});
