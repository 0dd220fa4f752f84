import { testCheck } from '../../../test/helpers/check-cases.js';
import { distribution } from '../../../test/helpers/fixtures/cloudfront.js';
import check from './cloudfront_distributions_field_level_encryption_enabled.js';

testCheck(check, [
  { name: 'no distributions', expect: [] },
  {
    name: 'field-level encryption on the default cache behavior passes',
    given: ({ cloudfront }) => cloudfront.distributions.add(distribution('E1')),
    expect: [{ status: 'PASS', resource: 'E1', region: 'us-east-1', detail: 'C3FLE' }],
  },
  {
    name: 'no field-level encryption fails',
    given: ({ cloudfront }) => cloudfront.distributions.add(distribution('E1', { fieldLevelEncryptionId: '' })),
    expect: [{ status: 'FAIL', resource: 'E1' }],
  },
  {
    name: 'a failed distribution listing is an error',
    given: ({ cloudfront }) => cloudfront.distributions.fail({ region: 'us-east-1', operation: 'ListDistributions', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'cloudfront:ListDistributions', region: 'us-east-1' }],
  },
]);
