import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { bedrockApiKey } from '../../../test/helpers/fixtures/bedrock.js';
import { awsManagedPolicy, customerManagedPolicy, iamUser, inlinePolicy } from '../../../test/helpers/fixtures/iam.js';
import type { PolicyDocument } from '../../../src/services/policy.js';
import check from './bedrock_api_key_no_administrative_privileges.js';

const allow = (...actions: string[]): PolicyDocument => ({ Statement: [{ Effect: 'Allow', Action: actions, Resource: ['*'] }] });
const attach = (...policies: { name: string; arn: string }[]) => ({ attachedPolicies: policies.map(({ name, arn }) => ({ name, arn })) });

testCheck(check, [
  { name: 'no keys', expect: [] },
  {
    name: 'a key of a user with limited policies passes',
    given: ({ iam }) => {
      const invoke = customerManagedPolicy('invoke', { document: allow('bedrock:InvokeModel') });
      iam.managedPolicies.add(invoke);
      iam.users.add(iamUser('alice', attach(invoke)));
      iam.bedrockApiKeys.add(bedrockApiKey('alice', 'K1', 30));
    },
    expect: [{ status: 'PASS', resource: 'K1', region: 'us-east-1' }],
  },
  {
    name: 'administrative, escalating or full Bedrock policies of the user fail, attached or inline',
    given: ({ iam }) => {
      const admin = awsManagedPolicy('AdministratorAccess', { document: allow('*') });
      const escalate = customerManagedPolicy('escalate', { document: allow('iam:CreatePolicyVersion') });
      iam.managedPolicies.add(admin);
      iam.managedPolicies.add(escalate);
      iam.inlinePolicies.add(inlinePolicy('user', 'carol', 'bedrock-all', { document: allow('bedrock:*') }));
      iam.users.add(iamUser('alice', attach(admin)));
      iam.users.add(iamUser('bob', attach(escalate)));
      iam.users.add(iamUser('carol', { inlinePolicyNames: ['bedrock-all'] }));
      iam.bedrockApiKeys.add(bedrockApiKey('alice', 'K-ADMIN', 30));
      iam.bedrockApiKeys.add(bedrockApiKey('bob', 'K-ESCALATE', 30));
      iam.bedrockApiKeys.add(bedrockApiKey('carol', 'K-FULL', 30));
    },
    expect: [
      { status: 'FAIL', resource: 'K-ADMIN', detail: 'administrative privileges through policy AdministratorAccess' },
      { status: 'FAIL', resource: 'K-ESCALATE', detail: 'privilege escalation' },
      { status: 'FAIL', resource: 'K-FULL', detail: 'full Bedrock access' },
    ],
  },
  {
    name: 'an unreadable policy is an error unless another policy already fails the key',
    given: ({ iam }) => {
      const unread = customerManagedPolicy('unread', { document: unreadBy('iam', 'GetAccountAuthorizationDetails', 'us-east-1') });
      const admin = awsManagedPolicy('AdministratorAccess', { document: allow('*') });
      iam.managedPolicies.add(unread);
      iam.managedPolicies.add(admin);
      iam.users.add(iamUser('alice', attach(unread)));
      iam.users.add(iamUser('bob', attach(unread, admin)));
      iam.bedrockApiKeys.add(bedrockApiKey('alice', 'K1', 30));
      iam.bedrockApiKeys.add(bedrockApiKey('bob', 'K2', 30));
    },
    expect: [
      { status: 'ERROR', resource: 'K1', detail: 'GetAccountAuthorizationDetails' },
      { status: 'FAIL', resource: 'K2' },
    ],
  },
  {
    name: 'a key of a user IAM did not list is left to manual review',
    given: ({ iam }) => iam.bedrockApiKeys.add(bedrockApiKey('ghost', 'K1', 30)),
    expect: [{ status: 'MANUAL', resource: 'K1' }],
  },
  {
    name: 'keys that could not be listed are an error; users that could not be listed make each key an error',
    given: ({ iam }) => {
      iam.bedrockApiKeys.add(bedrockApiKey('alice', 'K1', 30));
      iam.users.fail({ region: 'us-east-1', operation: 'GetAccountAuthorizationDetails', message: 'AccessDenied: denied' });
    },
    expect: [{ status: 'ERROR', resource: 'K1', detail: 'GetAccountAuthorizationDetails' }],
  },
]);
