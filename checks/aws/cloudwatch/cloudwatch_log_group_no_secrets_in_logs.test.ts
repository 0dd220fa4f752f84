import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { logGroupWithSecrets } from '../../../test/helpers/fixtures/cloudwatch.js';
import check from './cloudwatch_log_group_no_secrets_in_logs.js';

testCheck(check, [
  { name: 'no log groups', expect: [] },
  {
    name: 'a group whose recent events hold no secrets passes; one with a secret fails, naming stream and time',
    given: ({ cloudwatch }) => {
      cloudwatch.logGroupSecrets.add(logGroupWithSecrets('clean'));
      cloudwatch.logGroupSecrets.add(
        logGroupWithSecrets('leaky', { region: 'us-east-1', secrets: [{ logStream: 'web-1', timestamp: Date.UTC(2026, 0, 2), kind: 'AWS access key' }] }),
      );
    },
    expect: [
      { status: 'PASS', resource: 'clean' },
      { status: 'FAIL', resource: 'leaky', region: 'us-east-1', detail: 'AWS access key in stream web-1 at 2026-01-02T00:00:00.000Z' },
    ],
  },
  {
    name: 'events that could not be read: ERROR',
    given: ({ cloudwatch }) => cloudwatch.logGroupSecrets.add(logGroupWithSecrets('hidden', { secrets: unreadBy('cloudwatch', 'FilterLogEvents') })),
    expect: [{ status: 'ERROR', resource: 'hidden', detail: 'FilterLogEvents' }],
  },
  {
    name: 'log groups that could not be listed: ERROR',
    given: ({ cloudwatch }) => cloudwatch.logGroupSecrets.fail({ region: 'eu-west-1', operation: 'DescribeLogGroups', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'cloudwatch:DescribeLogGroups' }],
  },
]);
