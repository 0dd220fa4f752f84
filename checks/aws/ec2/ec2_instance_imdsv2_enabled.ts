import { defineCheck } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ec2_instance_imdsv2_enabled',
  service: 'ec2',
  title: 'EC2 instances accept only token-based (IMDSv2) metadata requests, or have no metadata service',
  severity: 'high',
  resourceType: 'AwsEc2Instance',
  categories: ['identity-access', 'secrets', 'ec2-imdsv1'],
  checkType: [
    'Software and Configuration Checks/AWS Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/AWS Foundational Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark',
    'TTPs/Credential Access',
  ],
  description:
    'For every EC2 instance that is not terminated, confirms that the instance metadata service either demands session tokens (HttpTokens required, the IMDSv2 protocol) or is switched off altogether.',
  risk:
    'When plain IMDSv1 requests are allowed, a server-side request forgery flaw or any process on the host can fetch the temporary credentials of the instance role with a single GET, then use them from anywhere to reach whatever the role may touch.',
  relatedUrl: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-options.html',
  remediation: {
    text: 'Require session tokens on each instance (and in launch templates and AMI defaults), after checking that its software uses an IMDSv2-aware SDK; turn the endpoint off where nothing needs metadata.',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-existing-instances.html',
    cli: 'aws ec2 modify-instance-metadata-options --instance-id <instance-id> --http-tokens required --http-endpoint enabled',
    terraform: 'resource "aws_instance" "example" {\n  metadata_options {\n    http_tokens = "required"\n  }\n}',
    nativeIaC: 'Type: AWS::EC2::Instance\nProperties:\n  MetadataOptions:\n    HttpTokens: required',
  },
  uses: ['ec2'],
  run({ ec2 }, report) {
    for (const instance of report.from(ec2.instances)) {
      if (instance.state === 'terminated') continue;
      if (instance.metadataHttpEndpoint === 'disabled') {
        report.pass(instance, `EC2 instance ${instance.id} has its metadata service turned off.`);
        continue;
      }
      report.verdict(
        instance.metadataHttpEndpoint === 'enabled' && instance.metadataHttpTokens === 'required',
        instance,
        `EC2 instance ${instance.id} answers metadata requests only with an IMDSv2 session token.`,
        `EC2 instance ${instance.id} does not require IMDSv2 session tokens for metadata requests.`,
      );
    }
  },
});
