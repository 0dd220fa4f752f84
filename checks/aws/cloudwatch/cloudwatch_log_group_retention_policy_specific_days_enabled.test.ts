import { testCheck } from '../../../test/helpers/check-cases.js';
import { logGroup } from '../../../test/helpers/fixtures/cloudwatch.js';
import check from './cloudwatch_log_group_retention_policy_specific_days_enabled.js';

testCheck(check, [
  { name: 'no log groups', expect: [] },
  {
    name: 'never expiring passes; at the required days passes; one day short fails',
    given: ({ cloudwatch }) => {
      cloudwatch.logGroups.add(logGroup('forever', { retentionDays: null }));
      cloudwatch.logGroups.add(logGroup('year', { retentionDays: 365 }));
      cloudwatch.logGroups.add(logGroup('short', { retentionDays: 180 }));
    },
    expect: [
      { status: 'PASS', resource: 'forever', detail: 'forever' },
      { status: 'PASS', resource: 'year' },
      { status: 'FAIL', resource: 'short', detail: '180 days, fewer than the 365 required' },
    ],
  },
  {
    name: 'log_group_retention_days moves the boundary',
    config: { log_group_retention_days: 90 },
    given: ({ cloudwatch }) => {
      cloudwatch.logGroups.add(logGroup('quarter', { retentionDays: 90 }));
      cloudwatch.logGroups.add(logGroup('month', { retentionDays: 30 }));
    },
    expect: [
      { status: 'PASS', resource: 'quarter' },
      { status: 'FAIL', resource: 'month' },
    ],
  },
  {
    name: 'log groups that could not be listed: ERROR',
    given: ({ cloudwatch }) => cloudwatch.logGroups.fail({ region: 'us-east-1', operation: 'DescribeLogGroups', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'cloudwatch:DescribeLogGroups', region: 'us-east-1' }],
  },
]);
