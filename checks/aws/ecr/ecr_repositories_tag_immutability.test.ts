import { testCheck } from '../../../test/helpers/check-cases.js';
import { repository } from '../../../test/helpers/fixtures/ecr.js';
import check from './ecr_repositories_tag_immutability.js';

testCheck(check, [
  { name: 'no repositories', expect: [] },
  {
    name: 'only plain MUTABLE fails',
    given: ({ ecr }) => {
      for (const [name, tagMutability] of [
        ['locked', 'IMMUTABLE'],
        ['mostly-locked', 'IMMUTABLE_WITH_EXCLUSION'],
        ['mostly-open', 'MUTABLE_WITH_EXCLUSION'],
        ['open', 'MUTABLE'],
      ] as const) {
        ecr.repositories.add(repository(name, { tagMutability }));
      }
    },
    expect: [
      { status: 'PASS', resource: 'locked' },
      { status: 'PASS', resource: 'mostly-locked' },
      { status: 'PASS', resource: 'mostly-open' },
      { status: 'FAIL', resource: 'open', detail: 'MUTABLE' },
    ],
  },
  {
    name: 'a region whose repositories could not be listed is an error there',
    given: ({ ecr }) => ecr.repositories.fail({ region: 'us-east-1', operation: 'DescribeRepositories', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'ecr:DescribeRepositories', region: 'us-east-1' }],
  },
]);
