import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { serviceAccess, serviceUse } from '../../../test/helpers/fixtures/iam.js';
import check from './iam_user_access_not_stale_to_sagemaker.js';

testCheck(check, [
  { name: 'no users', expect: [] },
  {
    name: 'users whose policies do not allow SageMaker are not judged',
    given: ({ iam }) => iam.userServiceAccess.add(serviceAccess('user', 'web', [serviceUse('s3', 1)])),
    expect: [],
  },
  {
    name: 'SageMaker used within 90 days passes, later or never fails',
    given: ({ iam }) => {
      iam.userServiceAccess.add(serviceAccess('user', 'recent', [serviceUse('sagemaker', 90)]));
      iam.userServiceAccess.add(serviceAccess('user', 'stale', [serviceUse('sagemaker', 91)]));
      iam.userServiceAccess.add(serviceAccess('user', 'never', [serviceUse('sagemaker', null)]));
    },
    expect: [
      { status: 'PASS', resource: 'recent', region: 'us-east-1', detail: '90 days ago' },
      { status: 'FAIL', resource: 'stale', detail: 'for 91 days, more than 90' },
      { status: 'FAIL', resource: 'never', detail: 'never has' },
    ],
  },
  {
    name: 'max_unused_sagemaker_access_days sets the limit',
    config: { max_unused_sagemaker_access_days: 30 },
    given: ({ iam }) => iam.userServiceAccess.add(serviceAccess('user', 'monthly', [serviceUse('sagemaker', 31)])),
    expect: [{ status: 'FAIL', resource: 'monthly', detail: 'more than 30' }],
  },
  {
    name: 'unread access data is an error',
    given: ({ iam }) => iam.userServiceAccess.add(serviceAccess('user', 'app', unreadBy('iam', 'GenerateServiceLastAccessedDetails', 'us-east-1'))),
    expect: [{ status: 'ERROR', resource: 'app' }],
  },
  {
    name: 'unlisted users are an error',
    given: ({ iam }) => iam.userServiceAccess.fail({ region: 'us-east-1', operation: 'GetAccountAuthorizationDetails', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'iam:GetAccountAuthorizationDetails' }],
  },
]);
