import { testCheck } from '../../../test/helpers/check-cases.js';
import { clientVpnEndpoint } from '../../../test/helpers/fixtures/ec2-connectivity.js';
import check from './ec2_client_vpn_endpoint_connection_logging_enabled.js';

testCheck(check, [
  { name: 'no endpoints', expect: [] },
  {
    name: 'an endpoint logging connections passes, one that does not fails',
    given: ({ ec2 }) => {
      ec2.clientVpnEndpoints.add(clientVpnEndpoint('cvpn-endpoint-1'));
      ec2.clientVpnEndpoints.add(clientVpnEndpoint('cvpn-endpoint-2', { connectionLogging: false, region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'cvpn-endpoint-1', region: 'eu-west-1', detail: 'logs client connections' },
      { status: 'FAIL', resource: 'cvpn-endpoint-2', region: 'us-east-1', detail: 'does not log' },
    ],
  },
  {
    name: 'a region whose endpoints could not be listed is an error there',
    given: ({ ec2 }) => ec2.clientVpnEndpoints.fail({ region: 'us-east-1', operation: 'DescribeClientVpnEndpoints', message: 'UnauthorizedOperation: denied' }),
    expect: [{ status: 'ERROR', resource: 'ec2:DescribeClientVpnEndpoints', region: 'us-east-1' }],
  },
]);
