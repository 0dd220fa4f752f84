import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { domain } from '../../../test/helpers/fixtures/route53.js';
import check from './route53_domains_transferlock_enabled.js';

testCheck(check, [
  { name: 'no domains', expect: [] },
  {
    name: 'clientTransferProhibited passes',
    given: ({ route53 }) => route53.domains.add(domain('example.com', { statusList: ['clientDeleteProhibited', 'clientTransferProhibited'] })),
    expect: [{ status: 'PASS', resource: 'example.com', region: 'us-east-1' }],
  },
  {
    name: 'other locks alone fail',
    given: ({ route53 }) => route53.domains.add(domain('example.com', { statusList: ['clientDeleteProhibited', 'clientUpdateProhibited'] })),
    expect: [{ status: 'FAIL', resource: 'example.com', detail: 'not locked' }],
  },
  {
    name: 'no status fails',
    given: ({ route53 }) => route53.domains.add(domain('example.com', { statusList: [] })),
    expect: [{ status: 'FAIL', resource: 'example.com' }],
  },
  {
    name: 'an unreadable domain detail is an error',
    given: ({ route53 }) => route53.domains.add(domain('example.com', { statusList: unreadBy('route53', 'GetDomainDetail', 'us-east-1') })),
    expect: [{ status: 'ERROR', resource: 'example.com', detail: 'GetDomainDetail' }],
  },
  {
    name: 'a failed domain listing is an error',
    given: ({ route53 }) => route53.domains.fail({ region: 'us-east-1', operation: 'ListDomains', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'route53:ListDomains', region: 'us-east-1' }],
  },
]);
