import { testCheck } from '../../../test/helpers/check-cases.js';
import { transitGateway } from '../../../test/helpers/fixtures/ec2-connectivity.js';
import check from './ec2_transitgateway_auto_accept_vpc_attachments.js';

testCheck(check, [
  { name: 'no transit gateways', expect: [] },
  {
    name: 'a gateway reviewing attachments passes, one accepting them fails',
    given: ({ ec2 }) => {
      ec2.transitGateways.add(transitGateway('tgw-1'));
      ec2.transitGateways.add(transitGateway('tgw-2', { autoAcceptSharedAttachments: true, region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'tgw-1', region: 'eu-west-1', detail: 'does not accept' },
      { status: 'FAIL', resource: 'tgw-2', region: 'us-east-1', detail: 'accepts attachments shared' },
    ],
  },
  {
    name: 'a region whose gateways could not be listed is an error there',
    given: ({ ec2 }) => ec2.transitGateways.fail({ region: 'us-east-1', operation: 'DescribeTransitGateways', message: 'UnauthorizedOperation: denied' }),
    expect: [{ status: 'ERROR', resource: 'ec2:DescribeTransitGateways', region: 'us-east-1' }],
  },
]);
