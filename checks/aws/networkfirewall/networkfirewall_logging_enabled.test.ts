import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { firewallLogging } from '../../../test/helpers/fixtures/networkfirewall.js';
import check from './networkfirewall_logging_enabled.js';

testCheck(check, [
  { name: 'no firewalls', expect: [] },
  {
    name: 'a firewall with a log destination passes, naming what it logs',
    given: ({ networkfirewall }) =>
      networkfirewall.firewallLogging.add(
        firewallLogging('edge', {
          logDestinations: [
            { logType: 'ALERT', destinationType: 'CloudWatchLogs' },
            { logType: 'FLOW', destinationType: 'S3' },
          ],
        }),
      ),
    expect: [{ status: 'PASS', resource: 'edge', region: 'eu-west-1', detail: 'logs ALERT, FLOW events' }],
  },
  {
    name: 'a firewall without a log destination fails',
    given: ({ networkfirewall }) => networkfirewall.firewallLogging.add(firewallLogging('edge', { logDestinations: [] })),
    expect: [{ status: 'FAIL', resource: 'edge', detail: 'sends no logs' }],
  },
  {
    name: 'a logging configuration that could not be read is an error',
    given: ({ networkfirewall }) =>
      networkfirewall.firewallLogging.add(firewallLogging('edge', { logDestinations: unreadBy('networkfirewall', 'DescribeLoggingConfiguration') })),
    expect: [{ status: 'ERROR', resource: 'edge', detail: 'DescribeLoggingConfiguration' }],
  },
  {
    name: 'a region whose firewalls could not be listed is an error there',
    given: ({ networkfirewall }) => networkfirewall.firewallLogging.fail({ region: 'eu-west-1', operation: 'ListFirewalls', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'networkfirewall:ListFirewalls', region: 'eu-west-1' }],
  },
]);
