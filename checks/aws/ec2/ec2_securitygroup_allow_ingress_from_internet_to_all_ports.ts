import { defineCheck } from '../../../src/checks/check.js';
import { allPortsOpenToInternet, securityGroupInScope } from '../../../src/services/ec2/security-group-rules.js';

export default defineCheck({
  id: 'ec2_securitygroup_allow_ingress_from_internet_to_all_ports',
  service: 'ec2',
  title: 'Security groups do not open every port to the whole Internet',
  severity: 'critical',
  resourceType: 'AwsEc2SecurityGroup',
  categories: ['internet-exposed'],
  checkType: [
    'Software and Configuration Checks/AWS Security Best Practices/Network Reachability',
    'Software and Configuration Checks/Industry and Regulatory Standards/AWS Foundational Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark',
    'TTPs/Initial Access/Unauthorized Access',
    'Effects/Data Exposure',
  ],
  description:
    'Flags security groups with an inbound rule from 0.0.0.0/0 or ::/0 that covers all traffic, or the full 0-65535 port range of a protocol. Only groups attached to a network interface are judged unless unused services are scanned.',
  risk:
    'Every listening service on every attached resource, including ones nobody meant to publish, becomes reachable from the whole Internet, inviting scanning, exploitation of any weak service and denial of service.',
  relatedUrl: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html',
  remediation: {
    text: 'Replace the all-traffic rule with rules for the specific ports each workload serves, from the narrowest sources that need them; put public services behind a load balancer.',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <group-id> --ip-permissions IpProtocol=-1,IpRanges=[{CidrIp=0.0.0.0/0}]',
  },
  uses: ['ec2'],
  run({ ec2, options }, report) {
    for (const group of report.from(ec2.securityGroups)) {
      if (!securityGroupInScope(group, options)) continue;
      report.verdict(
        !allPortsOpenToInternet(group),
        group,
        `Security group ${group.name} (${group.id}) does not open every port to the Internet.`,
        `Security group ${group.name} (${group.id}) opens every port to the Internet.`,
      );
    }
  },
});
