import { defineCheck } from '../../../src/checks/check.js';
import { securityGroupInScope } from '../../../src/services/ec2/security-group-rules.js';

export default defineCheck({
  id: 'ec2_securitygroup_default_restrict_traffic',
  service: 'ec2',
  title: 'Default security groups allow no inbound or outbound traffic',
  severity: 'high',
  resourceType: 'AwsEc2SecurityGroup',
  categories: ['trust-boundaries', 'internet-exposed'],
  checkType: [
    'Software and Configuration Checks/AWS Security Best Practices/Network Reachability',
    'Software and Configuration Checks/Industry and Regulatory Standards/AWS Foundational Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark',
  ],
  description:
    'Confirms that the default security group of each VPC has neither inbound nor outbound rules. Only default groups attached to a network interface are judged unless unused services are scanned.',
  risk:
    'Resources launched without an explicit group land in the default one. Its stock rules let every member talk to every other and reach anywhere outbound, so a single compromised member can spread sideways or send data out unnoticed.',
  relatedUrl: 'https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html',
  remediation: {
    text: 'Delete every inbound and outbound rule of each default security group and give resources purpose-built groups instead.',
    url: 'https://docs.aws.amazon.com/config/latest/developerguide/vpc-default-security-group-closed.html',
    cli: 'aws ec2 revoke-security-group-egress --group-id <default-group-id> --ip-permissions IpProtocol=-1,IpRanges=[{CidrIp=0.0.0.0/0}]',
    terraform: 'resource "aws_default_security_group" "default" {\n  vpc_id = "<vpc-id>"\n  # no ingress or egress blocks: every rule is removed\n}',
  },
  uses: ['ec2'],
  run({ ec2, options }, report) {
    for (const group of report.from(ec2.securityGroups)) {
      if (group.name !== 'default' || !securityGroupInScope(group, options)) continue;
      report.verdict(
        group.ingressRules.length === 0 && group.egressRules.length === 0,
        group,
        `Default security group ${group.id} has no rules, so it allows no traffic.`,
        `Default security group ${group.id} has rules that allow traffic.`,
      );
    }
  },
});
