import { testCheck } from '../../../test/helpers/check-cases.js';
import { key } from '../../../test/helpers/fixtures/kms.js';
import check from './kms_cmk_not_multi_region.js';

testCheck(check, [
  { name: 'no keys', expect: [] },
  {
    name: 'a single-Region key passes',
    given: ({ kms }) => kms.keys.add(key('k1')),
    expect: [{ status: 'PASS', resource: 'k1', region: 'eu-west-1', detail: 'single-Region' }],
  },
  {
    name: 'a multi-Region key fails',
    given: ({ kms }) => kms.keys.add(key('k1', { multiRegion: true })),
    expect: [{ status: 'FAIL', resource: 'k1', detail: 'multi-Region' }],
  },
  {
    name: 'AWS managed and not enabled keys are not judged',
    given: ({ kms }) => {
      kms.keys.add(key('aws', { manager: 'AWS', multiRegion: true }));
      kms.keys.add(key('off', { state: 'Disabled', multiRegion: true }));
      kms.keys.add(key('going', { state: 'PendingDeletion', multiRegion: true }));
    },
    expect: [],
  },
  {
    name: 'a region whose keys could not be listed is an error there',
    given: ({ kms }) => kms.keys.fail({ region: 'eu-west-1', operation: 'DescribeKey', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'kms:DescribeKey', region: 'eu-west-1' }],
  },
]);
