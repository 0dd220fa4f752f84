import { testCheck } from '../../../test/helpers/check-cases.js';
import { distribution } from '../../../test/helpers/fixtures/cloudfront.js';
import check from './cloudfront_distributions_pqc_tls_enabled.js';

testCheck(check, [
  { name: 'no distributions', expect: [] },
  {
    name: 'the TLS 1.3 2025 policy passes by default',
    given: ({ cloudfront }) => cloudfront.distributions.add(distribution('E1')),
    expect: [{ status: 'PASS', resource: 'E1', region: 'us-east-1', detail: 'TLSv1.3_2025' }],
  },
  {
    name: 'an older policy fails',
    given: ({ cloudfront }) => cloudfront.distributions.add(distribution('E1', { minimumProtocolVersion: 'TLSv1.2_2021' })),
    expect: [{ status: 'FAIL', resource: 'E1', detail: 'TLSv1.2_2021' }],
  },
  {
    name: 'the allowed policies come from cloudfront_pqc_min_protocol_versions',
    given: ({ cloudfront }) => cloudfront.distributions.add(distribution('E1', { minimumProtocolVersion: 'TLSv1.2_2021' })),
    config: { cloudfront_pqc_min_protocol_versions: ['TLSv1.2_2021'] },
    expect: [{ status: 'PASS', resource: 'E1' }],
  },
  {
    name: 'no policy named fails',
    given: ({ cloudfront }) => cloudfront.distributions.add(distribution('E1', { minimumProtocolVersion: '' })),
    expect: [{ status: 'FAIL', resource: 'E1', detail: '(none)' }],
  },
  {
    name: 'the default certificate fails even when its policy is allowed',
    given: ({ cloudfront }) => cloudfront.distributions.add(distribution('E1', { usesDefaultCertificate: true, minimumProtocolVersion: 'TLSv1' })),
    config: { cloudfront_pqc_min_protocol_versions: ['TLSv1'] },
    expect: [{ status: 'FAIL', resource: 'E1', detail: 'default certificate' }],
  },
  {
    name: 'a failed distribution listing is an error',
    given: ({ cloudfront }) => cloudfront.distributions.fail({ region: 'us-east-1', operation: 'ListDistributions', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'cloudfront:ListDistributions', region: 'us-east-1' }],
  },
]);
