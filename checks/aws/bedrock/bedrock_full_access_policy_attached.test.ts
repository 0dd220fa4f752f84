import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { iamRole, serviceRole } from '../../../test/helpers/fixtures/iam.js';
import check from './bedrock_full_access_policy_attached.js';

const FULL_ACCESS = { name: 'AmazonBedrockFullAccess', arn: 'arn:aws:iam::aws:policy/AmazonBedrockFullAccess' };

testCheck(check, [
  { name: 'no roles', expect: [] },
  {
    name: 'a role with AmazonBedrockFullAccess fails, one without passes, in the global region; service roles are skipped',
    given: ({ iam }) => {
      iam.roles.add(iamRole('analysts', { attachedPolicies: [FULL_ACCESS] }));
      iam.roles.add(iamRole('readers', { attachedPolicies: [{ name: 'AmazonBedrockReadOnly', arn: 'arn:aws:iam::aws:policy/AmazonBedrockReadOnly' }] }));
      iam.roles.add(serviceRole('bedrock-service', 'bedrock.amazonaws.com', { attachedPolicies: [FULL_ACCESS] }));
    },
    expect: [
      { status: 'FAIL', resource: 'analysts', region: 'us-east-1' },
      { status: 'PASS', resource: 'readers', region: 'us-east-1' },
    ],
  },
  {
    name: 'a customer managed policy of the same name does not count: Prowler matches the ARN',
    given: ({ iam }) => iam.roles.add(iamRole('analysts', { attachedPolicies: [{ name: 'AmazonBedrockFullAccess', arn: 'arn:aws:iam::111122223333:policy/AmazonBedrockFullAccess' }] })),
    expect: [{ status: 'PASS', resource: 'analysts' }],
  },
  {
    name: 'a role whose trust policy could not be read is an error',
    given: ({ iam }) => iam.roles.add(iamRole('analysts', { isServiceRole: unreadBy('iam', 'GetAccountAuthorizationDetails', 'us-east-1') })),
    expect: [{ status: 'ERROR', resource: 'analysts' }],
  },
  {
    name: 'roles that could not be listed are an error',
    given: ({ iam }) => iam.roles.fail({ region: 'us-east-1', operation: 'GetAccountAuthorizationDetails', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'iam:GetAccountAuthorizationDetails', region: 'us-east-1' }],
  },
]);
