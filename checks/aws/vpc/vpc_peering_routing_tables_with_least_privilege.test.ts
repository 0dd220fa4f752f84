import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { peeringConnection } from '../../../test/helpers/fixtures/vpc.js';
import check from './vpc_peering_routing_tables_with_least_privilege.js';

testCheck(check, [
  { name: 'no peering connections', expect: [] },
  {
    name: 'a connection no route table uses passes',
    given: ({ vpc }) => vpc.peeringConnections.add(peeringConnection('pcx-1')),
    expect: [{ status: 'PASS', resource: 'pcx-1', region: 'eu-west-1' }],
  },
  {
    name: 'routes to parts of the peered VPC pass',
    given: ({ vpc }) => vpc.peeringConnections.add(peeringConnection('pcx-1', { routeTables: [{ id: 'rtb-1', destinationCidrs: ['10.0.5.0/24', '10.1.0.0/24'] }] })),
    expect: [{ status: 'PASS', resource: 'pcx-1', detail: 'only to parts' }],
  },
  {
    name: "a route to the requester VPC's whole CIDR fails",
    given: ({ vpc }) =>
      vpc.peeringConnections.add(
        peeringConnection('pcx-1', {
          routeTables: [
            { id: 'rtb-1', destinationCidrs: ['10.1.0.0/24'] },
            { id: 'rtb-2', destinationCidrs: ['10.0.0.0/16'] },
          ],
        }),
      ),
    expect: [{ status: 'FAIL', resource: 'pcx-1', detail: 'route table rtb-2' }],
  },
  {
    name: 'a default route across the peering fails',
    given: ({ vpc }) => vpc.peeringConnections.add(peeringConnection('pcx-1', { requesterCidr: null, routeTables: [{ id: 'rtb-1', destinationCidrs: ['0.0.0.0/0'] }] })),
    expect: [{ status: 'FAIL', resource: 'pcx-1' }],
  },
  {
    name: "a route to the accepter VPC's whole CIDR passes, as in Prowler, which does not compare it",
    given: ({ vpc }) => vpc.peeringConnections.add(peeringConnection('pcx-1', { routeTables: [{ id: 'rtb-1', destinationCidrs: ['10.1.0.0/16'] }] })),
    expect: [{ status: 'PASS', resource: 'pcx-1' }],
  },
  {
    name: 'a connection whose route tables could not be read is an error',
    given: ({ vpc }) => vpc.peeringConnections.add(peeringConnection('pcx-1', { routeTables: unreadBy('vpc', 'DescribeRouteTables') })),
    expect: [{ status: 'ERROR', resource: 'pcx-1', detail: 'DescribeRouteTables' }],
  },
  {
    name: 'a region whose peering connections could not be listed is an error there',
    given: ({ vpc }) => vpc.peeringConnections.fail({ region: 'us-east-1', operation: 'DescribeVpcPeeringConnections', message: 'UnauthorizedOperation: denied' }),
    expect: [{ status: 'ERROR', resource: 'vpc:DescribeVpcPeeringConnections', region: 'us-east-1' }],
  },
]);
