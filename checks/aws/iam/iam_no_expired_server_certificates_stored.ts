import { defineCheck, verdict } from '../../../src/checks/check.js';
import { daysBetween } from '../../../src/services/iam/credential-report.js';

export default defineCheck({
  id: 'iam_no_expired_server_certificates_stored',
  uses: { iam: ['serverCertificates'] },
  run({ iam }, report) {
    report.each(iam.serverCertificates, (certificate) =>
      verdict(
        certificate.expiration > certificate.readAt,
        `IAM server certificate ${certificate.name} has not expired.`,
        `IAM server certificate ${certificate.name} expired ${daysBetween(certificate.expiration, certificate.readAt)} days ago.`,
      ),
    );
  },
});
