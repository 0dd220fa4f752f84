import { testCheck } from '../../../test/helpers/check-cases.js';
import { invocationLogging, loggingTo } from '../../../test/helpers/fixtures/bedrock.js';
import check from './bedrock_model_invocation_logging_enabled.js';

testCheck(check, [
  { name: 'no regions read', expect: [] },
  {
    name: 'a region that logs invocations passes, naming where; a region that does not fails',
    given: ({ bedrock }) => {
      bedrock.loggingConfigurations.add(loggingTo({ cloudWatchLogGroup: 'invocations', s3Bucket: 'logs-bucket' }));
      bedrock.loggingConfigurations.add(invocationLogging({ region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'model-invocation-logging', region: 'eu-west-1', detail: 'CloudWatch Logs group invocations and S3 bucket logs-bucket' },
      { status: 'FAIL', resource: 'model-invocation-logging', region: 'us-east-1' },
    ],
  },
  {
    name: 'a region whose configuration could not be read is an error there',
    given: ({ bedrock }) => bedrock.loggingConfigurations.fail({ region: 'eu-west-1', operation: 'GetModelInvocationLoggingConfiguration', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'bedrock:GetModelInvocationLoggingConfiguration', region: 'eu-west-1' }],
  },
]);
