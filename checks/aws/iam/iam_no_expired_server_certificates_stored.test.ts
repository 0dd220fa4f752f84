import { testCheck } from '../../../test/helpers/check-cases.js';
import { serverCertificate } from '../../../test/helpers/fixtures/iam.js';
import check from './iam_no_expired_server_certificates_stored.js';

testCheck(check, [
  { name: 'no certificates', expect: [] },
  {
    name: 'expired certificates fail, current ones pass',
    given: ({ iam }) => {
      iam.serverCertificates.add(serverCertificate('current', 30));
      iam.serverCertificates.add(serverCertificate('tomorrow', 0.5));
      iam.serverCertificates.add(serverCertificate('today', -0.5));
      iam.serverCertificates.add(serverCertificate('old', -400));
    },
    expect: [
      { status: 'PASS', resource: 'ASCACURRENT', region: 'us-east-1' },
      { status: 'PASS', resource: 'ASCATOMORROW' },
      { status: 'FAIL', resource: 'ASCATODAY', detail: 'expired 0 days ago' },
      { status: 'FAIL', resource: 'ASCAOLD', detail: 'expired 400 days ago' },
    ],
  },
  {
    name: 'unlisted certificates are an error',
    given: ({ iam }) => iam.serverCertificates.fail({ region: 'us-east-1', operation: 'ListServerCertificates', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'iam:ListServerCertificates' }],
  },
]);
