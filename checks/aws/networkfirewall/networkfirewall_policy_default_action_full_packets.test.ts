import { testCheck, type CheckCase } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { firewallPolicy } from '../../../test/helpers/fixtures/networkfirewall.js';
import check from './networkfirewall_policy_default_action_full_packets.js';

testCheck(check, [
  { name: 'no firewalls', expect: [] },
  ...[
    { actions: ['aws:drop'], status: 'PASS' as const },
    { actions: ['aws:forward_to_sfe'], status: 'PASS' as const },
    { actions: ['aws:pass', 'custom-metrics'], status: 'FAIL' as const },
    { actions: [], status: 'FAIL' as const },
  ].map(({ actions, status }): CheckCase<typeof check.uses> => ({
    name: `default actions [${actions.join(', ')}] give ${status}`,
    given: ({ networkfirewall }) =>
      networkfirewall.firewallPolicies.add(firewallPolicy('edge', { statelessDefaultActions: actions })),
    expect: [{ status, resource: 'edge', region: 'eu-west-1', detail: 'full packets' }],
  })),
  {
    name: 'only the full-packet default counts',
    given: ({ networkfirewall }) => networkfirewall.firewallPolicies.add(firewallPolicy('edge', { statelessDefaultActions: ['aws:pass'], statelessFragmentDefaultActions: ['aws:drop'] })),
    expect: [{ status: 'FAIL', resource: 'edge' }],
  },
  {
    name: 'a policy that could not be described is an error',
    given: ({ networkfirewall }) => networkfirewall.firewallPolicies.add(firewallPolicy('edge', { statelessDefaultActions: unreadBy('networkfirewall', 'DescribeFirewallPolicy') })),
    expect: [{ status: 'ERROR', resource: 'edge', detail: 'DescribeFirewallPolicy' }],
  },
  {
    name: 'a region whose firewalls could not be listed is an error there',
    given: ({ networkfirewall }) => networkfirewall.firewallPolicies.fail({ region: 'eu-west-1', operation: 'ListFirewalls', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'networkfirewall:ListFirewalls', region: 'eu-west-1' }],
  },
]);
