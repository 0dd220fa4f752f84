import { testCheck } from '../../../test/helpers/check-cases.js';
import { repository } from '../../../test/helpers/fixtures/ecr.js';
import check from './ecr_repositories_scan_images_on_push_enabled.js';

testCheck(check, [
  { name: 'no repositories', expect: [] },
  {
    name: 'scan on push passes, its absence fails',
    given: ({ ecr }) => {
      ecr.repositories.add(repository('scanned'));
      ecr.repositories.add(repository('unscanned', { scanOnPush: false }));
    },
    expect: [
      { status: 'PASS', resource: 'scanned' },
      { status: 'FAIL', resource: 'unscanned' },
    ],
  },
  {
    name: 'a region whose repositories could not be listed is an error there',
    given: ({ ecr }) => ecr.repositories.fail({ region: 'eu-west-1', operation: 'DescribeRepositories', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'ecr:DescribeRepositories', region: 'eu-west-1' }],
  },
]);
