import { testCheck } from '../../../test/helpers/check-cases.js';
import { SECURED_JOBS, job, plainSecurityConfiguration, securityConfigurationCases } from '../../../test/helpers/fixtures/glue.js';
import check from './glue_etl_jobs_amazon_s3_encryption_enabled.js';

testCheck(check, [
  ...securityConfigurationCases('s3', 'S3 encryption', SECURED_JOBS),
  {
    name: 'without a security configuration, an --encryption-type of sse-s3 passes',
    given: ({ glue }) => {
      glue.jobs.add(job('sse', { securityConfiguration: null, encryptionType: 'sse-s3' }));
      glue.jobs.add(job('other', { securityConfiguration: null, encryptionType: 'sse-kms' }));
    },
    expect: [
      { status: 'PASS', resource: 'sse', detail: 'SSE-S3' },
      { status: 'FAIL', resource: 'other', detail: 'has no security configuration' },
    ],
  },
  {
    name: 'the argument does not override a security configuration that leaves S3 unencrypted',
    given: ({ glue }) => {
      glue.jobs.add(job('plain', { securityConfiguration: 'plain', encryptionType: 'sse-s3' }));
      glue.securityConfigurations.add(plainSecurityConfiguration('plain'));
    },
    expect: [{ status: 'FAIL', resource: 'plain' }],
  },
]);
