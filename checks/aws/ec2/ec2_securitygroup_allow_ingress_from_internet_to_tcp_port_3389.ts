import { defineCheck } from '../../../src/checks/check.js';
import { judgeTcpPortExposure } from '../../../src/checks/security-group-exposure.js';

export default defineCheck({
  id: 'ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_3389',
  service: 'ec2',
  title: 'Security groups do not open RDP (TCP 3389) to the whole Internet',
  severity: 'high',
  resourceType: 'AwsEc2SecurityGroup',
  categories: ['internet-exposed'],
  checkType: [
    'Software and Configuration Checks/AWS Security Best Practices/Network Reachability',
    'Software and Configuration Checks/Industry and Regulatory Standards/AWS Foundational Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark',
    'TTPs/Initial Access',
  ],
  description:
    'Flags security groups with an inbound rule that lets 0.0.0.0/0 or ::/0 reach TCP port 3389 (Remote Desktop). Only groups attached to a network interface are judged unless unused services are scanned; a group already open on every port is left to the all-ports check.',
  risk:
    'Internet-facing Remote Desktop is a favourite entry point for ransomware crews: credential stuffing and RDP vulnerabilities turn it into interactive control of a Windows host inside the VPC.',
  relatedUrl: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html',
  remediation: {
    text: 'Allow RDP only from known administrative ranges, a VPN or a bastion, or remove the rule and use Fleet Manager / Session Manager port forwarding instead.',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <group-id> --protocol tcp --port 3389 --cidr 0.0.0.0/0',
  },
  uses: ['ec2'],
  run(input, report) {
    judgeTcpPortExposure(input, report, 3389, 'RDP');
  },
});
