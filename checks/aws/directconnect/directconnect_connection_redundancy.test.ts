import { testCheck } from '../../../test/helpers/check-cases.js';
import { connection } from '../../../test/helpers/fixtures/directconnect.js';
import check from './directconnect_connection_redundancy.js';

testCheck(check, [
  { name: 'no connections', expect: [] },
  {
    name: 'one connection in a region fails there, reported on the region',
    given: ({ directconnect }) => directconnect.connections.add(connection('dxcon-1')),
    expect: [{ status: 'FAIL', resource: '111122223333', region: 'eu-west-1', detail: 'Region eu-west-1 has a single Direct Connect connection, at EqDC2' }],
  },
  {
    name: 'several connections at one location fail',
    given: ({ directconnect }) => {
      directconnect.connections.add(connection('dxcon-1'));
      directconnect.connections.add(connection('dxcon-2'));
    },
    expect: [{ status: 'FAIL', resource: '111122223333', detail: 'All 2 Direct Connect connections of region eu-west-1 terminate at one location, EqDC2' }],
  },
  {
    name: 'connections across locations pass, and each region is judged on its own',
    given: ({ directconnect }) => {
      directconnect.connections.add(connection('dxcon-1', { location: 'EqDC2' }));
      directconnect.connections.add(connection('dxcon-2', { location: 'CSVA1' }));
      directconnect.connections.add(connection('dxcon-3', { region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: '111122223333', region: 'eu-west-1', detail: '2 Direct Connect connections across 2 locations' },
      { status: 'FAIL', resource: '111122223333', region: 'us-east-1' },
    ],
  },
  {
    name: 'a region whose connections could not be listed is an error there',
    given: ({ directconnect }) => {
      directconnect.connections.add(connection('dxcon-1', { region: 'us-east-1' }));
      directconnect.connections.fail({ region: 'eu-west-1', operation: 'DescribeConnections', message: 'AccessDeniedException: denied' });
    },
    expect: [
      { status: 'ERROR', resource: '111122223333', region: 'eu-west-1', detail: 'DescribeConnections' },
      { status: 'FAIL', resource: '111122223333', region: 'us-east-1' },
    ],
  },
]);
