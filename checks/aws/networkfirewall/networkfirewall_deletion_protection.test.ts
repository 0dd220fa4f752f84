import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { firewall } from '../../../test/helpers/fixtures/networkfirewall.js';
import check from './networkfirewall_deletion_protection.js';

testCheck(check, [
  { name: 'no firewalls', expect: [] },
  {
    name: 'a deletion-protected firewall passes, in its own region',
    given: ({ networkfirewall }) => networkfirewall.firewalls.add(firewall('edge')),
    expect: [{ status: 'PASS', resource: 'edge', region: 'eu-west-1', detail: 'is protected against deletion' }],
  },
  {
    name: 'a firewall without deletion protection fails',
    given: ({ networkfirewall }) => networkfirewall.firewalls.add(firewall('edge', { deletionProtection: false })),
    expect: [{ status: 'FAIL', resource: 'edge', detail: 'is not protected against deletion' }],
  },
  {
    name: 'a firewall that could not be described is an error',
    given: ({ networkfirewall }) => networkfirewall.firewalls.add(firewall('edge', { deletionProtection: unreadBy('networkfirewall', 'DescribeFirewall') })),
    expect: [{ status: 'ERROR', resource: 'edge', detail: 'DescribeFirewall' }],
  },
  {
    name: 'a region whose firewalls could not be listed is an error there',
    given: ({ networkfirewall }) => {
      networkfirewall.firewalls.add(firewall('edge', { region: 'us-east-1' }));
      networkfirewall.firewalls.fail({ region: 'eu-west-1', operation: 'ListFirewalls', message: 'AccessDeniedException: denied' });
    },
    expect: [
      { status: 'PASS', resource: 'edge', region: 'us-east-1' },
      { status: 'ERROR', resource: 'networkfirewall:ListFirewalls', region: 'eu-west-1', detail: 'Could not list networkfirewall firewalls in eu-west-1' },
    ],
  },
]);
