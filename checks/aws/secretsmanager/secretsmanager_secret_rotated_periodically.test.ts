import { testCheck } from '../../../test/helpers/check-cases.js';
import { daysAgo, secret } from '../../../test/helpers/fixtures/secretsmanager.js';
import check from './secretsmanager_secret_rotated_periodically.js';

testCheck(check, [
  { name: 'no secrets', expect: [] },
  {
    name: 'never rotated fails; 90 whole days passes; 91 fails',
    given: ({ secretsmanager }) => {
      secretsmanager.secrets.add(secret('never', { lastRotatedDate: null }));
      secretsmanager.secrets.add(secret('edge', { lastRotatedDate: daysAgo(90.5) }));
      secretsmanager.secrets.add(secret('late', { lastRotatedDate: daysAgo(91) }));
    },
    expect: [
      { status: 'FAIL', resource: 'never', detail: 'never been rotated' },
      { status: 'PASS', resource: 'edge' },
      { status: 'FAIL', resource: 'late', detail: '91 days ago' },
    ],
  },
  {
    name: 'max_days_secret_unrotated moves the boundary',
    config: { max_days_secret_unrotated: 30 },
    given: ({ secretsmanager }) => secretsmanager.secrets.add(secret('monthly', { lastRotatedDate: daysAgo(45) })),
    expect: [{ status: 'FAIL', resource: 'monthly' }],
  },
  {
    name: 'secrets that could not be listed: ERROR',
    given: ({ secretsmanager }) => secretsmanager.secrets.fail({ region: 'us-east-1', operation: 'ListSecrets', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'secretsmanager:ListSecrets', region: 'us-east-1' }],
  },
]);
