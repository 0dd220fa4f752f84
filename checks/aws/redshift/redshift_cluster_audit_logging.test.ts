import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { clusterLogging } from '../../../test/helpers/fixtures/redshift.js';
import check from './redshift_cluster_audit_logging.js';

testCheck(check, [
  { name: 'no clusters', expect: [] },
  {
    name: 'judges each cluster',
    given: ({ redshift }) => {
      redshift.clusterLogging.add(clusterLogging('logged'));
      redshift.clusterLogging.add(clusterLogging('silent', { auditLogging: false, region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'logged' },
      { status: 'FAIL', resource: 'silent', region: 'us-east-1', detail: 'audit logging disabled' },
    ],
  },
  { name: 'unread logging status is an error', given: ({ redshift }) => redshift.clusterLogging.add(clusterLogging('x', { auditLogging: unreadBy('redshift', 'DescribeLoggingStatus') })), expect: [{ status: 'ERROR', resource: 'x', detail: 'DescribeLoggingStatus' }] },
  { name: 'a failed listing is an error', given: ({ redshift }) => redshift.clusterLogging.fail({ region: 'eu-west-1', operation: 'DescribeClusters', message: 'AccessDenied: denied' }), expect: [{ status: 'ERROR', resource: 'redshift:DescribeClusters' }] },
]);
