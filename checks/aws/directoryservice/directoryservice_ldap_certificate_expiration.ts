import { defineCheck, need, notApplicable, verdict } from '../../../src/checks/check.js';

/** Prowler's fixed warning period before a directory certificate expires. */
const DAYS_TO_EXPIRE_THRESHOLD = 90;

export default defineCheck({
  id: 'directoryservice_ldap_certificate_expiration',
  uses: { directoryservice: ['directoryCertificates'] },
  run({ directoryservice }, report) {
    report.each(directoryservice.directoryCertificates, (directory) => {
      const certificates = need(directory.certificates);
      if (certificates.length === 0) return notApplicable('the directory has no certificates');
      // One finding per certificate, named by its ID and filed under the directory's ARN, as Prowler reports it.
      return certificates.map((certificate) => ({
        ...verdict(
          certificate.daysToExpiry > DAYS_TO_EXPIRE_THRESHOLD,
          `Certificate ${certificate.id} of directory ${directory.id} expires in ${certificate.daysToExpiry} days.`,
          `Certificate ${certificate.id} of directory ${directory.id} expires in ${certificate.daysToExpiry} days, within ${DAYS_TO_EXPIRE_THRESHOLD}.`,
        ),
        subject: { id: certificate.id },
      }));
    });
  },
});
