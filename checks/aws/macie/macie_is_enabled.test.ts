import { testCheck } from '../../../test/helpers/check-cases.js';
import { macieSession } from '../../../test/helpers/fixtures/macie.js';
import { bucket } from '../../../test/helpers/fixtures/s3.js';
import check from './macie_is_enabled.js';

testCheck(check, [
  { name: 'no session read', expect: [] },
  {
    name: 'Macie enabled passes, under the account ID',
    given: ({ macie }) => macie.sessions.add(macieSession()),
    expect: [{ status: 'PASS', resource: '111122223333', region: 'eu-west-1' }],
  },
  {
    name: 'Macie off or paused in a region with buckets fails',
    given: ({ macie, s3 }) => {
      macie.sessions.add(macieSession({ status: 'DISABLED' }));
      macie.sessions.add(macieSession({ region: 'us-east-1', status: 'PAUSED' }));
      s3.buckets.add(bucket('west', { region: 'eu-west-1' }));
      s3.buckets.add(bucket('east', { region: 'us-east-1' }));
    },
    expect: [
      { status: 'FAIL', resource: '111122223333', region: 'eu-west-1', detail: 'not enabled' },
      { status: 'FAIL', resource: '111122223333', region: 'us-east-1', detail: 'suspended' },
    ],
  },
  {
    name: 'Macie off in a region without buckets is skipped by default',
    given: ({ macie, s3 }) => {
      macie.sessions.add(macieSession({ status: 'DISABLED' }));
      s3.buckets.add(bucket('east', { region: 'us-east-1' }));
    },
    expect: [],
  },
  {
    name: 'Macie off in a region without buckets fails when unused services are scanned',
    options: { scanUnusedServices: true },
    given: ({ macie }) => macie.sessions.add(macieSession({ status: 'DISABLED' })),
    expect: [{ status: 'FAIL', resource: '111122223333', region: 'eu-west-1' }],
  },
  {
    name: 'unlisted buckets are an error where Macie is off',
    given: ({ macie, s3 }) => {
      macie.sessions.add(macieSession({ status: 'DISABLED' }));
      s3.buckets.fail({ region: 'us-east-1', operation: 'ListBuckets', message: 'AccessDenied: denied' });
    },
    expect: [{ status: 'ERROR', resource: '111122223333', region: 'eu-west-1', detail: 'ListBuckets' }],
  },
  {
    name: 'a region whose session could not be read is an error there',
    given: ({ macie }) => macie.sessions.fail({ region: 'us-east-1', operation: 'GetMacieSession', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'macie:GetMacieSession', region: 'us-east-1' }],
  },
]);
