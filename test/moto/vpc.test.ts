import { CreateFlowLogsCommand, CreateVpcCommand, DescribeVpcsCommand, EC2Client, RunInstancesCommand } from '@aws-sdk/client-ec2';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readAll, readFields, resourceAt } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

/** An AMI that moto 5.2.1 ships in every region, for RunInstances. */
const MOTO_AMI = 'ami-12c6146b';

const arn = (region: string, vpcId: string) => `arn:aws:ec2:${region}:${MOTO_ACCOUNT}:vpc/${vpcId}`;

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
});
