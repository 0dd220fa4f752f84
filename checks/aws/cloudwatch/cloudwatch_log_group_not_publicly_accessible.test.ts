import type { PolicyDocument } from '../../../src/services/policy.js';
import { testCheck } from '../../../test/helpers/check-cases.js';
import { fixtureArn } from '../../../test/helpers/fixtures/account.js';
import { logGroup, logResourcePolicy } from '../../../test/helpers/fixtures/cloudwatch.js';
import check from './cloudwatch_log_group_not_publicly_accessible.js';

const groupArn = (name: string, region = 'eu-west-1') => fixtureArn('logs', region, `log-group:${name}:*`);
const policy = (principal: string, resources: string[], condition?: PolicyDocument['Statement'][number]['Condition']): PolicyDocument => ({
  Statement: [{ Effect: 'Allow', Principal: { AWS: [principal] }, Action: ['logs:PutLogEvents'], Resource: resources, ...(condition ? { Condition: condition } : {}) }],
});

testCheck(check, [
  { name: 'no log groups', expect: [] },
  {
    name: 'no resource policies: every group passes',
    given: ({ cloudwatch }) => cloudwatch.logGroups.add(logGroup('app')),
    expect: [{ status: 'PASS', resource: 'app' }],
  },
  {
    name: 'a public policy fails the groups it names, not the others',
    given: ({ cloudwatch }) => {
      cloudwatch.logGroups.add(logGroup('open'));
      cloudwatch.logGroups.add(logGroup('closed'));
      cloudwatch.logResourcePolicies.add(logResourcePolicy('p', policy('*', [groupArn('open')])));
    },
    expect: [
      { status: 'FAIL', resource: 'open' },
      { status: 'PASS', resource: 'closed' },
    ],
  },
  {
    name: "a public policy's wildcard resource names every group, in every region",
    given: ({ cloudwatch }) => {
      cloudwatch.logGroups.add(logGroup('west'));
      cloudwatch.logGroups.add(logGroup('east', { region: 'us-east-1' }));
      cloudwatch.logResourcePolicies.add(logResourcePolicy('p', policy('*', ['*'])));
    },
    expect: [
      { status: 'FAIL', resource: 'west', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'east', region: 'us-east-1' },
    ],
  },
  {
    name: 'a policy limited to one account, or naming an account, is not public',
    given: ({ cloudwatch }) => {
      cloudwatch.logGroups.add(logGroup('app'));
      cloudwatch.logResourcePolicies.add(logResourcePolicy('a', policy('*', ['*'], { StringEquals: { 'aws:SourceAccount': '111122223333' } })));
      cloudwatch.logResourcePolicies.add(logResourcePolicy('b', policy('arn:aws:iam::444455556666:root', ['*'])));
    },
    expect: [{ status: 'PASS', resource: 'app' }],
  },
  {
    name: 'a resource naming the group without its trailing :* does not match it, as in Prowler',
    given: ({ cloudwatch }) => {
      cloudwatch.logGroups.add(logGroup('app'));
      cloudwatch.logResourcePolicies.add(logResourcePolicy('p', policy('*', [fixtureArn('logs', 'eu-west-1', 'log-group:app')])));
    },
    expect: [{ status: 'PASS', resource: 'app' }],
  },
  {
    name: 'resource policies that could not be listed: ERROR for each group',
    given: ({ cloudwatch }) => {
      cloudwatch.logGroups.add(logGroup('app'));
      cloudwatch.logResourcePolicies.fail({ region: 'us-east-1', operation: 'DescribeResourcePolicies', message: 'AccessDenied: denied' });
    },
    expect: [{ status: 'ERROR', resource: 'app', detail: 'DescribeResourcePolicies' }],
  },
  {
    name: 'log groups that could not be listed: ERROR',
    given: ({ cloudwatch }) => cloudwatch.logGroups.fail({ region: 'eu-west-1', operation: 'DescribeLogGroups', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'cloudwatch:DescribeLogGroups' }],
  },
]);
