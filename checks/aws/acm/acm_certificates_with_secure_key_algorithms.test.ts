import { testCheck, type CheckCase } from '../../../test/helpers/check-cases.js';
import { certificate } from '../../../test/helpers/fixtures/acm.js';
import check from './acm_certificates_with_secure_key_algorithms.js';

testCheck(check, [
  { name: 'no certificates', expect: [] },
  // The default list spells algorithms with a hyphen while ACM answers with an underscore; the
  // comparison is exact, as in Prowler, so ACM's own names pass under the default list.
  ...[
    { keyAlgorithm: 'RSA_2048', status: 'PASS' as const },
    { keyAlgorithm: 'EC_prime256v1', status: 'PASS' as const },
    { keyAlgorithm: 'RSA_1024', status: 'PASS' as const },
    { keyAlgorithm: 'RSA-1024', status: 'FAIL' as const },
    { keyAlgorithm: 'P-192', status: 'FAIL' as const },
  ].map(({ keyAlgorithm, status }): CheckCase<typeof check.uses> => ({
    name: `${keyAlgorithm} gives ${status} under the default list`,
    given: ({ acm }) => acm.certificates.add(certificate('c-1', { keyAlgorithm })),
    expect: [{ status, resource: 'c-1', region: 'eu-west-1', detail: keyAlgorithm }],
  })),
  {
    name: 'the list comes from insecure_key_algorithms',
    config: { insecure_key_algorithms: ['RSA_1024', 'RSA_2048'] },
    given: ({ acm }) => {
      acm.certificates.add(certificate('weak', { keyAlgorithm: 'RSA_2048' }));
      acm.certificates.add(certificate('strong', { keyAlgorithm: 'RSA_4096' }));
    },
    expect: [
      { status: 'FAIL', resource: 'weak', detail: 'uses insecure key algorithm RSA_2048' },
      { status: 'PASS', resource: 'strong' },
    ],
  },
  {
    name: 'an unused certificate is skipped by default',
    given: ({ acm }) => acm.certificates.add(certificate('c-1', { inUse: false, keyAlgorithm: 'RSA-1024' })),
    expect: [],
  },
  {
    name: 'an unused certificate is judged when unused services are scanned',
    options: { scanUnusedServices: true },
    given: ({ acm }) => acm.certificates.add(certificate('c-1', { inUse: false, keyAlgorithm: 'RSA-1024' })),
    expect: [{ status: 'FAIL', resource: 'c-1' }],
  },
  {
    name: 'a region whose certificates could not be listed is an error there',
    given: ({ acm }) => acm.certificates.fail({ region: 'eu-west-1', operation: 'ListCertificates', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'acm:ListCertificates', region: 'eu-west-1' }],
  },
]);
