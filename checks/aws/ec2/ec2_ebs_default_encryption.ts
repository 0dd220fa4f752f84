import { defineCheck } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ec2_ebs_default_encryption',
  service: 'ec2',
  title: 'EBS encryption by default is turned on in each region',
  severity: 'high',
  resourceType: 'AwsEc2Volume',
  categories: ['encryption'],
  checkType: [
    'Software and Configuration Checks/AWS Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/AWS Foundational Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark',
    'Effects/Data Exposure',
  ],
  description:
    'Reads the per-region account setting that makes every new EBS volume and snapshot copy encrypted automatically. Regions without any volume are skipped unless unused services are scanned.',
  risk:
    'Without the default, whoever creates a volume (a person, a template, an AMI launch) must remember to ask for encryption; any volume created without it, and its snapshots, hold data in clear text.',
  relatedUrl: 'https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html',
  remediation: {
    text: 'Enable EBS encryption by default in every region in use, preferably with a customer-managed KMS key, and keep it on through an organization guardrail.',
    url: 'https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html',
    cli: 'aws ec2 enable-ebs-encryption-by-default --region <region>',
    terraform: 'resource "aws_ebs_encryption_by_default" "example" {\n  enabled = true\n}',
    nativeIaC: 'Type: AWS::EC2::EBSEncryptionByDefault\nProperties:\n  Enabled: true',
  },
  uses: ['ec2'],
  run({ ec2, options }, report) {
    for (const setting of report.from(ec2.ebsEncryptionByDefault)) {
      if (!options.scanUnusedServices && !setting.hasVolumes) continue;
      report.verdict(
        setting.enabled,
        setting,
        `EBS encryption by default is on in ${setting.region}.`,
        `EBS encryption by default is off in ${setting.region}.`,
      );
    }
  },
});
