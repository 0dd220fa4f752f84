import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { key } from '../../../test/helpers/fixtures/kms.js';
import check from './kms_cmk_rotation_enabled.js';

testCheck(check, [
  { name: 'no keys', expect: [] },
  {
    name: 'rotating customer key passes',
    given: ({ kms }) => kms.keys.add(key('k1')),
    expect: [{ status: 'PASS', resource: 'k1', region: 'eu-west-1', detail: 'rotates' }],
  },
  {
    name: 'non-rotating customer key fails',
    given: ({ kms }) => kms.keys.add(key('k1', { rotationEnabled: false })),
    expect: [{ status: 'FAIL', resource: 'k1', detail: 'does not rotate' }],
  },
  {
    name: 'AWS-managed, disabled and asymmetric keys are out of scope',
    given: ({ kms }) => {
      kms.keys.add(key('aws', { manager: 'AWS', rotationEnabled: false }));
      kms.keys.add(key('off', { state: 'Disabled', rotationEnabled: false }));
      kms.keys.add(key('rsa', { spec: 'RSA_2048', rotationEnabled: false }));
    },
    expect: [],
  },
  {
    name: 'unreadable rotation status is an error, not a verdict',
    given: ({ kms }) => {
      const k = key('k1', { rotationEnabled: unreadBy('kms', 'GetKeyRotationStatus', 'eu-west-1') });
      kms.keys.add(k);
    },
    expect: [{ status: 'ERROR', resource: 'k1', detail: 'GetKeyRotationStatus' }],
  },
  {
    name: 'a region whose keys could not be listed is an error there',
    given: ({ kms }) => {
      kms.keys.add(key('k1', { region: 'us-east-1' }));
      kms.keys.fail({ region: 'eu-west-1', operation: 'ListKeys', message: 'AccessDeniedException: denied' });
    },
    expect: [
      { status: 'PASS', resource: 'k1', region: 'us-east-1' },
      { status: 'ERROR', resource: 'kms:ListKeys', region: 'eu-west-1', detail: 'Could not list kms keys in eu-west-1' },
    ],
  },
]);
