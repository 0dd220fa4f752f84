import { defineCheck } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'vpc_flow_logs_enabled',
  service: 'vpc',
  title: 'VPCs record their IP traffic with flow logs',
  severity: 'medium',
  resourceType: 'AwsEc2Vpc',
  categories: ['logging', 'forensics-ready'],
  checkType: [
    'Software and Configuration Checks/AWS Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/AWS Foundational Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark',
    'Software and Configuration Checks/Industry and Regulatory Standards/PCI-DSS',
    'Software and Configuration Checks/Industry and Regulatory Standards/NIST 800-53 Controls (USA)',
    'Software and Configuration Checks/Industry and Regulatory Standards/NIST CSF Controls (USA)',
  ],
  description:
    'Confirms that each VPC has a flow log capturing the IP traffic of its network interfaces. VPCs without any network interface are skipped unless unused services are scanned.',
  risk:
    'Without flow logs there is no record of who connected to what: scanning, exfiltration and lateral movement inside the VPC go unseen, and an incident cannot be reconstructed afterwards.',
  relatedUrl: 'https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html',
  remediation: {
    text: 'Create a flow log for every VPC, capturing all traffic, delivered to CloudWatch Logs or S3 with a retention period that suits investigations.',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/working-with-flow-logs.html',
    cli: 'aws ec2 create-flow-logs --resource-type VPC --resource-ids <vpc-id> --traffic-type ALL --log-destination-type s3 --log-destination arn:aws:s3:::<bucket>',
    terraform: 'resource "aws_flow_log" "example" {\n  vpc_id               = "<vpc-id>"\n  traffic_type         = "ALL"\n  log_destination_type = "s3"\n  log_destination      = "arn:aws:s3:::<bucket>"\n}',
    nativeIaC:
      'Type: AWS::EC2::FlowLog\nProperties:\n  ResourceId: <vpc-id>\n  ResourceType: VPC\n  TrafficType: ALL\n  LogDestinationType: s3\n  LogDestination: arn:aws:s3:::<bucket>',
  },
  uses: ['vpc'],
  run({ vpc: vpcService, options }, report) {
    for (const vpc of report.from(vpcService.vpcs)) {
      if ((!options.scanUnusedServices && !vpc.inUse) || vpc.flowLogEnabled === undefined) continue;
      const label = vpc.name ?? vpc.id;
      report.verdict(vpc.flowLogEnabled, vpc, `VPC ${label} has flow logs.`, `VPC ${label} has no flow logs.`);
    }
  },
});
