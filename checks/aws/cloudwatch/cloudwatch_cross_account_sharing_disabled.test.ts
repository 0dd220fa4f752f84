import { testCheck } from '../../../test/helpers/check-cases.js';
import { iamRole } from '../../../test/helpers/fixtures/iam.js';
import check from './cloudwatch_cross_account_sharing_disabled.js';

const ACCOUNT = '111122223333';

testCheck(check, [
  { name: 'no roles: PASS on the account in the global region', expect: [{ status: 'PASS', resource: ACCOUNT, region: 'us-east-1' }] },
  {
    name: 'other roles do not matter',
    given: ({ iam }) => iam.roles.add(iamRole('CloudWatch-CrossAccountSharing')),
    expect: [{ status: 'PASS', resource: ACCOUNT }],
  },
  {
    name: 'the sharing role: FAIL on the role',
    given: ({ iam }) => {
      iam.roles.add(iamRole('admin'));
      iam.roles.add(iamRole('CloudWatch-CrossAccountSharingRole'));
    },
    expect: [{ status: 'FAIL', resource: 'CloudWatch-CrossAccountSharingRole', region: 'us-east-1', detail: 'shared with other accounts' }],
  },
  {
    name: 'roles that could not be listed: ERROR',
    given: ({ iam }) => iam.roles.fail({ region: 'us-east-1', operation: 'GetAccountAuthorizationDetails', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: ACCOUNT, detail: 'GetAccountAuthorizationDetails' }],
  },
]);
