import { testCheck } from '../../../test/helpers/check-cases.js';
import { daysAgo, secret } from '../../../test/helpers/fixtures/secretsmanager.js';
import check from './secretsmanager_secret_unused.js';

testCheck(check, [
  { name: 'no secrets', expect: [] },
  {
    name: 'never read fails; read within 90 days passes; any time past 90 days fails',
    given: ({ secretsmanager }) => {
      secretsmanager.secrets.add(secret('never', { lastAccessedDate: null }));
      secretsmanager.secrets.add(secret('recent', { lastAccessedDate: daysAgo(89.9) }));
      secretsmanager.secrets.add(secret('old', { lastAccessedDate: daysAgo(90.1) }));
    },
    expect: [
      { status: 'FAIL', resource: 'never', detail: 'never been read' },
      { status: 'PASS', resource: 'recent' },
      { status: 'FAIL', resource: 'old', detail: 'review whether it is still needed' },
    ],
  },
  {
    name: 'max_days_secret_unused moves the boundary',
    config: { max_days_secret_unused: 365 },
    given: ({ secretsmanager }) => secretsmanager.secrets.add(secret('yearly', { lastAccessedDate: daysAgo(200) })),
    expect: [{ status: 'PASS', resource: 'yearly' }],
  },
  {
    name: 'secrets that could not be listed: ERROR',
    given: ({ secretsmanager }) => secretsmanager.secrets.fail({ region: 'eu-west-1', operation: 'ListSecrets', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'secretsmanager:ListSecrets' }],
  },
]);
