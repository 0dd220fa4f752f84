import { EC2Client, RunInstancesCommand } from '@aws-sdk/client-ec2';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CallCounts } from '../../src/provider/clients.js';
import type { SecurityGroup } from '../../src/services/ec2/ec2.js';
import { CollectionLoader } from '../../src/services/loader.js';
import type { ResourceMap } from '../../src/services/resource-map.js';
import type { Vpc } from '../../src/services/vpc/vpc.js';
import { failuresIn, readAll } from '../helpers/loaded.js';
import { loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

/** An AMI that moto 5.2.1 ships in every region, for RunInstances. */
const MOTO_AMI = 'ami-12c6146b';

const REGIONS = ['eu-west-1', 'us-east-1'];

/** One instance in each scanned region: it has a network interface in the default VPC and group. */
async function launchInstanceInEveryRegion(): Promise<void> {
  for (const region of REGIONS) {
    await new EC2Client(seedConfig(region)).send(new RunInstancesCommand({ ImageId: MOTO_AMI, MinCount: 1, MaxCount: 1 }));
  }
}

/** The calls made since `before` was copied, by "Service:Operation". */
function callsSince(before: CallCounts, now: CallCounts): Record<string, number> {
  return Object.fromEntries(
    [...now].flatMap(([operation, count]) => {
      const made = count - (before.get(operation) ?? 0);
      return made > 0 ? [[operation, made]] : [];
    }),
  );
}

describe('loading collections against moto', () => {
  beforeEach(resetMoto);

  it('reads only what the asked collection needs: instances cost one DescribeInstances per region', async () => {
    await launchInstanceInEveryRegion();
    const scope = await motoScope(REGIONS);
    const afterDiscovery = new Map(scope.clients.calls);

    const ec2 = await loadService(scope, 'ec2', ['instances']);

    expect(failuresIn(ec2)).toEqual([]);
    // Each region listed its instance, so two calls in all are one per region.
    expect(ec2.instances.all().map((instance) => instance.region).sort()).toEqual(REGIONS);
    expect(callsSince(afterDiscovery, scope.clients.calls)).toEqual({ 'EC2:DescribeInstances': 2 });
  });

  it('lists network interfaces once per region for security groups and VPCs loaded together', async () => {
    await launchInstanceInEveryRegion();
    const scope = await motoScope(REGIONS);
    const afterDiscovery = new Map(scope.clients.calls);

    const loader = new CollectionLoader(scope);
    const [securityGroups, vpcs] = await Promise.all([
      loader.collection('ec2', 'securityGroups') as Promise<ResourceMap<SecurityGroup>>,
      loader.collection('vpc', 'vpcs') as Promise<ResourceMap<Vpc>>,
    ]);

    expect(failuresIn({ securityGroups, vpcs })).toEqual([]);
    // Both collections saw each region's interface, so the shared listing covered every region.
    expect(
      readAll(securityGroups)
        .filter((group) => group.name === 'default' && group.networkInterfaceIds.length > 0)
        .map((group) => group.region)
        .sort(),
    ).toEqual(REGIONS);
    expect(
      readAll(vpcs)
        .filter((vpc) => vpc.isDefault && vpc.inUse)
        .map((vpc) => vpc.region)
        .sort(),
    ).toEqual(REGIONS);
    expect(callsSince(afterDiscovery, scope.clients.calls)).toEqual({
      'EC2:DescribeNetworkInterfaces': 2,
      'EC2:DescribeSecurityGroups': 2,
      'EC2:DescribeVpcs': 2,
      'EC2:DescribeFlowLogs': 2,
    });
  });
});
