import {
  AcceptVpcPeeringConnectionCommand,
  AssociateRouteTableCommand,
  AttachInternetGatewayCommand,
  CreateCustomerGatewayCommand,
  CreateFlowLogsCommand,
  CreateInternetGatewayCommand,
  CreateRouteCommand,
  CreateRouteTableCommand,
  CreateSubnetCommand,
  CreateVpcCommand,
  CreateVpcEndpointCommand,
  CreateVpcEndpointServiceConfigurationCommand,
  CreateVpcPeeringConnectionCommand,
  CreateVpnConnectionCommand,
  CreateVpnGatewayCommand,
  DescribeRouteTablesCommand,
  DescribeVpcsCommand,
  EC2Client,
  ModifySubnetAttributeCommand,
  ModifyVpcEndpointServicePermissionsCommand,
  RunInstancesCommand,
} from '@aws-sdk/client-ec2';
import { CreateLoadBalancerCommand, ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readAll, readFields, resourceAt } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

/** An AMI that moto 5.2.1 ships in every region, for RunInstances. */
const MOTO_AMI = 'ami-12c6146b';

const arn = (region: string, vpcId: string) => `arn:aws:ec2:${region}:${MOTO_ACCOUNT}:vpc/${vpcId}`;
const ec2Arn = (region: string, resource: string) => `arn:aws:ec2:${region}:${MOTO_ACCOUNT}:${resource}`;

async function newVpc(client: EC2Client, cidr: string): Promise<string> {
  return (await client.send(new CreateVpcCommand({ CidrBlock: cidr }))).Vpc!.VpcId!;
}

async function newSubnet(client: EC2Client, vpcId: string, cidr: string, zone: string, name?: string): Promise<string> {
  const tags = name ? [{ ResourceType: 'subnet' as const, Tags: [{ Key: 'Name', Value: name }] }] : undefined;
  return (await client.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: cidr, AvailabilityZone: zone, TagSpecifications: tags }))).Subnet!.SubnetId!;
}

/** A route table of `vpcId` that sends 0.0.0.0/0 to a new internet gateway; returns its ID. */
async function internetRouteTable(client: EC2Client, vpcId: string): Promise<string> {
  const gateway = (await client.send(new CreateInternetGatewayCommand({}))).InternetGateway!.InternetGatewayId!;
  await client.send(new AttachInternetGatewayCommand({ InternetGatewayId: gateway, VpcId: vpcId }));
  const table = (await client.send(new CreateRouteTableCommand({ VpcId: vpcId }))).RouteTable!.RouteTableId!;
  await client.send(new CreateRouteCommand({ RouteTableId: table, DestinationCidrBlock: '0.0.0.0/0', GatewayId: gateway }));
  return table;
}

async function defaultVpcId(client: EC2Client): Promise<string> {
  const response = await client.send(new DescribeVpcsCommand({ Filters: [{ Name: 'is-default', Values: ['true'] }] }));
  return response.Vpcs![0]!.VpcId!;
}

