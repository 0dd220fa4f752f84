import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { registry } from '../../../test/helpers/fixtures/ecr.js';
import check from './ecr_registry_scan_images_on_push_enabled.js';

const ACCOUNT = '111122223333';

testCheck(check, [
  { name: 'no registries', expect: [] },
  {
    name: 'a rule with the "*" filter or no filter covers all; filtered rules or no rules fail; unused registries are not judged',
    given: ({ ecr }) => {
      ecr.registries.add(registry({ region: 'eu-west-1' }));
      ecr.registries.add(registry({ region: 'us-east-1', rules: [{ frequency: 'CONTINUOUS_SCAN', filters: [] }] }));
      ecr.registries.add(registry({ region: 'eu-central-1', rules: [{ frequency: 'SCAN_ON_PUSH', filters: ['prod-*'] }] }));
      ecr.registries.add(registry({ region: 'ap-southeast-2', rules: [] }));
      ecr.registries.add(registry({ region: 'sa-east-1', rules: [], repositoryCount: 0 }));
    },
    expect: [
      { status: 'PASS', resource: ACCOUNT, region: 'eu-west-1' },
      { status: 'PASS', resource: ACCOUNT, region: 'us-east-1' },
      { status: 'FAIL', resource: ACCOUNT, region: 'eu-central-1', detail: 'filters' },
      { status: 'FAIL', resource: ACCOUNT, region: 'ap-southeast-2', detail: 'without any scan rule' },
    ],
  },
  {
    name: 'a scanning configuration that could not be read is an error',
    given: ({ ecr }) => ecr.registries.add(registry({ rules: unreadBy('ecr', 'GetRegistryScanningConfiguration'), scanType: unreadBy('ecr', 'GetRegistryScanningConfiguration') })),
    expect: [{ status: 'ERROR', resource: ACCOUNT, detail: 'GetRegistryScanningConfiguration' }],
  },
  {
    name: 'a region whose repositories could not be listed is an error there',
    given: ({ ecr }) => ecr.registries.fail({ region: 'eu-west-1', operation: 'DescribeRepositories', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'ecr:DescribeRepositories', region: 'eu-west-1' }],
  },
]);
