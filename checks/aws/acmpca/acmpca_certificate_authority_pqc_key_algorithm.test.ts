import { testCheck } from '../../../test/helpers/check-cases.js';
import { certificateAuthority } from '../../../test/helpers/fixtures/acmpca.js';
import check from './acmpca_certificate_authority_pqc_key_algorithm.js';

testCheck(check, [
  { name: 'no certificate authorities', expect: [] },
  {
    name: 'ML-DSA passes, RSA fails, a missing algorithm fails, a deleted CA is skipped',
    given: ({ acmpca }) => {
      acmpca.certificateAuthorities.add(certificateAuthority('pqc'));
      acmpca.certificateAuthorities.add(certificateAuthority('rsa', { keyAlgorithm: 'RSA_2048', region: 'us-east-1' }));
      acmpca.certificateAuthorities.add(certificateAuthority('blank', { keyAlgorithm: '' }));
      acmpca.certificateAuthorities.add(certificateAuthority('gone', { status: 'DELETED', keyAlgorithm: 'RSA_2048' }));
    },
    expect: [
      { status: 'PASS', resource: 'pqc', region: 'eu-west-1', detail: 'ML_DSA_65' },
      { status: 'FAIL', resource: 'rsa', region: 'us-east-1', detail: 'uses RSA_2048' },
      { status: 'FAIL', resource: 'blank', detail: 'no key algorithm' },
    ],
  },
  {
    name: 'the allowed algorithms come from acmpca_pqc_key_algorithms',
    config: { acmpca_pqc_key_algorithms: ['ML_DSA_87'] },
    given: ({ acmpca }) => acmpca.certificateAuthorities.add(certificateAuthority('pqc')),
    expect: [{ status: 'FAIL', resource: 'pqc' }],
  },
  {
    name: 'a region whose CAs could not be listed is an error there',
    given: ({ acmpca }) => acmpca.certificateAuthorities.fail({ region: 'eu-west-1', operation: 'ListCertificateAuthorities', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'acmpca:ListCertificateAuthorities', region: 'eu-west-1' }],
  },
]);
