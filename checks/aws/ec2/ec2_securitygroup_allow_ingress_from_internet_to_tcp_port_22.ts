import { defineCheck } from '../../../src/checks/check.js';
import { judgeTcpPortExposure } from '../../../src/checks/security-group-exposure.js';

export default defineCheck({
  id: 'ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_22',
  service: 'ec2',
  title: 'Security groups do not open SSH (TCP 22) to the whole Internet',
  severity: 'high',
  resourceType: 'AwsEc2SecurityGroup',
  categories: ['internet-exposed'],
  checkType: [
    'Software and Configuration Checks/AWS Security Best Practices/Network Reachability',
    'Software and Configuration Checks/Industry and Regulatory Standards/AWS Foundational Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark',
    'TTPs/Initial Access/Unauthorized Access',
  ],
  description:
    'Flags security groups with an inbound rule that lets 0.0.0.0/0 or ::/0 reach TCP port 22 (SSH). Only groups attached to a network interface are judged unless unused services are scanned; a group already open on every port is left to the all-ports check.',
  risk:
    'An SSH daemon reachable from anywhere draws constant password guessing and exploit attempts; one weak key, leaked credential or unpatched flaw gives an attacker a shell inside the VPC.',
  relatedUrl: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html',
  remediation: {
    text: 'Allow SSH only from known administrative ranges or a bastion, or drop the rule and administer instances through Systems Manager Session Manager.',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <group-id> --protocol tcp --port 22 --cidr 0.0.0.0/0',
  },
  uses: ['ec2'],
  run(input, report) {
    judgeTcpPortExposure(input, report, 22, 'SSH');
  },
});
