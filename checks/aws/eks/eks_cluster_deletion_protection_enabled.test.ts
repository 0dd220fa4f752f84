import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { eksCluster } from '../../../test/helpers/fixtures/eks.js';
import check from './eks_cluster_deletion_protection_enabled.js';

testCheck(check, [
  { name: 'no clusters', expect: [] },
  {
    name: 'only deletion protection explicitly off fails; a cluster that leaves it out passes',
    given: ({ eks }) => {
      eks.clusters.add(eksCluster('protected'));
      eks.clusters.add(eksCluster('unstated', { deletionProtection: null }));
      eks.clusters.add(eksCluster('unprotected', { deletionProtection: false }, { region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'protected' },
      { status: 'PASS', resource: 'unstated' },
      { status: 'FAIL', resource: 'unprotected', region: 'us-east-1', detail: 'off' },
    ],
  },
  {
    name: 'a cluster that could not be described: ERROR',
    given: ({ eks }) => eks.clusters.add(eksCluster('hidden', {}, { configuration: unreadBy('eks', 'DescribeCluster') })),
    expect: [{ status: 'ERROR', resource: 'hidden', detail: 'DescribeCluster' }],
  },
  {
    name: 'clusters that could not be listed: ERROR',
    given: ({ eks }) => eks.clusters.fail({ region: 'eu-west-1', operation: 'ListClusters', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'eks:ListClusters' }],
  },
]);
