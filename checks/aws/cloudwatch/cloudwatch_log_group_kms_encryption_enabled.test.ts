import { testCheck } from '../../../test/helpers/check-cases.js';
import { logGroup } from '../../../test/helpers/fixtures/cloudwatch.js';
import check from './cloudwatch_log_group_kms_encryption_enabled.js';

testCheck(check, [
  { name: 'no log groups', expect: [] },
  {
    name: 'a group with a KMS key passes, one without fails',
    given: ({ cloudwatch }) => {
      cloudwatch.logGroups.add(logGroup('sealed', { kmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/k' }));
      cloudwatch.logGroups.add(logGroup('plain', { region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'sealed', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'plain', region: 'us-east-1' },
    ],
  },
  {
    name: 'log groups that could not be listed: ERROR',
    given: ({ cloudwatch }) => cloudwatch.logGroups.fail({ region: 'eu-west-1', operation: 'DescribeLogGroups', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'cloudwatch:DescribeLogGroups', region: 'eu-west-1' }],
  },
]);
