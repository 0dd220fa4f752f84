import { testCheck, type CheckCase } from '../../../test/helpers/check-cases.js';
import { certificate } from '../../../test/helpers/fixtures/acm.js';
import check from './acm_certificates_expiration_check.js';

testCheck(check, [
  { name: 'no certificates', expect: [] },
  ...[
    { daysToExpiry: 90, status: 'PASS' as const, severity: 'high' as const, detail: 'expires in 90 days' },
    { daysToExpiry: 8, status: 'PASS' as const, severity: 'high' as const, detail: 'expires in 8 days' },
    { daysToExpiry: 7, status: 'FAIL' as const, severity: 'medium' as const, detail: 'expires in 7 days, within the 7-day warning period' },
    { daysToExpiry: 0, status: 'FAIL' as const, severity: 'medium' as const, detail: 'expires in 0 days' },
    { daysToExpiry: -1, status: 'FAIL' as const, severity: 'high' as const, detail: 'expired 1 day ago' },
    { daysToExpiry: -400, status: 'FAIL' as const, severity: 'high' as const, detail: 'expired 400 days ago' },
  ].map(({ daysToExpiry, status, severity, detail }): CheckCase<typeof check.uses> => ({
    name: `${daysToExpiry} days to expiry gives ${status} rated ${severity}`,
    given: ({ acm }) => acm.certificates.add(certificate('c-1', { daysToExpiry })),
    expect: [{ status, severity, resource: 'c-1', region: 'eu-west-1', detail: `ACM certificate c-1 for c-1.example.com ${detail}` }],
  })),
  {
    name: 'a certificate without an expiry date yet counts as expiring today',
    options: { scanUnusedServices: true },
    given: ({ acm }) => acm.certificates.add(certificate('c-1', { status: 'PENDING_VALIDATION', inUse: false, notAfter: null, daysToExpiry: 0 })),
    expect: [{ status: 'FAIL', resource: 'c-1', severity: 'medium' }],
  },
  {
    name: 'the threshold comes from days_to_expire_threshold',
    config: { days_to_expire_threshold: 30 },
    given: ({ acm }) => {
      acm.certificates.add(certificate('soon', { daysToExpiry: 30 }));
      acm.certificates.add(certificate('later', { daysToExpiry: 31 }));
    },
    expect: [
      { status: 'FAIL', resource: 'soon', detail: 'within the 30-day warning period' },
      { status: 'PASS', resource: 'later' },
    ],
  },
  {
    name: 'an unused certificate is skipped by default, even expired',
    given: ({ acm }) => acm.certificates.add(certificate('c-1', { inUse: false, daysToExpiry: -10 })),
    expect: [],
  },
  {
    name: 'an unused certificate is judged when unused services are scanned',
    options: { scanUnusedServices: true },
    given: ({ acm }) => acm.certificates.add(certificate('c-1', { inUse: false, daysToExpiry: -10 })),
    expect: [{ status: 'FAIL', resource: 'c-1', severity: 'high' }],
  },
  {
    name: 'a region whose certificates could not be listed is an error there',
    given: ({ acm }) => acm.certificates.fail({ region: 'eu-west-1', operation: 'ListCertificates', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'acm:ListCertificates', region: 'eu-west-1', detail: 'Could not list acm certificates in eu-west-1' }],
  },
]);
