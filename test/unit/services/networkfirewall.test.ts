import {
  DescribeFirewallCommand,
  DescribeFirewallPolicyCommand,
  DescribeLoggingConfigurationCommand,
  ListFirewallsCommand,
  NetworkFirewallClient,
} from '@aws-sdk/client-network-firewall';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { readAll, readFields, resourceAt } from '../../helpers/loaded.js';
import { loadService } from '../../helpers/moto.js';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
const scope = () => ({ account: { ...FIXTURE_ACCOUNT, regions: ['eu-west-1'] }, clients: new ClientFactory({ credentials, limit: pLimit(4) }) });
const arn = (kind: string, name: string) => `arn:aws:network-firewall:eu-west-1:${FIXTURE_ACCOUNT.id}:${kind}/${name}`;

function denied(message: string): Error {
  return Object.assign(new Error(message), { name: 'AccessDeniedException', $metadata: { httpStatusCode: 403 } });
}

// moto 5.2.1 has no DescribeFirewallPolicy.
describe('Network Firewall policies', () => {
  const networkFirewall = mockClient(NetworkFirewallClient);
  afterEach(() => networkFirewall.reset());
  afterAll(() => networkFirewall.restore());

  it('reads every page of firewalls, and each distinct policy once however many firewalls share it', async () => {
    networkFirewall.on(ListFirewallsCommand).callsFake((input: { NextToken?: string; MaxResults?: number }) => {
      expect(input.MaxResults).toBe(100);
      return input.NextToken
        ? { Firewalls: [{ FirewallName: 'other', FirewallArn: arn('firewall', 'other') }] }
        : { Firewalls: [{ FirewallName: 'edge', FirewallArn: arn('firewall', 'edge') }, { FirewallName: 'core', FirewallArn: arn('firewall', 'core') }], NextToken: 'page-2' };
    });
    networkFirewall.on(DescribeFirewallCommand).callsFake((input: { FirewallArn: string }) => ({
      Firewall: {
        FirewallName: input.FirewallArn.split('/').pop(),
        FirewallArn: input.FirewallArn,
        FirewallId: 'id',
        VpcId: 'vpc-1',
        SubnetMappings: [{ SubnetId: 'subnet-a' }],
        FirewallPolicyArn: input.FirewallArn.endsWith('other') ? arn('firewall-policy', 'open') : arn('firewall-policy', 'strict'),
        Tags: [{ Key: 'team', Value: 'net' }],
      },
    }));
    networkFirewall.on(DescribeFirewallPolicyCommand, { FirewallPolicyArn: arn('firewall-policy', 'strict') }).resolves({
      UpdateToken: 't',
      FirewallPolicyResponse: undefined,
      FirewallPolicy: {
        StatelessDefaultActions: ['aws:forward_to_sfe'],
        StatelessFragmentDefaultActions: ['aws:drop'],
        StatelessRuleGroupReferences: [{ ResourceArn: arn('stateless-rulegroup', 'a'), Priority: 1 }],
        StatefulRuleGroupReferences: [{ ResourceArn: arn('stateful-rulegroup', 'b') }],
      },
    });
    networkFirewall.on(DescribeFirewallPolicyCommand, { FirewallPolicyArn: arn('firewall-policy', 'open') }).resolves({
      UpdateToken: 't',
      FirewallPolicyResponse: undefined,
      FirewallPolicy: { StatelessDefaultActions: ['aws:pass'], StatelessFragmentDefaultActions: ['aws:pass'] },
    });

    const loaded = await loadService(scope(), 'networkfirewall', ['firewallPolicies']);

    expect(networkFirewall.commandCalls(DescribeFirewallPolicyCommand)).toHaveLength(2);
    const strict = {
      statelessDefaultActions: ['aws:forward_to_sfe'],
      statelessFragmentDefaultActions: ['aws:drop'],
      ruleGroupArns: [arn('stateless-rulegroup', 'a'), arn('stateful-rulegroup', 'b')],
    };
    expect(readAll(loaded.firewallPolicies).sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { arn: arn('firewall', 'core'), id: 'core', name: 'core', region: 'eu-west-1', tags: { team: 'net' }, ...strict },
      { arn: arn('firewall', 'edge'), id: 'edge', name: 'edge', region: 'eu-west-1', tags: { team: 'net' }, ...strict },
      {
        arn: arn('firewall', 'other'),
        id: 'other',
        name: 'other',
        region: 'eu-west-1',
        tags: { team: 'net' },
        statelessDefaultActions: ['aws:pass'],
        statelessFragmentDefaultActions: ['aws:pass'],
        ruleGroupArns: [],
      },
    ]);
  });

  it('a firewall that could not be described leaves its policy unread for that reason, and other firewalls read', async () => {
    networkFirewall.on(ListFirewallsCommand).resolves({
      Firewalls: [
        { FirewallName: 'edge', FirewallArn: arn('firewall', 'edge') },
        { FirewallName: 'hidden', FirewallArn: arn('firewall', 'hidden') },
      ],
    });
    networkFirewall.on(DescribeFirewallCommand, { FirewallArn: arn('firewall', 'hidden') }).rejects(denied('not allowed'));
    networkFirewall.on(DescribeFirewallCommand, { FirewallArn: arn('firewall', 'edge') }).resolves({ Firewall: { FirewallName: 'edge', FirewallArn: arn('firewall', 'edge'), FirewallId: 'id', VpcId: 'vpc-1', SubnetMappings: [], FirewallPolicyArn: arn('firewall-policy', 'strict') } });
    networkFirewall.on(DescribeFirewallPolicyCommand).rejects(denied('policy not allowed'));

    const loaded = await loadService(scope(), 'networkfirewall', ['firewalls', 'firewallPolicies']);

    const policyOf = (name: string) => resourceAt(loaded.firewallPolicies, arn('firewall', name));
    expect(() => readFields(policyOf('hidden'))).toThrow(/DescribeFirewall failed in eu-west-1: AccessDeniedException: not allowed/);
    expect(() => readFields(policyOf('edge'))).toThrow(/DescribeFirewallPolicy failed in eu-west-1: AccessDeniedException: policy not allowed/);
  });

  it('a region whose firewalls could not be listed fails the policies there too', async () => {
    networkFirewall.on(ListFirewallsCommand).rejects(denied('no listing'));
    networkFirewall.on(DescribeLoggingConfigurationCommand).resolves({});

    const loaded = await loadService(scope(), 'networkfirewall', ['firewallPolicies', 'firewallLogging']);

    expect(() => loaded.firewallPolicies.all()).toThrow(/ListFirewalls failed in eu-west-1/);
    expect(() => loaded.firewallLogging.all()).toThrow(/ListFirewalls failed in eu-west-1/);
    expect(networkFirewall.commandCalls(DescribeFirewallPolicyCommand)).toHaveLength(0);
  });
});
