import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { domain } from '../../../test/helpers/fixtures/route53.js';
import check from './route53_domains_privacy_protection_enabled.js';

testCheck(check, [
  { name: 'no domains', expect: [] },
  {
    name: 'private contacts pass, in us-east-1',
    given: ({ route53 }) => route53.domains.add(domain('example.com')),
    expect: [{ status: 'PASS', resource: 'example.com', region: 'us-east-1', detail: 'hides' }],
  },
  {
    name: 'public contacts fail',
    given: ({ route53 }) => route53.domains.add(domain('example.com', { adminPrivacy: false })),
    expect: [{ status: 'FAIL', resource: 'example.com', detail: 'publishes' }],
  },
  {
    name: 'an unreadable domain detail is an error',
    given: ({ route53 }) => route53.domains.add(domain('example.com', { adminPrivacy: unreadBy('route53', 'GetDomainDetail', 'us-east-1') })),
    expect: [{ status: 'ERROR', resource: 'example.com', detail: 'GetDomainDetail' }],
  },
  {
    name: 'a failed domain listing is an error',
    given: ({ route53 }) => route53.domains.fail({ region: 'us-east-1', operation: 'ListDomains', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'route53:ListDomains', region: 'us-east-1' }],
  },
]);
