import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { eksCluster } from '../../../test/helpers/fixtures/eks.js';
import check from './eks_cluster_private_nodes_enabled.js';

testCheck(check, [
  { name: 'no clusters', expect: [] },
  {
    name: 'private endpoint access on passes; off or unstated fails',
    given: ({ eks }) => {
      eks.clusters.add(eksCluster('private'));
      eks.clusters.add(eksCluster('public-only', { endpointPrivateAccess: false }));
      eks.clusters.add(eksCluster('unstated', { endpointPrivateAccess: null }));
    },
    expect: [
      { status: 'PASS', resource: 'private' },
      { status: 'FAIL', resource: 'public-only' },
      { status: 'FAIL', resource: 'unstated' },
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
