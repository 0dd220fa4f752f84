import { testCheck } from '../../../test/helpers/check-cases.js';
import { imageBlockPublicAccess } from '../../../test/helpers/fixtures/ec2-storage.js';
import check from './ec2_ami_account_block_public_access.js';

testCheck(check, [
  { name: 'no settings read', expect: [] },
  {
    name: 'blocking new sharing passes, region by region',
    given: ({ ec2 }) => {
      ec2.imageBlockPublicAccess.add(imageBlockPublicAccess('eu-west-1'));
      ec2.imageBlockPublicAccess.add(imageBlockPublicAccess('us-east-1', { state: 'unblocked' }));
    },
    expect: [
      { status: 'PASS', resource: '111122223333', region: 'eu-west-1', detail: 'is on in eu-west-1' },
      { status: 'FAIL', resource: '111122223333', region: 'us-east-1', detail: 'is off in us-east-1 (unblocked)' },
    ],
  },
  {
    name: 'a region whose setting could not be read is an error there',
    given: ({ ec2 }) =>
      ec2.imageBlockPublicAccess.fail({ region: 'us-east-1', operation: 'GetImageBlockPublicAccessState', message: 'UnauthorizedOperation: denied' }),
    expect: [{ status: 'ERROR', resource: 'ec2:GetImageBlockPublicAccessState', region: 'us-east-1' }],
  },
]);
