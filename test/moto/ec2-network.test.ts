import {
  AuthorizeSecurityGroupIngressCommand,
  CreateNetworkAclCommand,
  CreateNetworkAclEntryCommand,
  CreateNetworkInterfaceCommand,
  CreateSecurityGroupCommand,
  CreateSubnetCommand,
  CreateVpcCommand,
  DescribeNetworkAclsCommand,
  EC2Client,
  ReplaceNetworkAclAssociationCommand,
  RunInstancesCommand,
} from '@aws-sdk/client-ec2';
import { beforeEach, describe, expect, it } from 'vitest';
import { need } from '../../src/services/resource-map.js';
import { failuresIn, readFields, resourceAt } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

/** An AMI that moto 5.2.1 ships in every region, for RunInstances. */
const MOTO_AMI = 'ami-12c6146b';

const arn = (region: string, resource: string) => `arn:aws:ec2:${region}:${MOTO_ACCOUNT}:${resource}`;

describe('EC2 security groups, network interfaces and network ACLs against moto', () => {
  beforeEach(resetMoto);

  it('reads groups with their rules, the groups they admit and the interfaces that carry them', async () => {
    const east = new EC2Client(seedConfig('us-east-1'));
    const west = new EC2Client(seedConfig('eu-west-1'));

    // us-east-1: an instance in "web", which admits "db"'s members and SSH from anywhere; "db"
    // is carried by a standalone interface of its own VPC.
    const vpc = (await east.send(new CreateVpcCommand({ CidrBlock: '10.1.0.0/16' }))).Vpc!.VpcId!;
    const subnet = (await east.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: '10.1.1.0/24', AvailabilityZone: 'us-east-1a' }))).Subnet!.SubnetId!;
    const web = (await east.send(new CreateSecurityGroupCommand({ GroupName: 'web', Description: 'web', VpcId: vpc }))).GroupId!;
    const db = (await east.send(new CreateSecurityGroupCommand({ GroupName: 'db', Description: 'db', VpcId: vpc }))).GroupId!;
    await east.send(
      new AuthorizeSecurityGroupIngressCommand({
        GroupId: web,
        IpPermissions: [
          { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
          { IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, UserIdGroupPairs: [{ GroupId: db }] },
        ],
      }),
    );
    const instance = (await east.send(new RunInstancesCommand({ ImageId: MOTO_AMI, MinCount: 1, MaxCount: 1, SubnetId: subnet, SecurityGroupIds: [web] }))).Instances![0]!;
    const dbInterface = (await east.send(new CreateNetworkInterfaceCommand({ SubnetId: subnet, Groups: [db] }))).NetworkInterface!.NetworkInterfaceId!;
    // eu-west-1: a group nothing uses.
    const idleVpc = (await west.send(new CreateVpcCommand({ CidrBlock: '10.2.0.0/16' }))).Vpc!.VpcId!;
    const idle = (await west.send(new CreateSecurityGroupCommand({ GroupName: 'launch-wizard-1', Description: 'idle', VpcId: idleVpc }))).GroupId!;

    const ec2 = await loadService(await motoScope(['us-east-1', 'eu-west-1']), 'ec2', ['securityGroups', 'networkInterfaces']);

    expect(failuresIn(ec2)).toEqual([]);
    const webGroup = readFields(resourceAt(ec2.securityGroups, arn('us-east-1', `security-group/${web}`)));
    expect(webGroup).toMatchObject({ id: web, name: 'web', region: 'us-east-1', vpcId: vpc, ingressSourceGroupIds: [db] });
    expect(webGroup.ingressRules).toEqual(
      expect.arrayContaining([
        { protocol: 'tcp', fromPort: 22, toPort: 22, ipv4Ranges: ['0.0.0.0/0'], ipv6Ranges: [] },
        { protocol: 'tcp', fromPort: 5432, toPort: 5432, ipv4Ranges: [], ipv6Ranges: [] },
      ]),
    );
    const instanceInterface = instance.NetworkInterfaces![0]!.NetworkInterfaceId!;
    expect(webGroup.networkInterfaceIds).toEqual([instanceInterface]);
    expect(need(resourceAt(ec2.securityGroups, arn('us-east-1', `security-group/${db}`)).networkInterfaceIds)).toEqual([dbInterface]);
    expect(readFields(resourceAt(ec2.securityGroups, arn('eu-west-1', `security-group/${idle}`)))).toMatchObject({
      name: 'launch-wizard-1',
      region: 'eu-west-1',
      ingressSourceGroupIds: [],
      networkInterfaceIds: [],
    });

    expect(resourceAt(ec2.networkInterfaces, arn('us-east-1', `network-interface/${instanceInterface}`))).toMatchObject({
      vpcId: vpc,
      subnetId: subnet,
      securityGroupIds: [web],
      type: 'interface',
      instanceOwnerId: MOTO_ACCOUNT,
    });
    expect(resourceAt(ec2.networkInterfaces, arn('us-east-1', `network-interface/${dbInterface}`))).toMatchObject({
      securityGroupIds: [db],
      type: 'interface',
      instanceOwnerId: '',
    });
    expect(ec2.networkInterfaces.all('eu-west-1')).toEqual([]);
  });

  it('reads network ACLs with their entries, defaults and subnet associations, per region', async () => {
    const east = new EC2Client(seedConfig('us-east-1'));
    const west = new EC2Client(seedConfig('eu-west-1'));

    // eu-west-1: a VPC whose subnet moves to a custom ACL allowing SSH from anywhere, and a
    // named ACL no subnet uses.
    const vpc = (await west.send(new CreateVpcCommand({ CidrBlock: '10.3.0.0/16' }))).Vpc!.VpcId!;
    const subnet = (await west.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: '10.3.1.0/24' }))).Subnet!.SubnetId!;
    const ssh = (await west.send(new CreateNetworkAclCommand({ VpcId: vpc }))).NetworkAcl!.NetworkAclId!;
    await west.send(
      new CreateNetworkAclEntryCommand({ NetworkAclId: ssh, RuleNumber: 100, Protocol: '6', RuleAction: 'allow', Egress: false, CidrBlock: '0.0.0.0/0', PortRange: { From: 22, To: 22 } }),
    );
    await west.send(new CreateNetworkAclEntryCommand({ NetworkAclId: ssh, RuleNumber: 110, Protocol: '-1', RuleAction: 'deny', Egress: false, Ipv6CidrBlock: '::/0' }));
    const current = await west.send(new DescribeNetworkAclsCommand({ Filters: [{ Name: 'association.subnet-id', Values: [subnet] }] }));
    const association = current.NetworkAcls![0]!.Associations!.find((candidate) => candidate.SubnetId === subnet)!.NetworkAclAssociationId!;
    await west.send(new ReplaceNetworkAclAssociationCommand({ AssociationId: association, NetworkAclId: ssh }));
    const spare = (await west.send(new CreateNetworkAclCommand({ VpcId: vpc, TagSpecifications: [{ ResourceType: 'network-acl', Tags: [{ Key: 'Name', Value: 'spare' }] }] })))
      .NetworkAcl!.NetworkAclId!;
    const eastDefault = (await east.send(new DescribeNetworkAclsCommand({ Filters: [{ Name: 'default', Values: ['true'] }] }))).NetworkAcls![0]!.NetworkAclId!;

    const ec2 = await loadService(await motoScope(['us-east-1', 'eu-west-1']), 'ec2', ['networkAcls']);

    expect(failuresIn(ec2)).toEqual([]);
    expect(readFields(resourceAt(ec2.networkAcls, arn('eu-west-1', `network-acl/${ssh}`)))).toMatchObject({
      id: ssh,
      name: '',
      region: 'eu-west-1',
      vpcId: vpc,
      isDefault: false,
      associatedWithSubnet: true,
    });
    expect(resourceAt(ec2.networkAcls, arn('eu-west-1', `network-acl/${ssh}`)).entries).toEqual(
      expect.arrayContaining([
        { ruleNumber: 100, protocol: '6', action: 'allow', egress: false, cidrBlock: '0.0.0.0/0', portRange: { from: 22, to: 22 } },
        { ruleNumber: 110, protocol: '-1', action: 'deny', egress: false, ipv6CidrBlock: '::/0' },
      ]),
    );
    expect(resourceAt(ec2.networkAcls, arn('eu-west-1', `network-acl/${spare}`))).toMatchObject({ name: 'spare', tags: { Name: 'spare' }, associatedWithSubnet: false });
    expect(resourceAt(ec2.networkAcls, arn('us-east-1', `network-acl/${eastDefault}`))).toMatchObject({ isDefault: true, associatedWithSubnet: true });
    expect(resourceAt(ec2.networkAcls, arn('us-east-1', `network-acl/${eastDefault}`)).entries).toEqual(
      expect.arrayContaining([{ ruleNumber: 100, protocol: '-1', action: 'allow', egress: false, cidrBlock: '0.0.0.0/0' }]),
    );
  });
});
