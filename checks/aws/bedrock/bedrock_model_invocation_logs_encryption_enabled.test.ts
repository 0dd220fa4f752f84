import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { invocationLogging, loggingTo } from '../../../test/helpers/fixtures/bedrock.js';
import { logGroup } from '../../../test/helpers/fixtures/cloudwatch.js';
import { configured } from '../../../test/helpers/fixtures/s3.js';
import check from './bedrock_model_invocation_logs_encryption_enabled.js';

testCheck(check, [
  { name: 'no regions read', expect: [] },
  {
    name: 'logging off is not judged',
    given: ({ bedrock }) => bedrock.loggingConfigurations.add(invocationLogging()),
    expect: [],
  },
  {
    name: 'encrypted destinations pass; an unencrypted bucket or log group fails',
    given: ({ bedrock, s3, cloudwatch }) => {
      bedrock.loggingConfigurations.add(loggingTo({ cloudWatchLogGroup: 'safe-group', s3Bucket: 'safe-bucket' }));
      bedrock.loggingConfigurations.add(loggingTo({ cloudWatchLogGroup: 'plain-group', s3Bucket: 'plain-bucket' }, 'us-east-1'));
      s3.bucketEncryption.add(configured('safe-bucket', 'encryption', 'aws:kms'));
      s3.bucketEncryption.add(configured('plain-bucket', 'encryption', null));
      cloudwatch.logGroups.add(logGroup('safe-group', { kmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/k1' }));
      cloudwatch.logGroups.add(logGroup('plain-group', { region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'model-invocation-logging', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'model-invocation-logging', region: 'us-east-1', detail: 'S3 bucket plain-bucket and CloudWatch Logs group plain-group' },
    ],
  },
  {
    name: 'destinations this account does not list, or a log group of the same name in another region, are taken as encrypted',
    given: ({ bedrock, cloudwatch }) => {
      bedrock.loggingConfigurations.add(loggingTo({ cloudWatchLogGroup: 'plain-group', s3Bucket: 'elsewhere' }));
      cloudwatch.logGroups.add(logGroup('plain-group', { region: 'us-east-1' }));
    },
    expect: [{ status: 'PASS', resource: 'model-invocation-logging', region: 'eu-west-1' }],
  },
  {
    name: 'an unread bucket encryption or an unlisted destination is an error',
    given: ({ bedrock, s3, cloudwatch }) => {
      bedrock.loggingConfigurations.add(loggingTo({ s3Bucket: 'bucket' }));
      bedrock.loggingConfigurations.add(loggingTo({ cloudWatchLogGroup: 'group' }, 'us-east-1'));
      s3.bucketEncryption.add(configured('bucket', 'encryption', unreadBy('s3', 'GetBucketEncryption')));
      cloudwatch.logGroups.fail({ region: 'us-east-1', operation: 'DescribeLogGroups', message: 'AccessDeniedException: denied' });
    },
    expect: [
      { status: 'ERROR', resource: 'model-invocation-logging', region: 'eu-west-1', detail: 'GetBucketEncryption' },
      { status: 'ERROR', resource: 'model-invocation-logging', region: 'us-east-1', detail: 'DescribeLogGroups' },
    ],
  },
  {
    name: 'a region whose logging configuration could not be read is an error there',
    given: ({ bedrock }) => bedrock.loggingConfigurations.fail({ region: 'eu-west-1', operation: 'GetModelInvocationLoggingConfiguration', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'bedrock:GetModelInvocationLoggingConfiguration', region: 'eu-west-1' }],
  },
]);
