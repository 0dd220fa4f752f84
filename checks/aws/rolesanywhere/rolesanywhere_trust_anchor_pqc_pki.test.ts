import { testCheck } from '../../../test/helpers/check-cases.js';
import { certificateAuthority } from '../../../test/helpers/fixtures/acmpca.js';
import { trustAnchor } from '../../../test/helpers/fixtures/rolesanywhere.js';
import check from './rolesanywhere_trust_anchor_pqc_pki.js';

testCheck(check, [
  { name: 'no trust anchors', expect: [] },
  {
    name: 'judged by the linked CA: ML-DSA passes; RSA, inactive, missing and non-CA sources fail',
    given: ({ rolesanywhere, acmpca }) => {
      acmpca.certificateAuthorities.add(certificateAuthority('pqc-ca'));
      acmpca.certificateAuthorities.add(certificateAuthority('rsa-ca', { keyAlgorithm: 'RSA_2048' }));
      acmpca.certificateAuthorities.add(certificateAuthority('off-ca', { status: 'DISABLED' }));
      rolesanywhere.trustAnchors.add(trustAnchor('pqc', 'pqc-ca'));
      rolesanywhere.trustAnchors.add(trustAnchor('rsa', 'rsa-ca'));
      rolesanywhere.trustAnchors.add(trustAnchor('off', 'off-ca'));
      rolesanywhere.trustAnchors.add(trustAnchor('lost', 'elsewhere-ca'));
      rolesanywhere.trustAnchors.add(trustAnchor('bundle', 'none', { sourceType: 'CERTIFICATE_BUNDLE', acmPcaArn: '' }));
    },
    expect: [
      { status: 'PASS', resource: 'pqc', region: 'eu-west-1', detail: 'ML_DSA_65' },
      { status: 'FAIL', resource: 'rsa', detail: 'uses RSA_2048' },
      { status: 'FAIL', resource: 'off', detail: 'DISABLED, not ACTIVE' },
      { status: 'FAIL', resource: 'lost', detail: 'could not be found' },
      { status: 'FAIL', resource: 'bundle', detail: 'source type CERTIFICATE_BUNDLE' },
    ],
  },
  {
    name: 'the allowed algorithms come from rolesanywhere_pqc_pca_key_algorithms',
    config: { rolesanywhere_pqc_pca_key_algorithms: ['ML_DSA_87'] },
    given: ({ rolesanywhere, acmpca }) => {
      acmpca.certificateAuthorities.add(certificateAuthority('pqc-ca'));
      rolesanywhere.trustAnchors.add(trustAnchor('pqc', 'pqc-ca'));
    },
    expect: [{ status: 'FAIL', resource: 'pqc' }],
  },
  {
    name: 'a CA not found in a region whose CAs could not be listed is an error',
    given: ({ rolesanywhere, acmpca }) => {
      acmpca.certificateAuthorities.fail({ region: 'eu-west-1', operation: 'ListCertificateAuthorities', message: 'AccessDeniedException: denied' });
      rolesanywhere.trustAnchors.add(trustAnchor('pqc', 'pqc-ca'));
    },
    expect: [{ status: 'ERROR', resource: 'pqc', detail: 'ListCertificateAuthorities failed' }],
  },
  {
    name: 'a region whose trust anchors could not be listed is an error there',
    given: ({ rolesanywhere }) => rolesanywhere.trustAnchors.fail({ region: 'eu-west-1', operation: 'ListTrustAnchors', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'rolesanywhere:ListTrustAnchors', region: 'eu-west-1' }],
  },
]);
