import { testCheck } from '../../../test/helpers/check-cases.js';
import { key } from '../../../test/helpers/fixtures/kms.js';
import check from './kms_cmk_not_deleted_unintentionally.js';

testCheck(check, [
  { name: 'no keys', expect: [] },
  {
    name: 'an enabled customer key passes',
    given: ({ kms }) => kms.keys.add(key('k1')),
    expect: [{ status: 'PASS', resource: 'k1', region: 'eu-west-1' }],
  },
  {
    name: 'a key pending deletion fails',
    given: ({ kms }) => kms.keys.add(key('k1', { state: 'PendingDeletion' })),
    expect: [{ status: 'FAIL', resource: 'k1', detail: 'scheduled for deletion' }],
  },
  {
    name: 'disabled keys are skipped unless unused resources are scanned',
    given: ({ kms }) => kms.keys.add(key('off', { state: 'Disabled' })),
    expect: [],
  },
  {
    name: 'disabled keys pass when unused resources are scanned',
    options: { scanUnusedServices: true },
    given: ({ kms }) => kms.keys.add(key('off', { state: 'Disabled' })),
    expect: [{ status: 'PASS', resource: 'off' }],
  },
  {
    name: 'AWS managed keys are not judged',
    given: ({ kms }) => kms.keys.add(key('aws', { manager: 'AWS', state: 'PendingDeletion' })),
    expect: [],
  },
  {
    name: 'a region whose keys could not be listed is an error there',
    given: ({ kms }) => kms.keys.fail({ region: 'us-east-1', operation: 'ListKeys', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'kms:ListKeys', region: 'us-east-1' }],
  },
]);
