import { testCheck } from '../../../test/helpers/check-cases.js';
import { vpnConnection } from '../../../test/helpers/fixtures/vpc.js';
import check from './vpc_vpn_connection_tunnels_up.js';

testCheck(check, [
  { name: 'no VPN connections', expect: [] },
  {
    name: 'both tunnels up pass',
    given: ({ vpc }) => vpc.vpnConnections.add(vpnConnection('vpn-1')),
    expect: [{ status: 'PASS', resource: 'vpn-1', region: 'eu-west-1', detail: 'both tunnels up' }],
  },
  {
    name: 'either tunnel down fails',
    given: ({ vpc }) => {
      vpc.vpnConnections.add(vpnConnection('vpn-1', { tunnelStatuses: ['DOWN', 'UP'] }));
      vpc.vpnConnections.add(vpnConnection('vpn-2', { tunnelStatuses: ['UP', 'DOWN'] }));
    },
    expect: [
      { status: 'FAIL', resource: 'vpn-1', detail: 'at least one tunnel down' },
      { status: 'FAIL', resource: 'vpn-2' },
    ],
  },
  {
    name: 'a connection without status for both tunnels is not judged',
    given: ({ vpc }) => {
      vpc.vpnConnections.add(vpnConnection('vpn-1', { tunnelStatuses: [] }));
      vpc.vpnConnections.add(vpnConnection('vpn-2', { tunnelStatuses: ['DOWN'] }));
    },
    expect: [],
  },
  {
    name: 'a region whose VPN connections could not be listed is an error there',
    given: ({ vpc }) => vpc.vpnConnections.fail({ region: 'us-east-1', operation: 'DescribeVpnConnections', message: 'UnauthorizedOperation: denied' }),
    expect: [{ status: 'ERROR', resource: 'vpc:DescribeVpnConnections', region: 'us-east-1' }],
  },
]);
