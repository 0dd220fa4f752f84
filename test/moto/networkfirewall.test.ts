import { CreateFirewallCommand, NetworkFirewallClient, UpdateLoggingConfigurationCommand } from '@aws-sdk/client-network-firewall';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readFields, resourceAt } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

const policyArn = (region: string) => `arn:aws:network-firewall:${region}:${MOTO_ACCOUNT}:firewall-policy/strict`;

describe('Network Firewall collections against moto', () => {
  beforeEach(resetMoto);

  it('reads each firewall and its logging per region; moto has no DescribeFirewallPolicy, which leaves the policies unread', async () => {
    const west = new NetworkFirewallClient(seedConfig('eu-west-1'));
    const east = new NetworkFirewallClient(seedConfig('us-east-1'));
    const edge = await west.send(
      new CreateFirewallCommand({
        FirewallName: 'edge',
        FirewallPolicyArn: policyArn('eu-west-1'),
        VpcId: 'vpc-0a1b2c3d',
        SubnetMappings: [{ SubnetId: 'subnet-a' }, { SubnetId: 'subnet-b' }],
        DeleteProtection: false,
        Tags: [{ Key: 'team', Value: 'network' }],
      }),
    );
    await west.send(
      new UpdateLoggingConfigurationCommand({
        FirewallArn: edge.Firewall!.FirewallArn,
        LoggingConfiguration: { LogDestinationConfigs: [{ LogType: 'ALERT', LogDestinationType: 'CloudWatchLogs', LogDestination: { logGroup: 'firewall-alerts' } }] },
      }),
    );
    const solo = await east.send(
      new CreateFirewallCommand({ FirewallName: 'solo', FirewallPolicyArn: policyArn('us-east-1'), VpcId: 'vpc-9f8e7d6c', SubnetMappings: [{ SubnetId: 'subnet-z' }], DeleteProtection: true }),
    );
    const edgeArn = edge.Firewall!.FirewallArn!;
    const soloArn = solo.Firewall!.FirewallArn!;

    const networkfirewall = await loadService(await motoScope(['eu-west-1', 'us-east-1']), 'networkfirewall');

    expect(networkfirewall.firewalls.all()).toHaveLength(2);
    expect(readFields(resourceAt(networkfirewall.firewalls, edgeArn))).toMatchObject({
      id: 'edge',
      region: 'eu-west-1',
      tags: { team: 'network' },
      policyArn: policyArn('eu-west-1'),
      vpcId: 'vpc-0a1b2c3d',
      deletionProtection: false,
      subnetIds: ['subnet-a', 'subnet-b'],
    });
    expect(readFields(resourceAt(networkfirewall.firewalls, soloArn))).toMatchObject({ region: 'us-east-1', deletionProtection: true, subnetIds: ['subnet-z'] });
    expect(readFields(resourceAt(networkfirewall.firewallLogging, edgeArn))).toMatchObject({
      tags: { team: 'network' },
      logDestinations: [{ logType: 'ALERT', destinationType: 'CloudWatchLogs' }],
    });
    expect(readFields(resourceAt(networkfirewall.firewallLogging, soloArn)).logDestinations).toEqual([]);

    // The firewalls are listed, each with its policy left unread by the failed call.
    expect(networkfirewall.firewallPolicies.all().map((firewall) => firewall.arn).sort()).toEqual([edgeArn, soloArn].sort());
    expect(() => readFields(resourceAt(networkfirewall.firewallPolicies, edgeArn))).toThrow(/DescribeFirewallPolicy failed in eu-west-1/);
    expect(failuresIn(networkfirewall).map(({ operation, region, resourceArn }) => ({ operation, region, resourceArn }))).toEqual(
      expect.arrayContaining([
        { operation: 'DescribeFirewallPolicy', region: 'eu-west-1', resourceArn: edgeArn },
        { operation: 'DescribeFirewallPolicy', region: 'us-east-1', resourceArn: soloArn },
      ]),
    );
    expect(failuresIn(networkfirewall).filter((failure) => failure.operation !== 'DescribeFirewallPolicy')).toEqual([]);
  });

  it('an empty account lists no firewalls and no failures', async () => {
    const networkfirewall = await loadService(await motoScope(['eu-west-1', 'us-east-1']), 'networkfirewall');
    expect(networkfirewall.firewalls.all()).toEqual([]);
    expect(networkfirewall.firewallPolicies.all()).toEqual([]);
    expect(networkfirewall.firewallLogging.all()).toEqual([]);
    expect(failuresIn(networkfirewall)).toEqual([]);
  });
});
