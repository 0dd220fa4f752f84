import { testCheck } from '../../../test/helpers/check-cases.js';
import { address, unassignedAddress } from '../../../test/helpers/fixtures/ec2-connectivity.js';
import check from './ec2_elastic_ip_unassigned.js';

testCheck(check, [
  { name: 'no addresses', expect: [] },
  {
    name: 'an associated address passes, an idle one fails',
    given: ({ ec2 }) => {
      ec2.addresses.add(address('198.51.100.1'));
      ec2.addresses.add(unassignedAddress('198.51.100.2', { region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: '198.51.100.1', region: 'eu-west-1', detail: 'is associated' },
      { status: 'FAIL', resource: '198.51.100.2', region: 'us-east-1', detail: 'is not associated' },
    ],
  },
  {
    name: 'an address without a public IP is not judged, as in Prowler',
    given: ({ ec2 }) => ec2.addresses.add(unassignedAddress('198.51.100.3', { publicIp: null, id: 'eipalloc-3' })),
    expect: [],
  },
  {
    name: 'a region whose addresses could not be listed is an error there',
    given: ({ ec2 }) => ec2.addresses.fail({ region: 'us-east-1', operation: 'DescribeAddresses', message: 'UnauthorizedOperation: denied' }),
    expect: [{ status: 'ERROR', resource: 'ec2:DescribeAddresses', region: 'us-east-1' }],
  },
]);
