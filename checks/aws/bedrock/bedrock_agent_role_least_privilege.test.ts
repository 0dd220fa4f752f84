import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { agentRole, roleArn } from '../../../test/helpers/fixtures/bedrock.js';
import { awsManagedPolicy, customerManagedPolicy, iamRole, inlinePolicy } from '../../../test/helpers/fixtures/iam.js';
import type { PolicyDocument } from '../../../src/services/policy.js';
import check from './bedrock_agent_role_least_privilege.js';

const allow = (...actions: string[]): PolicyDocument => ({ Statement: [{ Effect: 'Allow', Action: actions, Resource: ['*'] }] });
const BOUNDARY = 'arn:aws:iam::111122223333:policy/agent-boundary';

testCheck(check, [
  { name: 'no agents', expect: [] },
  {
    name: 'a bounded role with limited policies passes',
    given: ({ bedrock, iam }) => {
      const invoke = customerManagedPolicy('invoke', { document: allow('bedrock:InvokeModel') });
      iam.managedPolicies.add(invoke);
      iam.roles.add(iamRole('agent-role', { permissionsBoundaryArn: BOUNDARY, attachedPolicies: [{ name: invoke.name, arn: invoke.arn }] }));
      bedrock.agentRoles.add(agentRole('A1', roleArn('agent-role')));
    },
    expect: [{ status: 'PASS', resource: 'A1', region: 'eu-west-1' }],
  },
  {
    name: 'no boundary, an AWS *FullAccess policy, an administrative or an escalating policy fails',
    given: ({ bedrock, iam }) => {
      const admin = customerManagedPolicy('admin', { document: allow('*') });
      iam.managedPolicies.add(admin);
      iam.inlinePolicies.add(inlinePolicy('role', 'escalating', 'pass', { document: allow('iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction') }));
      iam.roles.add(iamRole('unbounded'));
      iam.roles.add(iamRole('full', { permissionsBoundaryArn: BOUNDARY, attachedPolicies: [{ name: 'AmazonS3FullAccess', arn: 'arn:aws:iam::aws:policy/AmazonS3FullAccess' }] }));
      iam.roles.add(iamRole('admin', { permissionsBoundaryArn: BOUNDARY, attachedPolicies: [{ name: admin.name, arn: admin.arn }] }));
      iam.roles.add(iamRole('escalating', { permissionsBoundaryArn: BOUNDARY, inlinePolicyNames: ['pass'] }));
      bedrock.agentRoles.add(agentRole('A1', roleArn('unbounded')));
      bedrock.agentRoles.add(agentRole('A2', roleArn('full')));
      bedrock.agentRoles.add(agentRole('A3', roleArn('admin')));
      bedrock.agentRoles.add(agentRole('A4', roleArn('escalating')));
    },
    expect: [
      { status: 'FAIL', resource: 'A1', detail: 'no permissions boundary' },
      { status: 'FAIL', resource: 'A2', detail: 'AmazonS3FullAccess grants full access' },
      { status: 'FAIL', resource: 'A3', detail: 'administrative access' },
      { status: 'FAIL', resource: 'A4', detail: 'privilege escalation' },
    ],
  },
  {
    name: 'an attached policy IAM did not list is passed over, as in Prowler',
    given: ({ bedrock, iam }) => {
      iam.roles.add(iamRole('agent-role', { permissionsBoundaryArn: BOUNDARY, attachedPolicies: [awsManagedPolicy('Unlisted')] }));
      bedrock.agentRoles.add(agentRole('A1', roleArn('agent-role')));
    },
    expect: [{ status: 'PASS', resource: 'A1' }],
  },
  {
    name: 'a role IAM does not know, or no role, fails',
    given: ({ bedrock }) => {
      bedrock.agentRoles.add(agentRole('A1', roleArn('gone')));
      bedrock.agentRoles.add(agentRole('A2', null));
    },
    expect: [
      { status: 'FAIL', resource: 'A1', detail: 'role/gone' },
      { status: 'FAIL', resource: 'A2', detail: 'none' },
    ],
  },
  {
    name: 'an unread agent, policy or role listing is an error',
    given: ({ bedrock, iam }) => {
      const unread = customerManagedPolicy('unread', { document: unreadBy('iam', 'GetAccountAuthorizationDetails', 'us-east-1') });
      iam.managedPolicies.add(unread);
      iam.roles.add(iamRole('agent-role', { permissionsBoundaryArn: BOUNDARY, attachedPolicies: [{ name: unread.name, arn: unread.arn }] }));
      bedrock.agentRoles.add(agentRole('A1', roleArn('agent-role')));
      bedrock.agentRoles.add(agentRole('A2', unreadBy('bedrock', 'GetAgent')));
    },
    expect: [
      { status: 'ERROR', resource: 'A1', detail: 'GetAccountAuthorizationDetails' },
      { status: 'ERROR', resource: 'A2', detail: 'GetAgent' },
    ],
  },
  {
    name: 'a region whose agents could not be listed is an error there',
    given: ({ bedrock }) => bedrock.agentRoles.fail({ region: 'us-east-1', operation: 'ListAgents', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'bedrock:ListAgents', region: 'us-east-1' }],
  },
]);
