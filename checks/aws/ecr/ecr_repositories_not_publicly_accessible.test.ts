import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { PUBLIC_REPOSITORY_POLICY, repositoryPolicy } from '../../../test/helpers/fixtures/ecr.js';
import check from './ecr_repositories_not_publicly_accessible.js';

testCheck(check, [
  { name: 'no repositories', expect: [] },
  {
    name: 'a public policy fails; a policy naming an account, or none, passes',
    given: ({ ecr }) => {
      ecr.repositoryPolicies.add(repositoryPolicy('open', PUBLIC_REPOSITORY_POLICY));
      ecr.repositoryPolicies.add(
        repositoryPolicy('partner', { Statement: [{ Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::444455556666:root'] }, Action: ['ecr:BatchGetImage'] }] }),
      );
      ecr.repositoryPolicies.add(repositoryPolicy('bare'));
    },
    expect: [
      { status: 'FAIL', resource: 'open' },
      { status: 'PASS', resource: 'partner' },
      { status: 'PASS', resource: 'bare' },
    ],
  },
  {
    name: 'a wildcard principal confined to an organization is not public',
    given: ({ ecr }) =>
      ecr.repositoryPolicies.add(
        repositoryPolicy('org', {
          Statement: [{ Effect: 'Allow', Principal: { AWS: ['*'] }, Action: ['ecr:*'], Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } }],
        }),
      ),
    expect: [{ status: 'PASS', resource: 'org' }],
  },
  {
    name: 'a policy that could not be read is an error',
    given: ({ ecr }) => ecr.repositoryPolicies.add(repositoryPolicy('hidden', null, { policy: unreadBy('ecr', 'GetRepositoryPolicy') })),
    expect: [{ status: 'ERROR', resource: 'hidden', detail: 'GetRepositoryPolicy' }],
  },
  {
    name: 'a region whose repositories could not be listed is an error there',
    given: ({ ecr }) => ecr.repositoryPolicies.fail({ region: 'eu-west-1', operation: 'DescribeRepositories', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'ecr:DescribeRepositories', region: 'eu-west-1' }],
  },
]);
