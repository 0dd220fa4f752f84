import { testCheck } from '../../../test/helpers/check-cases.js';
import { distribution } from '../../../test/helpers/fixtures/cloudfront.js';
import check from './cloudfront_distributions_using_waf.js';

testCheck(check, [
  { name: 'no distributions', expect: [] },
  {
    name: 'a web ACL passes and is named',
    given: ({ cloudfront }) => cloudfront.distributions.add(distribution('E1')),
    expect: [{ status: 'PASS', resource: 'E1', region: 'us-east-1', detail: 'global/webacl/edge' }],
  },
  {
    name: 'no web ACL fails',
    given: ({ cloudfront }) => cloudfront.distributions.add(distribution('E1', { webAclId: '' })),
    expect: [{ status: 'FAIL', resource: 'E1', detail: 'no AWS WAF web ACL' }],
  },
  {
    name: 'a failed distribution listing is an error',
    given: ({ cloudfront }) => cloudfront.distributions.fail({ region: 'us-east-1', operation: 'ListDistributions', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'cloudfront:ListDistributions', region: 'us-east-1' }],
  },
]);
