import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { eksCluster } from '../../../test/helpers/fixtures/eks.js';
import check from './eks_cluster_network_policy_enabled.js';

testCheck(check, [
  { name: 'no clusters', expect: [] },
  {
    name: 'a cluster security group passes; none fails',
    given: ({ eks }) => {
      eks.clusters.add(eksCluster('guarded'));
      eks.clusters.add(eksCluster('open', { securityGroupId: null }));
    },
    expect: [
      { status: 'PASS', resource: 'guarded', detail: 'sg-0123456789abcdef0' },
      { status: 'FAIL', resource: 'open' },
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
