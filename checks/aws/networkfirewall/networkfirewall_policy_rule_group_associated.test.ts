import { testCheck } from '../../../test/helpers/check-cases.js';
import { fixtureArn, unreadBy } from '../../../test/helpers/fixtures/account.js';
import { firewallPolicy } from '../../../test/helpers/fixtures/networkfirewall.js';
import check from './networkfirewall_policy_rule_group_associated.js';

testCheck(check, [
  { name: 'no firewalls', expect: [] },
  {
    name: 'a policy with rule groups passes',
    given: ({ networkfirewall }) =>
      networkfirewall.firewallPolicies.add(
        firewallPolicy('edge', {
          ruleGroupArns: [fixtureArn('network-firewall', 'eu-west-1', 'stateless-rulegroup/a'), fixtureArn('network-firewall', 'eu-west-1', 'stateful-rulegroup/b')],
        }),
      ),
    expect: [{ status: 'PASS', resource: 'edge', region: 'eu-west-1', detail: 'references 2 rule groups' }],
  },
  {
    name: 'a policy without rule groups fails',
    given: ({ networkfirewall }) => networkfirewall.firewallPolicies.add(firewallPolicy('edge', { ruleGroupArns: [] })),
    expect: [{ status: 'FAIL', resource: 'edge', detail: 'references no rule group' }],
  },
  {
    name: 'a policy that could not be described is an error',
    given: ({ networkfirewall }) => networkfirewall.firewallPolicies.add(firewallPolicy('edge', { ruleGroupArns: unreadBy('networkfirewall', 'DescribeFirewallPolicy') })),
    expect: [{ status: 'ERROR', resource: 'edge', detail: 'DescribeFirewallPolicy' }],
  },
  {
    name: 'a region whose firewalls could not be listed is an error there',
    given: ({ networkfirewall }) => networkfirewall.firewallPolicies.fail({ region: 'us-east-1', operation: 'ListFirewalls', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'networkfirewall:ListFirewalls', region: 'us-east-1' }],
  },
]);
