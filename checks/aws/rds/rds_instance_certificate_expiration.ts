import { defineCheck, fail, pass, rated } from '../../../src/checks/check.js';
import type { Verdict } from '../../../src/checks/report.js';
import { judgedByRdsChecks, LEFT_TO_DOCUMENTDB } from '../../../src/checks/rds.js';
import type { DbCertificate } from '../../../src/services/rds/rds.js';

/** `date` moved by whole calendar months, the day kept or clamped to the month's last (31 Aug + 6 = 28/29 Feb). */
function addMonths(date: Date, months: number): Date {
  const moved = new Date(date);
  moved.setUTCDate(1);
  moved.setUTCMonth(moved.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(moved.getUTCFullYear(), moved.getUTCMonth() + 1, 0)).getUTCDate();
  moved.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return moved;
}

/**
 * Prowler rates the finding by how long the CA stays valid: over six months passes as
 * informational, three to six months passes as low, one to three months fails as medium, under a
 * month fails as high, and an expired one (or none found) fails as critical.
 */
function byValidity(id: string, certificate: DbCertificate, now: Date): Verdict {
  const kind = certificate.customerOverride ? 'custom certificate' : 'certificate';
  const till = certificate.validTill.getTime();
  const within = (months: number) => addMonths(now, months).getTime();
  if (till > within(6)) return rated(pass(`RDS instance ${id} ${kind} has over 6 months of validity left.`), 'informational');
  if (till < within(6) && till > within(3)) return rated(pass(`RDS instance ${id} ${kind} has between 3 and 6 months of validity left.`), 'low');
  if (till < within(3) && till > within(1)) return rated(fail(`RDS instance ${id} ${kind} has less than 3 months of validity left.`), 'medium');
  if (till < within(1) && till > now.getTime()) return rated(fail(`RDS instance ${id} ${kind} has less than 1 month of validity left.`), 'high');
  return rated(fail(`RDS instance ${id} ${kind} has expired.`), 'critical');
}

export default defineCheck({
  id: 'rds_instance_certificate_expiration',
  uses: { rds: ['instances', 'certificates'] },
  run({ rds }, report) {
    const now = new Date();
    report.each(rds.instances, (instance) => {
      if (!judgedByRdsChecks(instance)) return LEFT_TO_DOCUMENTDB;
      const certificate = rds.certificates.all(instance.region).find((candidate) => candidate.id === instance.caCertificateId);
      // Prowler has nothing to rate an instance by without its CA, and rates it as expired.
      if (!certificate) return rated(fail(`RDS instance ${instance.id} certificate ${instance.caCertificateId ?? '(none)'} was not found, so it counts as expired.`), 'critical');
      return byValidity(instance.id, certificate, now);
    });
  },
});
