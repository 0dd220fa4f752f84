import { CreateSecurityGroupCommand, CreateSubnetCommand, CreateVpcCommand, EC2Client } from '@aws-sdk/client-ec2';
import {
  CreateListenerCommand,
  CreateLoadBalancerCommand,
  CreateRuleCommand,
  CreateTargetGroupCommand,
  ElasticLoadBalancingV2Client,
  ModifyLoadBalancerAttributesCommand,
  type LoadBalancerTypeEnum,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readAll, readFields, resourceAt } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

/** IAM server certificates: moto checks ACM certificates exist, not IAM ones. */
const IAM_CERTIFICATE = `arn:aws:iam::${MOTO_ACCOUNT}:server-certificate/web`;

/** A VPC with one subnet in each of `zones`, and a security group. */
async function network(region: string, zones: string[]) {
  const ec2 = new EC2Client(seedConfig(region));
  const vpc = await ec2.send(new CreateVpcCommand({ CidrBlock: '10.1.0.0/16' }));
  const vpcId = vpc.Vpc!.VpcId!;
  const subnetIds = [];
  for (const [index, zone] of zones.entries()) {
    const subnet = await ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: `10.1.${index}.0/24`, AvailabilityZone: zone }));
    subnetIds.push(subnet.Subnet!.SubnetId!);
  }
  const group = await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'lb', Description: 'load balancer', VpcId: vpcId }));
  return { vpcId, subnetIds, groupId: group.GroupId! };
}

async function createLoadBalancer(client: ElasticLoadBalancingV2Client, name: string, type: LoadBalancerTypeEnum, subnetIds: string[], securityGroups?: string[]) {
  const response = await client.send(
    new CreateLoadBalancerCommand({ Name: name, Type: type, Scheme: 'internet-facing', Subnets: subnetIds, SecurityGroups: securityGroups, Tags: [{ Key: 'name', Value: name }] }),
  );
  return response.LoadBalancers![0]!.LoadBalancerArn!;
}

