import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { clarifyJob, clarifyUsage } from '../../../test/helpers/fixtures/sagemaker.js';
import check from './sagemaker_clarify_exists.js';

testCheck(check, [
  { name: 'no region read', expect: [] },
  {
    name: 'each Clarify job passes under itself; a region without one fails once under the region',
    given: ({ sagemaker }) => {
      sagemaker.clarifyUsage.add(clarifyUsage('eu-west-1', { clarifyJobs: [clarifyJob('bias-a'), clarifyJob('bias-b')] }));
      sagemaker.clarifyUsage.add(clarifyUsage('us-east-1'));
    },
    expect: [
      { status: 'PASS', resource: 'bias-a', region: 'eu-west-1' },
      { status: 'PASS', resource: 'bias-b', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'sagemaker-clarify', region: 'us-east-1' },
    ],
  },
  {
    name: 'processing jobs that could not be described: ERROR for the region',
    given: ({ sagemaker }) => sagemaker.clarifyUsage.add(clarifyUsage('eu-west-1', { clarifyJobs: unreadBy('sagemaker', 'DescribeProcessingJob') })),
    expect: [{ status: 'ERROR', resource: 'sagemaker-clarify', detail: 'DescribeProcessingJob' }],
  },
  {
    name: 'processing jobs that could not be listed: ERROR',
    given: ({ sagemaker }) => sagemaker.clarifyUsage.fail({ region: 'us-east-1', operation: 'ListProcessingJobs', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'sagemaker:ListProcessingJobs', region: 'us-east-1' }],
  },
]);
