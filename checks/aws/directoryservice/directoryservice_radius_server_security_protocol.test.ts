import { testCheck } from '../../../test/helpers/check-cases.js';
import { directory } from '../../../test/helpers/fixtures/directoryservice.js';
import check from './directoryservice_radius_server_security_protocol.js';

testCheck(check, [
  { name: 'no directories', expect: [] },
  {
    name: 'only MS-CHAPv2 passes; weaker protocols and no RADIUS at all fail',
    given: ({ directoryservice }) => {
      directoryservice.directories.add(directory('d-mschapv2'));
      for (const protocol of ['PAP', 'CHAP', 'MS-CHAPv1']) directoryservice.directories.add(directory(`d-${protocol}`, { radius: { authenticationProtocol: protocol, status: 'Completed' } }));
      directoryservice.directories.add(directory('d-none', { type: 'SimpleAD', radius: { authenticationProtocol: null, status: null } }));
    },
    expect: [
      { status: 'PASS', resource: 'd-mschapv2', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'd-PAP', detail: 'with PAP' },
      { status: 'FAIL', resource: 'd-CHAP', detail: 'with CHAP' },
      { status: 'FAIL', resource: 'd-MS-CHAPv1', detail: 'with MS-CHAPv1' },
      { status: 'FAIL', resource: 'd-none', detail: 'no RADIUS server' },
    ],
  },
  {
    name: 'a region whose directories could not be listed is an error there',
    given: ({ directoryservice }) => directoryservice.directories.fail({ region: 'us-east-1', operation: 'DescribeDirectories', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'directoryservice:DescribeDirectories', region: 'us-east-1' }],
  },
]);