describe('ELBv2 collections against moto', () => {
  beforeEach(resetMoto);

  it('reads load balancers, attributes, listeners and HTTP listener rules in every scanned region', async () => {
    const west = new ElasticLoadBalancingV2Client(seedConfig('eu-west-1'));
    const east = new ElasticLoadBalancingV2Client(seedConfig('us-east-1'));
    const westNetwork = await network('eu-west-1', ['eu-west-1a', 'eu-west-1b']);
    const eastNetwork = await network('us-east-1', ['us-east-1a']);

    // eu-west-1: an ALB with an HTTP listener redirecting to HTTPS, an HTTP listener forwarding
    // (with a rule that redirects), an HTTPS listener; and an ALB without listeners.
    const albArn = await createLoadBalancer(west, 'web', 'application', westNetwork.subnetIds, [westNetwork.groupId]);
    const targets = await west.send(new CreateTargetGroupCommand({ Name: 'web', Protocol: 'HTTP', Port: 8080, VpcId: westNetwork.vpcId }));
    const targetGroupArn = targets.TargetGroups![0]!.TargetGroupArn!;
    const redirect = await west.send(
      new CreateListenerCommand({
        LoadBalancerArn: albArn,
        Protocol: 'HTTP',
        Port: 80,
        DefaultActions: [{ Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' } }],
      }),
    );
    const forward = await west.send(
      new CreateListenerCommand({ LoadBalancerArn: albArn, Protocol: 'HTTP', Port: 8080, DefaultActions: [{ Type: 'forward', TargetGroupArn: targetGroupArn }] }),
    );
    await west.send(
      new CreateRuleCommand({
        ListenerArn: forward.Listeners![0]!.ListenerArn!,
        Priority: 10,
        Conditions: [{ Field: 'path-pattern', Values: ['/login*'] }],
        Actions: [{ Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS', StatusCode: 'HTTP_302' } }],
      }),
    );
    const https = await west.send(
      new CreateListenerCommand({
        LoadBalancerArn: albArn,
        Protocol: 'HTTPS',
        Port: 443,
        SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
        Certificates: [{ CertificateArn: IAM_CERTIFICATE }],
        DefaultActions: [{ Type: 'forward', TargetGroupArn: targetGroupArn }],
      }),
    );
    await west.send(
      new ModifyLoadBalancerAttributesCommand({
        LoadBalancerArn: albArn,
        Attributes: [
          { Key: 'access_logs.s3.enabled', Value: 'true' },
          { Key: 'deletion_protection.enabled', Value: 'true' },
          { Key: 'routing.http.drop_invalid_header_fields.enabled', Value: 'false' },
          { Key: 'routing.http.desync_mitigation_mode', Value: 'strictest' },
        ],
      }),
    );
    const idleArn = await createLoadBalancer(west, 'idle', 'application', westNetwork.subnetIds, [westNetwork.groupId]);
    // us-east-1: an NLB in one zone with a TLS listener, attributes as created.
    const nlbArn = await createLoadBalancer(east, 'tcp', 'network', eastNetwork.subnetIds);
    const tcpTargets = await east.send(new CreateTargetGroupCommand({ Name: 'tcp', Protocol: 'TCP', Port: 5432, VpcId: eastNetwork.vpcId }));
    const tls = await east.send(
      new CreateListenerCommand({
        LoadBalancerArn: nlbArn,
        Protocol: 'TLS',
        Port: 5432,
        SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-PQ-2025-09',
        Certificates: [{ CertificateArn: IAM_CERTIFICATE }],
        DefaultActions: [{ Type: 'forward', TargetGroupArn: tcpTargets.TargetGroups![0]!.TargetGroupArn! }],
      }),
    );

    const elbv2 = await loadService(await motoScope(['eu-west-1', 'us-east-1']), 'elbv2');

    expect(failuresIn(elbv2)).toEqual([]);
    expect(elbv2.loadBalancers.all()).toHaveLength(3);
    const web = resourceAt(elbv2.loadBalancers, albArn);
    expect(web.dnsName).toContain('web');
    expect(web).toMatchObject({
      id: 'web',
      name: 'web',
      region: 'eu-west-1',
      tags: { name: 'web' },
      type: 'application',
      scheme: 'internet-facing',
      securityGroups: [westNetwork.groupId],
      availabilityZones: ['eu-west-1a', 'eu-west-1b'],
    });
    expect(readFields(resourceAt(elbv2.loadBalancerAttributes, albArn)).attributes).toEqual({
      accessLogsEnabled: true,
      deletionProtectionEnabled: true,
      crossZoneLoadBalancingEnabled: false,
      dropInvalidHeaderFieldsEnabled: false,
      desyncMitigationMode: 'strictest',
    });
    // moto leaves out the attributes nobody set, as AWS does for another type's attributes.
    expect(readFields(resourceAt(elbv2.loadBalancerAttributes, nlbArn))).toMatchObject({
      region: 'us-east-1',
      type: 'network',
      availabilityZones: ['us-east-1a'],
      attributes: { accessLogsEnabled: null, deletionProtectionEnabled: false, crossZoneLoadBalancingEnabled: false, dropInvalidHeaderFieldsEnabled: null, desyncMitigationMode: null },
    });
    // moto gives HTTP listeners a TLS policy too; it is kept as answered.
    expect(readFields(resourceAt(elbv2.listeners, albArn)).listeners).toMatchObject([
      { arn: redirect.Listeners![0]!.ListenerArn!, port: 80, protocol: 'HTTP' },
      { arn: forward.Listeners![0]!.ListenerArn!, port: 8080, protocol: 'HTTP' },
      { arn: https.Listeners![0]!.ListenerArn!, port: 443, protocol: 'HTTPS', sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' },
    ]);
    expect(readFields(resourceAt(elbv2.listeners, idleArn)).listeners).toEqual([]);
    expect(readFields(resourceAt(elbv2.listeners, nlbArn)).listeners).toEqual([
      { arn: tls.Listeners![0]!.ListenerArn!, port: 5432, protocol: 'TLS', sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-PQ-2025-09' },
    ]);
    const httpListeners = readFields(resourceAt(elbv2.httpListeners, albArn)).httpListeners;
    expect(httpListeners.map((listener) => [listener.port, listener.rules.flatMap((rule) => rule.actions)])).toEqual([
      [80, [{ type: 'redirect', redirectProtocol: 'HTTPS' }]],
      [8080, expect.arrayContaining([{ type: 'redirect', redirectProtocol: 'HTTPS' }, { type: 'forward', redirectProtocol: null }])],
    ]);
    expect(readAll(elbv2.httpListeners).filter((balancer) => balancer.httpListeners.length > 0).map((balancer) => balancer.name)).toEqual(['web']);
  });

  it('an empty account lists no load balancers and no failures', async () => {
    const elbv2 = await loadService(await motoScope(['eu-west-1', 'us-east-1']), 'elbv2');
    for (const collection of Object.values(elbv2)) expect(collection.all()).toEqual([]);
    expect(failuresIn(elbv2)).toEqual([]);
  });
});
