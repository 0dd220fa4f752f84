import { testCheck, type CheckCase } from '../../../test/helpers/check-cases.js';
import { key } from '../../../test/helpers/fixtures/kms.js';
import check from './kms_cmk_are_used.js';

testCheck(check, [
  { name: 'no keys', expect: [] },
  {
    name: 'an enabled customer key passes',
    given: ({ kms }) => kms.keys.add(key('k1')),
    expect: [{ status: 'PASS', resource: 'k1', region: 'eu-west-1', detail: 'is enabled' }],
  },
  {
    name: 'a key pending deletion passes',
    given: ({ kms }) => kms.keys.add(key('k1', { state: 'PendingDeletion' })),
    expect: [{ status: 'PASS', resource: 'k1', detail: 'scheduled for deletion' }],
  },
  ...['Disabled', 'PendingImport', 'Unavailable'].map(
    (state): CheckCase<typeof check.uses> => ({
      name: `a ${state} key fails`,
      given: ({ kms }) => kms.keys.add(key('k1', { state })),
      expect: [{ status: 'FAIL', resource: 'k1', detail: `(${state})` }],
    }),
  ),
  {
    name: 'AWS managed keys are not judged',
    given: ({ kms }) => kms.keys.add(key('aws', { manager: 'AWS', state: 'Disabled' })),
    expect: [],
  },
  {
    name: 'a region whose keys could not be listed is an error there',
    given: ({ kms }) => kms.keys.fail({ region: 'eu-west-1', operation: 'ListKeys', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'kms:ListKeys', region: 'eu-west-1' }],
  },
]);