describe('VPC collections against moto', () => {
  beforeEach(resetMoto);

  it('reads VPCs, whether they hold interfaces and whether they have flow logs, per region', async () => {
    const east = new EC2Client(seedConfig('us-east-1'));
    const west = new EC2Client(seedConfig('eu-west-1'));

    // us-east-1: the default VPC runs an instance and has a flow log.
    const eastDefault = await defaultVpcId(east);
    await east.send(new RunInstancesCommand({ ImageId: MOTO_AMI, MinCount: 1, MaxCount: 1 }));
    await east.send(
      new CreateFlowLogsCommand({
        ResourceIds: [eastDefault],
        ResourceType: 'VPC',
        TrafficType: 'ALL',
        LogGroupName: 'vpc-flow',
        DeliverLogsPermissionArn: `arn:aws:iam::${MOTO_ACCOUNT}:role/flow-logs`,
      }),
    );
    // eu-west-1: a named VPC that nothing uses, and an untouched default VPC.
    const westDefault = await defaultVpcId(west);
    const idle = await west.send(
      new CreateVpcCommand({ CidrBlock: '10.9.0.0/16', TagSpecifications: [{ ResourceType: 'vpc', Tags: [{ Key: 'Name', Value: 'idle' }] }] }),
    );

    const vpc = await loadService(await motoScope(['us-east-1', 'eu-west-1']), 'vpc');

    expect(failuresIn(vpc)).toEqual([]);
    expect(vpc.vpcs.all()).toHaveLength(3);
    expect(readFields(resourceAt(vpc.vpcs, arn('us-east-1', eastDefault)))).toMatchObject({
      id: eastDefault,
      region: 'us-east-1',
      isDefault: true,
      inUse: true,
      flowLogEnabled: true,
    });
    expect(readFields(resourceAt(vpc.vpcs, arn('eu-west-1', westDefault)))).toMatchObject({ isDefault: true, inUse: false, flowLogEnabled: false });
    expect(readFields(resourceAt(vpc.vpcs, arn('eu-west-1', idle.Vpc!.VpcId!)))).toMatchObject({
      name: 'idle',
      tags: { Name: 'idle' },
      isDefault: false,
      inUse: false,
      flowLogEnabled: false,
    });
  });

  it('an empty account has one unused default VPC per region and no failures', async () => {
    const vpc = await loadService(await motoScope(['us-east-1', 'eu-west-1']), 'vpc');

    expect(failuresIn(vpc)).toEqual([]);
    expect(readAll(vpc.vpcs).map(({ region, isDefault, inUse, flowLogEnabled }) => ({ region, isDefault, inUse, flowLogEnabled }))).toEqual(
      expect.arrayContaining([
        { region: 'us-east-1', isDefault: true, inUse: false, flowLogEnabled: false },
        { region: 'eu-west-1', isDefault: true, inUse: false, flowLogEnabled: false },
      ]),
    );
    expect(vpc.vpcs.all()).toHaveLength(2);
  });

  it('reads subnets with whether their route tables make them public and whether they are in use', async () => {
    const east = new EC2Client(seedConfig('us-east-1'));
    const west = new EC2Client(seedConfig('eu-west-1'));

    // us-east-1: a VPC with a public subnet (its own table routes to an internet gateway) that runs
    // an instance, and a private one on the VPC's main table.
    const eastVpc = await newVpc(east, '10.1.0.0/16');
    const publicSubnet = await newSubnet(east, eastVpc, '10.1.1.0/24', 'us-east-1a', 'web');
    const privateSubnet = await newSubnet(east, eastVpc, '10.1.2.0/24', 'us-east-1b');
    await east.send(new AssociateRouteTableCommand({ RouteTableId: await internetRouteTable(east, eastVpc), SubnetId: publicSubnet }));
    await east.send(new RunInstancesCommand({ ImageId: MOTO_AMI, MinCount: 1, MaxCount: 1, SubnetId: publicSubnet }));
    // eu-west-1: a subnet that gives public IPs, on its VPC's main table, while another VPC's main
    // table routes to an internet gateway: Prowler reads every main table of the region.
    const westVpc = await newVpc(west, '10.2.0.0/16');
    const westSubnet = await newSubnet(west, westVpc, '10.2.1.0/24', 'eu-west-1a');
    await west.send(new ModifySubnetAttributeCommand({ SubnetId: westSubnet, MapPublicIpOnLaunch: { Value: true } }));
    const otherVpc = await newVpc(west, '10.3.0.0/16');
    const otherMain = await west.send(new DescribeRouteTablesCommand({ Filters: [{ Name: 'vpc-id', Values: [otherVpc] }] }));
    const gateway = (await west.send(new CreateInternetGatewayCommand({}))).InternetGateway!.InternetGatewayId!;
    await west.send(new AttachInternetGatewayCommand({ InternetGatewayId: gateway, VpcId: otherVpc }));
    await west.send(new CreateRouteCommand({ RouteTableId: otherMain.RouteTables![0]!.RouteTableId!, DestinationCidrBlock: '0.0.0.0/0', GatewayId: gateway }));

    const vpc = await loadService(await motoScope(['us-east-1', 'eu-west-1']), 'vpc', ['subnets']);

    expect(failuresIn(vpc)).toEqual([]);
    expect(readFields(resourceAt(vpc.subnets, ec2Arn('us-east-1', `subnet/${publicSubnet}`)))).toMatchObject({
      id: publicSubnet,
      name: 'web',
      region: 'us-east-1',
      vpcId: eastVpc,
      availabilityZone: 'us-east-1a',
      cidrBlock: '10.1.1.0/24',
      defaultForAz: false,
      mapPublicIpOnLaunch: false,
      public: true,
      inUse: true,
    });
    expect(readFields(resourceAt(vpc.subnets, ec2Arn('us-east-1', `subnet/${privateSubnet}`)))).toMatchObject({ public: false, inUse: false, availabilityZone: 'us-east-1b' });
    expect(readFields(resourceAt(vpc.subnets, ec2Arn('eu-west-1', `subnet/${westSubnet}`)))).toMatchObject({ region: 'eu-west-1', mapPublicIpOnLaunch: true, public: true });
    // Each region's default VPC brings default subnets too.
    expect(vpc.subnets.all('us-east-1').filter((subnet) => subnet.defaultForAz).length).toBeGreaterThan(0);
  });

  it('reads endpoints with their policies, and the account own endpoint services with who may connect', async () => {
    const east = new EC2Client(seedConfig('us-east-1'));
    const west = new EC2Client(seedConfig('eu-west-1'));
    const eastVpc = await newVpc(east, '10.1.0.0/16');
    const subnetA = await newSubnet(east, eastVpc, '10.1.1.0/24', 'us-east-1a');
    const subnetB = await newSubnet(east, eastVpc, '10.1.2.0/24', 'us-east-1b');
    const interfaceEndpoint = await east.send(
      new CreateVpcEndpointCommand({ VpcId: eastVpc, ServiceName: 'com.amazonaws.us-east-1.ec2', VpcEndpointType: 'Interface', SubnetIds: [subnetA, subnetB] }),
    );
    const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${MOTO_ACCOUNT}:root` }, Action: 's3:GetObject', Resource: '*' }] };
    const westVpc = await newVpc(west, '10.2.0.0/16');
    const gatewayEndpoint = await west.send(
      new CreateVpcEndpointCommand({ VpcId: westVpc, ServiceName: 'com.amazonaws.eu-west-1.s3', VpcEndpointType: 'Gateway', PolicyDocument: JSON.stringify(policy) }),
    );
    const balancer = await new ElasticLoadBalancingV2Client(seedConfig('eu-west-1')).send(
      new CreateLoadBalancerCommand({ Name: 'offered', Type: 'network', Subnets: [await newSubnet(west, westVpc, '10.2.1.0/24', 'eu-west-1a')] }),
    );
    const offered = await west.send(new CreateVpcEndpointServiceConfigurationCommand({ NetworkLoadBalancerArns: [balancer.LoadBalancers![0]!.LoadBalancerArn!] }));
    const serviceId = offered.ServiceConfiguration!.ServiceId!;
    await west.send(new ModifyVpcEndpointServicePermissionsCommand({ ServiceId: serviceId, AddAllowedPrincipals: ['arn:aws:iam::999988887777:root', '*'] }));

    const vpc = await loadService(await motoScope(['us-east-1', 'eu-west-1']), 'vpc', ['endpoints', 'endpointServices']);

    expect(failuresIn(vpc)).toEqual([]);
    const interfaceId = interfaceEndpoint.VpcEndpoint!.VpcEndpointId!;
    const interfaceRead = readFields(resourceAt(vpc.endpoints, ec2Arn('us-east-1', `vpc-endpoint/${interfaceId}`)));
    expect(interfaceRead).toMatchObject({
      id: interfaceId,
      vpcId: eastVpc,
      serviceName: 'com.amazonaws.us-east-1.ec2',
      type: 'Interface',
      // moto gives an endpoint created without a policy the full-access one, Principal "*".
      policy: { Statement: [{ Effect: 'Allow', Principal: { AWS: ['*'] }, Action: ['*'], Resource: ['*'] }] },
    });
    expect([...interfaceRead.subnetIds].sort()).toEqual([subnetA, subnetB].sort());
    const gatewayId = gatewayEndpoint.VpcEndpoint!.VpcEndpointId!;
    expect(readFields(resourceAt(vpc.endpoints, ec2Arn('eu-west-1', `vpc-endpoint/${gatewayId}`)))).toMatchObject({
      region: 'eu-west-1',
      type: 'Gateway',
      policy: { Statement: [{ Effect: 'Allow', Principal: { AWS: [`arn:aws:iam::${MOTO_ACCOUNT}:root`] }, Action: ['s3:GetObject'] }] },
    });
    // Only the account's own service is listed, not the hundreds AWS offers in the region.
    const services = readAll(vpc.endpointServices);
    expect(services.map(({ arn, id, region }) => ({ arn, id, region }))).toEqual([{ arn: ec2Arn('eu-west-1', `vpc-endpoint-service/${serviceId}`), id: serviceId, region: 'eu-west-1' }]);
    expect([...services[0]!.allowedPrincipals].sort()).toEqual(['*', 'arn:aws:iam::999988887777:root']);
  });

  it('reads peering connections with the route tables that use them, and VPN connections', async () => {
    const east = new EC2Client(seedConfig('us-east-1'));
    const west = new EC2Client(seedConfig('eu-west-1'));
    const requester = await newVpc(east, '10.1.0.0/16');
    const accepter = await newVpc(east, '10.4.0.0/16');
    const peering = (await east.send(new CreateVpcPeeringConnectionCommand({ VpcId: requester, PeerVpcId: accepter }))).VpcPeeringConnection!.VpcPeeringConnectionId!;
    await east.send(new AcceptVpcPeeringConnectionCommand({ VpcPeeringConnectionId: peering }));
    const table = (await east.send(new CreateRouteTableCommand({ VpcId: requester }))).RouteTable!.RouteTableId!;
    await east.send(new CreateRouteCommand({ RouteTableId: table, DestinationCidrBlock: '10.4.0.0/16', VpcPeeringConnectionId: peering }));
    await east.send(new CreateRouteCommand({ RouteTableId: table, DestinationCidrBlock: '10.5.0.0/24', VpcPeeringConnectionId: peering }));
    const customerGateway = await west.send(new CreateCustomerGatewayCommand({ Type: 'ipsec.1', PublicIp: '198.51.100.10', BgpAsn: 65000 }));
    const vpnGateway = await west.send(new CreateVpnGatewayCommand({ Type: 'ipsec.1' }));
    const vpn = await west.send(
      new CreateVpnConnectionCommand({
        Type: 'ipsec.1',
        CustomerGatewayId: customerGateway.CustomerGateway!.CustomerGatewayId!,
        VpnGatewayId: vpnGateway.VpnGateway!.VpnGatewayId!,
        TagSpecifications: [{ ResourceType: 'vpn-connection', Tags: [{ Key: 'Name', Value: 'office' }] }],
      }),
    );

    const vpc = await loadService(await motoScope(['us-east-1', 'eu-west-1']), 'vpc', ['peeringConnections', 'vpnConnections']);

    expect(failuresIn(vpc)).toEqual([]);
    expect(readFields(resourceAt(vpc.peeringConnections, ec2Arn('us-east-1', `vpc-peering-connection/${peering}`)))).toMatchObject({
      id: peering,
      requesterVpcId: requester,
      accepterVpcId: accepter,
      requesterCidr: '10.1.0.0/16',
      // The table's local route is left out.
      routeTables: [{ id: table, destinationCidrs: ['10.4.0.0/16', '10.5.0.0/24'] }],
    });
    const vpnId = vpn.VpnConnection!.VpnConnectionId!;
    // moto reports no tunnel telemetry, so the connection carries no tunnel status.
    expect(vpc.vpnConnections.all().map(readFields)).toEqual([
      expect.objectContaining({ arn: ec2Arn('eu-west-1', `vpn-connection/${vpnId}`), id: vpnId, name: 'office', region: 'eu-west-1', tunnelStatuses: [] }),
    ]);
  });
});
