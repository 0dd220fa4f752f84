import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { certificateTransparency } from '../../../test/helpers/fixtures/acm.js';
import check from './acm_certificates_transparency_logs_enabled.js';

testCheck(check, [
  { name: 'no certificates', expect: [] },
  {
    name: 'an issued certificate that is logged passes',
    given: ({ acm }) => acm.certificateTransparency.add(certificateTransparency('c-1')),
    expect: [{ status: 'PASS', resource: 'c-1', region: 'eu-west-1', detail: 'is recorded in public Certificate Transparency logs' }],
  },
  {
    name: 'an issued certificate kept out of the logs fails',
    given: ({ acm }) => acm.certificateTransparency.add(certificateTransparency('c-1', { transparencyLogging: false })),
    expect: [{ status: 'FAIL', resource: 'c-1', detail: 'is kept out of public Certificate Transparency logs' }],
  },
  {
    name: 'a private certificate is judged like an issued one',
    given: ({ acm }) => acm.certificateTransparency.add(certificateTransparency('c-1', { type: 'PRIVATE', transparencyLogging: false })),
    expect: [{ status: 'FAIL', resource: 'c-1' }],
  },
  {
    name: 'an imported certificate passes without its preference being read',
    given: ({ acm }) => acm.certificateTransparency.add(certificateTransparency('c-1', { type: 'IMPORTED', transparencyLogging: null })),
    expect: [{ status: 'PASS', resource: 'c-1', detail: 'is imported' }],
  },
  {
    name: 'an unused certificate is skipped by default',
    given: ({ acm }) => acm.certificateTransparency.add(certificateTransparency('c-1', { inUse: false, transparencyLogging: false })),
    expect: [],
  },
  {
    name: 'an unused certificate is judged when unused services are scanned',
    options: { scanUnusedServices: true },
    given: ({ acm }) => acm.certificateTransparency.add(certificateTransparency('c-1', { inUse: false, transparencyLogging: false })),
    expect: [{ status: 'FAIL', resource: 'c-1' }],
  },
  {
    name: 'a certificate that could not be described is an error',
    given: ({ acm }) => acm.certificateTransparency.add(certificateTransparency('c-1', { transparencyLogging: unreadBy('acm', 'DescribeCertificate') })),
    expect: [{ status: 'ERROR', resource: 'c-1', detail: 'DescribeCertificate' }],
  },
  {
    name: 'a region whose certificates could not be listed is an error there',
    given: ({ acm }) => acm.certificateTransparency.fail({ region: 'us-east-1', operation: 'ListCertificates', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'acm:ListCertificates', region: 'us-east-1' }],
  },
]);
