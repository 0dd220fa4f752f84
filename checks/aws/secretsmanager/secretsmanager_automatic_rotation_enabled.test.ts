import { testCheck } from '../../../test/helpers/check-cases.js';
import { secret } from '../../../test/helpers/fixtures/secretsmanager.js';
import check from './secretsmanager_automatic_rotation_enabled.js';

testCheck(check, [
  { name: 'no secrets', expect: [] },
  {
    name: 'rotation on passes, off fails',
    given: ({ secretsmanager }) => {
      secretsmanager.secrets.add(secret('rotating'));
      secretsmanager.secrets.add(secret('static', { rotationEnabled: false, region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'rotating', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'static', region: 'us-east-1' },
    ],
  },
  {
    name: 'secrets that could not be listed: ERROR',
    given: ({ secretsmanager }) => secretsmanager.secrets.fail({ region: 'eu-west-1', operation: 'ListSecrets', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'secretsmanager:ListSecrets' }],
  },
]);
