import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { eksCluster } from '../../../test/helpers/fixtures/eks.js';
import check from './eks_cluster_uses_a_supported_version.js';

testCheck(check, [
  { name: 'no clusters', expect: [] },
  {
    name: 'versions are compared as numbers against the oldest supported one',
    given: ({ eks }) => {
      eks.clusters.add(eksCluster('current', { version: '1.31' }));
      eks.clusters.add(eksCluster('oldest-allowed', { version: '1.28' }));
      eks.clusters.add(eksCluster('old', { version: '1.9' }));
      eks.clusters.add(eksCluster('next-major', { version: '2.0' }));
      eks.clusters.add(eksCluster('versionless', { version: null }));
    },
    expect: [
      { status: 'PASS', resource: 'current' },
      { status: 'PASS', resource: 'oldest-allowed' },
      { status: 'FAIL', resource: 'old', detail: '1.28' },
      { status: 'PASS', resource: 'next-major' },
    ],
  },
  {
    name: 'eks_cluster_oldest_version_supported moves the boundary',
    config: { eks_cluster_oldest_version_supported: '1.30' },
    given: ({ eks }) => {
      eks.clusters.add(eksCluster('at', { version: '1.30' }));
      eks.clusters.add(eksCluster('below', { version: '1.29' }));
    },
    expect: [
      { status: 'PASS', resource: 'at' },
      { status: 'FAIL', resource: 'below' },
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
