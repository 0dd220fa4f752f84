import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { firewall } from '../../../test/helpers/fixtures/networkfirewall.js';
import check from './networkfirewall_multi_az.js';

testCheck(check, [
  { name: 'no firewalls', expect: [] },
  {
    name: 'endpoints in two subnets pass',
    given: ({ networkfirewall }) => networkfirewall.firewalls.add(firewall('edge')),
    expect: [{ status: 'PASS', resource: 'edge', region: 'eu-west-1', detail: 'in 2 Availability Zones' }],
  },
  {
    name: 'endpoints in a single subnet fail',
    given: ({ networkfirewall }) => networkfirewall.firewalls.add(firewall('edge', { subnetIds: ['subnet-a'] })),
    expect: [{ status: 'FAIL', resource: 'edge', detail: 'fewer than two Availability Zones' }],
  },
  {
    name: 'no subnet mapping at all fails',
    given: ({ networkfirewall }) => networkfirewall.firewalls.add(firewall('edge', { subnetIds: [] })),
    expect: [{ status: 'FAIL', resource: 'edge' }],
  },
  {
    name: 'a firewall that could not be described is an error',
    given: ({ networkfirewall }) => networkfirewall.firewalls.add(firewall('edge', { subnetIds: unreadBy('networkfirewall', 'DescribeFirewall') })),
    expect: [{ status: 'ERROR', resource: 'edge', detail: 'DescribeFirewall' }],
  },
  {
    name: 'a region whose firewalls could not be listed is an error there',
    given: ({ networkfirewall }) => networkfirewall.firewalls.fail({ region: 'us-east-1', operation: 'ListFirewalls', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'networkfirewall:ListFirewalls', region: 'us-east-1' }],
  },
]);
