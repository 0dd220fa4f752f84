import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { repositoryLifecycle } from '../../../test/helpers/fixtures/ecr.js';
import check from './ecr_repositories_lifecycle_policy_enabled.js';

testCheck(check, [
  { name: 'no repositories', expect: [] },
  {
    name: 'a lifecycle policy passes, none fails',
    given: ({ ecr }) => {
      ecr.lifecyclePolicies.add(repositoryLifecycle('pruned'));
      ecr.lifecyclePolicies.add(repositoryLifecycle('hoarding', { lifecyclePolicy: null }));
    },
    expect: [
      { status: 'PASS', resource: 'pruned' },
      { status: 'FAIL', resource: 'hoarding' },
    ],
  },
  {
    name: 'a policy that could not be read is an error',
    given: ({ ecr }) => ecr.lifecyclePolicies.add(repositoryLifecycle('hidden', { lifecyclePolicy: unreadBy('ecr', 'GetLifecyclePolicy') })),
    expect: [{ status: 'ERROR', resource: 'hidden', detail: 'GetLifecyclePolicy' }],
  },
  {
    name: 'a region whose repositories could not be listed is an error there',
    given: ({ ecr }) => ecr.lifecyclePolicies.fail({ region: 'eu-west-1', operation: 'DescribeRepositories', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'ecr:DescribeRepositories', region: 'eu-west-1' }],
  },
]);
