import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { directoryCertificate, directoryCertificates } from '../../../test/helpers/fixtures/directoryservice.js';
import check from './directoryservice_ldap_certificate_expiration.js';

testCheck(check, [
  { name: 'no directories', expect: [] },
  {
    name: 'one finding per certificate: more than 90 days left passes, 90 or fewer fail',
    given: ({ directoryservice }) => {
      directoryservice.directoryCertificates.add(
        directoryCertificates('d-1', {
          certificates: [directoryCertificate('c-91', 91), directoryCertificate('c-90', 90), directoryCertificate('c-expired', -3)],
        }),
      );
      directoryservice.directoryCertificates.add(directoryCertificates('d-2', { region: 'us-east-1', certificates: [directoryCertificate('c-long', 700)] }));
    },
    expect: [
      { status: 'PASS', resource: 'c-91', region: 'eu-west-1', detail: 'directory d-1 expires in 91 days' },
      { status: 'FAIL', resource: 'c-90', detail: 'within 90' },
      { status: 'FAIL', resource: 'c-expired', detail: '-3 days' },
      { status: 'PASS', resource: 'c-long', region: 'us-east-1' },
    ],
  },
  {
    name: 'a directory without certificates has no finding',
    given: ({ directoryservice }) => directoryservice.directoryCertificates.add(directoryCertificates('d-bare', { certificates: [] })),
    expect: [],
  },
  {
    name: 'certificates that could not be listed are an error for the directory',
    given: ({ directoryservice }) => directoryservice.directoryCertificates.add(directoryCertificates('d-unknown', { certificates: unreadBy('directoryservice', 'ListCertificates') })),
    expect: [{ status: 'ERROR', resource: 'd-unknown', detail: 'ListCertificates' }],
  },
  {
    name: 'a region whose directories could not be listed is an error there',
    given: ({ directoryservice }) => directoryservice.directoryCertificates.fail({ region: 'eu-west-1', operation: 'DescribeDirectories', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'directoryservice:DescribeDirectories', region: 'eu-west-1' }],
  },
]);
