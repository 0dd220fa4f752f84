import { testCheck } from '../../../test/helpers/check-cases.js';
import { directory } from '../../../test/helpers/fixtures/directoryservice.js';
import check from './directoryservice_supported_mfa_radius_enabled.js';

testCheck(check, [
  { name: 'no directories', expect: [] },
  {
    name: 'only a completed RADIUS set-up passes',
    given: ({ directoryservice }) => {
      directoryservice.directories.add(directory('d-completed'));
      directoryservice.directories.add(directory('d-creating', { radius: { authenticationProtocol: 'MS-CHAPv2', status: 'Creating' } }));
      directoryservice.directories.add(directory('d-failed', { radius: { authenticationProtocol: 'MS-CHAPv2', status: 'Failed' } }));
      directoryservice.directories.add(directory('d-none', { type: 'ADConnector', radius: { authenticationProtocol: null, status: null } }));
    },
    expect: [
      { status: 'PASS', resource: 'd-completed', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'd-creating', detail: 'creating' },
      { status: 'FAIL', resource: 'd-failed', detail: 'failed' },
      { status: 'FAIL', resource: 'd-none', detail: 'no RADIUS' },
    ],
  },
  {
    name: 'a region whose directories could not be listed is an error there',
    given: ({ directoryservice }) => directoryservice.directories.fail({ region: 'eu-west-1', operation: 'DescribeDirectories', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'directoryservice:DescribeDirectories', region: 'eu-west-1' }],
  },
]);
