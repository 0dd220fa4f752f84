import { testCheck } from '../../../test/helpers/check-cases.js';
import { certificate, daysFromNow, dbInstance } from '../../../test/helpers/fixtures/rds.js';
import check from './rds_instance_certificate_expiration.js';

/** One instance per CA, each CA valid for the given number of days. */
const byDaysLeft: [string, number][] = [
  ['years', 400],
  ['months-4', 120],
  ['months-2', 60],
  ['days-10', 10],
  ['expired', -1],
];

testCheck(check, [
  { name: 'no instances', expect: [] },
  {
    name: 'rates each instance by how long its CA stays valid',
    given: ({ rds }) => {
      for (const [ca, days] of byDaysLeft) {
        rds.certificates.add(certificate(ca, { validTill: daysFromNow(days) }));
        rds.instances.add(dbInstance(`db-${ca}`, { caCertificateId: ca }));
      }
    },
    expect: [
      { status: 'PASS', resource: 'db-years', severity: 'informational', detail: 'over 6 months' },
      { status: 'PASS', resource: 'db-months-4', severity: 'low' },
      { status: 'FAIL', resource: 'db-months-2', severity: 'medium' },
      { status: 'FAIL', resource: 'db-days-10', severity: 'high' },
      { status: 'FAIL', resource: 'db-expired', severity: 'critical', detail: 'expired' },
    ],
  },
  {
    name: 'an overridden CA is named a custom certificate',
    given: ({ rds }) => {
      rds.certificates.add(certificate('mine', { customerOverride: true, validTill: daysFromNow(60) }));
      rds.instances.add(dbInstance('db', { caCertificateId: 'mine' }));
    },
    expect: [{ status: 'FAIL', resource: 'db', severity: 'medium', detail: 'custom certificate' }],
  },
  {
    name: 'an instance whose CA is not offered in its region, or that has none, fails as critical',
    given: ({ rds }) => {
      rds.certificates.add(certificate('rds-ca-rsa2048-g1', { region: 'us-east-1' }));
      rds.instances.add(dbInstance('db'));
      rds.instances.add(dbInstance('bare', { caCertificateId: null }));
    },
    expect: [
      { status: 'FAIL', resource: 'db', severity: 'critical' },
      { status: 'FAIL', resource: 'bare', severity: 'critical' },
    ],
  },
  { name: 'DocumentDB is left to its own checks', given: ({ rds }) => rds.instances.add(dbInstance('docs', { engine: 'docdb' })), expect: [] },
  {
    name: "an instance is an error while its region's certificates are unknown",
    given: ({ rds }) => {
      rds.instances.add(dbInstance('db'));
      rds.certificates.fail({ region: 'eu-west-1', operation: 'DescribeCertificates', message: 'AccessDenied: denied' });
    },
    expect: [{ status: 'ERROR', resource: 'db', detail: 'DescribeCertificates' }],
  },
  {
    name: 'a failed listing is an error',
    given: ({ rds }) => rds.instances.fail({ region: 'eu-west-1', operation: 'DescribeDBInstances', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'rds:DescribeDBInstances' }],
  },
]);
