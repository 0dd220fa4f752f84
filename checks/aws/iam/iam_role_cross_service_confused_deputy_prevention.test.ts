import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { iamRole, serviceRole, trustPolicyFor } from '../../../test/helpers/fixtures/iam.js';
import check from './iam_role_cross_service_confused_deputy_prevention.js';

testCheck(check, [
  { name: 'no roles', expect: [] },
  {
    name: 'roles that are not service roles, and service-linked roles, are not judged',
    given: ({ iam }) => {
      iam.roles.add(iamRole('people'));
      iam.roles.add(
        serviceRole('AWSServiceRoleForSupport', 'support.amazonaws.com', { arn: 'arn:aws:iam::111122223333:role/aws-service-role/support.amazonaws.com/AWSServiceRoleForSupport' }),
      );
    },
    expect: [],
  },
  {
    name: 'a service trusted without conditions fails',
    given: ({ iam }) => iam.roles.add(serviceRole('lambda-exec', 'lambda.amazonaws.com')),
    expect: [{ status: 'FAIL', resource: 'lambda-exec', region: 'us-east-1', detail: 'does not guard' }],
  },
  {
    name: 'conditions pinning the source account, source ARN or organization pass',
    given: ({ iam }) => {
      iam.roles.add(serviceRole('by-account', 'lambda.amazonaws.com', { trustPolicy: trustPolicyFor({ Service: ['lambda.amazonaws.com'] }, { StringEquals: { 'aws:SourceAccount': '111122223333' } }) }));
      iam.roles.add(
        serviceRole('by-arn', 'sns.amazonaws.com', {
          trustPolicy: trustPolicyFor({ Service: ['sns.amazonaws.com'] }, { ArnLike: { 'aws:SourceArn': 'arn:aws:sns:eu-west-1:111122223333:topic' } }),
        }),
      );
      iam.roles.add(serviceRole('by-org', 'ec2.amazonaws.com', { trustPolicy: trustPolicyFor({ Service: ['ec2.amazonaws.com'] }, { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } }) }));
    },
    expect: [
      { status: 'PASS', resource: 'by-account', detail: 'guards against' },
      { status: 'PASS', resource: 'by-arn' },
      { status: 'PASS', resource: 'by-org' },
    ],
  },
  {
    name: 'services kept within the account, and principals that are not AWS service domains, pass',
    given: ({ iam }) => {
      iam.roles.add(serviceRole('secrets', 'secretsmanager.amazonaws.com'));
      iam.roles.add(serviceRole('eks', 'eks.amazonaws.com'));
      iam.roles.add(serviceRole('custom', 'example.com'));
    },
    expect: [
      { status: 'PASS', resource: 'secrets' },
      { status: 'PASS', resource: 'eks' },
      { status: 'PASS', resource: 'custom' },
    ],
  },
  {
    name: 'actions other than sts:AssumeRole and sts:* are not weighed',
    given: ({ iam }) =>
      iam.roles.add(
        serviceRole('web-identity', 'lambda.amazonaws.com', {
          trustPolicy: { Statement: [{ Effect: 'Allow', Principal: { Service: ['lambda.amazonaws.com'] }, Action: ['sts:AssumeRoleWithWebIdentity'] }] },
        }),
      ),
    expect: [{ status: 'PASS', resource: 'web-identity' }],
  },
  {
    name: 'a condition that does not pin the caller fails',
    given: ({ iam }) =>
      iam.roles.add(serviceRole('tagged', 'ec2.amazonaws.com', { trustPolicy: trustPolicyFor({ Service: ['ec2.amazonaws.com'] }, { StringEquals: { 'aws:RequestTag/team': 'ops' } }) })),
    expect: [{ status: 'FAIL', resource: 'tagged' }],
  },
  {
    name: 'an unreadable trust policy is an error',
    given: ({ iam }) => iam.roles.add(serviceRole('lambda-exec', 'lambda.amazonaws.com', { trustPolicy: unreadBy('iam', 'GetAccountAuthorizationDetails', 'us-east-1') })),
    expect: [{ status: 'ERROR', resource: 'lambda-exec' }],
  },
  {
    name: 'unlisted roles are an error',
    given: ({ iam }) => iam.roles.fail({ region: 'us-east-1', operation: 'GetAccountAuthorizationDetails', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'iam:GetAccountAuthorizationDetails' }],
  },
]);
