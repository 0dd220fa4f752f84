import { testCheck } from '../../../test/helpers/check-cases.js';
import { emrBlockPublicAccess } from '../../../test/helpers/fixtures/emr.js';
import check from './emr_cluster_account_public_block_enabled.js';

testCheck(check, [
  { name: 'no settings read', expect: [] },
  {
    name: 'judges the setting of each region, reported under the account',
    given: ({ emr }) => {
      emr.blockPublicAccess.add(emrBlockPublicAccess('eu-west-1'));
      emr.blockPublicAccess.add(emrBlockPublicAccess('us-east-1', false));
    },
    expect: [
      { status: 'PASS', resource: '111122223333', region: 'eu-west-1', detail: 'is on in eu-west-1' },
      { status: 'FAIL', resource: '111122223333', region: 'us-east-1', detail: 'is off in us-east-1' },
    ],
  },
  {
    name: 'a region whose setting could not be read is an error there',
    given: ({ emr }) => emr.blockPublicAccess.fail({ region: 'us-east-1', operation: 'GetBlockPublicAccessConfiguration', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'emr:GetBlockPublicAccessConfiguration', region: 'us-east-1' }],
  },
]);
