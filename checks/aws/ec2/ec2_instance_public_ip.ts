import { defineCheck } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ec2_instance_public_ip',
  service: 'ec2',
  title: 'EC2 instances have no public IPv4 address',
  severity: 'medium',
  resourceType: 'AwsEc2Instance',
  categories: ['internet-exposed'],
  checkType: [
    'Software and Configuration Checks/AWS Security Best Practices/Network Reachability',
    'Software and Configuration Checks/Industry and Regulatory Standards/AWS Foundational Security Best Practices',
    'TTPs/Initial Access',
  ],
  description:
    'For every EC2 instance that is not terminated, looks for a public IPv4 address (auto-assigned or Elastic IP), which makes the instance addressable straight from the Internet.',
  risk:
    'An instance with a public address can be found by Internet-wide scans; any service or management port its security groups leave open can then be probed, brute-forced or flooded directly, without passing through a load balancer, firewall or bastion.',
  relatedUrl: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html',
  remediation: {
    text: 'Run instances in private subnets without public addresses; publish services through load balancers (with a WAF) and administer through Session Manager or a bastion. Disassociate Elastic IPs that are not needed, and disable auto-assignment of public IPs on subnets and launch templates.',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-ip-addressing.html',
    cli: 'aws ec2 disassociate-address --association-id <association-id>',
    terraform: 'resource "aws_instance" "example" {\n  associate_public_ip_address = false\n}',
    nativeIaC:
      'Type: AWS::EC2::Instance\nProperties:\n  NetworkInterfaces:\n    - DeviceIndex: 0\n      SubnetId: <subnet-id>\n      AssociatePublicIpAddress: false',
  },
  uses: ['ec2'],
  run({ ec2 }, report) {
    for (const instance of report.from(ec2.instances)) {
      if (instance.state === 'terminated') continue;
      report.verdict(
        instance.publicIp === null,
        instance,
        `EC2 instance ${instance.id} has no public IP address.`,
        `EC2 instance ${instance.id} is reachable at public IP ${instance.publicIp} (${instance.publicDns ?? 'no public DNS name'}).`,
      );
    }
  },
});
